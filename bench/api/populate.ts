import type { Dossier } from "../../src/app.js";
import { incidentIdFor } from "../../src/domain/incident.js";
import type { IncidentWrite } from "../../src/store/investigation.js";
import { buildCapture, buildDocument } from "../../src/testing/builders.js";

// Synthetic, clearly fictional data at scale: incidents across Ukraine over two years, and
// sources to search. Written straight through the store, as ingest would leave them.

const TYPES = ["Shelling/artillery/missile attack", "Air/drone strike", "Armed clash", "Attack"] as const;
const CATEGORIES = ["Residential", "Healthcare", "School or childcare", "Commercial", "Industrial"];
const TOPICAL = ["hospital", "school", "shelling", "missile", "drone", "evacuation", "shelter", "bridge"];

/** A vocabulary of made-up words; drawn with a Zipf-like skew, as words are in real text. */
const VOCABULARY = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function populate(
  dossier: Dossier,
  options: { incidents: number; sources: number },
): Promise<void> {
  const random = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length ** random()) - 1] as string;
  for (let i = 0; i < options.sources; i++) {
    // Each topical word appears in about one report in ten.
    const words = Array.from({ length: 150 }, word);
    for (const t of TOPICAL) if (random() < 0.1) words.splice(Math.floor(random() * words.length), 0, t);
    const text = words.join(" ");
    const document = buildDocument({
      paragraphsText: [`Fictional report ${i}. ${text}.`],
      title: `Fictional report ${i}`,
    });
    await dossier.store.ingest(
      { capture: buildCapture(`synthetic ${i}`), document, analysis: null },
      "bench",
    );
  }
  const start = Date.parse("2022-02-24");
  for (let batch = 0; batch < options.incidents; batch += 1000) {
    const incidents: IncidentWrite[] = [];
    for (let i = batch; i < Math.min(options.incidents, batch + 1000); i++) {
      const day = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
      const sources = 1 + Math.floor(random() * 4);
      incidents.push({
        id: incidentIdFor(i + 1),
        seq: i + 1,
        status: pick(["new", "in_review", "corroborated", "verified"] as const),
        assignee: null,
        title: null,
        overrides: {},
        flags: [],
        mergedInto: null,
        summary: null,
        eventType: pick(TYPES),
        placeName: `Fictional place ${i % 500}`,
        lat: 46 + random() * 6,
        lon: 23 + random() * 16,
        dateFrom: day,
        dateTo: day,
        dateBasis: "reported",
        categories: [pick(CATEGORIES)],
        sources,
        independentSources: Math.max(1, sources - 1),
        killed: random() < 0.3 ? { low: 1, high: 5 } : null,
        injured: null,
        createdAt: "2024-01-01T00:00:00.000Z",
        createdBy: "bench",
        updatedAt: "2024-01-01T00:00:00.000Z",
      });
    }
    await dossier.store.applyChanges(
      { incidents },
      { actor: "bench", action: "bench.populate", payload: {} },
    );
  }
}
