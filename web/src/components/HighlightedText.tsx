import { Fragment, useMemo } from "react";
import { type Highlight, segmentText } from "../lib/highlight.js";

/**
 * Untrusted source text with highlights. The text is cut by offsets and rendered as React text
 * in <mark> elements (one class per kind: `hl-place`, `hl-figure`, ...), never as HTML.
 */
export function HighlightedText({
  text,
  highlights,
  className = "source-text",
}: {
  text: string;
  highlights: readonly (Highlight & { label?: string })[];
  className?: string;
}) {
  const segments = useMemo(() => segmentText(text, highlights), [text, highlights]);
  return (
    <div className={className} data-testid="source-text">
      {segments.map((s) => {
        if (s.marks.length === 0) return <Fragment key={s.start}>{s.text}</Fragment>;
        const kinds = [...new Set(s.marks.map((m) => m.kind))];
        const labels = [...new Set(s.marks.map((m) => m.label ?? m.kind))];
        return (
          <mark
            key={s.start}
            className={["hl", ...kinds.map((k) => `hl-${k}`)].join(" ")}
            data-kinds={kinds.join(" ")}
            title={labels.join("\n")}
          >
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}
