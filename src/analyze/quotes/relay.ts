import type { EntityMention } from "../../domain/analysis.js";
import type { NamedSpan } from "../../domain/span.js";
import { phraseStartingAt, type TokenRange } from "./phrases.js";
import type { QuoteView } from "./view.js";

export interface Relay {
  /** The outlet phrase, e.g. "AP" in "(as per AP)". */
  phrase: TokenRange;
  /** First token of "according to" when that is the relaying phrase, else -1. */
  accordingAt: number;
}

/** Words (after the cue) that introduce the outlet relaying a statement. */
function relayOpener(view: QuoteView, t: number): number {
  const w = view.lower[t];
  const next = view.lower[t + 1];
  if (w === "as" && next === "per") return t + 2;
  if (w === "according" && next === "to") return t + 2;
  if (w === "as" && next === "reported" && view.lower[t + 2] === "by") return t + 3;
  if (w === "reported" && next === "by") return t + 2;
  return -1;
}

/**
 * "Blinken said (as per AP): …", "…, Blinken said, according to Reuters." The outlet must
 * follow the cue (or an inverted speaker) at once: further on, "according to" attributes
 * something else.
 */
export function findRelay(view: QuoteView, from: number): Relay | null {
  let t = from;
  while (view.lower[t] === "(" || view.lower[t] === ",") t++;
  const at = relayOpener(view, t);
  if (at === -1) return null;
  const phrase = phraseStartingAt(view, at, view.doc.tokens.length);
  if (phrase === null) return null;
  return { phrase, accordingAt: view.lower[t] === "according" ? t : -1 };
}

export function relaySpan(view: QuoteView, relay: Relay, entities: EntityMention[]): NamedSpan {
  const { doc } = view;
  const start = doc.tokens[relay.phrase.start]?.start ?? 0;
  const end = doc.tokens[relay.phrase.end - 1]?.end ?? start;
  const entity = entities.find((m) => m.type === "organization" && m.start < end && m.end > start);
  const text = doc.text.slice(start, end);
  return { start, end, text, name: entity?.name ?? text };
}
