import type { Range } from "../../domain/document.js";

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev st jr sr messrs " +
    "no nos vol fig approx est dept univ inc ltd corp co jan feb mar apr jun jul aug sep sept " +
    "oct nov dec mon tue wed thu fri sat sun vs etc al pres hon atty brig cpl pvt supt insp"
  ).split(" "),
);

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);

/** Paragraphs are separated by line breaks; blank lines and surrounding spaces are not part of them. */
export function paragraphRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = n;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 160 || c === 10;
}

function isUpperOrOpener(ch: string): boolean {
  if (ch === '"' || ch === "“" || ch === "'" || ch === "‘" || ch === "(" || ch === "«") return true;
  if (ch >= "0" && ch <= "9") return true;
  return ch !== ch.toLowerCase();
}

function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor) {
    const c = text.charCodeAt(s - 1);
    if (isSpace(c) || c === 40 /* ( */ || c === 34 /* " */) break;
    s--;
  }
  return text.slice(s, dot);
}

// "U.S." and "J." (initials) and known abbreviations keep the sentence going.
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+/u, "");
  if (/^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Splits one paragraph into sentences. */
export function sentenceRanges(text: string, para: Range): Range[] {
  const out: Range[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < para.end && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
    while (end < para.end && CLOSERS.has(text[end] as string)) end++;
    if (end >= para.end) break;
    if (!isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < para.end && isSpace(text.charCodeAt(next))) next++;
    if (next >= para.end || !isUpperOrOpener(text[next] as string)) continue;
    if (ch === "." && isAbbreviation(wordBefore(text, i, start))) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (para.end > start) out.push({ start, end: para.end });
  return out;
}
