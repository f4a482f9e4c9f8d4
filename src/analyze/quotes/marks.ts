import type { Range } from "../../domain/document.js";

/** A stretch of text between quote marks, within one paragraph. */
export interface QuotedSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Content, without the marks (and without the comma that stands before a closing mark). */
  start: number;
  end: number;
  /** Offset just past the closing mark; -1 when the paragraph ends with the quote still open. */
  close: number;
  paragraph: number;
  /** Opened with a single mark (British style or a nested-looking scare quote). */
  single: boolean;
}

const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const DQ = 0x22; // "
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const SQ = 0x27; // '
const BACKTICK = 0x60;
const LGUIL = 0xab; // «
const RGUIL = 0xbb; // »

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || Number.isNaN(c);
}

function isWordCode(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && !isSpaceCode(c) && c !== LDQ && c !== RDQ && c !== LSQ && c !== RSQ && c !== 0x2014;
}

/** Characters after which a mark opens a quote rather than closes one. */
function opensAfter(c: number): boolean {
  return isSpaceCode(c) || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47;
}

function isQuoteCode(c: number): boolean {
  return (
    c === DQ ||
    c === SQ ||
    c === BACKTICK ||
    c === LDQ ||
    c === RDQ ||
    c === LSQ ||
    c === RSQ ||
    c === LGUIL ||
    c === RGUIL
  );
}

interface Mark {
  at: number;
  /** Length of the mark in code units ('' and `` are two). */
  len: number;
  kind: "open" | "close" | "either";
  single: boolean;
}

// Classifies a quote character by what surrounds it. Straight marks are "either" and the
// pairing decides; an apostrophe inside a word or after a plural (Democrats') is no mark.
function markAt(text: string, i: number, floor: number): Mark | null {
  const c = text.charCodeAt(i);
  const prev = i > floor ? text.charCodeAt(i - 1) : Number.NaN;
  const next = text.charCodeAt(i + 1);
  if (c === LDQ || c === LGUIL) return { at: i, len: 1, kind: "open", single: false };
  if (c === RDQ || c === RGUIL) return { at: i, len: 1, kind: "close", single: false };
  if (c === DQ) return { at: i, len: 1, kind: "either", single: false };
  if ((c === SQ || c === BACKTICK) && next === c) {
    // '' and `` are the double quotes of some newspapers' typesetting
    if (c === BACKTICK || opensAfter(prev)) return { at: i, len: 2, kind: "open", single: false };
    // ''' closes a quotation inside a quotation and the quotation itself
    return { at: i, len: text.charCodeAt(i + 2) === SQ ? 3 : 2, kind: "close", single: false };
  }
  if (c === LSQ) return isWordCode(next) ? { at: i, len: 1, kind: "open", single: true } : null;
  if (c === SQ || c === RSQ) {
    if (opensAfter(prev) && isWordCode(next)) return { at: i, len: 1, kind: "open", single: true };
    if (!isSpaceCode(prev) && !isWordCode(next)) return { at: i, len: 1, kind: "close", single: true };
  }
  return null;
}

function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // the comma of `"…," he said` belongs to the attribution, not to the words quoted
  if (e > start && text.charCodeAt(e - 1) === 44) e--;
  return e;
}

function contentStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
  return s;
}

interface Pairing {
  openDouble: Mark | null;
  /** Nesting of curly double quotes inside the open one. */
  depth: number;
  openSingle: Mark | null;
}

type Push = (open: Mark, closeAt: number, close: number, single: boolean) => void;

// Single marks pair only outside double quotes: inside, they quote within the quotation.
function onSingle(state: Pairing, m: Mark, push: Push): void {
  if (state.openDouble !== null) return;
  if (m.kind === "open" && state.openSingle === null) state.openSingle = m;
  else if (m.kind === "close" && state.openSingle !== null) {
    push(state.openSingle, m.at, m.at + 1, true);
    state.openSingle = null;
  }
}

function onDouble(state: Pairing, m: Mark, text: string, push: Push): void {
  const open = state.openDouble;
  if (open === null) {
    // a stray closing mark opens only when words follow it (”Word used as an opener)
    if (m.kind === "close" && !isWordCode(text.charCodeAt(m.at + m.len))) return;
    state.openDouble = m;
    state.depth = 1;
    state.openSingle = null;
  } else if (m.kind === "open" && m.len === open.len && text.charCodeAt(m.at) === LDQ) {
    state.depth++;
  } else if (--state.depth <= 0 || m.kind === "either") {
    push(open, m.at, m.at + m.len, false);
    state.openDouble = null;
  }
}

/**
 * Quoted segments of one paragraph, outermost only: a quote inside a quote is part of the
 * content. A double quote still open at the paragraph's end runs to that end, as in
 * journalism a quotation that goes on over paragraphs is closed only in its last one.
 */
function paragraphSegments(text: string, para: Range, paragraph: number, out: QuotedSegment[]): void {
  const state: Pairing = { openDouble: null, depth: 0, openSingle: null };
  const push: Push = (open, closeAt, close, single) => {
    const start = contentStart(text, open.at + open.len, closeAt);
    const end = contentEnd(text, start, closeAt);
    if (end > start) out.push({ open: open.at, start, end, close, paragraph, single });
  };
  for (let i = para.start; i < para.end; i++) {
    if (!isQuoteCode(text.charCodeAt(i))) continue;
    const m = markAt(text, i, para.start);
    if (m === null) continue;
    i += m.len - 1;
    if (m.single) onSingle(state, m, push);
    else onDouble(state, m, text, push);
  }
  if (state.openDouble !== null) push(state.openDouble, para.end, -1, false);
}

/** All quoted segments of a text, in order. */
export function quotedSegments(text: string, paragraphs: Range[]): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  paragraphs.forEach((para, p) => {
    paragraphSegments(text, para, p, out);
  });
  return out;
}
