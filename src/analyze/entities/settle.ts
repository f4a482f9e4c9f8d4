/**
 * Settling what the chunks' own words left open: the document's main country, the names
 * it defines (people named in full, acronyms in brackets) and the context around a name.
 */
import { countryTables } from "../places/countries.js";
import { lookupPlace } from "../places/resolve.js";
import type { Token } from "../text/tokens.js";
import type { Chunk } from "./chunks.js";
import type { Candidate } from "./classify.js";
import { locativeBefore, placeSuffixAfter, speechAfter, speechBefore } from "./context.js";
import type { NameRegistry } from "./coref.js";
import { loadLexicons } from "./words.js";

/** A chunk with its sentence's token range and what the rules made of it. */
export interface Item {
  chunk: Chunk;
  floor: number;
  limit: number;
  cand: Candidate | null;
}

const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abd|abdul)-\p{Lu}/u;

// A listed name that is no English word, capitalised where capitals prove something.
function knownGivenName(word: string, chunk: Chunk): boolean {
  const { personNames, english } = loadLexicons();
  return !chunk.atSentenceStart && personNames.has(word) && !english.has(word.toLowerCase());
}

// The country a document is mostly about: the most named country (by name or nationality
// adjective), when named at least twice. Namesakes there win ("Lyman" in Ukraine, not Mississippi).
export function countryHint(items: Item[]): string | null {
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

/** The chunk's words as written: "Dr S. Jaishankar", the full stop kept with its initial. */
export function wordsText(chunk: Chunk, from: number, to: number): string {
  return chunk.words.slice(from, to).join(" ").replaceAll(" .", ".");
}

function isDemonymOnly(chunk: Chunk, cand: Candidate): boolean {
  const { demonyms } = countryTables();
  return chunk.words.slice(cand.from, cand.to).every((w) => demonyms.has(w));
}

// Types that the chunk's own words left open, decided by context and by the names the
// document defines elsewhere.
export function settleType(item: Item, tokens: Token[], registry: NameRegistry, hint: string | null): void {
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
  if (locativeBefore(tokens, first, item.floor) || placeSuffixAfter(tokens, end, item.limit)) {
    cand.type = "place";
    // Context makes it a place; a match by transliteration alone is believed only when it
    // is in the document's country or a large city ("in Europe" is not Orapa, Botswana).
    const m = lookupPlace(name, { countryHint: hint });
    cand.place = m && (m.exact || m.ref.country === hint || m.population >= 100_000) ? m : null;
  } else if (speechAfter(tokens, end, item.limit) && (!single || loadLexicons().personNames.has(name))) {
    cand.type = "person";
  } else if (single && speechBefore(tokens, first, end, item.floor, item.limit)) {
    cand.type = "person";
  } else if (single && (PARTICLE_NAME.test(name) || knownGivenName(name, chunk))) {
    cand.type = "person";
  }
}

export function register(items: Item[], tokens: Token[], registry: NameRegistry): void {
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
