export * from "./admiralty.js";
export * from "./credibility.js";
export * from "./outlet-key.js";
export * from "./reliability.js";
