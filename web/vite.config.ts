import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const api = process.env.DOSSIER_API ?? "http://127.0.0.1:8480";

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Everything the page loads comes from its own origin (the server's CSP allows nothing else).
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    // The UI imports vocabularies (event types, statuses) from ../src.
    fs: { allow: [repoRoot] },
    proxy: {
      "/api": {
        target: api,
        configure(proxy) {
          // The server refuses state-changing requests from other origins; in development the page
          // is on :5173, so present the proxied requests as coming from the API's own origin.
          proxy.on("proxyReq", (request) => request.setHeader("origin", api));
        },
      },
    },
  },
});
