import type { Target, TargetCategory } from "../../domain/analysis.js";
import type { PendingReason } from "./types.js";

/**
 * Categories that say only that people's homes or something unnamed was hit. Two reports of
 * one strike often name different buildings in such terms ("a residential block", "houses"),
 * so they never make two reports different incidents; named facilities (a school, a
 * hospital) do.
 */
const GENERIC = new Set<TargetCategory>(["Residential", "Undefined"]);

export function normalizeObject(object: string): string {
  return object.toLowerCase().replace(/\s+/g, " ").trim();
}

/** "hospital" and "maternity hospital" name one building as often as two: same head word. */
function sameObject(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

export interface TargetMatch {
  score: number;
  reason: PendingReason;
  /** True when both name the same object: enough to merge a report that is vague about the place. */
  sameObject: boolean;
}

/** An incident's targets so far: normalised object → category. */
export type IncidentTargets = ReadonlyMap<string, TargetCategory>;

function sharedObject(targets: Target[], incident: IncidentTargets): string | null {
  for (const t of targets) {
    const o = normalizeObject(t.object);
    for (const other of incident.keys()) if (sameObject(o, other)) return o === other ? o : `${o} ~ ${other}`;
  }
  return null;
}

const list = (xs: Iterable<string>): string => [...new Set(xs)].join(", ");

/**
 * How well the objects a mention says were hit fit an incident's; null when both name
 * specific facilities and none in common: a school and a hospital struck the same day in
 * the same town are two incidents.
 */
export function matchTargets(targets: Target[], incident: IncidentTargets): TargetMatch | null {
  if (targets.length === 0 || incident.size === 0)
    return {
      score: 0.5,
      sameObject: false,
      reason: { kind: "target-unknown", detail: () => "one side names no target" },
    };
  const shared = sharedObject(targets, incident);
  if (shared !== null)
    return { score: 1, sameObject: true, reason: { kind: "same-target", detail: () => shared } };
  const mine = new Set(targets.map((t) => t.category));
  const theirs = new Set(incident.values());
  const specificMine = [...mine].filter((c) => !GENERIC.has(c));
  const specificTheirs = [...theirs].filter((c) => !GENERIC.has(c));
  const sharedSpecific = specificMine.find((c) => theirs.has(c));
  const objects = (): string =>
    `${list(targets.map((t) => normalizeObject(t.object)))} vs ${list(incident.keys())}`;
  if (sharedSpecific !== undefined)
    return {
      score: 0.7,
      sameObject: false,
      reason: { kind: "same-target-category", detail: () => `${sharedSpecific}: ${objects()}` },
    };
  if (specificMine.length > 0 && specificTheirs.length > 0) return null;
  const sharedGeneric = [...mine].find((c) => theirs.has(c) && c !== "Undefined");
  if (sharedGeneric !== undefined)
    return {
      score: 0.8,
      sameObject: false,
      reason: { kind: "same-target-category", detail: () => `${sharedGeneric}: ${objects()}` },
    };
  return { score: 0.4, sameObject: false, reason: { kind: "targets-unclear", detail: objects } };
}

/** Why `matchTargets` refused, for the record of a decision. */
export function targetConflict(targets: Target[], incident: IncidentTargets): string {
  return `different targets: ${list(targets.map((t) => normalizeObject(t.object)))} vs ${list(incident.keys())}`;
}
