import { fileKeys, searchKeys } from "./blocking.js";
import {
  addToProfile,
  emptyProfile,
  type IncidentProfile,
  type PreparedMention,
  prepareMention,
} from "./profile.js";
import { ATTACH_THRESHOLD, scoreMention } from "./score.js";
import type {
  IncidentGroup,
  IncidentMember,
  MemberHow,
  MentionRecord,
  MergeConstraints,
  MergeDecision,
  MergeReason,
} from "./types.js";

export interface IncidentIndexOptions {
  /** Score at or above which a mention joins an incident. */
  threshold: number;
  /**
   * When two incidents both pass the threshold within this margin of each other, the
   * mention fits both equally: it starts an incident of its own for an analyst to place,
   * rather than being attached to one of them by a coin toss.
   */
  ambiguityMargin: number;
  constraints: MergeConstraints;
  /** Id of a new incident, from the mention that starts it. */
  newIncidentId: (first: MentionRecord) => string;
}

export const DEFAULT_INCIDENT_OPTIONS: IncidentIndexOptions = {
  threshold: ATTACH_THRESHOLD,
  ambiguityMargin: 0.05,
  constraints: {},
  newIncidentId: (first) => `inc-${first.mentionId}`,
};

/** An incident as stored, with its members, to be loaded as it is (never re-merged). */
export interface StoredIncident {
  id: string;
  mentions: MentionRecord[];
}

interface Scored {
  index: number;
  score: number;
  reasons: () => MergeReason[];
}

/** An incident the mention was compared with and could not join, and why. */
interface Refusal {
  incidentId: string;
  why: () => string;
  byAnalyst: boolean;
}

const REPORTED_REFUSALS = 3;

/**
 * Canonical incidents, grown one mention at a time: each new mention is scored against the
 * incidents filed under its blocking keys (nearby in space, overlapping in time), joins the
 * best one above the threshold or starts a new one, and every decision carries its reasons.
 * Work per mention depends on how many incidents share its place and weeks, not on how many
 * there are in all. Analysts' decisions (constraints) are never overridden, and incidents
 * loaded from storage are taken as they are.
 */
export class IncidentIndex {
  private readonly options: IncidentIndexOptions;
  private readonly profiles: IncidentProfile[] = [];
  private readonly byId = new Map<string, number>();
  private readonly mentionIncident = new Map<string, number>();
  private readonly blocks = new Map<string, number[]>();
  private readonly detached = new Map<string, Set<string>>();
  private readonly cannotLink = new Map<string, Set<string>>();
  private readonly pinned = new Map<string, string>();

  constructor(options: Partial<IncidentIndexOptions> = {}) {
    this.options = { ...DEFAULT_INCIDENT_OPTIONS, ...options };
    const { detached = [], cannotLink = [], pinned = [] } = this.options.constraints;
    for (const d of detached) setOf(this.detached, d.mentionId).add(d.incidentId);
    for (const [a, b] of cannotLink) {
      setOf(this.cannotLink, a).add(b);
      setOf(this.cannotLink, b).add(a);
    }
    for (const p of pinned) this.pinned.set(p.mentionId, p.incidentId);
  }

  get size(): number {
    return this.profiles.length;
  }

  /** Loads a stored incident with its members as they are. */
  load(incident: StoredIncident): void {
    const index = this.newIncident(incident.id);
    for (const record of incident.mentions) {
      this.place(prepareMention(record), index, "loaded", null, [
        { kind: "loaded", detail: `stored in ${incident.id}` },
      ]);
    }
  }

  /** Files a mention into an incident, existing or new, and says which and why. */
  add(record: MentionRecord): MergeDecision {
    if (this.mentionIncident.has(record.mentionId)) throw new Error(`${record.mentionId} is already merged`);
    const m = prepareMention(record);
    const pin = this.pinned.get(record.mentionId);
    if (pin !== undefined) return this.attachPinned(m, pin);
    const keys = searchKeys(m);
    if (keys.length === 0) {
      const detail =
        m.time.kind === "none"
          ? "no date, and no specific target at a known place to match on instead"
          : "no resolved place and no specific target to match on";
      return this.create(m, [{ kind: "too-vague", detail }]);
    }
    const refusals: Refusal[] = [];
    const scored: Scored[] = [];
    for (const index of this.lookup(keys)) {
      const profile = this.profiles[index] as IncidentProfile;
      const blocked = this.constraintAgainst(record.mentionId, profile);
      if (blocked !== null) {
        refusals.push({ incidentId: profile.id, why: () => blocked, byAnalyst: true });
        continue;
      }
      const s = scoreMention(m, profile);
      if (s.ok) scored.push({ index, score: s.score, reasons: s.reasons });
      else refusals.push({ incidentId: profile.id, why: s.why, byAnalyst: false });
    }
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    return this.decide(m, scored, refusals);
  }

  /**
   * Files a mention into a given incident because the report it comes from says so (it
   * continues the account of an event the report placed earlier), with the reason given.
   */
  continueIn(record: MentionRecord, incidentId: string, reason: MergeReason): MergeDecision {
    if (this.mentionIncident.has(record.mentionId)) throw new Error(`${record.mentionId} is already merged`);
    const index = this.byId.get(incidentId);
    if (index === undefined) throw new Error(`no incident ${incidentId}`);
    const m = prepareMention(record);
    const blocked = this.constraintAgainst(record.mentionId, this.profiles[index] as IncidentProfile);
    if (blocked !== null) return this.add(record);
    this.place(m, index, "continued", null, [reason]);
    return { action: "attach", mentionId: record.mentionId, incidentId, score: 1, reasons: [reason] };
  }

