import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { SWRConfig } from "swr";
import { App } from "./App.js";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/feedback.css";
import "./styles/lists.css";
import "./styles/charts.css";
import "./styles/incident.css";
import "./styles/pages.css";
import "./styles/highlight.css";
import "./styles/map.css";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <SWRConfig
      value={{
        // Analysts keep pages open while they read; refetching on every focus would reload
        // large incident sets for nothing. Pages refresh what they change themselves.
        revalidateOnFocus: false,
        shouldRetryOnError: false,
      }}
    >
      <App />
    </SWRConfig>
  </StrictMode>,
);
