import type { EntityMention, EntityType, PlaceRef } from "../../domain/analysis.js";
import { countryTables } from "../places/countries.js";
import { lookupPlace } from "../places/resolve.js";
import type { PreparedText } from "../text/prepare.js";
import type { Token } from "../text/tokens.js";
import { type Chunk, findChunks } from "./chunks.js";
import { type Candidate, classifyChunk } from "./classify.js";
import {
  groupNounsAfter,
  locativeBefore,
  placeSuffixAfter,
  speechAfter,
  withDeterminer,
  withDirection,
} from "./context.js";
import { NameRegistry } from "./coref.js";
import { KNOWN_ORGS, ORG_HEADS } from "./lexicon.js";
import { type Built, mergeAdjacent } from "./merge.js";
import { loadLexicons } from "./words.js";

/** A chunk with its sentence's token range and what the rules made of it. */
interface Item {
  chunk: Chunk;
  floor: number;
  limit: number;
  cand: Candidate | null;
}

const PRO_GROUP = /^(?:pro|anti)-\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abd|abdul)-\p{Lu}/u;

// A listed name that is no English word, capitalised where capitals prove something.
function knownGivenName(word: string, chunk: Chunk): boolean {
  const { personNames, english } = loadLexicons();
  return !chunk.atSentenceStart && personNames.has(word) && !english.has(word.toLowerCase());
}

// The country a document is mostly about: the most named country (by name or nationality
// adjective), when named at least twice. Namesakes there win ("Lyman" in Ukraine, not Mississippi).
function countryHint(items: Item[]): string | null {
  const { names, demonyms } = countryTables();
  const counts = new Map<string, number>();
  const count = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const { chunk } of items) {
    const whole = chunk.words.length > 1 ? names.get(chunk.words.join(" ")) : undefined;
    if (whole) count(whole);
    else {
      for (const w of chunk.words) {
        const code = names.get(w) ?? demonyms.get(w);
        if (code) count(code);
      }
    }
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

function wordsText(chunk: Chunk, from: number, to: number): string {
  return chunk.words.slice(from, to).join(" ");
}

function isDemonymOnly(chunk: Chunk, cand: Candidate): boolean {
  const { demonyms } = countryTables();
  return chunk.words.slice(cand.from, cand.to).every((w) => demonyms.has(w));
}

// Types that the chunk's own words left open, decided by context and by the names the
// document defines elsewhere.
function settleType(item: Item, tokens: Token[], registry: NameRegistry, hint: string | null): void {
  const { chunk, cand } = item;
  if (!cand) return;
  const name = wordsText(chunk, cand.from, cand.to);
  const single = cand.to - cand.from === 1;
  const known = registry.person(name);
  if (
    known &&
    (cand.type === null || (single && cand.type === "place" && cand.place?.kind === "settlement"))
  ) {
    cand.type = "person";
    cand.place = null;
    return;
  }
  if (cand.type !== null) return;
  if (registry.organization(name)) {
    cand.type = "organization";
    return;
  }
  if (isDemonymOnly(chunk, cand)) return;
  const first = chunk.first + cand.from;
  const end = chunk.first + cand.to;
  if (locativeBefore(tokens, first, item.floor)) {
    cand.type = "place";
    // Context makes it a place; a match by transliteration alone is believed only when it
    // is in the document's country or a large city ("in Europe" is not Orapa, Botswana).
    const m = lookupPlace(name, { countryHint: hint });
    cand.place = m && (m.exact || m.ref.country === hint || m.population >= 100_000) ? m : null;
  } else if (speechAfter(tokens, end, item.limit) && (!single || loadLexicons().personNames.has(name))) {
    cand.type = "person";
  } else if (single && (PARTICLE_NAME.test(name) || knownGivenName(name, chunk))) {
    cand.type = "person";
  }
}

function register(items: Item[], tokens: Token[], registry: NameRegistry): void {
  for (const { chunk, cand, limit } of items) {
    if (cand?.type === "person" && cand.nameFrom < cand.to) {
      registry.addPerson(wordsText(chunk, cand.nameFrom, cand.to), cand.title);
    }
    // "International Criminal Court (ICC)" defines ICC.
    const open = tokens[chunk.end];
    const acronym = tokens[chunk.end + 1];
    if (cand?.type === "organization" && open?.text === "(" && acronym && chunk.end + 2 < limit) {
      if (tokens[chunk.end + 2]?.text === ")")
        registry.addAcronym(acronym.text, wordsText(chunk, cand.from, cand.to));
    }
  }
}

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
}

