import type { EntityMention } from "../../domain/analysis.js";
import type { NamedSpan, Span } from "../../domain/span.js";
import { agentEndingAt, agentStartingAt, namedAgent, skipVerbPrefix } from "../assessments/agent.js";
import type { Sentence } from "../text/prepare.js";
import type { TokenView } from "./numbers.js";

const SAY = new Set(
  (
    "said says say reported reports estimated estimates confirmed confirms announced announces stated states " +
    "told tells added noted notes claimed claims counted recorded documented verified put puts cited"
  ).split(" "),
);

const INVERTIBLE = new Set(["said", "says", "added", "noted", "stated", "reported"]);
const INVERSION_MARKS = new Set([",", '"', "”", "’", "'", "—", "-"]);

const ESTIMATE_NOUNS = new Set(
  "estimate estimates figures figure data count tally report statistics numbers assessment toll".split(" "),
);

const ESTIMATE_ADJECTIVES = new Set(
  "last latest most recent new official own initial preliminary updated current".split(" "),
);

export const CLAUSE_BREAKS = new Set([";", "but", "while", "whereas", "although", "though", "however"]);

/** "claimed the lives of", "an estimated 400": the verb does not report anyone's words here. */
function notSaying(lower: string[], k: number): boolean {
  const next = lower[k + 1];
  const prev = lower[k - 1];
  return next === "lives" || (next === "the" && lower[k + 2] === "lives") || prev === "an" || prev === "the";
}

interface Cue {
  at: number;
  span: NamedSpan;
}

function possessive(w: string): boolean {
  return w.endsWith("'s") || w.endsWith("’s");
}

/** "the UN's last estimate": the span runs to the estimate noun; the name is the owner's. */
function possessiveEstimate(
  view: TokenView,
  text: string,
  k: number,
  floor: number,
  entities: EntityMention[],
) {
  const { lower, tokens } = view;
  let j = k + 1;
  while (ESTIMATE_ADJECTIVES.has(lower[j] ?? "") && j < k + 4) j++;
  if (!ESTIMATE_NOUNS.has(lower[j] ?? "")) return null;
  const agent = agentEndingAt(view, k, floor);
  const end = tokens[j]?.end;
  if (agent === null || end === undefined) return null;
  const named = namedAgent(view, text, agent, entities);
  if (named === null) return null;
  return { ...named, end, text: text.slice(named.start, end) };
}

function sayCue(view: TokenView, text: string, k: number, s: Sentence, entities: EntityMention[]) {
  const before = agentEndingAt(view, skipVerbPrefix(view, k, s.firstToken), s.firstToken);
  if (before !== null) return before.pronoun ? null : namedAgent(view, text, before, entities);
  // inverted: "five were killed, said the regional governor"
  if (!INVERTIBLE.has(view.lower[k] ?? "") || !INVERSION_MARKS.has(view.lower[k - 1] ?? "")) return null;
  const after = agentStartingAt(view, k + 1, s.endToken);
  return after === null || after.pronoun ? null : namedAgent(view, text, after, entities);
}

/** Every attribution cue in a sentence, by token position. */
export function attributionCues(
  view: TokenView,
  text: string,
  s: Sentence,
  entities: EntityMention[],
): Cue[] {
  const { lower } = view;
  const cues: Cue[] = [];
  for (let k = s.firstToken; k < s.endToken; k++) {
    const w = lower[k] ?? "";
    let span: NamedSpan | null = null;
    if (w === "according" && lower[k + 1] === "to") {
      const agent = agentStartingAt(view, k + 2, s.endToken);
      span = agent === null ? null : namedAgent(view, text, agent, entities);
    } else if (possessive(w)) {
      span = possessiveEstimate(view, text, k, s.firstToken, entities);
    } else if (SAY.has(w) && !notSaying(lower, k)) {
      span = sayCue(view, text, k, s, entities);
    } else if (w === "from" && ESTIMATE_NOUNS.has(lower[k - 1] ?? "")) {
      const agent = agentStartingAt(view, k + 1, s.endToken);
      span = agent === null ? null : namedAgent(view, text, agent, entities);
    }
    if (span !== null) cues.push({ at: k, span });
  }
  return cues;
}

/** The cue nearest to the figure at token `at`, preferring one in the same clause; never across ";". */
export function nearestCue(view: TokenView, cues: Cue[], at: number): NamedSpan | null {
  let best: Cue | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    const between = separation(view, cue.at, at);
    if (between === "hard") continue;
    const score = Math.abs(cue.at - at) + (between === "soft" ? 1000 : 0);
    if (score < bestScore) {
      best = cue;
      bestScore = score;
    }
  }
  return best?.span ?? null;
}

/** What separates two tokens: a semicolon (hard), a clause conjunction (soft) or nothing. */
function separation(view: TokenView, a: number, b: number): "hard" | "soft" | null {
  let found: "soft" | null = null;
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
    const w = view.lower[k] ?? "";
    if (w === ";") return "hard";
    if (CLAUSE_BREAKS.has(w)) found = "soft";
  }
  return found;
}

// Doubt about a count, within the figure's clause. "claimed" is left out: it is an attribution
// cue, and doubt about who makes a claim belongs to the reader of the attribution.
const HEDGE_WORDS =
  /\b(?:unverified|unconfirmed|estimated|reportedly|allegedly|preliminary|feared|believed to|thought to|presumed|possibly)\b/gi;

/**
 * Doubt about the figures of a whole sentence: the count is higher than stated or could not be
 * checked. These reach across clauses, and into the next sentence when it has no figures.
 */
const HIGHER =
  /\b(?:(?:could|may|might|will|would)(?: well)?(?: likely)?|(?:is|are|was|were) (?:likely|expected|set|probably|almost certainly)(?: to)?|likely to|expected to)(?: be)?(?: (?:far|much|significantly|considerably|substantially|even|many times))? (?:higher|greater|larger|rise|increase|grow|climb)\b|\b(?:underestimate[sd]?|undercount(?:ed)?|tip of the iceberg|(?:could|can)\s?not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|not (?:been )?independently (?:verified|confirmed))\b/gi;

function spansOf(text: string, from: number, to: number, pattern: RegExp): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

export interface SentenceHedges {
  /** Doubt words with their token-free offsets; applied to figures in the same clause. */
  local: Span[];
  /** "could be far higher" and the like: applied to every figure in the sentence. */
  higher: Span[];
}

export function sentenceHedges(text: string, s: { start: number; end: number }): SentenceHedges {
  return { local: spansOf(text, s.start, s.end, HEDGE_WORDS), higher: spansOf(text, s.start, s.end, HIGHER) };
}
