/**
 * Organisations named without a capitalised head: "pro-Russian separatists",
 * "anti-government militias", and nationals as a group ("Syrians", "many Iraqis").
 */
import { countryTables } from "../places/countries.js";
import type { PreparedText } from "../text/prepare.js";
import type { Token } from "../text/tokens.js";
import { groupNounsAfter } from "./context.js";
import { GROUP_ADJECTIVES } from "./lexicon.js";
import type { Built } from "./merge.js";

const PRO_GROUP = /^(?:pro|anti)-\p{Lu}/u;

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

/** Group mentions with no capitalised head, in text order. */
export function findGroups(doc: PreparedText): Built[] {
  const out: Built[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i] as Token;
      if (PRO_GROUP.test(t.text)) {
        const n = groupNounsAfter(doc.tokens, i + 1, s.endToken, true);
        if (n > 0) {
          out.push(built(doc, i, i + n));
          i += n;
        }
      } else if (isNationals(t.text) && groupNounsAfter(doc.tokens, i + 1, s.endToken, true) === 0) {
        out.push(built(doc, i, i));
      }
    }
  }
  return out;
}
