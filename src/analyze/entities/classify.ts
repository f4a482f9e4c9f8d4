import type { EntityType } from "../../domain/analysis.js";
import { countryTables } from "../places/countries.js";
import { lookupPlace, type PlaceMatch } from "../places/resolve.js";
import type { Chunk } from "./chunks.js";
import {
  DIRECTION_WORDS,
  EVENT_WORDS,
  FUNCTION_WORDS,
  GROUP_ADJECTIVES,
  KNOWN_ORGS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_OPENERS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from "./lexicon.js";
import { loadLexicons } from "./words.js";

/** What the rules make of one chunk before context and coreference are applied. */
export interface Candidate {
  /** Null when the words alone do not tell; context decides later. */
  type: EntityType | null;
  /** Index into the chunk's words where the mention starts (leading sentence words dropped). */
  from: number;
  /** One past the chunk's last word that belongs to the mention. */
  to: number;
  /** For people: index where the name proper starts, after any title ("Foreign Secretary"). */
  nameFrom: number;
  /** The title words, when the mention has some ("Foreign Secretary"). */
  title: string | null;
  place: PlaceMatch | null;
}

const REGION_WORDS = new Set([...DIRECTION_WORDS, "Middle", "Near", "Far"]);

const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abd|abdul)-\p{Lu}/u;

function isTitleWord(w: string): boolean {
  return TITLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w);
}

/** Leading words that only happen to be capitalised: function words, and at a sentence start any common word. */
function leadingNoise(chunk: Chunk): number {
  const { words } = chunk;
  const { english, personNames } = loadLexicons();
  let k = 0;
  while (k < words.length && FUNCTION_WORDS.has(words[k] as string)) k++;
  if (k === 0 && chunk.atSentenceStart && words.length > 0) {
    const w = words[0] as string;
    const known =
      personNames.has(w) ||
      TITLE_WORDS.has(w) ||
      ORG_HEADS.has(w) ||
      w in KNOWN_ORGS ||
      countryTables().names.has(w) ||
      countryTables().demonyms.has(w) ||
      PLACE_OPENERS.has(w);
    if (!known && english.has(w.toLowerCase()) && lookupPlace(w) === null) k = 1;
  }
  return k;
}

// Where a title run starts and ends in `words[from..]`: modifiers ("Foreign", "Prime") must
// lead to a real title word; "of"/"for" phrases belong to the title ("Secretary of State",
// "Minister for the Middle East") until a given name starts the person's own name.
function titleSpan(words: string[], from: number): { start: number; end: number } | null {
  const { personNames } = loadLexicons();
  let start = -1;
  for (let i = from; i < words.length; i++) {
    if (isTitleWord(words[i] as string)) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  while (start > from && TITLE_MODIFIERS.has(words[start - 1] as string)) start--;
  let end = start;
  while (end < words.length && (TITLE_WORDS.has(words[end] as string) || words[end] === ".")) end++;
  const w = words[end];
  if (w === "of" || w === "for") {
    end++;
    // "Minister for the Middle East Tobias Ellwood": compass words name the region of the
    // office, however often they are also surnames
    while (
      end < words.length &&
      (!personNames.has(words[end] as string) || REGION_WORDS.has(words[end] as string))
    )
      end++;
  }
  return { start, end };
}

function isOrgWords(words: string[]): boolean {
  if (words.some((w) => ORG_HEADS.has(w))) return true;
  const text = words.join(" ");
  if (text in KNOWN_ORGS) return true;
  return words.length === 1 && ACRONYM.test(text) && !countryTables().names.has(text) && text !== "I";
}

function placeByShape(words: string[]): boolean {
  if (PLACE_OPENERS.has(words[0] as string) && words.length > 1) return true;
  return words.length > 1 && PLACE_HEADS.has(words[words.length - 1] as string);
}

function looksLikePerson(words: string[]): boolean {
  const { personNames, english } = loadLexicons();
  if (words.length < 2 || words.length > 4 || words.some((w) => GROUP_ADJECTIVES.has(w))) return false;
  if (words.some((w) => PARTICLE_NAME.test(w))) return true;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (personNames.has(first) && (personNames.has(last) || !english.has(last.toLowerCase()))) return true;
  return words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !english.has(w.toLowerCase()));
}

