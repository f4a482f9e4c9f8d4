import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AssessmentMention, EntityMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findAssessments } from "./find-assessments.js";

function assessments(text: string, entities: EntityMention[] = []): AssessmentMention[] {
  return findAssessments(prepare(text), entities);
}

function one(text: string, entities: EntityMention[] = []) {
  const found = assessments(text, entities);
  assert.equal(found.length, 1, `expected one in ${JSON.stringify(text)}, got ${found.map((a) => a.text)}`);
  const a = found[0] as AssessmentMention;
  assert.equal(text.slice(a.claim.start, a.claim.end), a.claim.text);
  assert.equal(text.slice(a.start, a.end), a.text);
  return {
    kind: a.kind,
    by: a.by?.text ?? null,
    name: a.by?.name ?? null,
    claim: a.claim.text,
    hedges: a.hedges.map((h) => h.text),
  };
}

describe("findAssessments: kinds", () => {
  it("reads an assessment with its source and hedge", () => {
    assert.deepEqual(
      one(
        "Based on the evidence gathered, the Ministry of Defence assesses that Norlandic forces shelled the hospital in Strelka.",
      ),
      {
        kind: "assessment",
        by: "the Ministry of Defence",
        name: "Ministry of Defence",
        claim: "Norlandic forces shelled the hospital in Strelka",
        hedges: ["Based on the evidence gathered"],
      },
    );
  });

  it("reads formal determinations and findings", () => {
    const d = one("The council has formally determined that the militia committed war crimes in Strelka.");
    assert.deepEqual(
      [d.kind, d.by, d.claim],
      ["determination", "The council", "the militia committed war crimes in Strelka"],
    );
    assert.equal(
      one("The commission concluded that the strike on the market was indiscriminate.").kind,
      "determination",
    );
    assert.equal(one("The inquiry found that soldiers executed four prisoners.").by, "The inquiry");
  });

  it("reads accusations with the accuser, and passive ones without", () => {
    assert.deepEqual(one("The governor accused Norland of deliberately targeting civilians."), {
      kind: "allegation",
      by: "The governor",
      name: "governor",
      claim: "Norland of deliberately targeting civilians",
      hedges: [],
    });
    const passive = one("Norlandic troops have been accused of war crimes for the shelling of Strelka.");
    assert.deepEqual([passive.kind, passive.by], ["allegation", null]);
    assert.equal(
      passive.claim,
      "Norlandic troops have been accused of war crimes for the shelling of Strelka",
    );
    assert.equal(one("The unit was accused by local officials of looting homes.").name, "local officials");
  });

  it("reads a label given as an accusation", () => {
    const a = one("The parliament unanimously declared the general a 'war criminal'.");
    assert.deepEqual(
      [a.kind, a.by, a.claim],
      ["allegation", "The parliament", "the general a 'war criminal'"],
    );
  });

  it("reads stated evidence", () => {
    const a = one("There is evidence that prisoners were tortured in the camp, investigators said.");
    assert.deepEqual(
      [a.kind, a.claim, a.by],
      ["assessment", "prisoners were tortured in the camp", "investigators"],
    );
  });

  it("reads a reported charge of the gravest crimes, claim first or last", () => {
    const before = one("Norland's army has committed war crimes in Strelka, the foreign ministry has said.");
    assert.deepEqual(
      [before.kind, before.by, before.claim],
      ["allegation", "the foreign ministry", "Norland's army has committed war crimes in Strelka"],
    );
    assert.equal(
      one("The minister said the killings amount to genocide.").claim,
      "the killings amount to genocide",
    );
  });

  it("uses the entity module's name for the source", () => {
    const text = "The UN concluded that the convoy was attacked deliberately.";
    const un: EntityMention = { start: 4, end: 6, text: "UN", type: "organization", name: "United Nations" };
    assert.equal(one(text, [un]).name, "United Nations");
  });
});

describe("findAssessments: what is left out", () => {
  const ignored = [
    "The minister said that talks would resume next week.",
    "A survey found that most residents support the plan.",
    "The spokesman accused reporters of bias.",
    "He said a war crimes unit will be set up.",
    "The court called for an inquiry into the killings.",
    "The company was accused of tax evasion.",
  ];
  for (const text of ignored) {
    it(text, () =>
      assert.deepEqual(
        assessments(text).map((a) => a.text),
        [],
      ),
    );
  }

  it("does not give a pronoun as the source", () => {
    assert.equal(one("She accused the militia of abducting children.").by, null);
  });

  it("does not report the same finding twice under a reporting verb", () => {
    const found = assessments(
      'The secretary said: "Today the government assesses that members of the militia have committed war crimes."',
    );
    assert.deepEqual(
      found.map((a) => a.kind),
      ["assessment"],
    );
  });
});
