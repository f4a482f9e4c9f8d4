import type {
  DateMention,
  EntityMention,
  EventType,
  FigureMention,
  IncidentMention,
  Stance,
  Target,
} from "../../domain/analysis.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import { classifyEvent } from "./classify.js";
import { findPerpetrator } from "./perpetrator.js";
import { findDenial, isConfirmed, mentionsDenial } from "./stance.js";
import { findTargets } from "./targets.js";
import { triggeredSentences } from "./trigger.js";

/** What the other analyzers found in the same text. */
export interface IncidentContext {
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
  figures: readonly FigureMention[];
}

export interface IncidentOptions {
  /** Event types reported as incidents; by default the violent ones and arrests. */
  include?: ReadonlySet<EventType>;
}

/**
 * ACLED's strategic developments and peaceful protests are not violent events; arrests,
 * looting and destruction stay because they can amount to unlawful confinement or pillage.
 */
export const VIOLENT_EVENT_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  "Armed clash",
  "Government regains territory",
  "Non-state actor overtakes territory",
  "Chemical weapon",
  "Air/drone strike",
  "Suicide bomb",
  "Shelling/artillery/missile attack",
  "Remote explosive/landmine/IED",
  "Grenade",
  "Sexual violence",
  "Attack",
  "Abduction/forced disappearance",
  "Protest with intervention",
  "Excessive force against protesters",
  "Violent demonstration",
  "Mob violence",
  "Arrests",
  "Looting/property destruction",
]);

/**
 * Evidence that something happened, rather than talk about weapons, threats or plans: an
 * event verb in a past or progressive form, casualties, or an event noun with its object
 * ("the bombing of a hospital"). Snippets picked as event reports need no such gate;
 * the sentences of a whole article do.
 */
const OCCURRENCE = new RegExp(
  [
    "\\b(?:killed|killing|dead|died|wounded|injured|injuring|casualties|victims|bodies|destroyed|damaged|damaging",
    "hit|struck|shelled|attacked|bombed|launched|fired|exploded|blew|captured|seized|recaptured|retook|retaken",
    "liberated|abducted|kidnapped|raped|detained|arrested|looted|burned|torched|clashed|fought|opened fire|shot",
    "stormed|overran|took control|taken control|pounded|targeted|massacred|executed|tortured|deported|rubble|ruins)\\b",
    "\\b(?:attacks?|strikes?|shelling|bombing|bombardment|raids?|explosions?|blasts?|assault|massacre|clash(?:es)?",
    "fighting|battle)\\s+(?:on|of|against|in|at|near|hit|killed|destroyed|damaged)\\b",
  ].join("|"),
  "i",
);

/** A sentence that carries on with the event just told ("The strike killed five people"). */
const ANAPHORA =
  /\b(?:the|this|that|the same|these) (?:attack|strike|airstrike|air strike|shelling|bombing|blast|explosion|raid|assault|incident|missile|rocket|bombardment|shell|drone|massacre|killings?)s?\b/i;

interface Draft {
  first: number;
  last: number;
  eventType: EventType;
}

/** One mention per described violent event, merging adjacent sentences that tell the same one. */
export function findIncidents(
  doc: PreparedText,
  context: IncidentContext,
  options: IncidentOptions = {},
): IncidentMention[] {
  const include = options.include ?? VIOLENT_EVENT_TYPES;
  const drafts: Draft[] = [];
  for (const index of triggeredSentences(doc)) {
    const sentence = doc.sentences[index] as Sentence;
    const text = sliceOf(doc, sentence);
    const event = OCCURRENCE.test(text) ? classifyEvent(text) : null;
    const previous = drafts.at(-1);
    const continues = previous !== undefined && continuesDraft(doc, context, previous, index);
    if (event === null || !include.has(event.eventType)) continue;
    if (continues && previous !== undefined) {
      const sameEvent = previous.eventType === event.eventType || ANAPHORA.test(text);
      if (sameEvent) {
        previous.last = index;
        continue;
      }
    }
    drafts.push({ first: index, last: index, eventType: event.eventType });
  }
  drafts.forEach((draft, i) => {
    if (answeredByDenial(doc, draft, drafts[i + 1])) draft.last++;
  });
  return drafts.map((draft) => buildMention(doc, context, draft));
}

/** The next sentence of the paragraph answers the event with a denial ("Moscow denied ..."). */
function answeredByDenial(doc: PreparedText, draft: Draft, next: Draft | undefined): boolean {
  const reply = doc.sentences[draft.last + 1];
  if (reply === undefined || next?.first === draft.last + 1) return false;
  if (reply.paragraph !== (doc.sentences[draft.last] as Sentence).paragraph) return false;
  return mentionsDenial(sliceOf(doc, reply));
}

