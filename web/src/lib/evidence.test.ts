import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backers, sourceEvidence, syndicationGroups } from "./evidence.js";
import { segmentText } from "./highlight.js";
import { buildMembership, buildSupportingSource } from "./test-builders.js";

const text = "Shelling hit a school in Oranivka and three civilians were killed.";

describe("sourceEvidence", () => {
  const members = [
    buildMembership({ mentionId: "aaaa:0", sourceId: "aaaa", text }),
    buildMembership({ mentionId: "bbbb:0", sourceId: "bbbb", text }),
  ];

  it("highlights the words behind each field of the incident, in that source only", () => {
    const hs = sourceEvidence(members, "aaaa");
    assert.deepEqual(
      hs.map((h) => [h.kind, text.slice(h.start, h.end)]),
      [
        ["incident", text],
        ["place", "Oranivka"],
        ["target", "school"],
        ["figure", "three civilians were killed"],
      ],
    );
    assert.ok(hs.every((h) => h.mentionId === "aaaa:0"));
  });

  it("renders as nested pieces: the figure inside the event sentence", () => {
    const pieces = segmentText(text, sourceEvidence(members, "aaaa"));
    const figure = pieces.find((p) => p.text === "three civilians were killed");
    assert.deepEqual(
      figure?.marks.map((m) => m.kind),
      ["incident", "figure"],
    );
  });
});

describe("backers", () => {
  const members = [
    buildMembership({ mentionId: "aaaa:0", sourceId: "aaaa", text }),
    buildMembership({ mentionId: "aaaa:1", sourceId: "aaaa", text }),
    buildMembership({ mentionId: "bbbb:0", sourceId: "bbbb", text }),
    buildMembership({ mentionId: "cccc:0", sourceId: "cccc", text }),
  ];
  // bbbb reprints aaaa's wire story: one syndication group.
  const sources = [
    buildSupportingSource("aaaa", { syndicationGroup: "g1" }),
    buildSupportingSource("bbbb", { syndicationGroup: "g1" }),
    buildSupportingSource("cccc", { syndicationGroup: "g2" }),
  ];

  it("names each source once and counts copies of one report once", () => {
    const got = backers(["aaaa:0", "aaaa:1", "bbbb:0"], members, sources);
    assert.deepEqual(
      got.sources.map((s) => s.id),
      ["aaaa", "bbbb"],
    );
    assert.equal(got.groups, 1);
    assert.equal(backers(["aaaa:0", "cccc:0"], members, sources).groups, 2);
  });

  it("ignores mention ids it cannot place", () => {
    assert.deepEqual(backers(["zzzz:9"], members, sources), { sources: [], groups: 0 });
  });

  it("groups sources by syndication group", () => {
    assert.deepEqual(
      syndicationGroups(sources).map((g) => g.map((s) => s.id)),
      [["aaaa", "bbbb"], ["cccc"]],
    );
  });
});
