export { classifyEvent, type EventClassification, eventCueWeights } from "./classify.js";
export { findIncidents, type IncidentContext, type IncidentOptions, VIOLENT_EVENT_TYPES } from "./find.js";
export { categorizeTarget, type FoundTarget, findTargets, mainTarget } from "./targets.js";
