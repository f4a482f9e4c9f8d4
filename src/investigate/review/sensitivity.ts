import { type Actor, checkNote, fail, REVIEWERS, type Result, type Role, STAFF } from "./roles.js";

/**
 * How far a flagged item may travel:
 * - "warning": anyone who can see the item may, behind a content warning;
 * - "restricted": staff; partners only when the item was shared with them explicitly;
 * - "need-to-know": reviewers and admins; partners only when shared with them explicitly.
 */
export type SensitivityTier = "warning" | "restricted" | "need-to-know";

export interface SensitivityFlagDef {
  label: string;
  description: string;
  tier: SensitivityTier;
}

export const SENSITIVITY_FLAGS = {
  "graphic-content": {
    label: "Graphic content",
    description: "Images or descriptions of dead or injured people, or of violence.",
    tier: "warning",
  },
  "victim-personal-data": {
    label: "Victims' personal data",
    description: "Names, faces, addresses or other details that identify victims or their families.",
    tier: "restricted",
  },
  "witness-personal-data": {
    label: "Witnesses' personal data",
    description:
      "Names, contacts or other details that identify witnesses, whose exposure may put them at risk.",
    tier: "restricted",
  },
  minors: {
    label: "Children",
    description: "Details that identify children.",
    tier: "restricted",
  },
  "location-sensitive": {
    label: "Sensitive location",
    description: "Exact locations of people at risk, shelters, or where people are hiding.",
    tier: "restricted",
  },
  "sexual-violence-survivor": {
    label: "Survivor of sexual violence",
    description: "Accounts or details that could identify a survivor of sexual violence.",
    tier: "need-to-know",
  },
  "source-protection": {
    label: "Protected source",
    description: "Identity or contact of a confidential source.",
    tier: "need-to-know",
  },
} as const satisfies Record<string, SensitivityFlagDef>;

export type SensitivityFlag = keyof typeof SENSITIVITY_FLAGS;

export const SENSITIVITY_FLAG_IDS = Object.keys(SENSITIVITY_FLAGS) as SensitivityFlag[];

export function isSensitivityFlag(value: string): value is SensitivityFlag {
  return Object.hasOwn(SENSITIVITY_FLAGS, value);
}

function tierVisible(tier: SensitivityTier, role: Role, sharedExplicitly: boolean): boolean {
  if (tier === "warning") return true;
  if (role === "partner") return sharedExplicitly;
  return tier === "restricted" ? STAFF.includes(role) : REVIEWERS.includes(role);
}

/**
 * Whether a user with `role` may see an item carrying all of `flags`. `sharedExplicitly` says
 * the item itself (not just its incident) was shared with that partner; it matters only for
 * partners, since staff visibility goes by role alone.
 */
export function visibleTo(role: Role, flags: readonly SensitivityFlag[], sharedExplicitly: boolean): boolean {
  return flags.every((f) => tierVisible(SENSITIVITY_FLAGS[f].tier, role, sharedExplicitly));
}

/** The warnings to show before an item with these flags. */
export function contentWarnings(flags: readonly SensitivityFlag[]): string[] {
  return flags.filter((f) => SENSITIVITY_FLAGS[f].tier === "warning").map((f) => SENSITIVITY_FLAGS[f].label);
}

export interface FlagChange {
  add?: readonly string[];
  remove?: readonly string[];
  actor: Actor;
  /** Required when removing a flag, since that widens who may see the item. */
  note?: string;
}

export interface FlagHistoryEntry {
  added: SensitivityFlag[];
  removed: SensitivityFlag[];
  actor: Actor;
  note: string;
}

function unknownFlag(names: readonly string[]): string | undefined {
  return names.find((n) => !isSensitivityFlag(n));
}

/**
 * Any staff member may add a flag (protecting more is always safe); only reviewers and admins
 * may remove one, with a note, because removing widens who may see the item.
 */
export function changeFlags(
  current: readonly SensitivityFlag[],
  change: FlagChange,
): Result<{ next: SensitivityFlag[]; historyEntry: FlagHistoryEntry }> {
  const { actor } = change;
  if (!STAFF.includes(actor.role)) return fail("read-only-role", `the ${actor.role} role is read-only`);
  const unknown = unknownFlag([...(change.add ?? []), ...(change.remove ?? [])]);
  if (unknown !== undefined) return fail("unknown-flag", `unknown sensitivity flag: ${unknown}`);
  const add = (change.add ?? []) as SensitivityFlag[];
  const remove = ((change.remove ?? []) as SensitivityFlag[]).filter((f) => current.includes(f));
  if (remove.length > 0 && !REVIEWERS.includes(actor.role)) {
    return fail("role-not-permitted", "only reviewers and admins may remove sensitivity flags");
  }
  let note = (change.note ?? "").trim();
  if (remove.length > 0) {
    const checked = checkNote(change.note);
    if (!checked.ok) return checked;
    note = checked.note;
  }
  const added = [...new Set(add)].filter((f) => !current.includes(f));
  const next = [...current.filter((f) => !remove.includes(f)), ...added];
  return { ok: true, next, historyEntry: { added, removed: remove, actor, note } };
}
