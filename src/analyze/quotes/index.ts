/**
 * Quotations with their speakers: direct (quoted words), indirect (reported clauses) and
 * mixed (a reported clause that quotes some words), each with the cue that introduces it,
 * the words that name the speaker, and the outlet that relays it.
 */
import type { EntityMention, QuoteMention } from "../../domain/analysis.js";
import { spanAt } from "../../domain/span.js";
import type { PreparedText } from "../text/prepare.js";
import type { Attribution, Content } from "./attribution.js";
import { addContinuations, type Found } from "./continuation.js";
import { type ParsedSentence, parseQuotes } from "./parse.js";
import { type Relay, relaySpan } from "./relay.js";
import { type SpeakerResolver, speakerResolver } from "./resolve.js";
import type { QuoteView } from "./view.js";

interface Assembly {
  view: QuoteView;
  entities: EntityMention[];
  resolver: SpeakerResolver;
  /** Per segment: whether a mention already holds it. */
  claimed: Uint8Array;
  found: Found[];
}

/** A mention's span and kind, with the quoted segment it is (-1 for a reported clause). */
type Placed = Pick<QuoteMention, "start" | "end" | "text" | "kind"> & { segment: number };

function contentMention(asm: Assembly, c: Content): Placed | null {
  const { view, claimed } = asm;
  const { text, tokens } = view.doc;
  if ("segment" in c) {
    const seg = view.segments[c.segment];
    if (seg === undefined || claimed[c.segment] === 1) return null;
    claimed[c.segment] = 1;
    return { ...spanAt(text, seg.start, seg.end), kind: "direct", segment: c.segment };
  }
  let mixed = false;
  for (let t = c.tokens.start; t < c.tokens.end; t++) {
    const seg = view.opens[t] ?? -1;
    if (seg === -1 || claimed[seg] === 1) continue;
    claimed[seg] = 1;
    mixed = true;
  }
  const start = tokens[c.tokens.start]?.start ?? 0;
  const end = tokens[c.tokens.end - 1]?.end ?? start;
  const kind = c.verbatim ? "direct" : mixed ? "mixed" : "indirect";
  return { ...spanAt(text, start, end), kind, segment: -1 };
}

function addAttribution(asm: Assembly, a: Attribution, relay: Relay | null, paragraph: number): void {
  const { view, entities, resolver } = asm;
  const speaker = a.speaker ? resolver.resolve(a.speaker, a.antecedent) : null;
  const cueStart = view.doc.tokens[a.cue.at]?.start ?? 0;
  const cueEnd = view.doc.tokens[a.cue.end - 1]?.end ?? cueStart;
  const cue = spanAt(view.doc.text, cueStart, cueEnd);
  const relayedBy = relay ? relaySpan(view, relay, entities) : null;
  for (const c of a.contents) {
    const content = contentMention(asm, c);
    if (content === null) continue;
    const { segment, ...span } = content;
    asm.found.push({ mention: { ...span, speaker, cue, relayedBy }, paragraph, segment });
  }
}

export function findQuotes(doc: PreparedText, entities: EntityMention[]): QuoteMention[] {
  const { view, sentences } = parseQuotes(doc, entities);
  const asm: Assembly = {
    view,
    entities,
    resolver: speakerResolver(view, entities),
    claimed: new Uint8Array(view.segments.length),
    found: [],
  };
  doc.sentences.forEach((sentence, si) => {
    const { attributions, relays } = sentences[si] as ParsedSentence;
    // an "according to" that names the relaying outlet of another cue is no attribution itself
    const relayed = new Set(relays.map((r) => r?.accordingAt ?? -1));
    attributions.forEach((a, i) => {
      if (a.cue.verb === null && relayed.has(a.cue.at)) return;
      addAttribution(asm, a, relays[i] ?? null, sentence.paragraph);
    });
  });
  asm.found.sort((a, b) => a.mention.start - b.mention.start);
  return addContinuations(view, asm.found, asm.claimed).map((f) => f.mention);
}
