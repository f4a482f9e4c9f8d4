import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import type { Analysis, QuoteMention } from "../domain/analysis.js";
import { extract } from "../extract/index.js";
import { sharedPath, sharedSkip } from "../testing/shared.js";
import { analyze } from "./index.js";

// The article the project started from, through the whole stage: extraction as ingest
// does it, then analysis. Every item must also point at the words it came from.

const skip = sharedSkip("corpus", "seed");

describe("golden: the seed article", { skip }, () => {
  let text = "";
  let analysis: Analysis;

  before(async () => {
    const raw = await readFile(sharedPath("corpus", "seed", "us-war-crimes-assessment.txt"), "utf8");
    const doc = extract(
      { mediaType: "text/plain", text: raw },
      { url: null, publishedAt: null, outlet: null, title: null },
    );
    text = doc.text;
    analysis = analyze(text, { publishedAt: doc.publishedAt, lang: doc.lang });
  });

  const quotesContaining = (needle: string): QuoteMention[] =>
    analysis.quotes.filter((q) => q.text.includes(needle));

  it("anchors every mention to its words", () => {
    const spans = [
      ...analysis.entities,
      ...analysis.dates,
      ...analysis.quotes,
      ...analysis.figures,
      ...analysis.incidents,
      ...analysis.assessments,
    ];
    assert.ok(spans.length > 20);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it("attributes Blinken's quotes, relayed by AP, including the paragraph that continues one", () => {
    const announce = quotesContaining("Today, I can announce");
    assert.equal(announce.length, 1);
    assert.equal(announce[0]?.speaker?.name, "Antony Blinken");
    assert.match(announce[0]?.relayedBy?.name ?? "", /^AP$|Associated Press/);
    assert.equal(quotesContaining("numerous credible reports")[0]?.speaker?.name, "Antony Blinken");
    const continued = quotesContaining("destroyed apartment buildings");
    assert.equal(continued.length, 1);
    assert.equal(continued[0]?.speaker?.name, "Antony Blinken");
  });

  it("attributes Schumer's quote and Raab's via \"He said:\"", () => {
    assert.equal(quotesContaining("cannot escape accountability")[0]?.speaker?.name, "Chuck Schumer");
    const raab = quotesContaining("cannot act with impunity")[0];
    assert.equal(raab?.speaker?.name, "Dominic Raab");
    assert.equal(raab?.speaker?.resolvedBy, "pronoun");
    assert.equal(raab?.speaker?.text, "He");
  });

  it("reads the UN's civilian death toll of more than 900 as a hedged lower bound", () => {
    const toll = analysis.figures.find((f) => f.value.text.includes("more than 900"));
    assert.ok(toll, "the death toll is found");
    assert.equal(toll.measure, "killed");
    assert.equal(toll.who, "civilians");
    assert.equal(toll.low, 901);
    assert.equal(toll.high, null);
    assert.match(toll.attributedTo?.text ?? "", /\bUN\b/);
    assert.ok(toll.hedges.some((h) => h.text.includes("could be far higher")));
  });

  it("finds that more than three million people have fled", () => {
    const fled = analysis.figures.find((f) => f.value.text.includes("three million"));
    assert.ok(fled);
    assert.ok(fled.measure === "refugees" || fled.measure === "displaced");
    assert.equal(fled.low, 3_000_001);
  });

  it("finds the bombing of the maternity and children's hospital in Mariupol and Russia's denial", () => {
    const hospital = analysis.incidents.find((i) => i.targets.some((t) => t.category === "Healthcare"));
    assert.ok(hospital, "an incident with a Healthcare target");
    assert.match(hospital.targets.map((t) => t.object).join(" "), /hospital/);
    assert.equal(hospital.place?.name, "Mariupol");
    const ref = hospital.place?.ref;
    assert.ok(
      ref && Math.abs(ref.lat - 47.1) < 0.2 && Math.abs(ref.lon - 37.55) < 0.2,
      "Mariupol's coordinates",
    );
    assert.equal(hospital.stance, "denied");
    assert.match(hospital.denial?.text ?? "", /fake news/);
    assert.equal(hospital.denial?.by?.name, "Russia");
  });

  it("records the US government's assessment", () => {
    const assessment = analysis.assessments.find((a) => a.kind === "assessment");
    assert.ok(assessment);
    assert.match(assessment.by?.text ?? "", /US government/);
    assert.match(assessment.claim.text, /committed war crimes/);
    assert.ok(assessment.hedges.some((h) => /based on information currently available/.test(h.text)));
  });

  it("resolves the 28th day of the invasion to 2022-03-23", () => {
    const day = analysis.dates.find((d) => d.text.includes("28th day"));
    assert.ok(day);
    assert.equal(day.from, "2022-03-23");
    assert.equal(day.precision, "day");
    assert.equal(day.basis, "conflict-start");
  });
});
