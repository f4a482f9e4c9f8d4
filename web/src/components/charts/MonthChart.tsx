import { countAxis } from "../../lib/chart.js";
import { formatCount, formatMonth } from "../../lib/format.js";

export interface MonthRow {
  month: string;
  incidents: number;
  killed: number;
  injured: number;
}

const W = 1000;
const H = 200;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

const SERIES = [
  { key: "incidents", label: "Incidents", colour: "#0072B2" },
  { key: "killed", label: "Killed (least claimed)", colour: "#D55E00" },
  { key: "injured", label: "Injured (least claimed)", colour: "#E69F00" },
] as const;

type SeriesKey = (typeof SERIES)[number]["key"];

/** Incidents and casualties per month: grouped bars, with the same figures in a table beneath. */
export function MonthChart({ rows, series }: { rows: MonthRow[]; series: readonly SeriesKey[] }) {
  const shown = SERIES.filter((s) => series.includes(s.key));
  const axis = countAxis(Math.max(0, ...rows.flatMap((r) => shown.map((s) => r[s.key]))));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, rows.length);
  const barW = Math.max(1, (slot * 0.8) / shown.length);
  const y = (v: number) => PAD.top + plotH - (v / axis.max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  const title = shown.map((s) => s.label.toLowerCase()).join(", ");
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="chart-svg"
        role="img"
        aria-label={`Bar chart of ${title} per month; the table below has the figures.`}
      >
        {axis.ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="tick">
              {formatCount(t)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r.month} transform={`translate(${PAD.left + i * slot + slot * 0.1},0)`}>
            {shown.map((s, j) => (
              <rect
                key={s.key}
                x={j * barW}
                y={y(r[s.key])}
                width={barW}
                height={PAD.top + plotH - y(r[s.key])}
                fill={s.colour}
              >
                <title>{`${formatMonth(r.month)}: ${formatCount(r[s.key])} ${s.label.toLowerCase()}`}</title>
              </rect>
            ))}
            {i % labelEvery === 0 && (
              <text x={(slot * 0.8) / 2} y={H - PAD.bottom + 16} textAnchor="middle" className="tick">
                {r.month}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        {shown.map((s) => (
          <span key={s.key} className="legend-item">
            <svg
              className="swatch"
              width="12"
              height="12"
              viewBox="0 0 12 12"
              aria-hidden="true"
              focusable="false"
            >
              <rect width="12" height="12" fill={s.colour} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
      <details className="chart-table">
        <summary>Show the figures as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {shown.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{formatMonth(r.month)}</th>
                {shown.map((s) => (
                  <td key={s.key} className="num">
                    {formatCount(r[s.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
