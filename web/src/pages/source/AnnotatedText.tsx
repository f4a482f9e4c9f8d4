import { useMemo, useState } from "react";
import type { Analysis } from "../../../../src/domain/analysis.js";
import { HighlightedText } from "../../components/HighlightedText.js";
import {
  analysisHighlights,
  countByKind,
  KIND_LABELS,
  MENTION_KINDS,
  type MentionKind,
} from "../../lib/mentions.js";

/** The extracted text with what the analyzer found, each kind in its colour and switchable. */
export function AnnotatedText({ text, analysis }: { text: string; analysis: Analysis | null }) {
  const all = useMemo(() => (analysis ? analysisHighlights(analysis) : []), [analysis]);
  const counts = useMemo(() => countByKind(all), [all]);
  const [hidden, setHidden] = useState<Set<MentionKind>>(() => new Set(["incident"]));
  const shown = useMemo(() => all.filter((h) => !hidden.has(h.kind)), [all, hidden]);
  const toggle = (kind: MentionKind) =>
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  return (
    <section className="panel" aria-labelledby="text">
      <h2 id="text">Extracted text</h2>
      {analysis === null ? (
        <p className="notice warning" role="note">
          This source has not been analysed yet, so nothing is highlighted.
        </p>
      ) : (
        <fieldset className="kind-toggles">
          <legend>Highlight</legend>
          {MENTION_KINDS.map((k) => (
            <label key={k} className="checkbox" title={KIND_LABELS[k].description}>
              <input type="checkbox" checked={!hidden.has(k)} onChange={() => toggle(k)} />
              <span>
                <span className={`hl hl-${k} legend-sample`}>{KIND_LABELS[k].name}</span> ({counts[k]})
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="hint">
        Point at a highlight to see what it was read as. The text is shown as text: nothing in it runs.
      </p>
      <HighlightedText text={text} highlights={shown} />
    </section>
  );
}
