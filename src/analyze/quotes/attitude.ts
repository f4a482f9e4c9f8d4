/**
 * Attributions whose cue is an adjective of attitude after a copula: "Republicans are
 * wary of the deal", "she was unhappy with the ruling", "he is confident that …", "voters
 * are divided over …", "the union is opposed to …", "are in favor of …", and "made (it)
 * clear that …". The subject holds the attitude; what follows the preposition is its object.
 */
import { Shape } from "../text/tokens.js";
import { type Attribution, attribution } from "./attribution.js";
import { type Bounds, clauseEnd } from "./clause.js";
import type { Cue } from "./cues.js";
import { BE, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, words } from "./lexicon.js";
import { isAdverb, phraseEndingAt, skipLeftModifiers, type TokenRange } from "./phrases.js";
import { inflections } from "./verbs.js";
import type { QuoteView } from "./view.js";

/** Adjectives of attitude with the words that introduce their object. */
const ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (adjectives: string, links: string) => {
    for (const a of words(adjectives)) {
      const set = map.get(a) ?? new Set<string>();
      for (const l of words(links)) set.add(l);
      map.set(a, set);
    }
  };
  // belief and certainty
  add("convinced certain sure confident adamant aware", "that of about");
  add("confident", "in");
  add("rattled shaken", "by about");
  add("unsure uncertain doubtful skeptical sceptical dubious", "of about whether that");
  // hope and fear
  add("optimistic pessimistic hopeful upbeat bullish bearish sanguine", "about that on");
  add("worried concerned anxious nervous afraid fearful wary leery", "about that of over");
  // liking and disliking
  add("critical supportive dismissive contemptuous disdainful scornful protective", "of");
  add("fond proud enamored enamoured envious jealous suspicious tired weary sick", "of");
  add("appreciative respectful tolerant", "of");
  add("happy unhappy pleased displeased satisfied dissatisfied frustrated disappointed", "with about that");
  add("angry furious upset livid outraged incensed irate", "at with about over that");
  add("impressed comfortable uncomfortable content", "with by");
  add("enthusiastic excited thrilled delighted", "about by that");
  // agreeing, disagreeing and being undecided
  add("opposed hostile receptive sympathetic resistant averse committed open", "to");
  add("divided split torn conflicted ambivalent", "over on about");
  add("vocal outspoken candid emphatic", "about on");
  // wanting and being ready
  add("willing unwilling eager keen ready reluctant loath hesitant determined anxious quick", "to");
  return map;
})();

/** Verbs that link a subject to an adjective of attitude, as "be" does: "seems wary", "grew frustrated". */
const COPULAS = new Set([
  ...BE,
  ...words("seem appear remain become grow feel sound look stay get").flatMap(inflections),
  ...words("he's she's it's they're we're i'm you're"),
]);

/** Words after "appeared" that make it a verb of presence, not of appearance: "appeared on CNN". */
const NOT_COMPLEMENT = new Set([...PREPOSITIONS, ...DETERMINERS, ...CONJUNCTIONS, ...words("at")]);

/** Degree words before the adjective: "so vehemently opposed", "increasingly critical". */
const DEGREE = new Set(
  words("so very more less most least too quite rather increasingly deeply all both not"),
);

/** The copula before the adjective at `t`, or -1: "are (so vehemently) opposed". */
function copulaBefore(view: QuoteView, t: number, s: Bounds): number {
  let j = t - 1;
  while (j >= s.first && (DEGREE.has(view.lower[j] ?? "") || isAdverb(view, j))) j--;
  return j >= s.first && COPULAS.has(view.lower[j] ?? "") ? j : -1;
}

function subjectOf(view: QuoteView, copula: number, s: Bounds): TokenRange | null {
  // "he's", "they're": the subject and the copula in one token
  if (SUBJECT_PRONOUNS.has(view.lower[copula] ?? "")) return { start: copula, end: copula + 1 };
  return phraseEndingAt(view, skipLeftModifiers(view, copula - 1, s.first), s.first);
}

function contentFrom(view: QuoteView, start: number, s: Bounds): TokenRange | null {
  const end = clauseEnd(view, start, s);
  return end > start ? { start, end } : null;
}

/** "are in favor of", "are against": a preposition of stance after the copula. */
function stancePhrase(view: QuoteView, t: number): number {
  const w = view.lower[t] ?? "";
  if (w === "against") return t + 1;
  if (
    w === "in" &&
    (view.lower[t + 1] === "favor" || view.lower[t + 1] === "favour") &&
    view.lower[t + 2] === "of"
  )
    return t + 3;
  return -1;
}

const MAKE = new Set(inflections("make"));

/** "made clear that …", "has made it plain that …", "made known his wish to …". */
function madeClear(view: QuoteView, t: number, s: Bounds): Attribution | null {
  const w = view.lower[t] ?? "";
  if (w !== "clear" && w !== "plain" && w !== "known") return null;
  const verb = view.lower[t - 1] === "it" ? t - 2 : t - 1;
  if (!MAKE.has(view.lower[verb] ?? "") || view.doc.tokens[t + 1]?.shape === Shape.Punct) return null;
  const speaker = phraseEndingAt(view, skipLeftModifiers(view, verb - 1, s.first), s.first);
  const content = speaker === null ? null : contentFrom(view, t + 1, s);
  if (speaker === null || content === null) return null;
  return attribution({ at: verb, end: t + 1, verb: null, agentAt: -1 }, speaker, [{ tokens: content }], -1);
}

function attitudeAt(view: QuoteView, t: number, s: Bounds): Attribution | null {
  const made = madeClear(view, t, s);
  if (made !== null) return made;
  const stance = stancePhrase(view, t);
  const links = ADJECTIVES.get(view.lower[t] ?? "");
  let start: number;
  let cueEnd: number;
  if (stance !== -1) {
    start = stance;
    cueEnd = stance;
  } else {
    const link = view.lower[t + 1] ?? "";
    if (links === undefined || !links.has(link)) return null;
    start = link === "that" || link === "whether" ? t + 1 : t + 2;
    cueEnd = t + 2;
  }
  const copula = copulaBefore(view, t, s);
  if (copula === -1) return null;
  const speaker = subjectOf(view, copula, s);
  const content = speaker === null ? null : contentFrom(view, start, s);
  if (speaker === null || content === null) return null;
  return attribution({ at: t, end: cueEnd, verb: null, agentAt: -1 }, speaker, [{ tokens: content }], -1);
}

/**
 * "The plan seems doomed", "Cruz appeared to concede": the subject and what follows are
 * the appearance reported, with no one to report it.
 */
export function evidentialAttribution(view: QuoteView, cue: Cue, s: Bounds): Attribution | null {
  const next = view.lower[cue.end] ?? "";
  const adjective = view.doc.tokens[cue.end]?.shape === Shape.Lower && !NOT_COMPLEMENT.has(next);
  if (next !== "to" && next !== "like" && next !== "that" && !adjective) return null;
  const subject = phraseEndingAt(view, skipLeftModifiers(view, cue.at - 1, s.first), s.first);
  const start = subject?.start ?? cue.end;
  const end = clauseEnd(view, cue.end, s);
  if (end - cue.end < 1) return null;
  return attribution(cue, null, [{ tokens: { start, end } }], -1);
}

export function attitudeAttributions(view: QuoteView, s: Bounds): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first + 1; t < s.end - 1; t++) {
    if (view.inSegment[t] !== -1 || view.doc.tokens[t]?.shape !== Shape.Lower) continue;
    const a = attitudeAt(view, t, s);
    if (a !== null) out.push(a);
  }
  return out;
}
