import type { FigureMention, IncidentMention } from "../../../src/domain/analysis.js";
import type { Incident } from "../../../src/domain/incident.js";
import type { SupportingSource } from "../../../src/investigate/incidents/view.js";
import type { Membership } from "../../../src/store/investigation.js";

/** An incident as GET /api/incidents lists it, with fictional defaults a test overrides. */
export function buildIncident(overrides: Partial<Incident> = {}): Incident {
  const seq = overrides.seq ?? 1;
  return {
    id: `INC-${String(seq).padStart(5, "0")}`,
    seq,
    status: "new",
    assignee: null,
    title: null,
    overrides: {},
    flags: [],
    mergedInto: null,
    createdAt: "2022-03-05T10:00:00.000Z",
    createdBy: "dossier",
    updatedAt: "2022-03-05T10:00:00.000Z",
    eventType: "Shelling/artillery/missile attack",
    placeName: "Oranivka",
    lat: 49.9,
    lon: 36.3,
    dateFrom: "2022-03-04",
    dateTo: "2022-03-04",
    dateBasis: "reported",
    categories: [],
    sources: 1,
    independentSources: 1,
    killed: null,
    injured: null,
    ...overrides,
  };
}

/** A member mention of an incident, in a fictional report about "Oranivka". */
export function buildMembership(overrides: {
  mentionId: string;
  sourceId: string;
  group?: string;
  text: string;
}): Membership {
  const { text, sourceId, mentionId } = overrides;
  const at = (words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in the test text`);
    return { start, end: start + words.length, text: words };
  };
  const figure: FigureMention = {
    ...at("three civilians were killed"),
    measure: "killed",
    who: "civilians",
    low: 3,
    high: 3,
    qualifier: "exact",
    value: at("three"),
    attributedTo: null,
    hedges: [],
  };
  const mention: IncidentMention = {
    start: 0,
    end: text.length,
    text,
    eventType: "Shelling/artillery/missile attack",
    targets: [{ ...at("school"), object: "school", category: "School or childcare" }],
    place: { ...at("Oranivka"), ref: null, name: "Oranivka" },
    date: null,
    perpetrator: null,
    stance: "alleged",
    denial: null,
    figures: [0],
  };
  return {
    mentionId,
    sourceId,
    incidentId: "INC-00001",
    record: {
      mentionId,
      sourceId,
      syndicationGroup: overrides.group ?? sourceId,
      mention,
      figures: [figure],
      publishedAt: null,
    },
    how: "created",
    score: null,
    reasons: [],
    decidedBy: "dossier",
    decidedAt: "2022-03-05T10:00:00.000Z",
  };
}

export function buildSupportingSource(
  id: string,
  overrides: Partial<SupportingSource> = {},
): SupportingSource {
  return {
    id,
    title: `Report ${id}`,
    outlet: `Outlet ${id}`,
    url: null,
    publishedAt: null,
    syndicationGroup: id,
    reliability: { grade: "F", basis: "not graded" },
    mentionIds: [],
    attachedByHand: null,
    ...overrides,
  };
}
