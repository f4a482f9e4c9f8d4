// The Admiralty (NATO) system of NATO AJP-2.1: a source's reliability and a piece of
// information's credibility are graded separately, and quoted together as e.g. "B2".

export const RELIABILITY = {
  A: {
    label: "Completely reliable",
    definition:
      "No doubt about authenticity, trustworthiness or competency; a history of complete reliability.",
  },
  B: {
    label: "Usually reliable",
    definition:
      "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.",
  },
  C: {
    label: "Fairly reliable",
    definition:
      "Doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
  },
  D: {
    label: "Not usually reliable",
    definition:
      "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
  },
  E: {
    label: "Unreliable",
    definition: "Lacking authenticity, trustworthiness and competency; a history of invalid information.",
  },
  F: {
    label: "Cannot be judged",
    definition: "No basis exists for evaluating the reliability of the source.",
  },
} as const;

export type Reliability = keyof typeof RELIABILITY;

export const RELIABILITY_GRADES = Object.keys(RELIABILITY) as Reliability[];

export const CREDIBILITY = {
  1: {
    label: "Confirmed by other sources",
    definition:
      "Confirmed by other independent sources; logical in itself; consistent with other information on the subject.",
  },
  2: {
    label: "Probably true",
    definition: "Not confirmed; logical in itself; consistent with other information on the subject.",
  },
  3: {
    label: "Possibly true",
    definition:
      "Not confirmed; reasonably logical in itself; agrees with some other information on the subject.",
  },
  4: {
    label: "Doubtful",
    definition: "Not confirmed; possible but not logical; no other information on the subject.",
  },
  5: {
    label: "Improbable",
    definition: "Not confirmed; not logical in itself; contradicted by other information on the subject.",
  },
  6: {
    label: "Cannot be judged",
    definition: "No basis exists for evaluating the validity of the information.",
  },
} as const;

export type Credibility = keyof typeof CREDIBILITY;

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const satisfies readonly Credibility[];

/** "B2". */
export function formatRating(reliability: Reliability, credibility: Credibility): string {
  return `${reliability}${credibility}`;
}

/** "b2" or "B2" → its parts; null for anything else. */
export function parseRating(rating: string): { reliability: Reliability; credibility: Credibility } | null {
  const match = /^([A-F])([1-6])$/i.exec(rating.trim());
  if (!match) return null;
  return {
    reliability: (match[1] as string).toUpperCase() as Reliability,
    credibility: Number(match[2]) as Credibility,
  };
}
