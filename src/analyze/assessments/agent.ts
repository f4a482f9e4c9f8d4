import type { EntityMention } from "../../domain/analysis.js";
import type { NamedSpan } from "../../domain/span.js";
import type { TokenView } from "../figures/numbers.js";
import { Shape } from "../text/tokens.js";

// Who said, assessed or accused: the noun group next to a verb. A parser would do better,
// but no maintained English parser for Node fits the speed budget, and news agents are
// mostly short capitalised groups ("the US government", "President Joe Biden's administration",
// "local officials") that a few word lists cover.

const AGENT_NOUNS = new Set(
  (
    "officials official government administration ministry authorities authority police army military " +
    "prosecutors prosecutor governor mayor spokesperson spokesman spokeswoman council commission office " +
    "report monitors investigators observers agency service services committee mission organization " +
    "organisation group court department forces watchdog experts secretary minister president chief head " +
    "commissioner envoy ambassador officer staff team senate parliament sources doctors medics rescuers " +
    "leader leaders lawmakers legislators intelligence inquiry panel body tribunal representatives " +
    "representative spokespeople diplomats analysts researchers workers general troops soldiers units " +
    "commanders fighters militants mercenaries regime updates"
  ).split(" "),
);

const AGENT_ADJECTIVES = new Set(
  (
    "local regional national international independent state federal top senior human rights emergency " +
    "health defence defense interior foreign humanitarian deputy special city military ukrainian russian " +
    "western allied"
  ).split(" "),
);

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our"]);

/** Capitalised words that open sentences or clauses rather than name anyone. */
const NOT_NAMES = new Set(
  (
    "the a an however meanwhile but and yet also now today yesterday earlier later separately still then in on at " +
    "it this that these those he she they we i you there here if when while after before as since so " +
    "thus although though because advert monday tuesday wednesday thursday friday saturday sunday january " +
    "february march april may june july august september october november december"
  ).split(" "),
);

const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you"]);

/** Adverbs and auxiliaries between an agent and its verb ("has formally determined"). */
const VERB_PREFIX = new Set(
  (
    "has have had is was are were also formally officially now previously repeatedly unanimously already " +
    "recently publicly today yesterday again had further jointly firmly separately then reportedly long " +
    "would will"
  ).split(" "),
);

const JOINERS = new Set(["of", "for", "on", "and", "&"]);

function isPossessive(lower: string): boolean {
  return lower.endsWith("'s") || lower.endsWith("’s");
}

function isNameLike(view: TokenView, k: number): boolean {
  const tok = view.tokens[k];
  if (tok === undefined) return false;
  const shape = tok.shape;
  if (shape !== Shape.Capitalized && shape !== Shape.Upper) return false;
  return !NOT_NAMES.has(view.lower[k] ?? "");
}

function isAgentWord(view: TokenView, k: number): boolean {
  const w = view.lower[k] ?? "";
  if (isNameLike(view, k)) return true;
  const bare = isPossessive(w) ? w.slice(0, -2) : w;
  return AGENT_NOUNS.has(bare) || AGENT_ADJECTIVES.has(bare);
}

export interface AgentSpan {
  start: number;
  end: number;
  pronoun: boolean;
}

/** Skips "has formally" back from `verb`; returns the index of the last token before them. */
export function skipVerbPrefix(view: TokenView, verb: number, floor: number): number {
  let k = verb - 1;
  while (k >= floor && VERB_PREFIX.has(view.lower[k] ?? "")) k--;
  return k;
}

/** The noun group that ends at token `last` (inclusive), walking back no further than `floor`. */
export function agentEndingAt(view: TokenView, last: number, floor: number): AgentSpan | null {
  const { lower } = view;
  if (last < floor) return null;
  if (PRONOUNS.has(lower[last] ?? "")) return { start: last, end: last + 1, pronoun: true };
  let start = -1;
  for (let k = last; k >= floor && last - k < 12; k--) {
    const w = lower[k] ?? "";
    if (isAgentWord(view, k)) start = k;
    else if (start < 0 || start - k > 2 || !(JOINERS.has(w) || w === "the")) break;
  }
  if (start < 0) return null;
  if (start - 1 >= floor && DETERMINERS.has(lower[start - 1] ?? "")) start--;
  return { start, end: last + 1, pronoun: false };
}

/** The noun group that starts at token `first` ("said the UN", "by local officials"). */
export function agentStartingAt(view: TokenView, first: number, limit: number): AgentSpan | null {
  const { lower } = view;
  if (PRONOUNS.has(lower[first] ?? "")) return { start: first, end: first + 1, pronoun: true };
  let end = -1;
  const from = DETERMINERS.has(lower[first] ?? "") ? first + 1 : first;
  for (let k = from; k < limit && k - first < 12; k++) {
    const w = lower[k] ?? "";
    if (isAgentWord(view, k)) end = k + 1;
    else if (end < 0 || k - end > 1 || !(JOINERS.has(w) || w === "the")) break;
  }
  return end > first ? { start: first, end, pronoun: false } : null;
}

/**
 * The agent as a NamedSpan; the name is the overlapping entity's canonical name when the entity
 * module found one, otherwise the words without a leading article or trailing possessive.
 */
export function namedAgent(
  view: TokenView,
  text: string,
  span: AgentSpan,
  entities: EntityMention[],
): NamedSpan | null {
  const first = view.tokens[span.start];
  const last = view.tokens[span.end - 1];
  if (first === undefined || last === undefined || span.pronoun) return null;
  const start = first.start;
  const end = last.end;
  let best: EntityMention | undefined;
  let bestOverlap = 0;
  for (const e of entities) {
    const overlap = Math.min(end, e.end) - Math.max(start, e.start);
    if (overlap > bestOverlap) {
      best = e;
      bestOverlap = overlap;
    }
  }
  const covered = text.slice(start, end);
  const name =
    best !== undefined && bestOverlap >= (best.end - best.start) / 2
      ? best.name
      : covered.replace(/^(?:the|a|an)\s+/i, "").replace(/['’]s$/, "");
  return { start, end, text: covered, name };
}
