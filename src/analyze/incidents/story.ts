import type { EntityMention, EventType, IncidentMention, Stance, Target } from "../../domain/analysis.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import { canBeReferredTo, isDefinite, type Reference, referenceIn, refersToTarget } from "./anaphora.js";
import { type Dateline, findDateline } from "./dateline.js";
import { ownDate } from "./event-date.js";
import type { IncidentContext } from "./find.js";
import { findPerpetrator } from "./perpetrator.js";
import { asIncidentPlace, isCountry, ownPlace as ownPlaceOf, type RankedPlace, rankPlace } from "./place.js";
import { settlePlace } from "./setting.js";
import { findDenial, isConfirmed } from "./stance.js";
import { findTargets } from "./targets.js";

/** Sentences `first..last` of a document that tell one event; `eventType` null when they only refer back. */
export interface Draft {
  first: number;
  last: number;
  eventType: EventType | null;
}

/** A drafted event read against the rest of the report: what its own words give, and what it refers back to. */
export interface Told {
  mention: IncidentMention;
  /** The best place its own sentences (or paragraph) name. */
  own: RankedPlace | undefined;
  antecedent: Told | null;
  reference: Reference | null;
}

interface Reading {
  doc: PreparedText;
  context: IncidentContext;
  include: ReadonlySet<EventType>;
  dateline: Dateline | null;
  places: RankedPlace[];
  countries: EntityMention[];
}

/**
 * Reads a report's drafted events as one story: a sentence that refers back to an event
 * takes its type (when it names no weapon of its own), place and date; a sentence that
 * neither refers back nor anchors the event anywhere (no place short of a country, no date,
 * no object hit, no count) is commentary ("strikes on supply lines are legitimate") and is
 * left out; and a placed nowhere event takes the report's one event place or its dateline.
 */
export function readAsWhole(
  doc: PreparedText,
  context: IncidentContext,
  drafts: readonly Draft[],
  include: ReadonlySet<EventType>,
): IncidentMention[] {
  const dateline = findDateline(doc, context.entities);
  const outsideDateline = (e: EntityMention) => dateline === null || e.start >= dateline.end;
  const placeEntities = context.entities.filter((e) => e.type === "place" && outsideDateline(e));
  const reading: Reading = {
    doc,
    context,
    include,
    dateline,
    places: placeEntities.map((entity) => ({ entity, rank: rankPlace(doc.text, entity) })),
    countries: placeEntities.filter(isCountry),
  };
  const told: Told[] = [];
  for (const draft of drafts) {
    const t = tell(reading, draft, told.at(-1) ?? null);
    if (t !== null) told.push(t);
  }
  settlePlace(told, dateline);
  return told.map((t) => t.mention);
}

function isAnchored(t: Told): boolean {
  const { mention } = t;
  const placed = t.own !== undefined && !isCountry(t.own.entity);
  return (
    t.antecedent !== null ||
    placed ||
    mention.date !== null ||
    mention.targets.length > 0 ||
    mention.figures.length > 0
  );
}

function tell(reading: Reading, draft: Draft, previous: Told | null): Told | null {
  const { doc, context } = reading;
  const first = doc.sentences[draft.first] as Sentence;
  const last = doc.sentences[draft.last] as Sentence;
  const { start, end } = { start: first.start, end: last.end };
  const targets = targetsIn(doc.text, start, end);
  let reference: Reference | null = referenceIn({ text: doc.text, start, end, countries: reading.countries });
  if (reference === null && previous !== null && refersToTarget(doc.text, targets, previous.mention.targets))
    reference = "target";
  const antecedent =
    reference !== null &&
    previous !== null &&
    (reference === "target" || canBeReferredTo(previous.mention.eventType))
      ? previous
      : null;
  const eventType = reference === "event" && antecedent ? antecedent.mention.eventType : draft.eventType;
  if (eventType === null || !reading.include.has(eventType)) return null;
  const denial = findDenial({ text: doc.text, start, end, entities: context.entities });
  const perpetrator = findPerpetrator({ text: doc.text, start, end, exclude: denial?.by ? [denial.by] : [] });
  const avoid = [denial?.by, perpetrator].filter((s) => s != null);
  const clear = (p: RankedPlace) => !avoid.some((a) => p.entity.start < a.end && p.entity.end > a.start);
  const paragraph = doc.paragraphs[first.paragraph] ?? { start, end };
  const own = ownPlaceOf(reading.places.filter(clear), { start, end, paragraph });
  const exclude = reading.dateline;
  const date =
    ownDate(doc.text, context.dates, { start, end, paragraph, exclude }) ?? antecedent?.mention.date ?? null;
  let stance: Stance = "alleged";
  if (denial !== null) stance = "denied";
  else if (isConfirmed(doc.text, start, end)) stance = "confirmed";
  const mention: IncidentMention = {
    start,
    end,
    text: doc.text.slice(start, end),
    eventType,
    targets: antecedent ? withoutRestated(doc.text, targets, antecedent.mention.targets) : targets,
    place: own === undefined ? null : asIncidentPlace(own.entity),
    date,
    perpetrator,
    stance,
    denial,
    figures: context.figures.flatMap((f, i) => (f.start >= start && f.end <= end ? [i] : [])),
  };
  const t: Told = { mention, own, antecedent, reference };
  return isAnchored(t) ? t : null;
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

/**
 * "The strike destroyed the front of the three-storey building": in a sentence that refers
 * back, a definite building or yard is part of what was already hit (here a hospital), not
 * a home of its own.
 */
function withoutRestated(text: string, targets: Target[], earlier: readonly Target[]): Target[] {
  if (!earlier.some((t) => t.category !== "Residential")) return targets;
  return targets.filter((t) => t.category !== "Residential" || !isDefinite(text, t));
}