  incidentOf(mentionId: string): string | undefined {
    const i = this.mentionIncident.get(mentionId);
    return i === undefined ? undefined : this.profiles[i]?.id;
  }

  incident(id: string): IncidentGroup | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : describe(this.profiles[i] as IncidentProfile);
  }

  /** Every incident, in the order they were started. */
  incidents(): IncidentGroup[] {
    return this.profiles.map(describe);
  }

  private decide(m: PreparedMention, scored: Scored[], refusals: Refusal[]): MergeDecision {
    const { threshold, ambiguityMargin } = this.options;
    const [best, second] = scored;
    if (best === undefined || best.score < threshold) return this.create(m, this.whyAlone(scored, refusals));
    if (second !== undefined && second.score >= threshold && best.score - second.score < ambiguityMargin) {
      const ids = [best, second].map((s) => `${this.profiles[s.index]?.id} (${s.score})`).join(" and ");
      return this.create(m, [{ kind: "ambiguous", detail: `fits ${ids} equally well: left for an analyst` }]);
    }
    const reasons = best.reasons();
    const id = this.place(m, best.index, "merged", best.score, reasons);
    return { action: "attach", mentionId: m.record.mentionId, incidentId: id, score: best.score, reasons };
  }

  /** Reasons for starting a new incident: analysts' constraints, then the nearest misses. */
  private whyAlone(scored: Scored[], refusals: Refusal[]): MergeReason[] {
    const reasons: MergeReason[] = refusals
      .filter((r) => r.byAnalyst)
      .map((r) => ({ kind: "analyst-constraint", detail: `${r.incidentId}: ${r.why()}` }));
    const near = scored.map((s) => () => `${this.profiles[s.index]?.id} scored ${s.score}`);
    const misses = [
      ...near,
      ...refusals.filter((r) => !r.byAnalyst).map((r) => () => `${r.incidentId}: ${r.why()}`),
    ];
    if (misses.length > 0) {
      const more = misses.length > REPORTED_REFUSALS ? ` and ${misses.length - REPORTED_REFUSALS} more` : "";
      const shown = misses.slice(0, REPORTED_REFUSALS).map((word) => word());
      const detail = `${shown.join("; ")}${more} (threshold ${this.options.threshold})`;
      reasons.push({ kind: "below-threshold", detail });
    } else if (reasons.length === 0) {
      reasons.push({ kind: "no-candidate", detail: "no incident nearby in place and time" });
    }
    return reasons;
  }

  private attachPinned(m: PreparedMention, incidentId: string): MergeDecision {
    const existing = this.byId.get(incidentId);
    const index = existing ?? this.newIncident(incidentId);
    const reasons: MergeReason[] = [{ kind: "pinned", detail: `put in ${incidentId} by an analyst` }];
    this.place(m, index, "pinned", null, reasons);
    return existing === undefined
      ? { action: "create", mentionId: m.record.mentionId, incidentId, reasons }
      : { action: "attach", mentionId: m.record.mentionId, incidentId, score: 1, reasons };
  }

  private create(m: PreparedMention, reasons: MergeReason[]): MergeDecision {
    let id = this.options.newIncidentId(m.record);
    for (let n = 2; this.byId.has(id); n++) id = `${this.options.newIncidentId(m.record)}-${n}`;
    this.place(m, this.newIncident(id), "created", null, reasons);
    return { action: "create", mentionId: m.record.mentionId, incidentId: id, reasons };
  }

  private newIncident(id: string): number {
    if (this.byId.has(id)) throw new Error(`incident ${id} exists already`);
    this.profiles.push(emptyProfile(id));
    this.byId.set(id, this.profiles.length - 1);
    return this.profiles.length - 1;
  }

  private place(
    m: PreparedMention,
    index: number,
    how: MemberHow,
    score: number | null,
    reasons: MergeReason[],
  ): string {
    const profile = this.profiles[index] as IncidentProfile;
    const member: IncidentMember = { mentionId: m.record.mentionId, how, score, reasons };
    addToProfile(profile, m, member);
    this.mentionIncident.set(m.record.mentionId, index);
    for (const key of fileKeys(m)) {
      const list = this.blocks.get(key);
      if (list === undefined) this.blocks.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
    return profile.id;
  }

  private lookup(keys: string[]): Set<number> {
    const found = new Set<number>();
    for (const key of keys) for (const index of this.blocks.get(key) ?? []) found.add(index);
    return found;
  }

  /** Why an analyst's decision keeps the mention out of this incident, or null. */
  private constraintAgainst(mentionId: string, profile: IncidentProfile): string | null {
    if (this.detached.get(mentionId)?.has(profile.id)) return `detached from ${profile.id} by an analyst`;
    for (const other of this.cannotLink.get(mentionId) ?? [])
      if (profile.mentionIds.has(other)) return `kept apart from ${other} by an analyst`;
    return null;
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let s = map.get(key);
  if (s === undefined) {
    s = new Set();
    map.set(key, s);
  }
  return s;
}

function describe(p: IncidentProfile): IncidentGroup {
  return { id: p.id, mentionIds: p.members.map((m) => m.mentionId), members: [...p.members] };
}
