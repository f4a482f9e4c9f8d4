/**
 * Keys under which place names are looked up. Two levels: `plainKey` only removes what no
 * one would call a different spelling (case, diacritics, apostrophes, hyphens); `foldKey`
 * also merges the romanisation variants that reports about Ukraine mix freely — Ukrainian
 * and Russian forms (Kharkiv/Kharkov, Chernihiv/Chernigov), older and newer national
 * systems (Mykolayiv/Mykolaiv, Kramators'k/Kramatorsk, Zaporizhzhya/Zaporozhye) and the
 * -ia/-ya/-iya endings. A rule set rather than a list, so that the hundreds of villages
 * the gazetteer knows under one spelling are found under the others too.
 */

const APOSTROPHES = /['’ʼ`´‘]/g;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[\s\-‐–—.]+/g;
const NON_ASCII = /[^\u0020-\u007e]/;

/** Lower case, no diacritics or apostrophes, words separated by single spaces. */
export function plainKey(name: string): string {
  // Most names are ASCII already; skipping NFD for them halves the gazetteer's build time.
  const ascii = NON_ASCII.test(name) ? name.normalize("NFD").replace(MARKS, "") : name;
  return ascii.toLowerCase().replace(APOSTROPHES, "").replace(SEPARATORS, " ").trim();
}

// Consonant spellings that differ between Ukrainian, Russian, Polish and German
// romanisations, mapped to one form (Kharkiv/Kharkov, Luhansk/Lugansk, Kupiansk/Kupjansk).
const CONSONANTS = /shch|sch|kh|zh|tz|cz|g|c(?!h)|w|j/g;
const CONSONANT_FORM: Record<string, string> = {
  shch: "sh",
  sch: "sh",
  kh: "h",
  zh: "z",
  tz: "ts",
  cz: "ts",
  g: "h",
  c: "ts",
  w: "v",
  j: "y",
};

// Every run of vowels (y counts: Kyiv/Kiev, Izyum/Izium, Sumy/Sumi) becomes one "a";
// doubled consonants become one (Odessa/Odesa, Zaporizhzhia/Zaporizhia).
const VOWEL_RUNS = /[aeiouy]+/g;
const DOUBLES = /([^aeiouy ])\1+/g;

/** `foldKey` of a name that is already a `plainKey`. */
export function foldPlain(plain: string): string {
  const s = plain.replace(CONSONANTS, (m) => CONSONANT_FORM[m] ?? m);
  return s.replace(DOUBLES, "$1").replace(VOWEL_RUNS, "a").replace(DOUBLES, "$1");
}

/** A key shared by the usual romanisations of one Ukrainian or Russian name. */
export function foldKey(name: string): string {
  return foldPlain(plainKey(name));
}
