import type {
  DateMention,
  EventType,
  FigureMeasure,
  FigureMention,
  FigureQualifier,
  FigureWho,
  PlaceRef,
  Stance,
  TargetCategory,
} from "../../domain/analysis.js";
import type { MentionRecord } from "./types.js";

/** Fictional places for tests: two oblasts, a few settlements, and the country. */
function ref(
  name: string,
  id: string,
  lat: number,
  lon: number,
  precision: PlaceRef["precision"],
  admin1: string | null,
): PlaceRef {
  return { name, gazetteerId: id, country: "UA", admin1, lat, lon, precision };
}

export const PLACES = {
  /** A town in Stepova Oblast. */
  dolyna: ref("Velyka Dolyna", "test:1", 48.5, 35.0, "settlement", "Stepova Oblast"),
  /** A village 3 km from Velyka Dolyna. */
  hai: ref("Zeleny Hai", "test:2", 48.52, 35.03, "settlement", "Stepova Oblast"),
  /** A town 60 km from Velyka Dolyna, same oblast. */
  hrebla: ref("Stara Hrebla", "test:3", 48.9, 35.5, "settlement", "Stepova Oblast"),
  stepova: ref("Stepova Oblast", "test:r1", 48.7, 35.3, "region", "Stepova Oblast"),
  lisova: ref("Lisova Oblast", "test:r2", 50.5, 30.5, "region", "Lisova Oblast"),
  country: {
    name: "Ukraine",
    gazetteerId: "iso3166:UA",
    country: "UA",
    admin1: null,
    lat: 49,
    lon: 32,
    precision: "country",
  },
} satisfies Record<string, PlaceRef>;

export interface FigureSpec {
  measure?: FigureMeasure;
  who?: FigureWho;
  low: number | null;
  high: number | null;
  qualifier?: FigureQualifier;
  by?: string;
}

export interface MentionSpec {
  id: string;
  source?: string;
  group?: string;
  eventType?: EventType;
  place?: PlaceRef | null;
  /** The place as written, when it did not resolve. */
  placeName?: string;
  /** YYYY-MM-DD for a day, or a window. */
  date?: string | { from: string; to: string; precision: DateMention["precision"] } | null;
  targets?: [string, TargetCategory][];
  stance?: Stance;
  deniedBy?: string;
  perpetrator?: string;
  figures?: FigureSpec[];
  publishedAt?: string | null;
}

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

function figure(f: FigureSpec): FigureMention {
  const words = f.high === f.low ? `${f.low} killed` : `at least ${f.low} killed`;
  return {
    ...span(words, 40),
    measure: f.measure ?? "killed",
    who: f.who ?? "civilians",
    low: f.low,
    high: f.high,
    qualifier: f.qualifier ?? (f.high === f.low ? "exact" : "at_least"),
    value: span(String(f.low), 40),
    attributedTo: f.by ? { ...span(f.by, 80), name: f.by } : null,
    hedges: [],
  };
}

function dateOf(spec: MentionSpec["date"]): DateMention | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec === "string")
    return { ...span(spec, 20), from: spec, to: spec, precision: "day", basis: "absolute" };
  return { ...span(spec.from, 20), ...spec, basis: "absolute" };
}

/** A mention record from a short description; everything unstated is empty. */
export function buildMention(spec: MentionSpec): MentionRecord {
  const place = spec.place ?? null;
  const name = spec.placeName ?? place?.name;
  const source = spec.source ?? `src-${spec.id}`;
  return {
    mentionId: spec.id,
    sourceId: source,
    syndicationGroup: spec.group ?? source,
    publishedAt: spec.publishedAt === undefined ? null : spec.publishedAt,
    figures: (spec.figures ?? []).map(figure),
    mention: {
      ...span("A strike hit the town."),
      eventType: spec.eventType ?? "Shelling/artillery/missile attack",
      targets: (spec.targets ?? []).map(([object, category]) => ({ ...span(object, 10), object, category })),
      place: name === undefined ? null : { ...span(name, 30), ref: place, name },
      date: dateOf(spec.date),
      perpetrator: spec.perpetrator ? { ...span(spec.perpetrator, 50), name: spec.perpetrator } : null,
      stance: spec.stance ?? "alleged",
      denial: spec.deniedBy
        ? { ...span("called it fake", 60), by: { ...span(spec.deniedBy, 70), name: spec.deniedBy } }
        : null,
      figures: (spec.figures ?? []).map((_, i) => i),
    },
  };
}
