import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DateMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findDates } from "./find-dates.js";

// Wednesday 23 March 2022
const PUB = "2022-03-23T10:00:00Z";

function dates(text: string, publishedAt: string | null = PUB): DateMention[] {
  return findDates(prepare(text), { publishedAt, lang: "en" });
}

function one(text: string, publishedAt: string | null = PUB) {
  const found = dates(text, publishedAt);
  assert.equal(
    found.length,
    1,
    `expected one date in ${JSON.stringify(text)}, got ${found.map((d) => d.text)}`,
  );
  const d = found[0] as DateMention;
  assert.equal(text.slice(d.start, d.end), d.text);
  return { text: d.text, from: d.from, to: d.to, precision: d.precision, basis: d.basis };
}

describe("findDates: absolute dates", () => {
  it("reads full dates, ISO dates, months and years", () => {
    assert.deepEqual(one("It began on 24 February 2022."), {
      text: "24 February 2022",
      from: "2022-02-24",
      to: "2022-02-24",
      precision: "day",
      basis: "absolute",
    });
    assert.deepEqual(one("The report is dated 2022-03-16.").from, "2022-03-16");
    assert.deepEqual(one("It started in March 2022 near the border."), {
      text: "March 2022",
      from: "2022-03-01",
      to: "2022-03-31",
      precision: "month",
      basis: "absolute",
    });
    assert.deepEqual(one("Fighting began in 2014."), {
      text: "2014",
      from: "2014-01-01",
      to: "2014-12-31",
      precision: "year",
      basis: "absolute",
    });
  });

  it("does not read a count after a preposition as a year", () => {
    assert.deepEqual(
      dates("Shelling damaged 150 buildings and left people in 2000 homes without power."),
      [],
    );
  });

  it("reads year ranges, including a two-digit second year", () => {
    assert.deepEqual(one("He served from 2014 to 2016.").to, "2016-12-31");
    const famine = one("The famine of 1932-33 killed millions.");
    assert.deepEqual([famine.from, famine.to, famine.precision], ["1932-01-01", "1933-12-31", "range"]);
  });

  it("keeps the date that a time of day is attached to", () => {
    assert.equal(one("He died on the night of September 4, 2014.").from, "2014-09-04");
  });

  it("does not read names, verbs or slogans as dates", () => {
    assert.deepEqual(
      dates("The Sun reported that the march on the capital stalled. Help is 24/7. It may rain."),
      [],
    );
  });
});

describe("findDates: relative to publication", () => {
  const cases: [string, string, string, DateMention["precision"]][] = [
    ["The bridge was hit on Tuesday.", "2022-03-22", "2022-03-22", "day"],
    ["Officials met on Wednesday.", "2022-03-23", "2022-03-23", "day"],
    ["The convoy left on Thursday.", "2022-03-17", "2022-03-17", "day"],
    ["The ministers will meet on Friday.", "2022-03-25", "2022-03-25", "day"],
    ["The depot burned yesterday.", "2022-03-22", "2022-03-22", "day"],
    ["Sirens sounded last night.", "2022-03-22", "2022-03-22", "day"],
    ["Shelling resumed this morning.", "2022-03-23", "2022-03-23", "day"],
    ["The town fell two days ago.", "2022-03-21", "2022-03-21", "day"],
    ["Talks collapsed last week.", "2022-03-14", "2022-03-20", "range"],
    ["Talks collapsed earlier this month.", "2022-03-01", "2022-03-22", "range"],
    ["Prices rose last month.", "2022-02-01", "2022-02-28", "month"],
    ["Prices rose last year.", "2021-01-01", "2021-12-31", "year"],
    ["The villages were shelled over the weekend.", "2022-03-19", "2022-03-20", "range"],
    ["The dam was hit on the 9th.", "2022-03-09", "2022-03-09", "day"],
    ["The dam was hit on the 25th.", "2022-02-25", "2022-02-25", "day"],
    ["The city was shelled on Feb. 24.", "2022-02-24", "2022-02-24", "day"],
    ["The decree was signed in December.", "2021-12-01", "2021-12-31", "month"],
  ];
  for (const [text, from, to, precision] of cases) {
    it(text, () => {
      const d = one(text);
      assert.deepEqual([d.from, d.to, d.precision, d.basis], [from, to, precision, "publication"]);
    });
  }

  it("takes a day and month just after publication as the coming one", () => {
    assert.equal(one("Parades are held on May 9.", "2024-05-04").from, "2024-05-09");
  });

  it("leaves out what needs a publication date when there is none", () => {
    const found = dates(
      "The bridge was hit on Tuesday, last week and on Feb. 24, but the war began on 24 February 2022.",
      null,
    );
    assert.deepEqual(
      found.map((d) => d.text),
      ["24 February 2022"],
    );
  });
});

describe("findDates: counted from a conflict's start", () => {
  const ukraine = "Russian troops advanced on Kyiv.";

  it("resolves the Nth day of the invasion: day 1 is 24 February 2022", () => {
    const d = one("Sirens sounded on the 28th day of Russia's so-called special military operation.", null);
    assert.deepEqual([d.from, d.precision, d.basis], ["2022-03-23", "day", "conflict-start"]);
    assert.equal(dates(`${ukraine} It was day 28 of the war.`).at(-1)?.from, "2022-03-23");
    assert.equal(dates(`${ukraine} On the first day of the war, sirens sounded.`).at(-1)?.from, "2022-02-24");
  });

  it("resolves weeks, months into and anniversaries", () => {
    const week = dates(`${ukraine} During the first week of the war, roads were jammed.`).at(-1);
    assert.deepEqual([week?.from, week?.to, week?.precision], ["2022-02-24", "2022-03-02", "range"]);
    const into = dates(`${ukraine} A month into the invasion, the front held.`).at(-1);
    assert.deepEqual([into?.from, into?.to, into?.precision], ["2022-03-17", "2022-03-31", "range"]);
    const anniversary = dates(
      "Crowds marked the one-year anniversary of Russia's invasion.",
      "2023-02-25T00:00:00Z",
    );
    assert.equal(anniversary.at(-1)?.from, "2023-02-24");
  });

  it("picks the conflict the story is about, and none when it is unclear", () => {
    const gaza = "Israeli strikes hit Gaza as Hamas fired rockets. It was day 10 of the war.";
    assert.equal(dates(gaza, "2023-10-20").at(-1)?.from, "2023-10-16");
    assert.deepEqual(dates("It was day 10 of the war.", "2023-10-20"), []);
    const both =
      "Talks on Ukraine and Russia stalled. Israel and Hamas traded fire in Gaza. It was day 10 of the war.";
    assert.deepEqual(dates(both, "2023-10-20"), []);
  });

  it("does not count from a conflict that had not started by publication", () => {
    assert.deepEqual(dates(`${ukraine} It was day 10 of the war.`, "2021-06-01"), []);
  });

  it("does not read named past wars as this one", () => {
    assert.deepEqual(
      dates(`${ukraine} It is the 77th anniversary of the end of the Second World War.`, "2022-05-09"),
      [],
    );
  });
});
