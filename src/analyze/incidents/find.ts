import type {
  DateMention,
  EntityMention,
  EventType,
  FigureMention,
  IncidentMention,
} from "../../domain/analysis.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import { classifyEvent } from "./classify.js";
import { reportsOccurrence, withoutNamedEvents } from "./occurrence.js";
import { mentionsDenial } from "./stance.js";
import { type Draft, readAsWhole } from "./story.js";
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

/** A sentence that carries on with the event just told ("The strike killed five people"). */
const ANAPHORA =
  /\b(?:the|this|that|the same|these) (?:attack|strike|airstrike|air strike|shelling|bombing|blast|explosion|raid|assault|incident|missile|rocket|bombardment|shell|drone|massacre|killings?)s?\b/i;

/** One mention per described violent event, merging adjacent sentences that tell the same one. */
export function findIncidents(
  doc: PreparedText,
  context: IncidentContext,
  options: IncidentOptions = {},
): IncidentMention[] {
  const include = options.include ?? VIOLENT_EVENT_TYPES;
  return readAsWhole(doc, context, draftEvents(doc, context, include), include);
}

/**
 * Sentences that report an event, as drafts: a sentence that goes on with the event of the
 * one before it joins its draft. A sentence that only refers back to an event ("The blast
 * killed two people") is drafted without a type for `readAsWhole` to settle.
 */
function draftEvents(doc: PreparedText, context: IncidentContext, include: ReadonlySet<EventType>): Draft[] {
  const drafts: Draft[] = [];
  for (const index of triggeredSentences(doc)) {
    const sentence = doc.sentences[index] as Sentence;
    const text = withoutNamedEvents(sliceOf(doc, sentence));
    if (!reportsOccurrence(text)) continue;
    const eventType = classifyEvent(text)?.eventType ?? null;
    const refersBack = ANAPHORA.test(text);
    if (eventType === null ? !refersBack : !include.has(eventType)) continue;
    const previous = drafts.at(-1);
    if (previous !== undefined && continuesDraft(doc, context, previous, index)) {
      if (previous.eventType === eventType || refersBack) {
        previous.last = index;
        previous.eventType ??= eventType;
        continue;
      }
    }
    drafts.push({ first: index, last: index, eventType });
  }
  drafts.forEach((draft, i) => {
    if (answeredByDenial(doc, draft, drafts[i + 1])) draft.last++;
  });
  return drafts;
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