function sliceOf(doc: PreparedText, s: Sentence): string {
  return doc.text.slice(s.start, s.end);
}

/** The next sentence of the same paragraph, naming no place of its own, may go on with the event. */
function continuesDraft(doc: PreparedText, context: IncidentContext, draft: Draft, index: number): boolean {
  if (index !== draft.last + 1) return false;
  const prev = doc.sentences[draft.last] as Sentence;
  const next = doc.sentences[index] as Sentence;
  if (prev.paragraph !== next.paragraph) return false;
  const placesBefore = placeNames(context, doc.sentences[draft.first] as Sentence, prev);
  const placesNow = placeNames(context, next, next);
  return placesNow.size === 0 || [...placesNow].some((p) => placesBefore.has(p));
}

function placeNames(context: IncidentContext, from: Sentence, to: Sentence): Set<string> {
  const names = new Set<string>();
  for (const e of context.entities) {
    if (e.type === "place" && e.start >= from.start && e.end <= to.end) names.add(e.name);
  }
  return names;
}

function buildMention(doc: PreparedText, context: IncidentContext, draft: Draft): IncidentMention {
  const first = doc.sentences[draft.first] as Sentence;
  const last = doc.sentences[draft.last] as Sentence;
  const start = first.start;
  const end = last.end;
  const denial = findDenial({ text: doc.text, start, end, entities: context.entities });
  const perpetrator = findPerpetrator({ text: doc.text, start, end, exclude: denial?.by ? [denial.by] : [] });
  let stance: Stance = "alleged";
  if (denial !== null) stance = "denied";
  else if (isConfirmed(doc.text, start, end)) stance = "confirmed";
  const avoid = [denial?.by, perpetrator].filter((s) => s != null);
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    eventType: draft.eventType,
    targets: targetsIn(doc.text, start, end),
    place: nearestPlace(doc, context.entities, { first, last, avoid }),
    date: nearestDate(doc, context.dates, first, last),
    perpetrator,
    stance,
    denial,
    figures: context.figures.flatMap((f, i) => (f.start >= start && f.end <= end ? [i] : [])),
  };
}

/** Targets hit in the stretch; objects only named as nearby are kept when nothing else is named. */
function targetsIn(text: string, start: number, end: number): Target[] {
  const found = findTargets(text, { start, end });
  const hit = found.filter((t) => !t.landmark);
  return (hit.length > 0 ? hit : found).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    object: t.object,
    category: t.category,
  }));
}

interface PlaceSearch {
  first: Sentence;
  last: Sentence;
  /** Spans naming actors rather than where it happened ("which Russia described ..."). */
  avoid: readonly { start: number; end: number }[];
}

// Prefer a place introduced as a location ("in Mariupol") over one named in passing.
const LOCATIVE = /\b(?:in|at|near|on|outside|of|from|into|across)\s+(?:the\s+)?(?:\S+\s+)?$/i;

function nearestPlace(
  doc: PreparedText,
  entities: readonly EntityMention[],
  search: PlaceSearch,
): IncidentMention["place"] {
  const clear = (e: EntityMention) => !search.avoid.some((a) => e.start < a.end && e.end > a.start);
  const places = entities.filter((e) => e.type === "place" && clear(e));
  const inside = places.filter((e) => e.start >= search.first.start && e.end <= search.last.end);
  const rank = (e: EntityMention) =>
    (LOCATIVE.test(doc.text.slice(Math.max(0, e.start - 30), e.start)) ? 0 : 2) +
    (e.place?.precision === "country" || e.place?.precision === "region" ? 1 : 0);
  let pick: EntityMention | undefined = [...inside].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
  const paragraph = doc.paragraphs[search.first.paragraph];
  if (pick === undefined && paragraph !== undefined) {
    pick = places.filter((e) => e.start >= paragraph.start && e.end <= search.first.start).at(-1);
  }
  if (pick === undefined) return null;
  return { start: pick.start, end: pick.end, text: pick.text, ref: pick.place ?? null, name: pick.name };
}

/** A date stated with the event, else the last one before it in the same paragraph. */
function nearestDate(
  doc: PreparedText,
  dates: readonly DateMention[],
  first: Sentence,
  last: Sentence,
): DateMention | null {
  const inside = dates.find((d) => d.start >= first.start && d.end <= last.end);
  if (inside !== undefined) return inside;
  const paragraph = doc.paragraphs[first.paragraph];
  if (paragraph === undefined) return null;
  return dates.filter((d) => d.start >= paragraph.start && d.end <= first.start).at(-1) ?? null;
}
