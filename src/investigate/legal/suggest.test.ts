import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PROVISIONS, provisionById } from "./catalogue.js";
import { RULES } from "./rules.js";
import { suggestProvisions } from "./suggest.js";
import {
  type ElementAssessment,
  LEGAL_DISCLAIMER,
  type LegalFacts,
  type LegalSuggestions,
  SUGGESTION_STATUS,
} from "./types.js";

function buildFacts(overrides: Partial<LegalFacts> = {}): LegalFacts {
  return {
    eventType: { value: "Shelling/artillery/missile attack", support: ["m1", "m2"] },
    targets: [],
    casualties: [],
    perpetrator: { value: "Northland forces", support: ["m1"] },
    stance: "alleged",
    denials: [],
    cues: {},
    ...overrides,
  };
}

const hospital = buildFacts({
  targets: [{ value: { category: "Healthcare", object: "maternity hospital" }, support: ["m1", "m2"] }],
  casualties: [{ value: { measure: "killed", who: "civilians", low: 3, high: 3 }, support: ["m2"] }],
});

function ids(result: LegalSuggestions): string[] {
  return result.suggestions.map((s) => s.provision.id);
}

function elementsFor(result: LegalSuggestions, id: string): ElementAssessment[] {
  const found = result.suggestions.find((s) => s.provision.id === id);
  assert.ok(found, `expected a suggestion for ${id}, got ${ids(result).join(", ")}`);
  return found.elements;
}

function statuses(elements: ElementAssessment[]): string[] {
  return elements.map((e) => e.status);
}

