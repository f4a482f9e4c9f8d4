import type { EventType, IncidentMention, PlaceRef, TargetCategory } from "../../src/domain/analysis.js";
import type { MentionRecord } from "../../src/investigate/merge/index.js";
import { Random, Zipf } from "./random.js";

/**
 * Synthetic incident mentions with known true incidents: 4,000 invented settlements spread
 * over Ukraine's extent in 25 invented regions, visited with a Zipf law (a few towns near the
 * front get most strikes); incidents on days over two years by default; each reported once (55%) or by
 * 2–6 sources, a fifth of them syndicated copies of another report. Independent reports vary
 * as real ones do: the place given as the town (72%), a point nearby, the region, the
 * country or an unresolved name; the date to the day, a day off, as a month, or missing; a
 * confusable event type (20%); the targets repeated, missing, or generic; the death toll off.
 */
export interface GeneratedMention {
  record: MentionRecord;
  truth: string;
}

const START_DAY = Date.UTC(2022, 1, 24) / 86_400_000;
const SETTLEMENTS = 4000;
const REGIONS = 25;

const EVENT_MIX: [EventType, number][] = [
  ["Shelling/artillery/missile attack", 0.45],
  ["Air/drone strike", 0.3],
  ["Armed clash", 0.1],
  ["Attack", 0.05],
  ["Remote explosive/landmine/IED", 0.05],
  ["Abduction/forced disappearance", 0.03],
  ["Looting/property destruction", 0.02],
];

const CONFUSED: Partial<Record<EventType, EventType>> = {
  "Shelling/artillery/missile attack": "Air/drone strike",
  "Air/drone strike": "Shelling/artillery/missile attack",
  "Remote explosive/landmine/IED": "Shelling/artillery/missile attack",
  "Armed clash": "Attack",
};

const OBJECTS: [[string, TargetCategory], number][] = [
  [["apartment building", "Residential"], 0.35],
  [["house", "Residential"], 0.15],
  [["hospital", "Healthcare"], 0.06],
  [["maternity hospital", "Healthcare"], 0.01],
  [["school", "School or childcare"], 0.07],
  [["kindergarten", "School or childcare"], 0.03],
  [["power plant", "Industrial"], 0.06],
  [["substation", "Industrial"], 0.05],
  [["shopping centre", "Commercial"], 0.05],
  [["market", "Commercial"], 0.03],
  [["railway station", "Roads/Highways/Transport"], 0.04],
  [["church", "Religious"], 0.02],
  [["administrative building", "Administrative"], 0.04],
  [["grain warehouse", "Food/Food Infrastructure"], 0.02],
  [["museum", "Cultural"], 0.02],
];

interface World {
  settlements: PlaceRef[];
  regions: PlaceRef[];
  popularity: Zipf;
}

function world(): World {
  const r = new Random(3);
  const regions: PlaceRef[] = Array.from({ length: REGIONS }, (_, i) => {
    const name = `Region ${String(i + 1).padStart(2, "0")}`;
    const lat = 45 + r.next() * 7;
    const lon = 23 + r.next() * 16.5;
    return { name, gazetteerId: `syn:r${i}`, country: "UA", admin1: name, lat, lon, precision: "region" };
  });
  const settlements: PlaceRef[] = Array.from({ length: SETTLEMENTS }, (_, i) => {
    const lat = 44.5 + r.next() * 7.7;
    const lon = 22.5 + r.next() * 17.5;
    let nearest = regions[0] as PlaceRef;
    for (const g of regions)
      if ((g.lat - lat) ** 2 + (g.lon - lon) ** 2 < (nearest.lat - lat) ** 2 + (nearest.lon - lon) ** 2)
        nearest = g;
    return {
      name: `Town ${i}`,
      gazetteerId: `syn:${i}`,
      country: "UA",
      admin1: nearest.name,
      lat,
      lon,
      precision: "settlement",
    };
  });
  return { settlements, regions, popularity: new Zipf(SETTLEMENTS, 0.9) };
}

const COUNTRY: PlaceRef = {
  name: "Ukraine",
  gazetteerId: "iso3166:UA",
  country: "UA",
  admin1: null,
  lat: 49,
  lon: 32,
  precision: "country",
};
const span = (text: string) => ({ start: 0, end: text.length, text });
const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

interface TrueIncident {
  id: string;
  type: EventType;
  town: PlaceRef;
  day: number;
  targets: [string, TargetCategory][];
  killed: number;
}

