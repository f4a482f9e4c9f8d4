/** What the quote finder's passes produce before mentions are made of them. */
import type { Cue } from "./cues.js";
import type { TokenRange } from "./phrases.js";

/**
 * Reported content: a quoted segment, or a token range of reported speech — `verbatim` when
 * the range is the speaker's own words set out without quote marks (see statement.ts).
 */
export type Content = { segment: number } | { tokens: TokenRange; verbatim?: boolean };

export interface Attribution {
  cue: Cue;
  /** The words naming the speaker next to the cue ("he", "who", "Blinken"). */
  speaker: TokenRange | null;
  /** What a relative pronoun speaker stands for ("Beck" in "said Beck, who said …"). */
  antecedent: TokenRange | null;
  contents: Content[];
  /** Token where an outlet relaying the statement may be named ("(as per AP)"); -1 for none. */
  relayFrom: number;
}

export function attribution(
  cue: Cue,
  speaker: TokenRange | null,
  contents: Content[],
  relayFrom: number,
): Attribution {
  return { cue, speaker, antecedent: null, contents, relayFrom };
}
