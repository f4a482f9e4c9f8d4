/** A colour sample for legends; an SVG fill, since the page's CSP refuses inline styles. */
export function Swatch({ colour, shape = "circle" }: { colour: string; shape?: "circle" | "square" }) {
  return (
    <svg className="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {shape === "circle" ? (
        <circle cx="6" cy="6" r="5" fill={colour} />
      ) : (
        <rect width="12" height="12" fill={colour} />
      )}
    </svg>
  );
}
