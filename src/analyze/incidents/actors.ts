/**
 * Who is acting: armed state forces, non-state armed groups, civilians. ACLED splits
 * several sub-events on this alone (territory taken by a government or by a non-state
 * group; an attack on civilians versus a clash between armed groups).
 */

const NON_STATE =
  "militants?|insurgents?|rebels?|jihadists?|terrorists?|militias?|militiamen|taliban|isis|isil|islamic state|daesh|" +
  "al-?shabaa?b|boko haram|al-?qaeda|houthis?|separatists?|guerrillas?|armed groups?|extremists?|opposition (?:forces|fighters)|" +
  "hts|nusra|pkk|ypg|sdf|fighters|gunmen|activists|hezbollah|hamas|wagner";

const STATE =
  "army|armies|government (?:forces|troops)|troops|soldiers|military|security forces|armed forces|national army|regime forces|" +
  "police|policemen|forces|servicemen|marines|paratroopers|navy|air force|defen[cs]e forces|" +
  // States named for their forces ("Russia seized more areas").
  "russia|ukraine|moscow|kyiv|kiev|kremlin|israel|syria|turkey|iran|iraq|azerbaijan|armenia";

const CIVILIANS =
  "civilians|villagers|residents|worshippers|passengers|farmers|famil(?:y|ies)|tourists?|journalists?|aid workers|students|" +
  "pupils|women|children|people|persons|locals|shoppers|pedestrians|protesters|demonstrators|teachers|doctors|patients";

const ARMED =
  "soldiers|troops|policemen|police officers|security personnel|security forces|servicemen|militants|insurgents|rebels|" +
  "fighters|terrorists|jihadists|guards|checkpoint|base|convoy|patrol|outpost|positions?|barracks|police station";

export const NON_STATE_ACTOR = new RegExp(`\\b(?:${NON_STATE})\\b`, "g");
export const STATE_ACTOR = new RegExp(`\\b(?:${STATE})\\b`, "g");
export const CIVILIAN_VICTIMS = new RegExp(`\\b(?:${CIVILIANS})\\b`);
export const ARMED_VICTIMS = new RegExp(`\\b(?:${ARMED})\\b`);

export type ActorKind = "state" | "non-state";

/** The last actor named in `text[from, to)`, by kind; null when none is named. */
export function lastActor(text: string, from: number, to: number): ActorKind | null {
  const window = text.slice(Math.max(0, from), to);
  const ns = lastIndex(NON_STATE_ACTOR, window);
  const st = lastIndex(STATE_ACTOR, window);
  if (ns < 0 && st < 0) return null;
  return ns > st ? "non-state" : "state";
}

/** The actor of a passive clause ("was recaptured by government forces"). */
export function agentAfter(text: string, at: number): ActorKind | null {
  const m = /^[^.;]{0,40}?\bby (?:the )?([^.;,]{0,50})/.exec(text.slice(at, at + 100));
  if (m === null) return null;
  return lastActor(m[1] ?? "", 0, (m[1] ?? "").length);
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m.index;
  return last;
}
