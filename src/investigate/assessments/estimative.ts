// ICD 203 (Analytic Standards) estimative language: seven likelihood terms, each with its
// probability band and the synonym ICD 203 allows, and three levels of analytic confidence.

export const LIKELIHOODS = {
  almost_no_chance: { term: "almost no chance", synonym: "remote", low: 1, high: 5 },
  very_unlikely: { term: "very unlikely", synonym: "highly improbable", low: 5, high: 20 },
  unlikely: { term: "unlikely", synonym: "improbable", low: 20, high: 45 },
  roughly_even_chance: { term: "roughly even chance", synonym: "roughly even odds", low: 45, high: 55 },
  likely: { term: "likely", synonym: "probable", low: 55, high: 80 },
  very_likely: { term: "very likely", synonym: "highly probable", low: 80, high: 95 },
  almost_certain: { term: "almost certain", synonym: "nearly certain", low: 95, high: 99 },
} as const;

export type Likelihood = keyof typeof LIKELIHOODS;

export const LIKELIHOOD_IDS = Object.keys(LIKELIHOODS) as [Likelihood, ...Likelihood[]];

/** "80–95%", zero-padded as ICD 203 prints it ("01–05%"). */
export function likelihoodBand(id: Likelihood): string {
  const { low, high } = LIKELIHOODS[id];
  return `${String(low).padStart(2, "0")}–${String(high).padStart(2, "0")}%`;
}

export const CONFIDENCE = {
  low: {
    label: "low confidence",
    definition:
      "The information is scant, fragmented, poorly corroborated or of doubtful origin, or the reasoning rests on significant assumptions.",
  },
  moderate: {
    label: "moderate confidence",
    definition:
      "The information is credibly sourced and plausible, but not of a quality or corroboration that would warrant high confidence.",
  },
  high: {
    label: "high confidence",
    definition:
      "The judgement rests on high-quality information from several independent sources, or the nature of the issue makes a solid judgement possible; it can still be wrong.",
  },
} as const;

export type Confidence = keyof typeof CONFIDENCE;

export const CONFIDENCE_LEVELS = Object.keys(CONFIDENCE) as [Confidence, ...Confidence[]];
