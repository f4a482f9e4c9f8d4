import type { Analysis } from "../../domain/analysis.js";
import { type Incident, incidentIdFor } from "../../domain/incident.js";
import type { ChangeSet, IncidentWrite, Membership, MergeState } from "../../store/investigation.js";
import {
  IncidentIndex,
  type MentionRecord,
  type MergeConstraints,
  type MergeDecision,
  summarizeIncident,
} from "../merge/index.js";
import { decodeSignature, encodeSignature, SyndicationIndex, signature } from "../syndication/index.js";
import { continuationOf } from "./continuity.js";
import { incidentFacets, mentionRecords, regrouped } from "./records.js";

/** Who merging says decided, in memberships and the audit log. */
export const MACHINE = "dossier";

/** An existing incident as stored, with the ids of the sources attached to it by hand. */
export type StoredIncidentLookup = (id: string) => Promise<{ incident: Incident; manual: string[] }>;

export interface PlanInput {
  sourceId: string;
  text: string;
  publishedAt: string | null;
  analysis: Analysis | null;
  actor: string;
  now: string;
  /** False when the source is already in the syndication index (reanalysis). */
  newSource: boolean;
  /** Mention rows the source had before (reanalysis): removed, their incidents recomputed. */
  previous?: Membership[];
}

export interface Plan {
  changes: ChangeSet;
  /** For the audit entry: the syndication group and each merge decision in short. */
  detail: { syndicationGroup: string; merges: { mentionId: string; incidentId: string; action: string }[] };
}

function constraintsOf(state: MergeState): MergeConstraints {
  const out: Required<MergeConstraints> = { detached: [], cannotLink: [], pinned: [] };
  for (const c of state.constraints) {
    if (c.kind === "detached") out.detached.push({ mentionId: c.mentionId, incidentId: c.other });
    else if (c.kind === "pinned") out.pinned.push({ mentionId: c.mentionId, incidentId: c.other });
    else out.cannotLink.push([c.mentionId, c.other]);
  }
  return out;
}

/**
 * The in-memory indexes that incremental merging works with: syndication groups and
 * incidents, rebuilt from the store and then grown one source at a time. Planning a source
 * mutates the indexes; if the plan is not stored, the index must be thrown away.
 */
export class CaseIndex {
  private readonly members = new Map<string, MentionRecord[]>();
  private readonly incidentsOfSource = new Map<string, Set<string>>();
  /** For the source being replanned: the incident each of its mentions was in before. */
  private readonly previousIncident = new Map<string, string>();
  private readonly incidents: IncidentIndex;
  private nextIncidentSeq: number;
  private nextSignatureSeq: number;

  private constructor(
    private readonly syndication: SyndicationIndex,
    state: MergeState,
  ) {
    this.nextIncidentSeq = state.nextIncidentSeq;
    this.nextSignatureSeq = state.nextSignatureSeq;
    // New incidents continue the store's sequence, except that a replanned mention whose old
    // incident is empty again takes that incident back, with its status and history.
    this.incidents = new IncidentIndex({
      constraints: constraintsOf(state),
      newIncidentId: (first) => {
        const previous = this.previousIncident.get(first.mentionId);
        if (previous !== undefined && this.incidents.incident(previous) === undefined) return previous;
        return incidentIdFor(this.nextIncidentSeq++);
      },
    });
  }

  /** Rebuilds the indexes; mentions of `exclude` sources are left out (they are about to be replanned). */
  static fromState(state: MergeState, exclude: ReadonlySet<string> = new Set()): CaseIndex {
    const signatures = state.signatures.flatMap((s) => {
      const sig = decodeSignature(s.signature);
      return sig === null ? [] : [{ id: s.sourceId, signature: sig }];
    });
    const index = new CaseIndex(SyndicationIndex.rebuild(signatures), state);
    for (const incident of state.incidents) {
      const records = incident.records.filter((r) => !exclude.has(r.sourceId));
      index.members.set(incident.id, records);
      for (const r of records) index.noteSource(r.sourceId, incident.id);
      if (records.length > 0) index.incidents.load({ id: incident.id, mentions: records });
    }
    return index;
  }

  private noteSource(sourceId: string, incidentId: string): void {
    let set = this.incidentsOfSource.get(sourceId);
    if (set === undefined) {
      set = new Set();
      this.incidentsOfSource.set(sourceId, set);
    }
    set.add(incidentId);
  }

  groupOf(sourceId: string): string {
    return this.syndication.groupOf(sourceId) ?? sourceId;
  }

