import { Link } from "wouter";
import { formatCount } from "../../lib/format.js";

export interface Bar {
  key: string;
  label: string;
  value: number;
  colour: string;
  /** Where the bar leads (the incidents it counts). */
  href?: string;
}

const WIDTH = 200;

/**
 * Counts as a list of horizontal bars: each row is a real list item with its label and number
 * in text, so it reads without the picture; the bar is an SVG (no inline styles under the CSP).
 */
export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="bar-list" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} className="bar-row">
          <span className="bar-label">{b.href ? <Link href={b.href}>{b.label}</Link> : b.label}</span>
          <svg
            className="bar-svg"
            viewBox={`0 0 ${WIDTH} 12`}
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect
              x="0"
              y="1"
              height="10"
              width={Math.max(b.value > 0 ? 2 : 0, (b.value / max) * WIDTH)}
              fill={b.colour}
            />
          </svg>
          <span className="bar-value">{formatCount(b.value)}</span>
        </li>
      ))}
    </ul>
  );
}
