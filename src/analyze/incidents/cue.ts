import type { EventType } from "../../domain/analysis.js";

/**
 * Weighted lexical cues for ACLED sub-event types. A cue names the means (weapon) or the
 * action that ACLED's codebook uses to tell sub-events apart; the classifier adds up the
 * weights of the cues present and then applies the precedence rules in classify.ts.
 *
 * "none" cues mark text that is outside ACLED's scope (disasters, crime, diplomacy):
 * they compete with the event cues so that an accidental explosion is not an IED attack.
 * Blame and claims of responsibility are deliberately not among them: an allegation about
 * an attack is exactly what this project collects.
 */
export type CueClass = EventType | "none";

export interface Cue {
  type: CueClass;
  weight: number;
  re: RegExp;
}

// Every pattern runs on lower-cased text; \b keeps "shell" from matching "eggshell".
export const cue = (type: CueClass, weight: number, source: string): Cue => ({
  type,
  weight,
  re: new RegExp(`\\b(?:${source})`),
});
