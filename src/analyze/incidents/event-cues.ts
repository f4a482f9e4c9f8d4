import type { Cue } from "./cue.js";
import { DEVELOPMENT_CUES } from "./cues-developments.js";
import { VIOLENCE_CUES } from "./cues-violence.js";

export type { Cue, CueClass } from "./cue.js";

/** Every cue the classifier weighs, and that the sentence filter looks for. */
export const EVENT_CUES: readonly Cue[] = [...VIOLENCE_CUES, ...DEVELOPMENT_CUES];
