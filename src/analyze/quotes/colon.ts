/**
 * Attributions whose cue is a colon: a speaker label ("Bush: …", "Q: …", a headline's
 * "Report: …") and a quotation introduced by a clause with no reporting verb
 * ("Rubio fired back: "…"").
 */
import { Shape } from "../text/tokens.js";
import { type Attribution, attribution } from "./attribution.js";
import type { Bounds } from "./clause.js";
import type { Cue } from "./cues.js";
import { DETERMINERS } from "./lexicon.js";
import { nameRunFrom, type TokenRange } from "./phrases.js";
import type { QuoteView } from "./view.js";

/** Longest label before a colon, in tokens: "JAKE TAPPER", "Rep. Trey Gowdy". */
const MAX_LABEL = 5;

function colonCue(at: number): Cue {
  return { at, end: at + 1, verb: null, agentAt: -1 };
}

function lastContentToken(view: QuoteView, s: Bounds): number {
  let end = s.end;
  const w = view.lower[end - 1] ?? "";
  if (w === "." || w === "!" || w === "?") end--;
  return end;
}

/** Interview transcripts label turns "Q:" and "A:". */
const TURN_LABELS = new Set(["q", "a"]);

/**
 * A label that names a speaker: two to five name words ("Bernie Sanders", "JAKE TAPPER"),
 * a turn of an interview ("Q", "A"), or one word that is a known name or stands before a
 * quotation (`Bush: "…"`); not a heading such as "Source:" or "The Sports Moment:".
 */
function isSpeakerLabel(view: QuoteView, label: TokenRange, quoted: boolean): boolean {
  const n = label.end - label.start;
  if (n > MAX_LABEL || DETERMINERS.has(view.lower[label.start] ?? "")) return false;
  if (n === 1)
    return quoted || view.named[label.start] === 1 || TURN_LABELS.has(view.lower[label.start] ?? "");
  return true;
}

/** "Bush: "The mission is …"", "A: Believe me, a wall is not going to …" */
export function labelAttribution(view: QuoteView, s: Bounds): Attribution | null {
  const shape = view.doc.tokens[s.first]?.shape;
  if (shape !== Shape.Capitalized && shape !== Shape.Upper) return null;
  const label = nameRunFrom(view, s.first, Math.min(s.end, s.first + MAX_LABEL + 1));
  const colon = label.end;
  if (view.lower[colon] !== ":" || view.inSegment[s.first] !== -1) return null;
  const seg = view.opens[colon + 1] ?? -1;
  if (!isSpeakerLabel(view, label, seg !== -1)) return null;
  const cue = colonCue(colon);
  if (seg !== -1) return attribution(cue, label, [{ segment: seg }], -1);
  const end = lastContentToken(view, s);
  if (end - (colon + 1) < 3) return null;
  return attribution(cue, label, [{ tokens: { start: colon + 1, end } }], -1);
}

/**
 * A quotation after a colon that no reporting verb claimed: `Rubio fired back: "…"`. The
 * speaker is the sentence's subject, found by `subjectOf`.
 */
export function colonQuotes(
  view: QuoteView,
  s: Bounds,
  taken: ReadonlySet<number>,
  subjectOf: (before: number) => TokenRange | null,
): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first + 1; t < s.end; t++) {
    if (view.lower[t] !== ":" || view.inSegment[t] !== -1) continue;
    const seg = view.opens[t + 1] ?? -1;
    if (seg === -1 || taken.has(seg)) continue;
    const speaker = subjectOf(t);
    if (speaker === null) continue;
    out.push(attribution(colonCue(t), speaker, [{ segment: seg }], -1));
  }
  return out;
}
