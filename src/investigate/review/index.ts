export * from "./roles.js";
export * from "./sensitivity.js";
export * from "./workflow.js";
