import type { AssessmentMention } from "../../domain/analysis.js";

export type AssessmentKind = AssessmentMention["kind"];

/**
 * How the words around a cue are laid out:
 * - "that": agent + cue + "that" + claim ("the US government assesses that ...")
 * - "object": agent + cue + accused + "of"/"for"/"with" + charge ("X accused Y of ...")
 * - "label": agent + cue + accused + "a"/"as" + label ("declared Putin a 'war criminal'")
 * - "passive": accused + cue + "of" + charge, agent after "by" ("troops have been accused of ...")
 * - "evidence": "there is evidence that/of" + claim, no agent of its own
 * - "say": a reporting verb, counted only for the gravest charges ("..., the US government has said")
 */
export type CueForm = "that" | "object" | "label" | "passive" | "evidence" | "say";

export interface Cue {
  words: string[];
  kind: AssessmentKind;
  form: CueForm;
  /** For "object" cues, the words joining the accused to the charge ("accused Y of"). */
  links?: Set<string>;
}

function cues(kind: AssessmentKind, form: CueForm, phrases: string, links?: string): Cue[] {
  const linkSet = links === undefined ? undefined : new Set(links.split(" "));
  return phrases.split(",").map((p) => ({ words: p.trim().split(" "), kind, form, links: linkSet }));
}

/** Longest first within a form, so "made a determination" wins over shorter cues at the same word. */
export const CUES: Cue[] = [
  ...cues("assessment", "that", "assesses, assessed, assess, assessing, judges, judged"),
  ...cues(
    "determination",
    "that",
    "made a determination, formally determined, determined, concluded, concludes, found, finds, established, ruled",
  ),
  ...cues("allegation", "that", "alleged, alleges, alleging, claimed, claims"),
  ...cues("allegation", "object", "accused, accuses, accusing, accuse", "of"),
  ...cues("allegation", "object", "blamed, blames, blaming, condemned, condemns", "for"),
  ...cues("allegation", "object", "charged, charges", "with"),
  ...cues(
    "allegation",
    "label",
    "declared, declares, branded, brands, labelled, labeled, called, calls, dubbed",
  ),
  ...cues("allegation", "passive", "accused, charged, blamed, suspected"),
  ...cues(
    "assessment",
    "evidence",
    "there is evidence, there is clear evidence, there is mounting evidence, there is credible evidence, " +
      "there is strong evidence, there is growing evidence, there is ample evidence, there is sufficient evidence, " +
      "found evidence, has evidence, have evidence, gathered evidence, documented evidence",
  ),
  ...cues("allegation", "say", "said, says, say, stated, told"),
];

/** Index of the cues by their first word, for one lookup per token. */
export const CUES_BY_FIRST_WORD: Map<string, Cue[]> = (() => {
  const map = new Map<string, Cue[]>();
  for (const cue of CUES) {
    const first = cue.words[0] ?? "";
    map.set(first, [...(map.get(first) ?? []), cue]);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Claims must be about wrongdoing, violations, attacks or responsibility for them. */
export const WRONGDOING =
  /\b(?:war\s+crim|crimes?\s+against\s+humanity|genocid|atrocit|massacr|murder|kill|execut|tortur|rap(?:e|ed|ing)\b|sexual\s+violence|abduct|deport|forcibl|shell|bomb|attack|strik|struck|destr|loot|violat|abus|indiscriminat|terror|criminal|responsib|deliberat|shoot|shot\b|starv|chemical\s+weapon|cluster\s+munition|ethnic\s+cleansing|persecut|unlawful|crimes?\b)/i;

const GRAVE_TERMS = String.raw`(?:war\s+crim|crimes?\s+against\s+humanity|genocid|atrocit|ethnic\s+cleansing|a\s+war\s+criminal)`;

/**
 * Reporting verbs count only when the claim charges someone with one of the gravest crimes:
 * "Russia's forces have committed war crimes", "this is genocide"; not "a war crimes team will".
 */
export const GRAVE = new RegExp(
  String.raw`\b(?:commit\w*|carr(?:y|ies|ied|ying)\s+out|perpetrat\w*|guilty\s+of|amount\w*\s+to|constitut\w*|responsible\s+for|is|are|was|were|be|been)\s+(?:[\w'’-]+\s+){0,3}?${GRAVE_TERMS}`,
  "i",
);

/** Sentences without any of these hold no cue; they are skipped before tokens are looked at. */
export const TRIGGER =
  /\b(?:assess|judge|determin|conclud|found|finds|establish|ruled|confirm|alleg|claim|charg|insist|maintain|accus|blam|declar|brand|label|called|dubbed|condemn|suspect|evidence|war\s+crim|genocid|crimes?\s+against|atrocit|ethnic\s+cleansing)/i;