function reportPlace(r: Random, w: World, inc: TrueIncident): IncidentMention["place"] {
  const how = r.weighted([
    ["town", 0.72],
    ["point", 0.08],
    ["region", 0.1],
    ["country", 0.04],
    ["name", 0.06],
  ] as const);
  if (how === "name") return { ...span(inc.town.name), name: inc.town.name, ref: null };
  if (how === "region") {
    const ref = w.regions.find((g) => g.name === inc.town.admin1) as PlaceRef;
    return { ...span(ref.name), name: ref.name, ref };
  }
  if (how === "country") return { ...span("Ukraine"), name: "Ukraine", ref: COUNTRY };
  if (how === "point") {
    const ref: PlaceRef = {
      ...inc.town,
      gazetteerId: `${inc.town.gazetteerId}:p${r.int(0, 99)}`,
      lat: inc.town.lat + (r.next() - 0.5) * 0.02,
      lon: inc.town.lon + (r.next() - 0.5) * 0.03,
      precision: "point",
    };
    return { ...span(inc.town.name), name: inc.town.name, ref };
  }
  return { ...span(inc.town.name), name: inc.town.name, ref: inc.town };
}

function reportDate(r: Random, inc: TrueIncident): IncidentMention["date"] {
  const how = r.weighted([
    ["day", 0.65],
    ["off", 0.12],
    ["month", 0.05],
    ["none", 0.18],
  ] as const);
  if (how === "none") return null;
  if (how === "month") {
    const d = new Date(inc.day * 86_400_000);
    const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
    const to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / 86_400_000;
    return { ...span("this month"), from: iso(from), to: iso(to), precision: "month", basis: "publication" };
  }
  const day = how === "off" ? inc.day + (r.chance(0.5) ? 1 : -1) : inc.day;
  return { ...span("on Monday"), from: iso(day), to: iso(day), precision: "day", basis: "publication" };
}

function reportTargets(r: Random, inc: TrueIncident): IncidentMention["targets"] {
  const how = r.weighted([
    ["same", 0.75],
    ["none", 0.15],
    ["generic", 0.1],
  ] as const);
  const pairs: [string, TargetCategory][] =
    how === "same" ? inc.targets : how === "generic" ? [["building", "Undefined"]] : [];
  return pairs.map(([object, category]) => ({ ...span(object), object, category }));
}

function report(r: Random, w: World, inc: TrueIncident, source: string): MentionRecord {
  const killed = r.chance(0.2) ? Math.max(0, inc.killed + r.int(-3, 3)) : inc.killed;
  const figure = {
    ...span(`${killed} killed`),
    measure: "killed" as const,
    who: "civilians" as const,
    low: killed,
    high: killed,
    qualifier: "exact" as const,
    value: span(String(killed)),
    attributedTo: null,
    hedges: [],
  };
  const hasFigure = r.chance(0.6);
  const published = inc.day + r.int(0, 2);
  return {
    mentionId: `${source}:0`,
    sourceId: source,
    syndicationGroup: source,
    publishedAt: `${iso(published)}T${String(r.int(0, 23)).padStart(2, "0")}:00:00Z`,
    figures: hasFigure ? [figure] : [],
    mention: {
      ...span("report"),
      eventType: r.chance(0.2) ? (CONFUSED[inc.type] ?? inc.type) : inc.type,
      targets: reportTargets(r, inc),
      place: reportPlace(r, w, inc),
      date: reportDate(r, inc),
      perpetrator: null,
      stance: "alleged",
      denial: null,
      figures: hasFigure ? [0] : [],
    },
  };
}

export interface MentionOptions {
  seed: number;
  /** Days the incidents are spread over, from 2022-02-24. */
  days: number;
}

export function generateMentions(n: number, options: Partial<MentionOptions> = {}): GeneratedMention[] {
  const { seed = 1, days = 730 } = options;
  const w = world();
  const r = new Random(seed);
  const out: GeneratedMention[] = [];
  for (let i = 0; out.length < n; i++) {
    const inc: TrueIncident = {
      id: `i${i}`,
      type: r.weighted(EVENT_MIX),
      town: w.settlements[w.popularity.sample(r)] as PlaceRef,
      day: START_DAY + r.int(0, days - 1),
      targets: Array.from(
        {
          length: r.weighted([
            [0, 0.3],
            [1, 0.55],
            [2, 0.15],
          ] as const),
        },
        () => r.weighted(OBJECTS),
      ),
      killed: r.int(0, 20),
    };
    const reports: MentionRecord[] = [];
    for (let k = r.chance(0.55) ? 1 : r.int(2, 6); k > 0 && out.length < n; k--) {
      const source = `s${out.length}`;
      const copied = reports.length > 0 && r.chance(0.2) ? r.pick(reports) : null;
      const record = copied
        ? { ...copied, mentionId: `${source}:0`, sourceId: source, publishedAt: copied.publishedAt }
        : report(r, w, inc, source);
      reports.push(record);
      out.push({ record, truth: inc.id });
    }
  }
  return out;
}
