export { type CaptureOptions, captureInput, captureInputs, sha256 } from "./capture.js";
export { type Fetched, type FetchFn, type FetchOptions, fetchUrl } from "./fetch.js";
export { type AddressPolicy, publicOnly } from "./guard.js";
export { type PlannedInput, type PlanOptions, planInputs } from "./plan.js";
export type { ResolvedAddress, Resolver } from "./request.js";
export * from "./types.js";
