import type { ElementDef, Provision } from "./types.js";

// Crimes committed in the conduct of hostilities (attacks). Elements are paraphrased from the
// ICC Elements of Crimes; each provision's two armed-conflict context elements are added in
// catalogue.ts, so they are not repeated here.

const PROTECTED_BUILDINGS = ["Healthcare", "School or childcare", "Religious", "Cultural"] as const;

export const CIVILIAN_OBJECT_CATEGORIES = [
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
] as const;

const directedAttack: ElementDef = {
  text: "The perpetrator directed an attack.",
  kind: "conduct",
  check: { kind: "attack" },
};

function intended(object: string): ElementDef {
  return {
    text: `The perpetrator intended ${object} to be the object of the attack.`,
    kind: "mental",
    check: { kind: "intent" },
  };
}

const attackOnCivilians: ElementDef[] = [
  directedAttack,
  {
    text: "The object of the attack was a civilian population as such or individual civilians not taking direct part in hostilities.",
    kind: "circumstance",
    check: { kind: "civilians-harmed" },
  },
  intended("the civilian population or individual civilians"),
];

const attackOnHumanitarians: ElementDef[] = [
  directedAttack,
  {
    text: "The object of the attack was personnel, installations, material, units or vehicles involved in a humanitarian assistance or peacekeeping mission in keeping with the Charter of the United Nations.",
    kind: "circumstance",
    check: { kind: "targets", categories: ["Humanitarian"] },
  },
  intended("those personnel, installations, material, units or vehicles"),
  {
    text: "They were entitled to the protection that the law of armed conflict gives to civilians or civilian objects.",
    kind: "circumstance",
    check: { kind: "not-military-objective" },
  },
  {
    text: "The perpetrator was aware of the factual circumstances that established that protection.",
    kind: "mental",
    check: { kind: "mental" },
  },
];

const attackOnProtectedBuildings: ElementDef[] = [
  directedAttack,
  {
    text: "The object of the attack was one or more buildings dedicated to religion, education, art, science or charitable purposes, historic monuments, or hospitals or places where the sick and wounded are collected, which were not military objectives.",
    kind: "circumstance",
    check: { kind: "targets", categories: PROTECTED_BUILDINGS },
  },
  intended("those buildings"),
];

const attackOnEmblems: ElementDef[] = [
  {
    text: "The perpetrator attacked persons, buildings, medical units or transports, or other objects using, in conformity with international law, a distinctive emblem or other identification indicating protection under the Geneva Conventions.",
    kind: "conduct",
    check: { kind: "cue", cues: ["emblem"] },
  },
  intended("the persons or objects so identified"),
];

const poisonGas: ElementDef[] = [
  {
    text: "The perpetrator employed a gas or other analogous substance or device.",
    kind: "conduct",
    check: { kind: "cue", cues: ["toxic-gas"], events: ["Chemical weapon"] },
  },
  {
    text: "The gas, substance or device was such that, in the ordinary course of events, it causes death or serious damage to health through its asphyxiating or toxic properties.",
    kind: "circumstance",
    check: { kind: "legal", about: "the toxic properties of the substance need technical evidence" },
  },
];

const starvation: ElementDef[] = [
  {
    text: "The perpetrator deprived civilians of objects indispensable to their survival.",
    kind: "conduct",
    check: { kind: "cue", cues: ["starvation"], categories: ["Food/Food Infrastructure"] },
  },
  {
    text: "The perpetrator intended to starve civilians as a method of warfare.",
    kind: "mental",
    check: { kind: "mental" },
  },
];

