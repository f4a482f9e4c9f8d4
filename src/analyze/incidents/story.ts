import type { EntityMention, EventType, IncidentMention, Stance, Target } from "../../domain/analysis.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import { canBeReferredTo, isDefinite, type Reference, referenceIn, refersToTarget } from "./anaphora.js";
import { type Dateline, findDateline } from "./dateline.js";
import { ownDate } from "./event-date.js";
import type { IncidentContext } from "./find.js";
import { isHabitual } from "./occurrence.js";
import { findPerpetrator } from "./perpetrator.js";
import {
  asIncidentPlace,
  isAside,
  isCountry,
  ownPlace as ownPlaceOf,
  type RankedPlace,
  rankPlace,
} from "./place.js";
import { settlePlace } from "./setting.js";
import { findDenial, isConfirmed } from "./stance.js";
import { type FoundTarget, findTargets } from "./targets.js";

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
  /** The earlier event it refers back to, whose place it may take. */
  antecedent: Told | null;
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
 * no named object hit, no count) is commentary ("strikes on supply lines are legitimate") and is
 * left out, as is one that tells a pattern ("shelled almost daily") rather than an event; and
 * an event placed nowhere takes the report's one place for events of its kind, or its dateline.
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
    const t = tell(reading, draft, told);
    if (t !== null) told.push(t);
  }
  settlePlace(told, reading.places, dateline);
  return told.map((t) => t.mention);
}

/** A building, a road or a village named alone says too little to place an event; "outside the court" does. */
function isAnchored(t: Told, targets: readonly FoundTarget[]): boolean {
  const { mention } = t;
  // "a village west of Kyiv" is placed well enough; "in Ukraine" or "the governor of X" is not.
  const placed = t.own !== undefined && !isCountry(t.own.entity) && !isAside(t.own);
  return (
    t.antecedent !== null ||
    placed ||
    mention.date !== null ||
    targets.some((x) => !x.generic) ||
    mention.figures.length > 0
  );
}

/**
 * What the stretch refers back to: for "the strike" or "the missile", the nearest earlier event
 * a strike can be; for "the church was hit", the nearest earlier event that hit it.
 */
function antecedentOf(
  reading: Reading,
  stretch: { start: number; end: number; targets: readonly Target[] },
  told: readonly Told[],
): { reference: Reference | null; antecedent: Told | null } {
  const { text } = reading.doc;
  const noun = referenceIn({ text, start: stretch.start, end: stretch.end, countries: reading.countries });
  for (let i = told.length - 1; i >= 0; i--) {
    const earlier = told[i] as Told;
    if (noun !== null && canBeReferredTo(earlier.mention.eventType))
      return { reference: noun, antecedent: earlier };
    if (refersToTarget(text, stretch.targets, earlier.mention.targets))
      return { reference: "target", antecedent: earlier };
  }
  return { reference: noun, antecedent: null };
}

/** The drafted event as its own words and what they refer back to give it; null when it is left out. */
function tell(reading: Reading, draft: Draft, told: readonly Told[]): Told | null {
  const { doc, context } = reading;
  const first = doc.sentences[draft.first] as Sentence;
  const last = doc.sentences[draft.last] as Sentence;
  const start = first.start;
  const end = last.end;
  const found = findTargets(doc.text, { start, end });
  const targets = targetsHit(found).map(asTarget);
  const { reference, antecedent } = antecedentOf(reading, { start, end, targets }, told);
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
  const t: Told = { mention, own, antecedent };
  // A count of the dead ties a sentence to one event even when it says "every day" elsewhere.
  if (antecedent === null && mention.figures.length === 0 && isHabitual(mention.text)) return null;
  return isAnchored(t, found) ? t : null;
}

/** Targets hit in the stretch; objects only named as nearby are kept when nothing else is named. */
function targetsHit(found: FoundTarget[]): FoundTarget[] {
  const hit = found.filter((t) => !t.landmark);
  return hit.length > 0 ? hit : found;
}

function asTarget(t: FoundTarget): Target {
  return { start: t.start, end: t.end, text: t.text, object: t.object, category: t.category };
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
