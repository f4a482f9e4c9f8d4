export {
  contextElements,
  elementsOf,
  LEGAL_CATALOGUE_VERSION,
  PROVISIONS,
  provisionById,
} from "./catalogue.js";
export { type CueText, detectCues } from "./cues.js";
export { type SuggestOptions, suggestProvisions } from "./suggest.js";
export * from "./types.js";
