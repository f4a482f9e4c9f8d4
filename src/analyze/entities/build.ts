/**
 * From a classified chunk to a mention: the span widened by the words that belong to it
 * ("the", "northern", "the city of", "oblast", "forces", "spokesman") and the canonical name.
 */
import type { EntityMention, EntityType, PlaceRef } from "../../domain/analysis.js";
import { countryTables } from "../places/countries.js";
import { lookupPlace } from "../places/resolve.js";
import type { PreparedText } from "../text/prepare.js";
import { Shape, type Token } from "../text/tokens.js";
import type { Candidate } from "./classify.js";
import {
  describedPlaceBefore,
  facilityAfter,
  groupNounsAfter,
  placeSuffixAfter,
  roleNounAfter,
  withDeterminer,
  withDirection,
} from "./context.js";
import type { NameRegistry } from "./coref.js";
import { DESCRIPTOR_NOUNS, GROUP_NOUNS, KNOWN_ORGS, ORG_HEADS } from "./lexicon.js";
import type { Built } from "./merge.js";
import { type Item, wordsText } from "./settle.js";

/** Country names that take "the" as part of the name. */
const ARTICLE_NAME =
  /^(?:United|Republic|Kingdom|Democratic|Islamic Republic)\b|\b(?:Republic|Kingdom|States|Emirates|Islands|Netherlands|Philippines|Gambia|Bahamas)$/;

/** What someone's possessive names as theirs to command: "Assad's regime". */
const COMMANDED = new Set([
  "regime",
  "forces",
  "army",
  "government",
  "troops",
  "militia",
  "militias",
  "fighters",
  "allies",
  "supporters",
  "men",
  "family",
]);

function personName(item: Item, cand: Candidate, registry: NameRegistry): string {
  if (cand.nameFrom >= cand.to) return (cand.title && registry.titled(cand.title)) ?? cand.title ?? "";
  const own = wordsText(item.chunk, cand.nameFrom, cand.to);
  return registry.person(own) ?? own;
}

/** A mention being assembled: token range, end offset, type and name. */
interface Draft {
  first: number;
  last: number;
  end: number;
  type: EntityType | null;
  name: string;
  place: PlaceRef | null;
  /** The name was widened by a lower-case noun, so it names a group or a role, not an entity. */
  described: boolean;
}

function absorb(d: Draft, tokens: Token[], count: number): string {
  const nouns = tokens
    .slice(d.last + 1, d.last + 1 + count)
    .map((t) => t.text)
    .join(" ");
  d.last += count;
  d.end = (tokens[d.last] as Token).end;
  d.place = null;
  d.described = true;
  return nouns;
}

// "Russian forces", "the Assad regime", "ISIL fighters", "US government": lower-case group
// nouns after a name make the whole an organisation, named as written. A descriptor
// ("Hezbollah movement", "Reuters news agency") widens the span but leaves the name.
function extendToGroup(d: Draft, tokens: Token[], limit: number): void {
  const groups = groupNounsAfter(tokens, d.last + 1, limit, d.type === null);
  if (groups === 0) return;
  const descriptor =
    d.type === "organization" && DESCRIPTOR_NOUNS.has((tokens[d.last + groups] as Token).text);
  const nouns = absorb(d, tokens, groups);
  if (!descriptor) d.name = `${d.name} ${nouns}`;
  d.type = "organization";
}

// "the Mezzeh military airport", "the Turkish border", "Kharkiv airport": a facility is a
// place, placed (when its name resolved) where the name is.
function extendToFacility(d: Draft, tokens: Token[], limit: number): void {
  const n = facilityAfter(tokens, d.last + 1, limit);
  if (n === 0) return;
  const place = d.place;
  d.name = `${d.name} ${absorb(d, tokens, n)}`;
  d.place = place;
  d.type = "place";
}

// "Assad's brutal regime", "Putin's forces": what someone commands, named after them.
function extendPossessed(d: Draft, tokens: Token[], limit: number): void {
  let j = d.last + 1;
  const adjective = tokens[j];
  if (adjective?.shape === Shape.Lower && !GROUP_NOUNS.has(adjective.text) && j + 1 < limit) j++;
  const noun = tokens[j];
  if (j >= limit || !noun || !COMMANDED.has(noun.text)) return;
  const demonym = d.place?.country ? countryTables().byCode.get(d.place.country)?.demonym : undefined;
  absorb(d, tokens, j - d.last);
  d.name = `${demonym ?? d.name} ${noun.text}`;
  d.type = "organization";
}

