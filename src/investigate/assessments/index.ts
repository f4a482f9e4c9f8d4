export * from "./estimative.js";
export * from "./render.js";
export * from "./third-party.js";
export * from "./types.js";
export * from "./validate.js";
export * from "./workflow.js";
