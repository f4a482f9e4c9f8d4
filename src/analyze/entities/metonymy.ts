/**
 * A country (or a capital) named as an actor stands for its government: "Syria has accused
 * Israel", "Russia denied", "Washington said", "the UK's commitment", "announced by Russia".
 * Such a mention is typed "organization" and spans "the" as organisation names do; its
 * `name` stays the country's and it keeps its `place`, so that a map can still place the
 * actor. Consumers that want where something happened read `type === "place"` only.
 */
import type { PreparedText } from "../text/prepare.js";
import { Shape, type Token } from "../text/tokens.js";
import type { Built } from "./merge.js";
import { agentNoun, agentVerb, stanceVerb } from "./verbs.js";

const AUXILIARIES = new Set(
  "has have had will would could can must should may might did does do shall".split(" "),
);
const BE = new Set(["is", "are", "was", "were", "been"]);
const ADVERBS = new Set(
  "also not now already still again repeatedly reportedly allegedly then since first previously later never always once further".split(
    " ",
  ),
);
/** Adjectives and participles after "is" that describe a will, not a place ("the UK is committed"). */
const ATTITUDES = new Set(
  "committed determined prepared ready concerned clear proud aware willing unwilling responsible expected set likely keen eager due".split(
    " ",
  ),
);
/** Words before a name that make it the complement of something else ("the war in Syria"). */
const GOVERNED = new Set(
  "in of from across into at near to for with on inside throughout within over".split(" "),
);

function lower(tokens: Token[], i: number): string {
  return (tokens[i]?.text ?? "").toLowerCase().replaceAll("’", "'");
}

function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith("ly"));
}

// "Syria has accused", "Russia denied", "the UK is working", "Jordan to employ".
function subjectOfAgentVerb(tokens: Token[], after: number, limit: number): boolean {
  let j = after;
  let be = false;
  const skip = () => {
    while (j < limit && isAdverb(lower(tokens, j))) j++;
  };
  skip();
  if (lower(tokens, j) === "to") return agentVerb(lower(tokens, j + 1));
  while (j < limit && (AUXILIARIES.has(lower(tokens, j)) || BE.has(lower(tokens, j)))) {
    be ||= BE.has(lower(tokens, j));
    j++;
    skip();
  }
  const w = lower(tokens, j);
  if (j >= limit || tokens[j]?.shape !== Shape.Lower) return false;
  if (be) return (w.endsWith("ing") && w !== "being") || ATTITUDES.has(w);
  return agentVerb(w);
}

// "accused Israel of", "pressed for Russia to", "called on Iran to".
function objectOfStanceVerb(tokens: Token[], first: number, floor: number): boolean {
  let j = first - 1;
  if (j >= floor && (lower(tokens, j) === "on" || lower(tokens, j) === "for")) j--;
  return j >= floor && stanceVerb(lower(tokens, j));
}

// "announced by Russia", "a war waged by Russia".
function agentOfPassive(tokens: Token[], first: number, floor: number): boolean {
  return first - 2 >= floor && lower(tokens, first - 1) === "by" && agentVerb(lower(tokens, first - 2));
}

// "the UK's commitment", "Australia's diplomatic efforts", "Russia's war".
function possessorOfAct(tokens: Token[], after: number, limit: number): boolean {
  for (let j = after; j < limit && j < after + 3; j++) {
    const t = tokens[j] as Token;
    if (t.shape !== Shape.Lower) return false;
    if (agentNoun(t.text)) return true;
  }
  return false;
}

function governed(tokens: Token[], first: number, floor: number): boolean {
  let j = first - 1;
  if (j >= floor && lower(tokens, j) === "the") j--;
  return j >= floor && GOVERNED.has(lower(tokens, j));
}

function isAgent(tokens: Token[], b: Built, floor: number, limit: number): boolean {
  // "U.S.-led", "UK-France": part of a compound, not a noun phrase of its own
  const next = tokens[b.last + 1];
  if (next && next.start === (tokens[b.last] as Token).end && next.text.startsWith("-")) return false;
  if (b.possessive) return possessorOfAct(tokens, b.last + 1, limit);
  if (agentOfPassive(tokens, b.first, floor)) return true;
  if (b.country !== null && objectOfStanceVerb(tokens, b.first, floor)) return true;
  return !governed(tokens, b.first, floor) && subjectOfAgentVerb(tokens, b.last + 1, limit);
}

function retype(b: Built, doc: PreparedText, floor: number): void {
  const prev = doc.tokens[b.first - 1];
  if (b.first - 1 >= floor && prev && (prev.text === "the" || prev.text === "The")) {
    b.first--;
    b.mention.start = prev.start;
    b.mention.text = doc.text.slice(prev.start, b.mention.end);
  }
  b.mention.type = "organization";
}

// "Russia and Iran must now work": the conjuncts share the role.
function conjoined(a: Built, b: Built, text: string): boolean {
  const gap = text.slice(a.mention.end, b.mention.start);
  return gap === " and " || gap === ", " || gap === ", and " || gap === " or ";
}

/** Retypes the countries and capitals of `built` (sorted, not overlapping) that act. */
export function markAgents(built: Built[], doc: PreparedText): void {
  const { tokens, sentences } = doc;
  let s = 0;
  const agents = new Set<Built>();
  const bounds = new Map<Built, number>();
  for (const b of built) {
    if (b.mention.type !== "place" || (b.country === null && !b.seat)) continue;
    while (s < sentences.length - 1 && (sentences[s] as { endToken: number }).endToken <= b.first) s++;
    const sentence = sentences[s];
    if (!sentence) continue;
    bounds.set(b, sentence.firstToken);
    if (isAgent(tokens, b, sentence.firstToken, sentence.endToken)) agents.add(b);
  }
  const countries = [...bounds.keys()];
  for (let i = countries.length - 2; i >= 0; i--) {
    const a = countries[i] as Built;
    const b = countries[i + 1] as Built;
    if (agents.has(b) && !agents.has(a) && !a.possessive && conjoined(a, b, doc.text)) agents.add(a);
  }
  for (let i = 1; i < countries.length; i++) {
    const a = countries[i - 1] as Built;
    const b = countries[i] as Built;
    if (agents.has(a) && !agents.has(b) && !b.possessive && conjoined(a, b, doc.text)) agents.add(b);
  }
  for (const b of agents) retype(b, doc, bounds.get(b) ?? 0);
}