describe("suggestProvisions", () => {
  it("suggests protected-object, civilian and civilian-object provisions for a shelled hospital", () => {
    const result = suggestProvisions(hospital);
    assert.deepEqual(ids(result), ["8(2)(b)(i)", "8(2)(e)(i)", "8(2)(b)(ii)", "8(2)(b)(ix)", "8(2)(e)(iv)"]);
    const elements = elementsFor(result, "8(2)(b)(ix)");
    assert.deepEqual(statuses(elements), [
      "supported",
      "supported",
      "not_established",
      "not_established",
      "not_established",
    ]);
    assert.deepEqual(elements[1]?.facts[0]?.support, ["m1", "m2"]);
    assert.match(elements[1]?.facts[0]?.statement ?? "", /maternity hospital/);
    assert.equal(elements[2]?.kind, "mental");
    assert.match(elements[2]?.reason ?? "", /No source states intent/);
  });

  it("labels every suggestion for legal review and never as a finding", () => {
    const result = suggestProvisions(hospital);
    assert.equal(result.status, SUGGESTION_STATUS);
    assert.equal(result.disclaimer, LEGAL_DISCLAIMER);
    assert.match(LEGAL_DISCLAIMER, /not a legal finding/);
    for (const s of result.suggestions) {
      assert.equal(s.status, "suggestion-for-legal-review");
      assert.equal(s.disclaimer, LEGAL_DISCLAIMER);
      assert.equal(s.classification.status, "for-legal-review");
    }
  });

  it("contests the hospital's civilian character and adds the proportionality provision when a military objective is claimed", () => {
    const result = suggestProvisions(
      buildFacts({
        ...hospital,
        cues: { "military-objective": [{ value: "used as a military base", support: ["m3"] }] },
      }),
    );
    assert.ok(ids(result).includes("8(2)(b)(iv)"));
    const object = elementsFor(result, "8(2)(b)(ix)")[1];
    assert.equal(object?.status, "contested");
    assert.ok(object?.facts.some((f) => f.support.includes("m3")));
    const excessive = elementsFor(result, "8(2)(b)(iv)")[1];
    assert.equal(excessive?.status, "not_established");
    assert.ok(excessive?.facts.some((f) => /military objective/.test(f.statement)));
  });

  it("treats a school like a hospital, and an apartment block only as a civilian object", () => {
    const school = suggestProvisions(
      buildFacts({
        eventType: { value: "Air/drone strike", support: ["m1"] },
        targets: [{ value: { category: "School or childcare", object: "kindergarten" }, support: ["m1"] }],
      }),
    );
    assert.deepEqual(ids(school), ["8(2)(b)(ii)", "8(2)(b)(ix)", "8(2)(e)(iv)"]);

    const residential = suggestProvisions(
      buildFacts({
        targets: [{ value: { category: "Residential", object: "apartment building" }, support: ["m1"] }],
        casualties: [{ value: { measure: "killed", who: "unspecified", low: 5, high: 5 }, support: ["m1"] }],
      }),
    );
    assert.deepEqual(ids(residential), ["8(2)(b)(i)", "8(2)(e)(i)", "8(2)(b)(ii)"]);
    // The dead are not called civilians: the object element cites them but is not established.
    const victims = elementsFor(residential, "8(2)(b)(i)")[1];
    assert.equal(victims?.status, "not_established");
    assert.equal(victims?.facts.length, 2);
  });

  it("suggests the humanitarian-mission provisions for an attack on an aid convoy", () => {
    const result = suggestProvisions(
      buildFacts({
        eventType: { value: "Air/drone strike", support: ["m1"] },
        targets: [{ value: { category: "Humanitarian", object: "aid convoy" }, support: ["m1"] }],
        cues: { "no-military-objective": [{ value: "no military targets", support: ["m4"] }] },
      }),
    );
    assert.ok(ids(result).includes("8(2)(b)(iii)"));
    assert.ok(ids(result).includes("8(2)(e)(iii)"));
    assert.deepEqual(statuses(elementsFor(result, "8(2)(e)(iii)")), [
      "supported",
      "supported",
      "not_established",
      "supported",
      "not_established",
      "not_established",
      "not_established",
    ]);
  });

  it("suggests pillage and destruction of property for looting, and no attack provision", () => {
    const result = suggestProvisions(
      buildFacts({
        eventType: { value: "Looting/property destruction", support: ["m1"] },
        targets: [{ value: { category: "Commercial", object: "shops" }, support: ["m1"] }],
        cues: { appropriation: [{ value: "looted", support: ["m1"] }] },
      }),
    );
    assert.deepEqual(ids(result), [
      "8(2)(a)(iv)",
      "8(2)(b)(xiii)",
      "8(2)(e)(xii)",
      "8(2)(b)(xvi)",
      "8(2)(e)(v)",
    ]);
    assert.deepEqual(statuses(elementsFor(result, "8(2)(b)(xvi)")).slice(0, 3), [
      "supported",
      "not_established",
      "supported",
    ]);
  });

  it("leaves appropriation unestablished when a looting report does not say property was taken", () => {
    const result = suggestProvisions(
      buildFacts({ eventType: { value: "Looting/property destruction", support: ["m1"] } }),
    );
    const first = elementsFor(result, "8(2)(e)(v)")[0];
    assert.equal(first?.status, "not_established");
  });

  it("separates rape from other sexual violence by what the sources describe", () => {
    const withRape = suggestProvisions(
      buildFacts({
        eventType: { value: "Sexual violence", support: ["m1"] },
        cues: {
          rape: [{ value: "raped", support: ["m1"] }],
          coercion: [{ value: "at gunpoint", support: ["m1"] }],
        },
      }),
    );
    assert.deepEqual(ids(withRape), ["8(2)(b)(xxii)-1", "8(2)(e)(vi)-1", "8(2)(b)(xxii)-6", "8(2)(e)(vi)-6"]);
    assert.deepEqual(statuses(elementsFor(withRape, "8(2)(b)(xxii)-1")).slice(0, 2), [
      "supported",
      "supported",
    ]);
    assert.deepEqual(statuses(elementsFor(withRape, "8(2)(e)(vi)-6")).slice(0, 3), [
      "supported",
      "not_established",
      "not_established",
    ]);

    const general = suggestProvisions(
      buildFacts({ eventType: { value: "Sexual violence", support: ["m1"] } }),
    );
    assert.deepEqual(ids(general), ["8(2)(b)(xxii)-6", "8(2)(e)(vi)-6"]);
  });

  it("contests the attack element when a denial is reported, and leaves it open when no one is named", () => {
    const denied = suggestProvisions({ ...hospital, stance: "denied", denials: ["m9"] });
    const attack = elementsFor(denied, "8(2)(b)(ix)")[0];
    assert.equal(attack?.status, "contested");
    assert.ok(attack?.facts.some((f) => f.support.includes("m9")));

    const unknown = suggestProvisions({ ...hospital, perpetrator: null });
    assert.equal(elementsFor(unknown, "8(2)(b)(ix)")[0]?.status, "not_established");
  });

  it("flags the conflict classification for review, marking the variant that matches the user's context", () => {
    const result = suggestProvisions(hospital, {
      conflict: { name: "Northland–Southland war", classification: "international", setBy: "ana" },
    });
    const iac = result.suggestions.find((s) => s.provision.id === "8(2)(b)(ix)");
    const niac = result.suggestions.find((s) => s.provision.id === "8(2)(e)(iv)");
    assert.equal(iac?.classification.matchesUserContext, true);
    assert.equal(niac?.classification.matchesUserContext, false);
    assert.equal(iac?.classification.status, "for-legal-review");
    assert.equal(iac?.elements.at(-2)?.status, "supported");
    assert.match(iac?.elements.at(-2)?.reason ?? "", /remains for legal review/);
    assert.equal(niac?.elements.at(-2)?.status, "not_established");
    assert.equal(suggestProvisions(hospital).suggestions[0]?.classification.matchesUserContext, null);
  });

  it("suggests wilful killing and murder for direct violence against civilians", () => {
    const result = suggestProvisions(
      buildFacts({
        eventType: { value: "Attack", support: ["m1"] },
        casualties: [{ value: { measure: "killed", who: "civilians", low: 2, high: 2 }, support: ["m1"] }],
      }),
    );
    assert.deepEqual(ids(result), ["8(2)(b)(i)", "8(2)(e)(i)", "8(2)(a)(i)", "8(2)(c)(i)-1"]);
    assert.deepEqual(statuses(elementsFor(result, "8(2)(c)(i)-1")).slice(0, 3), [
      "supported",
      "supported",
      "not_established",
    ]);
    // A grave breach needs protected-person status, a legal question the sources cannot settle.
    assert.equal(elementsFor(result, "8(2)(a)(i)")[1]?.status, "not_established");
  });

  it("suggests nothing for events that are not alleged crimes", () => {
    assert.deepEqual(
      ids(suggestProvisions(buildFacts({ eventType: { value: "Peaceful protest", support: [] } }))),
      [],
    );
  });

  it("suggests the poison-gas provisions for a chemical attack and hostage-taking for an abduction", () => {
    const chemical = suggestProvisions(
      buildFacts({ eventType: { value: "Chemical weapon", support: ["m1"] } }),
    );
    assert.deepEqual(ids(chemical), ["8(2)(b)(xviii)", "8(2)(e)(xiv)"]);
    const abduction = suggestProvisions(
      buildFacts({
        eventType: { value: "Abduction/forced disappearance", support: ["m1"] },
        cues: { hostage: [{ value: "hostages", support: ["m2"] }] },
      }),
    );
    assert.deepEqual(ids(abduction), ["8(2)(a)(viii)", "8(2)(c)(iii)"]);
    assert.deepEqual(statuses(elementsFor(abduction, "8(2)(c)(iii)")).slice(0, 3), [
      "supported",
      "supported",
      "not_established",
    ]);
  });
});

describe("the provision catalogue", () => {
  it("has unique ids, known counterparts of the other conflict kind, and rules that name only catalogued provisions", () => {
    assert.equal(new Set(PROVISIONS.map((p) => p.id)).size, PROVISIONS.length);
    for (const p of PROVISIONS) {
      if (p.counterpart === null) continue;
      const other = provisionById(p.counterpart);
      assert.ok(other, `${p.id} names unknown counterpart ${p.counterpart}`);
      assert.notEqual(other.conflict, p.conflict);
    }
    for (const rule of RULES) for (const id of rule.provisions) assert.ok(provisionById(id), id);
  });
});
