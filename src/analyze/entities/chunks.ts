import { Shape, type Token } from "../text/tokens.js";
import { FUNCTION_WORDS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from "./lexicon.js";

/** A run of capitalised tokens that may name something, with what the rules need about it. */
export interface Chunk {
  /** Index of the first token. */
  first: number;
  /** One past the last token. */
  end: number;
  start: number;
  /** End offset, before a possessive "'s". */
  stop: number;
  possessive: boolean;
  /** The first token opens a sentence (or a quotation opening one), so its capital proves nothing. */
  atSentenceStart: boolean;
  /** Token texts, the last without its possessive. */
  words: string[];
}

const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd|abdul)-\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const INITIAL = /^\p{Lu}$/u;
const OPENERS = new Set(['"', "“", "‘", "'", "(", "«", "[", "-", "–", "—", ":"]);
const CONNECTORS = new Set(["of", "for", "on", "and"]);
// Words that let "of"/"for" join what follows: heads of names like "Ministry of Defence",
// "Secretary of State", "Gulf of Aden", "Republic of Korea".
const CONNECTING_HEADS = new Set(["Republic", "Kingdom", "Federation", "Union", "Friends", "Bank", "Court"]);

// "We've", "It's", "Don't": capitalised contractions are function words.
const CONTRACTION = /['’](?:ve|re|ll|d|m|t)$/;

export function isNameToken(t: Token): boolean {
  if (t.shape === Shape.Capitalized || t.shape === Shape.Upper) return !CONTRACTION.test(t.text);
  return t.shape === Shape.Lower && PARTICLE_PREFIX.test(t.text);
}

function bareWord(t: Token): string {
  return POSSESSIVE.test(t.text) && t.text.length > 2 ? t.text.slice(0, -2) : t.text;
}

function canConnect(words: string[]): boolean {
  return words.some(
    (w) =>
      ORG_HEADS.has(w) ||
      (TITLE_WORDS.has(w) && w.length > 3) ||
      PLACE_HEADS.has(w) ||
      CONNECTING_HEADS.has(w),
  );
}

// How many tokens from `i` (a lower-case connector) continue the name, or 0: "of the"
// and "for the" may precede the next capitalised word, and "and" is only allowed in a name
// already joined by "of"/"for" ("Office for Democratic Institutions and Human Rights").
function connectorLength(tokens: Token[], i: number, end: number, words: string[], joined: boolean): number {
  const t = tokens[i] as Token;
  if (NAME_PARTICLES.has(t.text)) {
    const next = tokens[i + 1];
    return next && i + 1 < end && isNameToken(next) ? 1 : 0;
  }
  if (!CONNECTORS.has(t.text) || !canConnect(words)) return 0;
  if (t.text === "and" && !joined) return 0;
  let j = i + 1;
  if (tokens[j]?.text === "the" && t.text !== "and") j++;
  const next = tokens[j];
  if (j >= end || !next || !isNameToken(next) || FUNCTION_WORDS.has(next.text)) return 0;
  return j - i;
}

function isSentenceStart(tokens: Token[], i: number, sentenceFirst: number): boolean {
  let j = i - 1;
  while (j >= sentenceFirst && OPENERS.has((tokens[j] as Token).text)) j--;
  return j < sentenceFirst;
}

/** The capitalised runs of one sentence, tokens [from, to). */
export function findChunks(tokens: Token[], from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!isNameToken(t)) {
      i++;
      continue;
    }
    const first = i;
    const words: string[] = [bareWord(t)];
    let possessive = POSSESSIVE.test(t.text);
    let joined = false;
    let last = i;
    let j = i + 1;
    while (!possessive && j < to) {
      const next = tokens[j] as Token;
      if (isNameToken(next) && next.start - (tokens[j - 1] as Token).end <= 1) {
        words.push(bareWord(next));
        possessive = POSSESSIVE.test(next.text);
        last = j++;
        continue;
      }
      // "Gen. Ivan Hrytsenko", "Dr S. Jaishankar": the full stop of an abbreviated title or
      // of an initial stays inside the name.
      const after = tokens[j + 1];
      const previous = words[words.length - 1] as string;
      if (
        next.text === "." &&
        (TITLE_WORDS.has(previous) || INITIAL.test(previous)) &&
        after &&
        isNameToken(after)
      ) {
        words.push(".");
        j++;
        continue;
      }
      const skip = connectorLength(tokens, j, to, words, joined);
      if (skip === 0) break;
      if (next.text !== "and" && !NAME_PARTICLES.has(next.text)) joined = true;
      for (let k = j; k < j + skip; k++) words.push((tokens[k] as Token).text);
      j += skip;
    }
    const lastToken = tokens[last] as Token;
    chunks.push({
      first,
      end: last + 1,
      start: t.start,
      stop: possessive ? lastToken.end - 2 : lastToken.end,
      possessive,
      atSentenceStart: isSentenceStart(tokens, first, from),
      words,
    });
    i = last + 1;
  }
  return chunks;
}
