import type { EntityMention } from "../../domain/analysis.js";
import { countryTables } from "../places/countries.js";
import { lookupPlace } from "../places/resolve.js";
import { DESCRIPTOR_NOUNS, GROUP_NOUNS, ORG_HEADS } from "./lexicon.js";

export interface Built {
  mention: EntityMention;
  /** Token range of the mention, inclusive. */
  first: number;
  last: number;
  /** ISO code when the mention is a country ("Ukraine"), for "Bucha, Ukraine" and "Russia's ministry". */
  country: string | null;
  /** The mention was written with a possessive "'s" after it. */
  possessive: boolean;
  /** A national capital, which may stand for its government ("Moscow said"). */
  seat: boolean;
}

const POSSESSIVE_GAP = /^['’]s\s+$/;

// "Bucha, Ukraine" is one place, and the country settles which Bucha.
function placeWithCountry(a: Built, b: Built, text: string): Built | null {
  if (a.mention.type !== "place" || a.country !== null || b.country === null) return null;
  if (text.slice(a.mention.end, b.mention.start) !== ", ") return null;
  const surface = a.mention.place?.name ?? a.mention.name;
  const place = lookupPlace(surface, { countryHint: b.country })?.ref ?? a.mention.place ?? null;
  const start = a.mention.start;
  const end = b.mention.end;
  const mention: EntityMention = {
    start,
    end,
    text: text.slice(start, end),
    type: "place",
    name: place?.name ?? a.mention.name,
    place,
  };
  return { mention, first: a.first, last: b.last, country: null, possessive: b.possessive, seat: false };
}

// "Russia's Ministry of Defence" is the Russian ministry, not some ministry near Russia.
function countryOrganization(a: Built, b: Built, text: string): Built | null {
  if (!a.possessive || a.country === null || b.mention.type !== "organization") return null;
  // Only a country's own institutions ("Russia's Ministry of Defence", "Russia's forces"),
  // not organisations that merely operate there ("Lebanon's Hezbollah").
  const words = b.mention.text.split(/\s+/);
  if (!words.some((w) => ORG_HEADS.has(w) || (GROUP_NOUNS.has(w) && !DESCRIPTOR_NOUNS.has(w)))) return null;
  if (!POSSESSIVE_GAP.test(text.slice(a.mention.end, b.mention.start))) return null;
  const demonym = countryTables().byCode.get(a.country)?.demonym ?? a.mention.name;
  const start = a.mention.start;
  const end = b.mention.end;
  const bare = b.mention.name.replace(/^the\s+/i, "");
  const name = bare.startsWith(demonym) ? bare : `${demonym} ${bare}`;
  return {
    mention: { start, end, text: text.slice(start, end), type: "organization", name },
    first: a.first,
    last: b.last,
    country: null,
    possessive: b.possessive,
    seat: false,
  };
}

const DISTRICT = /\b(?:district|neighbourhood|neighborhood|suburb|quarter|area)$/i;

// "the Karrada district of Baghdad": one place, the district, placed in the city.
function districtOfCity(a: Built, b: Built, text: string): Built | null {
  if (a.mention.type !== "place" || b.mention.type !== "place" || a.possessive) return null;
  if (!DISTRICT.test(a.mention.text) || text.slice(a.mention.end, b.mention.start) !== " of ") return null;
  const start = a.mention.start;
  const end = b.mention.end;
  const mention: EntityMention = { ...a.mention, end, text: text.slice(start, end) };
  return { mention, first: a.first, last: b.last, country: null, possessive: b.possessive, seat: false };
}

/** Drops overlapping mentions (the earlier, longer one stays) and joins the pairs above. */
export function mergeAdjacent(built: Built[], text: string): Built[] {
  const kept: Built[] = [];
  for (const b of built) {
    const prev = kept[kept.length - 1];
    if (prev && b.mention.start < prev.mention.end) continue;
    const merged =
      prev &&
      (placeWithCountry(prev, b, text) ??
        countryOrganization(prev, b, text) ??
        districtOfCity(prev, b, text));
    if (merged) kept[kept.length - 1] = merged;
    else kept.push(b);
  }
  return kept;
}
