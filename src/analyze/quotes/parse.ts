/**
 * The attributions of every sentence, which depend on the text and on which tokens are
 * names, not on what the names resolve to. The entity module asks for quotations (to know
 * who "I" is in them) and the analyze stage asks again with the resolved entities; the
 * second time finds the same names, so the parse is kept with the prepared text (which is
 * never changed once made) and only the speakers are resolved anew.
 */
import type { EntityMention } from "../../domain/analysis.js";
import type { PreparedText } from "../text/prepare.js";
import { attributeSentence } from "./attribute.js";
import type { Attribution } from "./attribution.js";
import { findRelay, type Relay } from "./relay.js";
import { namedTokens, type QuoteView, quoteView } from "./view.js";

export interface ParsedSentence {
  attributions: Attribution[];
  relays: (Relay | null)[];
}

export interface Parsed {
  view: QuoteView;
  /** Per sentence of the prepared text. */
  sentences: ParsedSentence[];
}

const parsed = new WeakMap<PreparedText, Parsed>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The quote finder's parse of `doc` with `entities` as its names, reused when they are the same. */
export function parseQuotes(doc: PreparedText, entities: EntityMention[]): Parsed {
  const named = namedTokens(doc, entities);
  const kept = parsed.get(doc);
  if (kept && sameBytes(kept.view.named, named)) return kept;
  const view = quoteView(doc, named);
  const sentences = doc.sentences.map((sentence) => {
    const attributions = attributeSentence(view, sentence);
    const relays = attributions.map((a) => (a.relayFrom === -1 ? null : findRelay(view, a.relayFrom)));
    return { attributions, relays };
  });
  const result = { view, sentences };
  parsed.set(doc, result);
  return result;
}
