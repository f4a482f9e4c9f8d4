import { type FormEvent, useMemo, useState } from "react";
import { Link } from "wouter";
import type { Membership } from "../../../../src/store/investigation.js";
import { incidents } from "../../api/endpoints.js";
import type { IncidentView, SourceDetail } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { ActionResult, NoteField, useAction } from "../../components/Form.js";
import { HighlightedText } from "../../components/HighlightedText.js";
import { Async } from "../../components/States.js";
import {
  EVIDENCE_KINDS,
  EVIDENCE_LABELS,
  mentionEvidence,
  sourceEvidence,
  sourceLabel,
} from "../../lib/evidence.js";
import { humanize, plural } from "../../lib/format.js";
import { excerptRange, shiftInto } from "../../lib/highlight.js";

/** The colour key: samples styled by the same classes as the marks in the text. */
export function EvidenceLegend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      {EVIDENCE_KINDS.map((k) => (
        <li key={k} className="legend-item">
          <span className={`hl hl-${k} legend-sample`}>{EVIDENCE_LABELS[k]}</span>
        </li>
      ))}
    </ul>
  );
}

function DetachForm({
  incidentId,
  mentionId,
  onDone,
}: {
  incidentId: string;
  mentionId: string;
  onDone: () => void;
}) {
  const [note, setNote] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () => incidents.detach(incidentId, { mentionId, note }),
      "Passage detached.",
    );
    if (done !== undefined) onDone();
  };
  return (
    <form className="subform inline-form" onSubmit={submit} aria-label={`Detach passage ${mentionId}`}>
      <NoteField value={note} onChange={setNote} label="Why does this passage not describe the incident?" />
      <button type="submit" className="button danger" disabled={action.pending}>
        Detach from this incident
      </button>
      <ActionResult state={action} />
    </form>
  );
}

function Passage({
  member,
  source,
  editing,
}: {
  member: Membership;
  source: SourceDetail;
  editing: {
    selected: boolean;
    onSelect: (on: boolean) => void;
    incidentId: string;
    onChanged: () => void;
  } | null;
}) {
  const [detaching, setDetaching] = useState(false);
  const highlights = useMemo(() => mentionEvidence(member), [member]);
  const window = excerptRange(source.text, source.paragraphs, member.record.mention);
  const reasons = member.reasons.map((r) => r.detail).filter(Boolean);
  return (
    <li className="passage" data-testid="evidence-passage" data-mention-id={member.mentionId}>
      <blockquote className="excerpt">
        {window.start > 0 && "… "}
        <HighlightedText
          text={source.text.slice(window.start, window.end)}
          highlights={shiftInto(highlights, window)}
          className="source-text inline"
        />
        {window.end < source.text.length && " …"}
      </blockquote>
      <p className="hint">
        {member.decidedBy === "dossier" ? "Linked by Dossier" : `Linked by ${member.decidedBy}`} (
        {humanize(member.how)}
        {member.score !== null ? `, match score ${member.score.toFixed(2)}` : ""})
        {reasons.length > 0 ? `: ${reasons.join("; ")}` : ""}.
      </p>
      {editing && (
        <div className="passage-actions">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={editing.selected}
              onChange={(e) => editing.onSelect(e.target.checked)}
            />
            <span>
              Select for a split<span className="visually-hidden"> ({member.mentionId})</span>
            </span>
          </label>
          <button
            type="button"
            className="link-button"
            aria-expanded={detaching}
            onClick={() => setDetaching((d) => !d)}
          >
            {detaching ? "Cancel detaching" : "Detach…"}
          </button>
          {detaching && (
            <DetachForm
              incidentId={editing.incidentId}
              mentionId={member.mentionId}
              onDone={editing.onChanged}
            />
          )}
        </div>
      )}
    </li>
  );
}

function SourceEvidence({
  view,
  sourceId,
  editing,
}: {
  view: IncidentView;
  sourceId: string;
  editing: { selected: Set<string>; toggle: (id: string, on: boolean) => void; onChanged: () => void } | null;
}) {
  const result = useApi<SourceDetail>(`/api/sources/${sourceId}`);
  const [full, setFull] = useState(false);
  const members = view.members.filter((m) => m.sourceId === sourceId);
  const meta = view.sources.find((s) => s.id === sourceId);
  return (
    <article className="evidence-source" aria-labelledby={`ev-${sourceId}`}>
      <h3 id={`ev-${sourceId}`}>
        <Link href={`/sources/${sourceId}`}>{meta ? sourceLabel(meta) : sourceId}</Link>
        {meta?.title && <span className="subtle"> — {meta.title}</span>}
      </h3>
      <Async result={result} label="Loading the source text…">
        {(source) => (
          <>
            <ol className="passages">
              {members.map((m) => (
                <Passage
                  key={m.mentionId}
                  member={m}
                  source={source}
                  editing={
                    editing && {
                      selected: editing.selected.has(m.mentionId),
                      onSelect: (on) => editing.toggle(m.mentionId, on),
                      incidentId: view.incident.id,
                      onChanged: editing.onChanged,
                    }
                  }
                />
              ))}
            </ol>
            <button
              type="button"
              className="link-button"
              aria-expanded={full}
              onClick={() => setFull((f) => !f)}
            >
              {full ? "Hide the full text" : "Show the full text with the evidence highlighted"}
            </button>
            {full && (
              <HighlightedText text={source.text} highlights={sourceEvidence(view.members, sourceId)} />
            )}
          </>
        )}
      </Async>
    </article>
  );
}

function SplitForm({
  incidentId,
  mentionIds,
  onDone,
}: {
  incidentId: string;
  mentionIds: string[];
  onDone: (created: string) => void;
}) {
  const [note, setNote] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await action.run(() => incidents.split(incidentId, { mentionIds, note }), "Split done.");
    if (result !== undefined) onDone(result.created.id);
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Split the incident">
      <h3>Split</h3>
      <p>
        Move the {plural(mentionIds.length, "selected passage")} into a new incident (they describe a
        different event).
      </p>
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending || mentionIds.length === 0}>
        Split into a new incident
      </button>
      <ActionResult state={action} />
    </form>
  );
}

/** The words of each source the incident rests on, highlighted by what they were read to state. */
export function Evidence({
  view,
  canEdit,
  onChanged,
  onSplit,
}: {
  view: IncidentView;
  canEdit: boolean;
  onChanged: () => void;
  onSplit: (id: string) => void;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const sourceIds = [...new Set(view.members.map((m) => m.sourceId))];
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const editing = canEdit ? { selected, toggle, onChanged } : null;
  return (
    <section className="panel" aria-labelledby="evidence">
      <h2 id="evidence">Evidence in the sources</h2>
      {sourceIds.length === 0 ? (
        <p>No passage of any source is linked to this incident (it was created or kept by hand).</p>
      ) : (
        <>
          <EvidenceLegend />
          {sourceIds.map((id) => (
            <SourceEvidence key={id} view={view} sourceId={id} editing={editing} />
          ))}
          {canEdit && selected.size === 0 && (
            <p className="hint">To split passages off into a new incident, select them above.</p>
          )}
          {canEdit && selected.size > 0 && (
            <SplitForm
              incidentId={view.incident.id}
              mentionIds={[...selected]}
              onDone={(created) => {
                setSelected(new Set());
                onChanged();
                onSplit(created);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
