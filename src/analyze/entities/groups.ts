/**
 * Organisations named without a capitalised head: "pro-Russian separatists", "US-led
 * coalition troops", "government forces", and nationals or communities as a group
 * ("Syrians", "Sunni Arabs").
 *
 * A bare group noun ("militants", "civilians", "soldiers") is no entity mention: it names
 * no one an investigator could look up or tell apart from another group of the same kind.
 * Armed groups count once something ties them to an actor (a nationality, a name, a side:
 * "Russian soldiers", "IS fighters", "government forces"); who is hurt is counted by the
 * figures module, not listed here.
 */
import { countryTables } from "../places/countries.js";
import type { PreparedText } from "../text/prepare.js";
import { Shape, type Token } from "../text/tokens.js";
import { groupNounsAfter } from "./context.js";
import { GROUP_ADJECTIVES } from "./lexicon.js";
import type { Built } from "./merge.js";

const PRO_GROUP = /^(?:pro|anti)-\p{Lu}/u;
/** "US-led", "Russian-backed": the compound that makes the group after it an actor. */
const LED = /^\p{Lu}[\p{L}.]*-(?:led|backed|allied|controlled)$/u;
/** Lower-case words that make "government forces", "coalition troops" an armed actor. */
const ACTOR_MODIFIERS = new Set([
  "government",
  "regime",
  "security",
  "coalition",
  "opposition",
  "rebel",
  "allied",
]);

function built(doc: PreparedText, first: number, last: number): Built {
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last] as Token).end;
  const text = doc.text.slice(start, end);
  return {
    mention: { start, end, text, type: "organization", name: text },
    first,
    last,
    country: null,
    possessive: false,
    seat: false,
  };
}

// A plural nationality or community noun is a group of people ("700 Syrians", "the
// Yazidis"); the singular adjective is no entity ("Syrian officials" is found from the noun
// after it).
function isNationals(word: string): boolean {
  if (word.length < 4 || !word.endsWith("s")) return false;
  const { demonyms } = countryTables();
  const singular = word.slice(0, -1);
  return demonyms.has(singular) || GROUP_ADJECTIVES.has(word);
}

function isName(t: Token | undefined): boolean {
  return t !== undefined && (t.shape === Shape.Capitalized || t.shape === Shape.Upper);
}

/** Tokens from `i` that qualify a group as an actor ("pro-Russian", "US-led", "U.S.-led", "government"), or 0. */
function actorModifier(tokens: Token[], i: number, first: number): number {
  const t = tokens[i] as Token;
  if (t.text.includes("-") && (PRO_GROUP.test(t.text) || LED.test(t.text))) return 1;
  if (isName(t) && tokens[i + 1]?.text === "-" && LED.test(`X-${tokens[i + 2]?.text ?? ""}`)) return 3;
  // after a name, "Syrian government forces" is the name's (see build.ts)
  return ACTOR_MODIFIERS.has(t.text) && (i === first || !isName(tokens[i - 1])) ? 1 : 0;
}

function withArticle(tokens: Token[], i: number, first: number): number {
  return i > first && (tokens[i - 1]?.text === "the" || tokens[i - 1]?.text === "The") ? i - 1 : i;
}

// "Sunni Arabs", "Shia Muslims": the community words before the noun belong to it.
function withCommunity(tokens: Token[], i: number, first: number): number {
  let j = i;
  const { demonyms } = countryTables();
  while (
    j > first &&
    isName(tokens[j - 1]) &&
    (GROUP_ADJECTIVES.has(tokens[j - 1]?.text ?? "") || demonyms.has(tokens[j - 1]?.text ?? ""))
  )
    j--;
  return j;
}

/** Group mentions with no capitalised head, in text order. */
export function findGroups(doc: PreparedText): Built[] {
  const out: Built[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const modifier = actorModifier(tokens, i, s.firstToken);
      if (modifier > 0) {
        const n = groupNounsAfter(tokens, i + modifier, s.endToken, true);
        if (n > 0) {
          out.push(built(doc, withArticle(tokens, i, s.firstToken), i + modifier + n - 1));
          i += modifier + n - 1;
        }
      } else if (
        isName(tokens[i]) &&
        isNationals((tokens[i] as Token).text) &&
        groupNounsAfter(tokens, i + 1, s.endToken, true) === 0
      ) {
        out.push(built(doc, withCommunity(tokens, i, s.firstToken), i));
      }
    }
  }
  return out;
}