  /** What storing a source (new, or reanalysed) changes: its syndication group and incidents. */
  async plan(input: PlanInput, lookup: StoredIncidentLookup): Promise<Plan> {
    const changes: ChangeSet = {};
    const affected = new Set<string>();
    const created = new Set<string>();
    const groupId = input.newSource
      ? this.addSignature(input, changes, affected)
      : this.groupOf(input.sourceId);
    this.previousIncident.clear();
    const stored = new Set<string>();
    for (const old of input.previous ?? []) {
      if (old.incidentId === null) continue;
      affected.add(old.incidentId);
      stored.add(old.incidentId);
      this.previousIncident.set(old.mentionId, old.incidentId);
    }
    if (input.previous?.length) changes.removeMemberships = input.previous.map((m) => m.mentionId);
    const decisions: MergeDecision[] = [];
    const records =
      input.analysis === null
        ? []
        : mentionRecords({
            sourceId: input.sourceId,
            analysis: input.analysis,
            publishedAt: input.publishedAt,
            syndicationGroup: groupId,
          });
    changes.memberships = records.map((record, i) => {
      const d = this.decide(record, records.slice(0, i));
      decisions.push(d);
      if (d.action === "create" && !stored.has(d.incidentId) && !this.members.get(d.incidentId)?.length) {
        created.add(d.incidentId);
      }
      this.members.set(d.incidentId, [...(this.members.get(d.incidentId) ?? []), record]);
      this.noteSource(record.sourceId, d.incidentId);
      affected.add(d.incidentId);
      return {
        mentionId: record.mentionId,
        sourceId: record.sourceId,
        incidentId: d.incidentId,
        record,
        how:
          d.reasons[0]?.kind === "same-report" ? "continued" : d.action === "attach" ? "merged" : "created",
        score: d.action === "attach" ? d.score : null,
        reasons: d.reasons,
        decidedBy: MACHINE,
        decidedAt: input.now,
      };
    });
    changes.incidents = await Promise.all(
      [...affected].map((id) => this.incidentWrite(id, created.has(id), input, lookup)),
    );
    return {
      changes,
      detail: {
        syndicationGroup: groupId,
        merges: decisions.map((d) => ({
          mentionId: d.mentionId,
          incidentId: d.incidentId,
          action: d.action,
        })),
      },
    };
  }

  /** Merges one record: with the event its own report placed earlier when it continues it, else by matching. */
  private decide(record: MentionRecord, earlier: MentionRecord[]): MergeDecision {
    const continued = continuationOf(record, earlier);
    const incidentId = continued && this.incidents.incidentOf(continued.mention.mentionId);
    return incidentId
      ? this.incidents.continueIn(record, incidentId, continued.reason)
      : this.incidents.add(record);
  }

  private addSignature(input: PlanInput, changes: ChangeSet, affected: Set<string>): string {
    const sig = signature(input.text);
    const result = this.syndication.add(input.sourceId, sig);
    changes.signatures = [
      {
        sourceId: input.sourceId,
        seq: this.nextSignatureSeq++,
        signature: encodeSignature(sig),
        groupId: result.groupId,
        links: result.links,
      },
    ];
    if (result.merged.length > 0) {
      changes.regroup = [{ from: result.merged, to: result.groupId }];
      // Sources that just became copies of each other: their incidents' independent counts change.
      for (const sourceId of this.syndication.group(result.groupId)?.members ?? []) {
        for (const id of this.incidentsOfSource.get(sourceId) ?? []) affected.add(id);
      }
    }
    return result.groupId;
  }

  private async incidentWrite(
    id: string,
    isNew: boolean,
    input: PlanInput,
    lookup: StoredIncidentLookup,
  ): Promise<IncidentWrite> {
    const records = regrouped(this.members.get(id) ?? [], (s) => this.groupOf(s));
    const summary = records.length > 0 ? summarizeIncident(records) : null;
    if (isNew) {
      return {
        id,
        seq: Number(id.replace(/^\D+/, "")),
        status: "new",
        assignee: null,
        title: null,
        overrides: {},
        flags: [],
        mergedInto: null,
        summary,
        ...incidentFacets({
          summary,
          overrides: {},
          manual: [],
          published: records.map((r) => r.publishedAt),
        }),
        createdAt: input.now,
        createdBy: MACHINE,
        updatedAt: input.now,
      };
    }
    const { incident, manual } = await lookup(id);
    const attached = manual.map((sourceId) => ({ sourceId, group: this.groupOf(sourceId) }));
    return {
      ...incident,
      summary,
      ...incidentFacets({
        summary,
        overrides: incident.overrides,
        manual: attached,
        published: records.map((r) => r.publishedAt),
      }),
      updatedAt: input.now,
    };
  }
}
