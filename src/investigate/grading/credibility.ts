import { CREDIBILITY, type Credibility, type Reliability } from "./admiralty.js";

export interface CorroborationInput {
  /** Independent sources (distinct syndication groups) that state the claim. */
  independentSources: number;
  /** Independent sources that state otherwise. */
  contradictingSources: number;
  /** Reliability of each supporting source, one per independent source; missing ones count as F. */
  sourceReliabilities: readonly Reliability[];
  /** Confirmed by an official or judicial investigation, or another body that examined it first-hand. */
  confirmedByAuthority: boolean;
}

export interface CredibilitySuggestion {
  grade: Credibility;
  label: string;
  /** Why, in the order the rules were applied; shown to the analyst who sets the real grade. */
  reasons: string[];
  /** Always true: an analyst sets credibility; this is only a starting point. */
  suggested: true;
}

/** A–C: graded reliable enough that agreement among them counts. */
const COUNTS_AS_RELIABLE: ReadonlySet<Reliability> = new Set(["A", "B", "C"]);

function sources(n: number): string {
  return `${n} independent source${n === 1 ? "" : "s"}`;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function suggestion(grade: Credibility, reasons: string[]): CredibilitySuggestion {
  return { grade, label: CREDIBILITY[grade].label, reasons, suggested: true };
}

/**
 * A starting credibility grade from corroboration. Agreement between news reports is never
 * taken as confirmation (1), because reports that are independent as texts often share one
 * upstream (the same officials' statement): confirmation needs an authority that examined the
 * facts. Two or more independent sources graded A–C make a claim probably true (2).
 */
export function suggestCredibility(input: CorroborationInput): CredibilitySuggestion {
  const { independentSources: support, contradictingSources: against, confirmedByAuthority } = input;
  checkCount("independentSources", support);
  checkCount("contradictingSources", against);
  const graded = input.sourceReliabilities.slice(0, support);
  const reliable = graded.filter((r) => COUNTS_AS_RELIABLE.has(r)).length;
  const reasons: string[] = [];
  if (graded.length < support)
    reasons.push(`${support - graded.length} supporting source(s) ungraded, counted as F`);

  if (confirmedByAuthority) {
    if (against === 0)
      return suggestion(1, [...reasons, "confirmed by an official or independent investigation"]);
    return suggestion(2, [
      ...reasons,
      "confirmed by an official or independent investigation",
      `but contradicted by ${sources(against)}`,
    ]);
  }
  if (support === 0) return suggestion(6, [...reasons, "no source states it: no basis to judge"]);

  const base = `stated by ${sources(support)}, ${reliable} of them graded A–C`;
  if (against > support) {
    return suggestion(5, [...reasons, base, `contradicted by more (${sources(against)})`]);
  }
  if (against > 0) {
    if (reliable > against) {
      return suggestion(3, [
        ...reasons,
        base,
        `contradicted by ${sources(against)}, outweighed by reliable support`,
      ]);
    }
    return suggestion(4, [
      ...reasons,
      base,
      `contradicted by ${sources(against)}, not outweighed by reliable support`,
    ]);
  }
  if (support >= 2 && reliable >= 2) {
    return suggestion(2, [
      ...reasons,
      base,
      "independent reliable sources agree; not confirmed by an investigation",
    ]);
  }
  if (support >= 2) return suggestion(3, [...reasons, base, "fewer than two supporting sources graded A–C"]);
  return suggestion(3, [...reasons, base, "a single source, not corroborated"]);
}