// "a Foreign Office spokesman", "a Russian military spokesman": a role in an organisation
// or a country is a person, named by the role.
function extendToRole(d: Draft, tokens: Token[], limit: number): void {
  if (roleNounAfter(tokens, d.last + 1, limit) === 0) return;
  d.name = `${d.name} ${absorb(d, tokens, 1)}`;
  d.type = "person";
}

// "Kharkiv oblast" is the oblast; "northern Iraq", "west of Damascus" and "the Syrian city
// of Raqqa" keep what places them in the span.
function extendPlace(d: Draft, tokens: Token[], item: Item, hint: string | null, possessive: boolean): void {
  const suffix = possessive ? null : placeSuffixAfter(tokens, d.last + 1, item.limit, d.place !== null);
  if (suffix) {
    d.last++;
    d.end = (tokens[d.last] as Token).end;
    d.place = lookupPlace(`${d.name} ${suffix}`, { countryHint: hint })?.ref ?? d.place;
  }
  d.first = describedPlaceBefore(tokens, d.first, item.floor);
  d.first = withDirection(tokens, d.first, item.floor);
  // a facility keeps its own name ("Kharkiv airport") and the place it lies in
  if (!d.described) d.name = d.place?.name ?? d.name;
}

function draftOf(item: Item, cand: Candidate, doc: PreparedText): Draft {
  const { chunk } = item;
  const last = chunk.first + cand.to - 1;
  const atChunkEnd = cand.to === chunk.words.length;
  return {
    first: chunk.first + cand.from,
    last,
    end: atChunkEnd ? chunk.stop : (doc.tokens[last] as Token).end,
    type: cand.type,
    name: wordsText(chunk, cand.from, cand.to),
    place: cand.place?.ref ?? null,
    described: false,
  };
}

/** Widens the draft by the words after it; true when it still ends in a possessive "'s". */
function widen(d: Draft, item: Item, cand: Candidate, tokens: Token[]): boolean {
  const { chunk, limit } = item;
  const possessive = cand.to === chunk.words.length && chunk.possessive;
  if (possessive) {
    // "Assad's regime": whoever commands a regime or forces is an actor even when unknown
    extendPossessed(d, tokens, limit);
    return !d.described;
  }
  if (d.type === "person" && cand.nameFrom >= cand.to) return false;
  if (d.type === null || d.type === "place") extendToFacility(d, tokens, limit);
  if (!d.described) extendToGroup(d, tokens, limit);
  if (d.type !== "person" && d.type !== "place") extendToRole(d, tokens, limit);
  return false;
}

/** The mention a classified chunk makes, or null when it makes none. */
export function build(
  item: Item,
  doc: PreparedText,
  registry: NameRegistry,
  hint: string | null,
): Built | null {
  const { chunk, cand } = item;
  const { tokens, text } = doc;
  if (!cand) return null;
  const d = draftOf(item, cand, doc);
  const possessive = widen(d, item, cand, tokens);
  const type = d.type;
  if (type === null) return null;
  const bareHead = type === "organization" && cand.to - cand.from === 1 && ORG_HEADS.has(d.name);
  if (bareHead && tokens[d.first - 1]?.text.toLowerCase() !== "the") return null;
  if (type === "place") extendPlace(d, tokens, item, hint, possessive);
  else if (d.described) d.first = withDeterminer(tokens, d.first, item.floor, true);
  else if (type === "person") d.name = personName(item, cand, registry);
  else d.name = KNOWN_ORGS[d.name] ?? registry.organization(d.name) ?? d.name;
  const isCountry = type === "place" && cand.place?.kind === "country" && !d.described;
  // "the UK" names the country as an actor (see metonymy.ts); the place itself is "UK",
  // but "the United States" and "the Syrian Arab Republic" keep the article of their name.
  const article = !isCountry || ARTICLE_NAME.test(wordsText(chunk, cand.from, cand.to));
  const first = article ? withDeterminer(tokens, d.first, item.floor, false) : d.first;
  const start = (tokens[first] as Token).start;
  const mention: EntityMention = { start, end: d.end, text: text.slice(start, d.end), type, name: d.name };
  if (type === "place") mention.place = d.place;
  return {
    mention,
    first,
    last: d.last,
    country: isCountry ? (d.place?.country ?? null) : null,
    seat: type === "place" && cand.place?.capital === true,
    possessive,
  };
}
