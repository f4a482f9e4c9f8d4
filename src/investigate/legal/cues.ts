import type { CueKind, Cues, Fact } from "./types.js";

/** A piece of source text that describes the incident: a mention's span text, or a sentence around it. */
export interface CueText {
  /** What a cue found here is cited by (a mention id, a span id). */
  id: string;
  text: string;
}

// English wording that bears on legal elements the incident fields cannot carry (intent, markings,
// what was done to people and property). Phrase lists rather than a classifier: each hit is shown
// to a legal officer verbatim with its source, so a precise, explainable pattern beats a score.
const PATTERNS: Record<Exclude<CueKind, "no-military-objective">, RegExp> = {
  intent:
    /\b(?:deliberately|intentionally|purposely|purposefully|wilfully|willfully|knowingly|deliberate(?:ly)? (?:attack|strike|targeting|shelling|bombing)s?|(?:directly|specifically) targeted)\b/gi,
  indiscriminate:
    /\b(?:indiscriminate(?:ly)?|cluster (?:munitions?|bombs?)|unguided (?:rockets?|bombs?|missiles?)|barrel bombs?|multiple[- ]launch rocket|grad rockets?|thermobaric|carpet[- ]bomb(?:ing|ed)?)\b/gi,
  "military-objective":
    /\b(?:military (?:targets?|objectives?|facilit(?:y|ies)|bases?|positions?|infrastructure)|legitimate targets?|used as an? (?:military )?(?:base|position|shelter for (?:troops|soldiers|fighters))|(?:housed|housing|sheltering|hosting) (?:troops|soldiers|fighters|militants|mercenaries)|(?:firing|fire|artillery) positions?|(?:ammunition|weapons?|arms) (?:depot|store|cache|dump)s?|command (?:post|cent(?:re|er))s?)\b/gi,
  emblem:
    /\b(?:marked with (?:a|the) red (?:cross|crescent|crystal)|red (?:cross|crescent|crystal) (?:emblems?|signs?|symbols?|flags?|markings?)|clearly marked (?:as an? )?(?:ambulances?|hospitals?|medical (?:vehicles?|facilit(?:y|ies)|units?)))\b/gi,
  appropriation:
    /\b(?:loot(?:ed|ing|ers)?|pillag(?:e|ed|ing)|plunder(?:ed|ing)?|stole|stolen|steal(?:ing)?|ransack(?:ed|ing)?|carted off|made off with)\b/gi,
  destruction:
    /\b(?:destroy(?:ed|ing)?|burn(?:ed|t) down|set (?:on )?fire|torched|demolish(?:ed|ing)?|razed|blew up|blown up)\b/gi,
  "sexual-act":
    /\b(?:sexual(?:ly)? (?:violence|assault(?:ed)?|abuse(?:d)?|exploitation|torture|humiliation|slavery)|forced (?:nudity|to undress)|sexually abused)\b/gi,
  rape: /\b(?:rap(?:e|ed|es|ing|ist|ists)|gang-?rap(?:e|ed))\b/gi,
  coercion:
    /\b(?:at gunpoint|under threat|threatened|in captivity|while (?:detained|held|in detention)|coerc(?:ed|ion)|by force|forcibly)\b/gi,
  deportation:
    /\b(?:deport(?:ed|ation|ations|ing)|forcibly (?:transferred|moved|removed|relocated|displaced|taken)|forced (?:transfers?|displacement|relocation|evacuation)|filtration (?:camps?|cent(?:re|er)s?|points?))\b/gi,
  hostage: /\b(?:hostages?|held for ransom|ransom demands?|as (?:a )?bargaining chips?)\b/gi,
  starvation:
    /\b(?:starv(?:e|ed|ing|ation)|besieged|under siege|siege of|blockaded|cut off (?:food|water|supplies)|denied (?:access to )?(?:food|water)|(?:aid|relief) (?:convoys?|supplies) (?:were )?(?:blocked|denied|turned back))\b/gi,
  "toxic-gas":
    /\b(?:chemical (?:weapons?|agents?|attacks?|munitions?)|poison(?:ous)? gas|chlorine(?: gas)?|sarin|mustard gas|nerve agents?|toxic (?:gas|smoke|substances?|chemicals?)|asphyxiat(?:ing|ion))\b/gi,
};

/** "no military targets", "not a military objective", "did not deliberately", "wasn't a military base". */
const NEGATION_BEFORE = /(?:\b(?:no|not|never|without|nor|none|neither)\b|n['’]t\b)[^.;!?]{0,24}$/i;

function isNegated(text: string, index: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, index - 32), index));
}

function add(found: Map<string, Map<string, Set<string>>>, kind: CueKind, value: string, id: string): void {
  const byValue = found.get(kind) ?? new Map<string, Set<string>>();
  found.set(kind, byValue);
  const ids = byValue.get(value) ?? new Set<string>();
  byValue.set(value, ids);
  ids.add(id);
}

/**
 * Finds cue wording in the texts that describe one incident. Each distinct phrase becomes one
 * fact citing every text it occurs in. A military-objective phrase under a negation ("there
 * were no military targets") counts as the opposite cue, `no-military-objective`; a negated
 * intent phrase counts as nothing.
 */
export function detectCues(texts: readonly CueText[]): Cues {
  const found = new Map<string, Map<string, Set<string>>>();
  for (const { id, text } of texts) {
    for (const [kind, pattern] of Object.entries(PATTERNS) as [CueKind, RegExp][]) {
      for (const match of text.matchAll(pattern)) {
        const value = match[0].toLowerCase();
        const negated = (kind === "military-objective" || kind === "intent") && isNegated(text, match.index);
        // A denied intent ("did not deliberately target") is no cue at all; denials are carried
        // by the incident's stance.
        if (negated && kind === "intent") continue;
        add(found, negated ? "no-military-objective" : kind, value, id);
      }
    }
  }
  const cues: Cues = {};
  for (const [kind, byValue] of found) {
    const facts: Fact<string>[] = [...byValue].map(([value, ids]) => ({ value, support: [...ids] }));
    cues[kind as CueKind] = facts;
  }
  return cues;
}
