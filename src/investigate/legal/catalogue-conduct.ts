import type { ElementDef, Provision } from "./types.js";

// Crimes against persons and property in the power of a party (killing, looting, sexual
// violence, deportation, hostage-taking). Elements paraphrased from the ICC Elements of Crimes;
// the two armed-conflict context elements are added in catalogue.ts.

const aware = (what: string): ElementDef => ({
  text: `The perpetrator was aware of the factual circumstances that established ${what}.`,
  kind: "mental",
  check: { kind: "mental" },
});

const genevaProtected = (who: string): ElementDef => ({
  text: `${who} protected under one or more of the Geneva Conventions of 1949.`,
  kind: "circumstance",
  check: { kind: "legal", about: "protected status under the Geneva Conventions" },
});

const commonArticle3Status: ElementDef = {
  text: "The persons were hors de combat, or were civilians, medical personnel or religious personnel taking no active part in the hostilities.",
  kind: "circumstance",
  check: { kind: "victims-civilian" },
};

const killed: ElementDef = {
  text: "The perpetrator killed one or more persons.",
  kind: "conduct",
  check: { kind: "killing" },
};

const seizedHostage: ElementDef[] = [
  {
    text: "The perpetrator seized, detained or otherwise held hostage one or more persons.",
    kind: "conduct",
    check: { kind: "cue", cues: ["hostage"], events: ["Abduction/forced disappearance"] },
  },
  {
    text: "The perpetrator threatened to kill, injure or continue to detain those persons.",
    kind: "conduct",
    check: { kind: "cue", cues: ["hostage"] },
  },
  {
    text: "The perpetrator intended to compel a State, an international organisation, a natural or legal person or a group of persons to act or refrain from acting as a condition for the safety or release of those persons.",
    kind: "mental",
    check: { kind: "mental" },
  },
];

const destroyedOrSeized: ElementDef = {
  text: "The perpetrator destroyed or seized certain property.",
  kind: "conduct",
  check: { kind: "cue", cues: ["destruction", "appropriation"], events: ["Looting/property destruction"] },
};

function enemyProperty(owner: string): ElementDef[] {
  return [
    destroyedOrSeized,
    {
      text: `The property belonged to ${owner}.`,
      kind: "circumstance",
      check: { kind: "legal", about: "who owned the property" },
    },
    {
      text: "The property was protected from that destruction or seizure under the international law of armed conflict.",
      kind: "circumstance",
      check: { kind: "legal", about: "the protected status of the property" },
    },
    aware("the status of the property"),
    {
      text: "The destruction or seizure was not justified by military necessity.",
      kind: "circumstance",
      check: { kind: "not-military-objective" },
    },
  ];
}

const pillage: ElementDef[] = [
  {
    text: "The perpetrator appropriated certain property.",
    kind: "conduct",
    check: { kind: "cue", cues: ["appropriation"] },
  },
  {
    text: "The perpetrator intended to deprive the owner of the property and to appropriate it for private or personal use.",
    kind: "mental",
    check: { kind: "mental" },
  },
  {
    text: "The appropriation was without the consent of the owner.",
    kind: "circumstance",
    check: { kind: "cue", cues: ["appropriation"] },
  },
];

const rape: ElementDef[] = [
  {
    text: "The perpetrator invaded a person's body by conduct resulting in penetration, however slight, of any part of the body of the victim or of the perpetrator with a sexual organ, or of the victim's anal or genital opening with any object or other part of the body.",
    kind: "conduct",
    check: { kind: "cue", cues: ["rape"] },
  },
  {
    text: "The invasion was committed by force, threat of force or coercion, by taking advantage of a coercive environment, or against a person incapable of giving genuine consent.",
    kind: "circumstance",
    check: { kind: "cue", cues: ["coercion"] },
  },
];

function sexualViolence(gravity: string): ElementDef[] {
  return [
    {
      text: "The perpetrator committed an act of a sexual nature against one or more persons, or caused them to engage in one, by force, threat of force or coercion, by taking advantage of a coercive environment, or against persons incapable of giving genuine consent.",
      kind: "conduct",
      check: { kind: "cue", cues: ["sexual-act", "rape"], events: ["Sexual violence"] },
    },
    {
      text: `The conduct was of a gravity comparable to ${gravity}.`,
      kind: "circumstance",
      check: { kind: "legal", about: "the gravity of the conduct" },
    },
    aware("the gravity of the conduct"),
  ];
}

const deported: ElementDef = {
  text: "The perpetrator deported or transferred one or more persons to another State or to another location.",
  kind: "conduct",
  check: { kind: "cue", cues: ["deportation"] },
};

