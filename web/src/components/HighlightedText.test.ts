import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

// The root test runner (tsx) compiles web/ with the classic JSX transform, since the root
// tsconfig does not include web/; that transform calls a global React.createElement. Vite
// and `tsc -p web` use the automatic runtime.
Object.assign(globalThis, { React });
const { HighlightedText } = await import("./HighlightedText.js");

// Rendered to a string on the server side of React: no DOM needed, and exactly what a browser gets.
const render = (text: string, highlights: { start: number; end: number; kind: string; label?: string }[]) =>
  renderToStaticMarkup(React.createElement(HighlightedText, { text, highlights }));

describe("HighlightedText", () => {
  it("renders markup in a source as text, never as elements", () => {
    const hostile =
      '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>';
    const html = render(hostile, [
      { start: 8, end: 16, kind: "quote", label: '"><img src=x onerror=alert(4)>' },
    ]);
    assert.ok(!html.includes("<script"), html);
    assert.ok(!html.includes("<img"), html);
    assert.ok(!html.includes("<a "), html);
    assert.ok(html.includes("&lt;script&gt;"));
    assert.ok(
      html.includes('title="&quot;&gt;&lt;img src=x onerror=alert(4)&gt;"'),
      "labels are escaped attribute text",
    );
  });

  it("wraps each highlighted piece in a mark with one class per kind", () => {
    const html = render("Five killed in Oranivka", [
      { start: 0, end: 23, kind: "incident" },
      { start: 15, end: 23, kind: "place", label: "Place: Oranivka" },
    ]);
    assert.equal(
      html,
      '<div class="source-text" data-testid="source-text"><mark class="hl hl-incident" data-kinds="incident" title="incident">Five killed in </mark>' +
        '<mark class="hl hl-incident hl-place" data-kinds="incident place" title="incident\nPlace: Oranivka">Oranivka</mark></div>',
    );
  });
});