// A gazetteer match is trusted for a word that is neither an everyday English word nor
// a person's name; those need a locative context, which `index.ts` checks.
function trustedPlace(words: string[], match: PlaceMatch, hint: string | null): boolean {
  if (match.kind !== "settlement") return true;
  if (words.length > 1) return match.exact;
  // A match by transliteration alone is loose ("Raisen" for "Russian"): only a large place
  // or one in the document's country is believed.
  if (
    !match.exact &&
    match.population < 100_000 &&
    (match.ref.country !== hint || match.population < 10_000)
  ) {
    return false;
  }
  const w = words[0] as string;
  const { english, personNames } = loadLexicons();
  if (english.has(w.toLowerCase())) return false;
  if (personNames.has(w)) return match.population >= 100_000;
  return match.population >= 1000 || match.exact;
}

function placeMatch(words: string[], hint: string | null): PlaceMatch | null {
  const m = lookupPlace(words.join(" "), { countryHint: hint });
  if (m && trustedPlace(words, m, hint)) return m;
  // "New York" is "New York City" in the gazetteer.
  const city = words.length > 1 ? lookupPlace(`${words.join(" ")} City`, { countryHint: hint }) : null;
  return city?.exact ? city : null;
}

// "Eastern Ukraine", "Northern Iraq": the place is what follows the direction.
function directedPlace(words: string[], hint: string | null): PlaceMatch | null {
  if (words.length < 2 || !DIRECTION_WORDS.has(words[0] as string)) return null;
  return placeMatch(words.slice(1), hint);
}

/** Classifies one chunk by its own words; `hint` is the document's main country. */
export function classifyChunk(chunk: Chunk, hint: string | null): Candidate | null {
  if (chunk.words[0] === "The" && chunk.words.length > 1) {
    // Names that keep their article: "The Hague", "The Gambia".
    const m = lookupPlace(chunk.words.join(" "), { countryHint: hint });
    if (m?.exact && m.ref.name.startsWith("The ")) {
      return { type: "place", from: 0, to: chunk.words.length, nameFrom: 0, title: null, place: m };
    }
  }
  const from = leadingNoise(chunk);
  const words = chunk.words.slice(from);
  const trailing = (w: string) => FUNCTION_WORDS.has(w) || EVENT_WORDS.has(w) || w === "of" || w === "and";
  while (words.length > 0 && trailing(words[words.length - 1] as string)) words.pop();
  if (words.length === 0) return null;
  const base: Candidate = {
    type: null,
    from,
    to: from + words.length,
    nameFrom: from,
    title: null,
    place: null,
  };
  if (words.join(" ") in KNOWN_ORGS) return { ...base, type: "organization" };
  // Nationality adjectives ("Russian") are no entity alone; "Russian forces" is found from here.
  if (words.every((w) => countryTables().demonyms.has(w) || GROUP_ADJECTIVES.has(w))) return base;
  // A lone "al-Hilla" may be a place or a person; context decides.
  if (words.length === 1 && PARTICLE_NAME.test(words[0] as string)) return base;
  const title = titleSpan(words, 0);
  if (title) {
    const rest = words.slice(title.end);
    const titleText = words
      .slice(title.start, title.end)
      .filter((w) => w !== ".")
      .join(" ");
    const person: Candidate = { ...base, type: "person", nameFrom: from + title.end, title: titleText };
    // A title last is a person's office even after an organisation ("Foreign Office Minister").
    if (rest.length === 0) return person;
    if (rest.length > 0 && !isOrgWords(rest) && !placeByShape(rest)) return person;
  }
  if (isOrgWords(words)) return { ...base, type: "organization" };
  const place = placeMatch(words, hint) ?? directedPlace(words, hint);
  if (place) return { ...base, type: "place", place };
  if (placeByShape(words)) return { ...base, type: "place" };
  if (looksLikePerson(words)) return { ...base, type: "person" };
  return base;
}