export const HOSTILITIES_PROVISIONS: Provision[] = [
  {
    id: "8(2)(b)(i)",
    title: "War crime of attacking civilians",
    conflict: "international",
    counterpart: "8(2)(e)(i)",
    elements: attackOnCivilians,
  },
  {
    id: "8(2)(e)(i)",
    title: "War crime of attacking civilians",
    conflict: "non-international",
    counterpart: "8(2)(b)(i)",
    elements: attackOnCivilians,
  },
  {
    id: "8(2)(b)(ii)",
    title: "War crime of attacking civilian objects",
    conflict: "international",
    counterpart: null,
    note: "The Statute has no counterpart for non-international armed conflict.",
    elements: [
      directedAttack,
      {
        text: "The object of the attack was civilian objects, that is, objects which are not military objectives.",
        kind: "circumstance",
        check: { kind: "targets", categories: CIVILIAN_OBJECT_CATEGORIES },
      },
      intended("those civilian objects"),
    ],
  },
  {
    id: "8(2)(b)(iii)",
    title:
      "War crime of attacking personnel or objects involved in a humanitarian assistance or peacekeeping mission",
    conflict: "international",
    counterpart: "8(2)(e)(iii)",
    elements: attackOnHumanitarians,
  },
  {
    id: "8(2)(e)(iii)",
    title:
      "War crime of attacking personnel or objects involved in a humanitarian assistance or peacekeeping mission",
    conflict: "non-international",
    counterpart: "8(2)(b)(iii)",
    elements: attackOnHumanitarians,
  },
  {
    id: "8(2)(b)(iv)",
    title: "War crime of excessive incidental death, injury, or damage",
    conflict: "international",
    counterpart: null,
    note: "The Statute has no counterpart for non-international armed conflict.",
    elements: [
      { text: "The perpetrator launched an attack.", kind: "conduct", check: { kind: "attack" } },
      {
        text: "The attack was such that it would cause incidental death or injury to civilians, damage to civilian objects, or widespread, long-term and severe damage to the natural environment, to an extent clearly excessive in relation to the concrete and direct overall military advantage anticipated.",
        kind: "circumstance",
        check: { kind: "excessive" },
      },
      {
        text: "The perpetrator knew that the attack would cause such incidental harm and that it would be clearly excessive in relation to the military advantage anticipated.",
        kind: "mental",
        check: { kind: "mental" },
      },
    ],
  },
  {
    id: "8(2)(b)(ix)",
    title: "War crime of attacking protected objects",
    conflict: "international",
    counterpart: "8(2)(e)(iv)",
    elements: attackOnProtectedBuildings,
  },
  {
    id: "8(2)(e)(iv)",
    title: "War crime of attacking protected objects",
    conflict: "non-international",
    counterpart: "8(2)(b)(ix)",
    elements: attackOnProtectedBuildings,
  },
  {
    id: "8(2)(b)(xviii)",
    title: "War crime of employing prohibited gases, liquids, materials or devices",
    conflict: "international",
    counterpart: "8(2)(e)(xiv)",
    elements: poisonGas,
  },
  {
    id: "8(2)(e)(xiv)",
    title: "War crime of employing prohibited gases, liquids, materials or devices",
    conflict: "non-international",
    counterpart: "8(2)(b)(xviii)",
    note: "Added by the 2010 Kampala amendment; it applies only to States Parties that have ratified it.",
    elements: poisonGas,
  },
  {
    id: "8(2)(b)(xxiv)",
    title:
      "War crime of attacking objects or persons using the distinctive emblems of the Geneva Conventions",
    conflict: "international",
    counterpart: "8(2)(e)(ii)",
    elements: attackOnEmblems,
  },
  {
    id: "8(2)(e)(ii)",
    title:
      "War crime of attacking objects or persons using the distinctive emblems of the Geneva Conventions",
    conflict: "non-international",
    counterpart: "8(2)(b)(xxiv)",
    elements: attackOnEmblems,
  },
  {
    id: "8(2)(b)(xxv)",
    title: "War crime of starvation as a method of warfare",
    conflict: "international",
    counterpart: "8(2)(e)(xix)",
    elements: starvation,
  },
  {
    id: "8(2)(e)(xix)",
    title: "War crime of starvation as a method of warfare",
    conflict: "non-international",
    counterpart: "8(2)(b)(xxv)",
    note: "Added by a 2019 amendment; it applies only to States Parties that have ratified it.",
    elements: starvation,
  },
];
