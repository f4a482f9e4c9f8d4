import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildIncident } from "./test-builders.js";
import { extent, fillMonths, groupByMonth, histogram, unitFor, zoomOut } from "./timeline.js";

const incidents = [
  buildIncident({ seq: 1, dateFrom: "2022-03-15" }),
  buildIncident({ seq: 2, dateFrom: "2022-03-02" }),
  buildIncident({ seq: 3, dateFrom: "2022-05-31" }),
  buildIncident({ seq: 4, dateFrom: null, dateTo: null }),
  buildIncident({ seq: 5, dateFrom: "2021-12-31" }),
];

describe("groupByMonth", () => {
  it("puts months in order and incidents by date inside each, undated ones apart", () => {
    const { months, undated } = groupByMonth(incidents);
    assert.deepEqual(
      months.map((m) => [m.month, m.incidents.map((i) => i.seq)]),
      [
        ["2021-12", [5]],
        ["2022-03", [2, 1]],
        ["2022-05", [3]],
      ],
    );
    assert.deepEqual(
      undated.map((i) => i.seq),
      [4],
    );
  });
});

describe("histogram", () => {
  it("bins by month over a span of months, keeping empty months", () => {
    const bins = histogram(incidents, { from: "2021-12-01", to: "2022-05-31" });
    assert.deepEqual(
      bins.map((b) => [b.key, b.count]),
      [
        ["2021-12", 1],
        ["2022-01", 0],
        ["2022-02", 0],
        ["2022-03", 2],
        ["2022-04", 0],
        ["2022-05", 1],
      ],
    );
    assert.equal(bins[2]?.to, "2022-02-28");
  });

  it("bins by day over a short span and leaves out what falls outside it", () => {
    const bins = histogram(incidents, { from: "2022-03-01", to: "2022-03-31" });
    assert.equal(bins.length, 31);
    assert.equal(bins.find((b) => b.key === "2022-03-02")?.count, 1);
    assert.equal(
      bins.reduce((n, b) => n + b.count, 0),
      2,
    );
  });

  it("bins by year over many years", () => {
    assert.equal(unitFor("2014-01-01", "2024-12-31"), "year");
    const bins = histogram(incidents, { from: "2021-06-01", to: "2026-01-01" });
    assert.deepEqual(
      bins.map((b) => b.key),
      ["2021", "2022", "2023", "2024", "2025", "2026"],
    );
  });
});

describe("extent and zooming out", () => {
  it("finds the first and last day", () => {
    assert.deepEqual(extent(incidents), { from: "2021-12-31", to: "2022-05-31" });
    assert.equal(extent([buildIncident({ dateFrom: null })]), null);
  });

  it("widens a month to its year, and a year to all time", () => {
    assert.deepEqual(zoomOut({ from: "2022-03-01", to: "2022-03-31" }), {
      from: "2022-01-01",
      to: "2022-12-31",
    });
    assert.deepEqual(zoomOut({ from: "2022-01-01", to: "2022-12-31" }), { from: null, to: null });
  });
});

describe("fillMonths", () => {
  it("adds the months with nothing, across a year end, and drops malformed months", () => {
    const rows = [
      { month: "2023-02", n: 4 },
      { month: "2022-11", n: 1 },
      { month: "unknown", n: 9 },
    ];
    assert.deepEqual(
      fillMonths(rows, (month) => ({ month, n: 0 })),
      [
        { month: "2022-11", n: 1 },
        { month: "2022-12", n: 0 },
        { month: "2023-01", n: 0 },
        { month: "2023-02", n: 4 },
      ],
    );
    assert.deepEqual(
      fillMonths([], (month) => ({ month })),
      [],
    );
  });
});
