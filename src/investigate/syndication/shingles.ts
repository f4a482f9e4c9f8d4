/**
 * Word shingles of a text as 32-bit hashes. Normalisation is what makes two copies of a
 * wire story compare equal despite typography: lowercase, and only runs of letters and
 * digits count as words, so punctuation, quote styles, dashes and line breaks vanish.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Murmur3's finaliser: a bijection on 32 bits that spreads every input bit. */
export function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const nonAsciiWordChar = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(code));
    nonAsciiWordChar.set(code, known);
  }
  return known;
}

/**
 * FNV-1a hash of every word, in order. Scans char codes instead of matching a regex so that
 * no substring is allocated per word: signatures of 100k texts stay cheap.
 */
export function wordHashes(text: string): Uint32Array {
  const lower = text.toLowerCase();
  let out = new Uint32Array(Math.max(16, lower.length >>> 2));
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      h = Math.imul(h ^ code, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      if (n === out.length) {
        const grown = new Uint32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = h >>> 0;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  return out.subarray(0, n);
}

/**
 * The distinct hashes of every run of `size` consecutive words, sorted. A text shorter than
 * `size` words yields one shingle of all its words, so that two identical short texts still
 * match; an empty text yields none.
 */
export function shingleHashes(text: string, size: number): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const width = Math.min(size, words.length);
  const count = words.length - width + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = width;
    for (let j = 0; j < width; j++)
      h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[i + j] as number), 0x9e3779b1);
    out[i] = fmix32(h);
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i] as number;
  return out.subarray(0, unique);
}
