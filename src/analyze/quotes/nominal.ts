/**
 * Attributions whose cue is a noun: "Trump's attacks on Cruz", "her insistence that …",
 * "Sanders expressed concerns about …", "made the case that …", "in his view, …". The
 * speaker is the possessor of the noun or the subject of a light verb that carries it;
 * without either there is no attribution.
 */
import { Shape } from "../text/tokens.js";
import { type Attribution, attribution } from "./attribution.js";
import { type Bounds, clauseEnd } from "./clause.js";
import { DETERMINERS, POSSESSIVE_PRONOUNS, PREPOSITIONS, words } from "./lexicon.js";
import { isComma, phraseEndingAt, skipLeftModifiers, type TokenRange } from "./phrases.js";
import { inflections } from "./verbs.js";
import type { QuoteView } from "./view.js";

/** Nouns of saying and thinking, whose content is a proposition: "the claim that …". */
const PROPOSITION = `
  statement claim assertion argument contention insistence suggestion remark comment
  announcement declaration admission acknowledgment acknowledgement warning allegation accusation
  charge denial explanation assessment judgment judgement conclusion belief view opinion position
  stance impression suspicion assumption expectation prediction forecast estimate theory notion
  fear hope concern worry doubt question complaint grievance message pitch assurance reassurance
  boast testimony observation perception`;

/** Nouns of judging and backing, whose content is what they are directed at: "his praise of …". */
const EVALUATION = `
  criticism critique condemnation denunciation praise endorsement support opposition objection
  resistance rejection approval disapproval defense defence backing embrace attack broadside
  skepticism scepticism anger outrage frustration displeasure dissatisfaction disappointment dismay
  indignation enthusiasm admiration affection contempt disdain scorn distrust mistrust confidence
  faith trust preference reaction response reply answer rebuttal retort`;

/** Nouns of wanting and deciding, whose content is what is wanted: "their call for …". */
const INTENTION = `
  plan proposal commitment call demand request appeal plea decision refusal intention intent
  desire wish goal ambition determination bid push campaign promise pledge vow threat`;

/** Words that introduce a nominal cue's content. */
const LINKS: Record<string, ReadonlySet<string>> = {
  proposition: new Set(words("that about of over on")),
  evaluation: new Set(words("of for on against to toward towards with over about")),
  intention: new Set(words("to for that of")),
};

function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

const NOUN_LINKS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, ReadonlySet<string>>();
  const groups: [string, ReadonlySet<string>][] = [
    [PROPOSITION, LINKS.proposition as ReadonlySet<string>],
    [EVALUATION, LINKS.evaluation as ReadonlySet<string>],
    [INTENTION, LINKS.intention as ReadonlySet<string>],
  ];
  for (const [list, links] of groups) {
    for (const noun of words(list)) {
      if (!map.has(noun)) map.set(noun, links);
      if (!map.has(plural(noun))) map.set(plural(noun), links);
    }
  }
  return map;
})();

/** Verbs that carry a nominal cue for their subject: "expressed concerns", "made the claim". */
const LIGHT_VERBS = new Set(
  words(`express voice raise make issue offer renew repeat reiterate level give lend throw show share
  air lodge file register signal announce reaffirm declare hold harbor harbour cast pour heap have
  take put outline`).flatMap(inflections),
);

/**
 * Nouns that attribute only in one idiom with their own light verb: "took issue with",
 * "made the case that", "threw his weight behind", "took aim at".
 */
const IDIOMS: ReadonlyMap<string, { verbs: ReadonlySet<string>; links: ReadonlySet<string> }> = new Map(
  (
    [
      ["issue", "take", "with"],
      ["exception", "take", "to with"],
      ["aim", "take", "at"],
      ["swipe", "take", "at"],
      ["swipes", "take", "at"],
      ["shot", "take", "at"],
      ["shots", "take", "at"],
      ["stand", "take", "on against"],
      ["case", "make", "that for against"],
      ["point", "make", "that"],
      ["weight", "throw put", "behind"],
    ] as const
  ).map(([noun, verbs, links]) => [
    noun,
    { verbs: new Set(words(verbs).flatMap(inflections)), links: new Set(words(links)) },
  ]),
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

/** The subject of "expressed (her) concerns about …", when one of `verbs` carries the noun. */
function lightVerbSubject(
  view: QuoteView,
  noun: number,
  s: Bounds,
  verbs: ReadonlySet<string>,
): TokenRange | null {
  let j = noun - 1;
  while (j >= s.first && noun - j <= MAX_MODIFIERS + 2 && !verbs.has(view.lower[j] ?? "")) {
    const w = view.lower[j] ?? "";
    // "made the case": only determiners and modifiers between verb and noun
    if (view.doc.tokens[j]?.shape !== Shape.Lower || PREPOSITIONS.has(w)) return null;
    j--;
  }
  if (j < s.first || !verbs.has(view.lower[j] ?? "")) return null;
  return phraseEndingAt(view, skipLeftModifiers(view, j - 1, s.first), s.first);
}

/**
 * "In his view, …", "…, in the senator's opinion": the clause beside the phrase is the
 * possessor's.
 */
function inView(view: QuoteView, noun: number, speaker: TokenRange, s: Bounds): TokenRange | null {
  const w = view.lower[noun] ?? "";
  if (w !== "view" && w !== "opinion" && w !== "words" && w !== "estimation") return null;
  if (view.lower[speaker.start - 1] !== "in") return null;
  const after = view.lower[noun + 1] ?? "";
  if (isComma(after)) {
    const end = clauseEnd(view, noun + 2, s);
    return end - (noun + 2) >= 2 ? { start: noun + 2, end } : null;
  }
  if (after === "." && isComma(view.lower[speaker.start - 2] ?? "") && speaker.start - 2 > s.first + 1) {
    return { start: s.first, end: speaker.start - 2 };
  }
  return null;
}

function nominalAt(view: QuoteView, t: number, s: Bounds): Attribution | null {
  const w = view.lower[t] ?? "";
  const next = view.lower[t + 1] ?? "";
  const idiom = IDIOMS.get(w);
  let speaker: TokenRange | null;
  if (idiom !== undefined) {
    if (!idiom.links.has(next)) return null;
    speaker = lightVerbSubject(view, t, s, idiom.verbs);
  } else {
    const links = NOUN_LINKS.get(w);
    if (links === undefined) return null;
    speaker = possessor(view, t, s);
    const within = speaker === null ? null : inView(view, t, speaker, s);
    if (speaker !== null && within !== null) {
      return attribution({ at: t, end: t + 1, verb: null, agentAt: -1 }, speaker, [{ tokens: within }], -1);
    }
    if (!links.has(next)) return null;
    speaker ??= lightVerbSubject(view, t, s, LIGHT_VERBS);
  }
  if (speaker === null) return null;
  const start = next === "that" ? t + 1 : t + 2;
  const end = clauseEnd(view, start, s);
  if (end <= start || DETERMINERS.has(view.lower[end - 1] ?? "")) return null;
  const cue = { at: t, end: start === t + 1 ? t + 1 : t + 2, verb: null, agentAt: -1 };
  return attribution(cue, speaker, [{ tokens: { start, end } }], -1);
}

export function nominalAttributions(view: QuoteView, s: Bounds): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first + 1; t < s.end - 1; t++) {
    if (view.inSegment[t] !== -1 || view.doc.tokens[t]?.shape !== Shape.Lower) continue;
    const a = nominalAt(view, t, s);
    if (a !== null) out.push(a);
  }
  return out;
}
