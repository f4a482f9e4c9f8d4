/**
 * Attributions whose cue is a noun: "Trump's attacks on Cruz", "her insistence that …",
 * "Sanders expressed concerns about …". The speaker is the possessor of the noun or the
 * subject of a light verb that carries it; without either there is no attribution.
 */
import { Shape } from "../text/tokens.js";
import { type Attribution, attribution } from "./attribution.js";
import { type Bounds, clauseEnd } from "./clause.js";
import { POSSESSIVE_PRONOUNS } from "./lexicon.js";
import { phraseEndingAt, skipLeftModifiers, type TokenRange } from "./phrases.js";
import type { QuoteView } from "./view.js";

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** Nouns of saying, judging and wanting, each with the words that may introduce its content. */
const NOUN_LINKS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (nouns: string, links: string) => {
    for (const n of words(nouns)) map.set(n, new Set(words(links)));
  };
  add("statement statements claim claims assertion assertions insistence suggestion", "that");
  add(
    "allegation allegations accusation accusations warning warnings argument belief",
    "that of about against",
  );
  add("criticism criticisms praise endorsement view views", "of for");
  add("attack attacks", "on against");
  add("opposition", "to");
  add("support", "for");
  add("call calls demand demands request", "for to that");
  add("concern concerns fear fears hope hopes doubts complaint complaints", "about that of over");
  add("comments remarks questions", "about on that");
  add("decision plan plans promise promises pledge proposal proposals vow", "to that");
  add("response responses", "to");
  return map;
})();

/** Verbs that carry a nominal cue for their subject: "expressed concerns", "made the claim". */
const LIGHT_VERBS = new Set(
  words(`express expressed expresses expressing voice voiced voices voicing raise raised raises raising
  make made makes making issue issued issues issuing offer offered offers renew renewed repeat
  repeated reiterate reiterated level leveled levelled stepped step`),
);

/** Up to two adjectives may stand between the possessor and the noun: "Trump's repeated attacks". */
const MAX_MODIFIERS = 2;

function possessor(view: QuoteView, noun: number, s: Bounds): TokenRange | null {
  for (let j = noun - 1; j >= s.first && noun - j <= MAX_MODIFIERS + 1; j--) {
    const w = view.lower[j] ?? "";
    if (POSSESSIVE_PRONOUNS.has(w)) return { start: j, end: j + 1 };
    if (w.endsWith("'s") || w.endsWith("s'")) return phraseEndingAt(view, j, s.first);
    const shape = view.doc.tokens[j]?.shape;
    if (shape !== Shape.Lower || LIGHT_VERBS.has(w)) break;
  }
  return null;
}

/** The subject of "expressed (her) concerns about …". */
function lightVerbSubject(view: QuoteView, noun: number, s: Bounds): TokenRange | null {
  let j = noun - 1;
  while (j >= s.first && noun - j <= MAX_MODIFIERS + 2 && !LIGHT_VERBS.has(view.lower[j] ?? "")) j--;
  if (j < s.first || !LIGHT_VERBS.has(view.lower[j] ?? "")) return null;
  return phraseEndingAt(view, skipLeftModifiers(view, j - 1, s.first), s.first);
}

export function nominalAttributions(view: QuoteView, s: Bounds): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first + 1; t < s.end - 1; t++) {
    const links = NOUN_LINKS.get(view.lower[t] ?? "");
    if (links === undefined || view.inSegment[t] !== -1 || !links.has(view.lower[t + 1] ?? "")) continue;
    const speaker = possessor(view, t, s) ?? lightVerbSubject(view, t, s);
    if (speaker === null) continue;
    const start = view.lower[t + 1] === "that" ? t + 1 : t + 2;
    const end = clauseEnd(view, start, s);
    if (end <= start) continue;
    const cue = { at: t, end: start === t + 1 ? t + 1 : t + 2, verb: null, agentAt: -1 };
    out.push(attribution(cue, speaker, [{ tokens: { start, end } }], -1));
  }
  return out;
}
