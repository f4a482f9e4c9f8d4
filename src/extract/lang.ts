import { francAll } from "franc-min";
import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";
import { iso6393To1 } from "iso-639-3";

// franc names individual languages where ISO 639-1 only has their macrolanguage
// (Standard Arabic "arb" is "ar"); iso-639-3 maps macrolanguages only.
const INDIVIDUAL_TO_1: Record<string, string> = {
  arb: "ar",
  azj: "az",
  ckb: "ku",
  cmn: "zh",
  npi: "ne",
  pbu: "ps",
  pes: "fa",
  plt: "mg",
  swh: "sw",
  uzn: "uz",
  zlm: "ms",
};

const ISO_639_1 = new Set(Object.values(iso6393To1));

/** ISO 639-1 code of a declared language tag ("en-GB", "en_US", "ukr"), or null. */
export function normalizeLang(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary.length === 2) return ISO_639_1.has(primary) ? primary : null;
  if (/^[a-z]{3}$/.test(primary)) return iso6393To1[primary] ?? INDIVIDUAL_TO_1[primary] ?? null;
  return null;
}

/** Below this, trigram statistics guess more than they detect. */
const MIN_DETECT_CHARS = 50;
/** Enough text for a stable answer (franc is reliable from a few hundred characters); more only costs time. */
const DETECT_SAMPLE = 600;

const to1 = (code: string): string | null => iso6393To1[code] ?? INDIVIDUAL_TO_1[code] ?? null;

/** Languages by likelihood (the best scores 1), as ISO 639-1 codes; empty when unsure. */
function ranked(text: string): [string, number][] {
  if (text.length < MIN_DETECT_CHARS) return [];
  const out: [string, number][] = [];
  for (const [code, score] of francAll(text.slice(0, DETECT_SAMPLE), { minLength: MIN_DETECT_CHARS })) {
    const iso = code === "und" ? null : to1(code);
    if (iso !== null) out.push([iso, score]);
  }
  return out;
}

/** ISO 639-1 code of the language the text is written in, or null when unsure. */
export function detectLang(text: string): string | null {
  return ranked(text)[0]?.[0] ?? null;
}

/** The languages franc-min can recognise (by trigrams within a script, or by the script alone). */
const KNOWN = new Set(
  [...Object.values(data).flatMap((langs) => Object.keys(langs)), ...Object.keys(expressions)]
    .map(to1)
    .filter((c): c is string => c !== null),
);

/** Enough text for detection to overrule what a page declares. */
const OVERRULE_CHARS = 400;
/**
 * franc's scores bunch up near 1 on long texts, so a declared language is judged by
 * where it falls between the best score and the fifth best: past half-way down, it is
 * no nearer than languages the text is plainly not in.
 */
const OVERRULE_GAP = 0.5;

/**
 * The language of the text: as declared, unless the text is long and plainly in another
 * language (site templates often declare "en" for everything they serve); detected when
 * nothing is declared.
 */
export function resolveLang(declared: string | null, text: string): string | null {
  if (declared === null) return detectLang(text);
  // A language franc-min does not know cannot be judged: trust the declaration.
  if (!KNOWN.has(declared)) return declared;
  const scores = ranked(text);
  const best = scores[0];
  if (best === undefined || best[0] === declared) return declared;
  const own = scores.find(([code]) => code === declared);
  // Known but not scored: the text is in another script altogether.
  if (own === undefined) return best[0];
  if (text.length < OVERRULE_CHARS) return declared;
  const fifth = scores[Math.min(4, scores.length - 1)]?.[1] ?? 0;
  const spread = best[1] - fifth;
  return spread > 0 && (best[1] - own[1]) / spread > OVERRULE_GAP ? best[0] : declared;
}
