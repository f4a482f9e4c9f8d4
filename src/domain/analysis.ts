import type { NamedSpan, Span } from "./span.js";

export type EntityType = "person" | "organization" | "place";

/** A place resolved against the gazetteer. */
export interface PlaceRef {
  /** Canonical (gazetteer) name, e.g. "Kyiv" for "Kiev". */
  name: string;
  /** Stable id in the gazetteer, e.g. "geonames:703448". */
  gazetteerId: string;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** First-level division when known (oblast, governorate), as a name. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** How precise the coordinates are as a location of the event. */
  precision: "point" | "settlement" | "district" | "region" | "country";
}

export interface EntityMention extends Span {
  type: EntityType;
  /** Canonical name this mention refers to ("Antony Blinken" for "Blinken"). */
  name: string;
  /** For places that resolved; null when the gazetteer has no match. */
  place?: PlaceRef | null;
}

export type DatePrecision = "day" | "month" | "year" | "range";

export interface DateMention extends Span {
  /** First day covered, ISO YYYY-MM-DD. */
  from: string;
  /** Last day covered, ISO YYYY-MM-DD (equal to `from` for a single day). */
  to: string;
  precision: DatePrecision;
  /** How it was resolved: stated outright, relative to publication, or to a conflict's start. */
  basis: "absolute" | "publication" | "conflict-start";
}

export type SpeakerResolution = "explicit" | "title" | "pronoun" | "continuation" | "context";

export interface Speaker extends NamedSpan {
  resolvedBy: SpeakerResolution;
}

/** A quotation; the span is the quoted content itself (without the quote marks). */
export interface QuoteMention extends Span {
  kind: "direct" | "indirect" | "mixed";
  speaker: Speaker | null;
  /** The verb or phrase that introduces the quote ("said", "according to"). */
  cue: Span | null;
  /** The outlet that relays it ("as per AP"). */
  relayedBy: NamedSpan | null;
}

export type FigureMeasure =
  | "killed"
  | "injured"
  | "killed_or_injured"
  | "displaced"
  | "refugees"
  | "missing"
  | "detained"
  | "evacuated"
  | "affected";

export type FigureWho = "civilians" | "children" | "troops" | "unspecified";

export type FigureQualifier = "exact" | "at_least" | "more_than" | "up_to" | "less_than" | "about";

/** A claimed count; the span covers the number and what it counts. */
export interface FigureMention extends Span {
  measure: FigureMeasure;
  who: FigureWho;
  /** Lowest value the wording allows ("more than 900" → 901); null when unknown. */
  low: number | null;
  /** Highest value the wording allows; null when open-ended. */
  high: number | null;
  qualifier: FigureQualifier;
  /** The number words themselves ("more than 900", "thousands"). */
  value: Span;
  attributedTo: NamedSpan | null;
  /** Words that cast doubt on the figure ("could be far higher"). */
  hedges: Span[];
}

/** ACLED sub-event types, all 25, spelled as ACLED spells them. */
export const EVENT_TYPES = [
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
  "Peaceful protest",
  "Protest with intervention",
  "Excessive force against protesters",
  "Violent demonstration",
  "Mob violence",
  "Agreement",
  "Arrests",
  "Change to group/activity",
  "Disrupted weapons use",
  "Headquarters or base established",
  "Looting/property destruction",
  "Non-violent transfer of territory",
  "Other",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** "Type of area affected" in public civilian-harm data, spelled as there. */
export const TARGET_CATEGORIES = [
  "Residential",
  "Healthcare",
  "School or childcare",
  "Commercial",
  "Industrial",
  "Roads/Highways/Transport",
  "Administrative",
  "Cultural",
  "Religious",
  "Food/Food Infrastructure",
  "Humanitarian",
  "Military",
  "Undefined",
] as const;

export type TargetCategory = (typeof TARGET_CATEGORIES)[number];

export interface Target extends Span {
  /** The object as named, normalised: "maternity hospital", "apartment building". */
  object: string;
  category: TargetCategory;
}

export type Stance = "alleged" | "confirmed" | "denied";

/** One text's mention of a violent event. The span covers the words describing it. */
export interface IncidentMention extends Span {
  eventType: EventType;
  targets: Target[];
  place: (Span & { ref: PlaceRef | null; name: string }) | null;
  date: DateMention | null;
  perpetrator: NamedSpan | null;
  stance: Stance;
  /** Where the text reports a denial ("described as 'fake news'"). */
  denial: (Span & { by: NamedSpan | null }) | null;
  /** Indices into `Analysis.figures` of the figures that belong to this incident. */
  figures: number[];
}

/** A finding or allegation stated in the text ("the US government assesses that ..."). */
export interface AssessmentMention extends Span {
  kind: "assessment" | "allegation" | "determination";
  /** What is asserted (the clause), e.g. "members of Russia's forces have committed war crimes". */
  claim: Span;
  by: NamedSpan | null;
  /** Hedging or evidential words ("based on information currently available"). */
  hedges: Span[];
}

export interface Analysis {
  /** Analyzer version; a stored analysis older than the running one is recomputed. */
  version: string;
  entities: EntityMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  figures: FigureMention[];
  incidents: IncidentMention[];
  assessments: AssessmentMention[];
}

/** What the analyzer needs besides the text. */
export interface AnalysisContext {
  /** Publication date-time (ISO) used to resolve relative dates; null when unknown. */
  publishedAt: string | null;
  lang: string | null;
}