// "Russian forces", "the Assad regime", "ISIL fighters": lower-case group nouns after a
// name make the whole an organisation.
function extendToGroup(d: Draft, tokens: Token[], limit: number): void {
  const groups = groupNounsAfter(tokens, d.last + 1, limit);
  if (groups === 0) return;
  const nouns = tokens
    .slice(d.last + 1, d.last + 1 + groups)
    .map((t) => t.text)
    .join(" ");
  const demonym = d.place ? countryTables().byCode.get(d.place.country ?? "")?.demonym : undefined;
  d.name = `${demonym ?? d.name} ${nouns}`;
  d.type = "organization";
  d.place = null;
  d.last += groups;
  d.end = (tokens[d.last] as Token).end;
}

// "Kharkiv oblast" is the oblast; "northern Iraq" keeps its direction in the span.
function extendPlace(d: Draft, tokens: Token[], item: Item, hint: string | null, possessive: boolean): void {
  const suffix = possessive ? null : placeSuffixAfter(tokens, d.last + 1, item.limit);
  if (suffix) {
    d.last++;
    d.end = (tokens[d.last] as Token).end;
    d.place = lookupPlace(`${d.name} ${suffix}`, { countryHint: hint })?.ref ?? d.place;
  }
  d.first = withDirection(tokens, d.first, item.floor);
  d.name = d.place?.name ?? d.name;
}

function build(item: Item, doc: PreparedText, registry: NameRegistry, hint: string | null): Built | null {
  const { chunk, cand } = item;
  const { tokens, text } = doc;
  if (!cand) return null;
  const last = chunk.first + cand.to - 1;
  const atChunkEnd = cand.to === chunk.words.length;
  const possessive = atChunkEnd && chunk.possessive;
  const d: Draft = {
    first: chunk.first + cand.from,
    last,
    end: atChunkEnd ? chunk.stop : (tokens[last] as Token).end,
    type: cand.type,
    name: wordsText(chunk, cand.from, cand.to),
    place: cand.place?.ref ?? null,
  };
  if (!possessive && (d.type !== "person" || cand.nameFrom < cand.to)) extendToGroup(d, tokens, item.limit);
  const type = d.type;
  if (type === null) return null;
  const bareHead = type === "organization" && cand.to - cand.from === 1 && ORG_HEADS.has(d.name);
  if (bareHead && tokens[d.first - 1]?.text.toLowerCase() !== "the") return null;
  if (type === "place") extendPlace(d, tokens, item, hint, possessive);
  else if (type === "person") d.name = personName(item, cand, registry);
  else d.name = KNOWN_ORGS[d.name] ?? registry.organization(d.name) ?? d.name;
  const isCountry = type === "place" && cand.place?.kind === "country";
  // "the UK" names the country as an actor; the place itself is "UK".
  const first = isCountry ? d.first : withDeterminer(tokens, d.first, item.floor);
  const start = (tokens[first] as Token).start;
  const mention: EntityMention = { start, end: d.end, text: text.slice(start, d.end), type, name: d.name };
  if (type === "place") mention.place = d.place;
  return { mention, country: isCountry ? (d.place?.country ?? null) : null, possessive };
}

// Institutions named by their role alone: perpetrators are often just "the army".
const DEFINITE_GROUPS = new Set(["army", "military", "regime", "government", "police", "navy"]);

// "pro-Russian separatists", "anti-government militias", "the army": group mentions with
// no capitalised head.
function proGroups(doc: PreparedText): Built[] {
  const out: Built[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i] as Token;
      const definite =
        (t.text === "the" || t.text === "The") && DEFINITE_GROUPS.has(doc.tokens[i + 1]?.text ?? "");
      if (!definite && !PRO_GROUP.test(t.text)) continue;
      const n = definite ? 1 : groupNounsAfter(doc.tokens, i + 1, s.endToken);
      if (n === 0) continue;
      const end = (doc.tokens[i + n] as Token).end;
      const text = doc.text.slice(t.start, end);
      out.push({
        mention: { start: t.start, end, text, type: "organization", name: text },
        country: null,
        possessive: false,
      });
    }
  }
  return out;
}

/**
 * People, organisations and places named in a text, each with its exact span, a canonical
 * name shared by every mention of the same entity in the document, and for places the
 * gazetteer entry. Rules over capitalisation, titles, organisation head words, the
 * gazetteer and name lists; see docs in the sibling modules for each.
 */
export function findEntities(doc: PreparedText): EntityMention[] {
  const items: Item[] = [];
  for (const s of doc.sentences) {
    for (const chunk of findChunks(doc.tokens, s.firstToken, s.endToken)) {
      items.push({ chunk, floor: s.firstToken, limit: s.endToken, cand: null });
    }
  }
  const hint = countryHint(items);
  for (const item of items) item.cand = classifyChunk(item.chunk, hint);
  const registry = new NameRegistry();
  register(items, doc.tokens, registry);
  for (const item of items) settleType(item, doc.tokens, registry, hint);
  const built: Built[] = [];
  for (const item of items) {
    const b = build(item, doc, registry, hint);
    if (b) built.push(b);
  }
  built.push(...proGroups(doc));
  built.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  return mergeAdjacent(built, doc.text);
}
