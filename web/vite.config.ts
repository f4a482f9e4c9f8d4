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
        changeOrigin: true,
        // The server refuses state-changing requests whose Origin is not its own. In development the
        // page is on :5173 and the proxy presents requests to the API under the API's own host, so
        // it presents them with the API's origin too.
        configure(proxy) {
          proxy.on("proxyReq", (request) => request.setHeader("origin", new URL(api).origin));
        },
      },
    },
  },
});