export const CONDUCT_PROVISIONS: Provision[] = [
  {
    id: "8(2)(a)(i)",
    title: "War crime of wilful killing",
    conflict: "international",
    counterpart: "8(2)(c)(i)-1",
    note: "A grave breach: the victims must be protected persons, typically in the power of the perpetrator's side; killings in the course of an attack are usually considered under 8(2)(b)(i).",
    elements: [killed, genevaProtected("The persons killed were"), aware("that protected status")],
  },
  {
    id: "8(2)(c)(i)-1",
    title: "War crime of murder",
    conflict: "non-international",
    counterpart: "8(2)(a)(i)",
    elements: [killed, commonArticle3Status, aware("that status")],
  },
  {
    id: "8(2)(a)(iv)",
    title: "War crime of destruction and appropriation of property",
    conflict: "international",
    counterpart: null,
    elements: [
      destroyedOrSeized,
      {
        text: "The destruction or appropriation was not justified by military necessity.",
        kind: "circumstance",
        check: { kind: "not-military-objective" },
      },
      {
        text: "The destruction or appropriation was extensive and carried out wantonly.",
        kind: "circumstance",
        check: { kind: "legal", about: "whether the destruction was extensive and wanton" },
      },
      genevaProtected("The property was"),
      aware("that protected status"),
    ],
  },
  {
    id: "8(2)(b)(xiii)",
    title: "War crime of destroying or seizing the enemy's property",
    conflict: "international",
    counterpart: "8(2)(e)(xii)",
    elements: enemyProperty("a hostile party"),
  },
  {
    id: "8(2)(e)(xii)",
    title: "War crime of destroying or seizing the enemy's property",
    conflict: "non-international",
    counterpart: "8(2)(b)(xiii)",
    elements: enemyProperty("an adversary"),
  },
  {
    id: "8(2)(b)(xvi)",
    title: "War crime of pillaging",
    conflict: "international",
    counterpart: "8(2)(e)(v)",
    note: "Appropriations justified by military necessity are not pillage.",
    elements: pillage,
  },
  {
    id: "8(2)(e)(v)",
    title: "War crime of pillaging",
    conflict: "non-international",
    counterpart: "8(2)(b)(xvi)",
    note: "Appropriations justified by military necessity are not pillage.",
    elements: pillage,
  },
  {
    id: "8(2)(b)(xxii)-1",
    title: "War crime of rape",
    conflict: "international",
    counterpart: "8(2)(e)(vi)-1",
    elements: rape,
  },
  {
    id: "8(2)(e)(vi)-1",
    title: "War crime of rape",
    conflict: "non-international",
    counterpart: "8(2)(b)(xxii)-1",
    elements: rape,
  },
  {
    id: "8(2)(b)(xxii)-6",
    title: "War crime of sexual violence",
    conflict: "international",
    counterpart: "8(2)(e)(vi)-6",
    elements: sexualViolence("a grave breach of the Geneva Conventions"),
  },
  {
    id: "8(2)(e)(vi)-6",
    title: "War crime of sexual violence",
    conflict: "non-international",
    counterpart: "8(2)(b)(xxii)-6",
    elements: sexualViolence("a serious violation of article 3 common to the four Geneva Conventions"),
  },
  {
    id: "8(2)(a)(vii)-1",
    title: "War crime of unlawful deportation and transfer",
    conflict: "international",
    counterpart: "8(2)(e)(viii)",
    elements: [deported, genevaProtected("The persons were"), aware("that protected status")],
  },
  {
    id: "8(2)(b)(viii)",
    title:
      "War crime of deportation or transfer by an Occupying Power of the population of occupied territory",
    conflict: "international",
    counterpart: "8(2)(e)(viii)",
    note: "The perpetrator must act for an Occupying Power; whether the territory was occupied is for legal review.",
    elements: [
      {
        text: "The perpetrator transferred, directly or indirectly, parts of its own population into the territory it occupies, or deported or transferred all or parts of the population of the occupied territory within or outside that territory.",
        kind: "conduct",
        check: { kind: "cue", cues: ["deportation"] },
      },
    ],
  },
  {
    id: "8(2)(e)(viii)",
    title: "War crime of displacing civilians",
    conflict: "non-international",
    counterpart: "8(2)(b)(viii)",
    elements: [
      {
        text: "The perpetrator ordered a displacement of a civilian population.",
        kind: "conduct",
        check: { kind: "cue", cues: ["deportation"] },
      },
      {
        text: "The order was not justified by the security of the civilians involved or by military necessity.",
        kind: "circumstance",
        check: { kind: "legal", about: "whether the displacement was justified" },
      },
      {
        text: "The perpetrator was in a position to effect the displacement by giving the order.",
        kind: "circumstance",
        check: { kind: "legal", about: "the perpetrator's authority to order the displacement" },
      },
    ],
  },
  {
    id: "8(2)(a)(viii)",
    title: "War crime of taking hostages",
    conflict: "international",
    counterpart: "8(2)(c)(iii)",
    elements: [...seizedHostage, genevaProtected("The persons were"), aware("that protected status")],
  },
  {
    id: "8(2)(c)(iii)",
    title: "War crime of taking hostages",
    conflict: "non-international",
    counterpart: "8(2)(a)(viii)",
    elements: [...seizedHostage, commonArticle3Status, aware("that status")],
  },
];
