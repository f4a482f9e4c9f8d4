import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { groupAll } from "./group-all.js";
import { decodeSignature, encodeSignature, estimateJaccard, signature } from "./minhash.js";
import { SyndicationIndex } from "./syndication-index.js";

// A fictional wire story and an independent report of the same fictional event.
const WIRE = [
  "Rescue workers in the town of Velyka Dolyna pulled two more bodies from the rubble of a",
  "five-storey apartment block on Tuesday, raising the death toll from an overnight strike to",
  "eleven, regional officials said. The building's central section collapsed shortly after",
  "midnight when a missile hit the courtyard between two entrances, according to the regional",
  "emergency service, which said forty people had been treated for injuries and that six of",
  "them remained in a serious condition at the town hospital. Cranes and sniffer dogs were",
  "brought in from the regional capital as the search continued into the afternoon. The",
  "governor declared a day of mourning and said temporary housing had been found for the",
  "families whose flats were destroyed. Residents described a loud whistle followed by a",
  "blast that shattered windows across the neighbourhood. A schoolteacher who lived on the",
  "fourth floor said she had been sheltering in the corridor with her two sons when the",
  "ceiling came down. The defence ministry of the other side did not respond to a request",
  "for comment. Officials said power and water had been restored to most of the district by",
  "the evening, although the gas supply to nearby streets remained cut off as engineers",
  "checked the pipes for damage.",
].join(" ");

const INDEPENDENT = [
  "In Velyka Dolyna, the search for survivors went on for a second day. Eleven people are now",
  "known to have died after an apartment building was hit overnight, the town's mayor told our",
  "correspondent at the scene, standing beside the broken facade. Volunteers handed out tea and",
  "blankets to neighbours who spent the night outside. One man said he had lived in the block",
  "for thirty years and lost everything he owned. Emergency crews worked with heavy machinery",
  "to lift slabs of concrete while relatives waited behind a police cordon. The mayor said the",
  "town had no air defence of its own and appealed for help to rebuild. Doctors at the local",
  "hospital said they were treating dozens of wounded, several of them children.",
].join(" ");

const HOST_EXTRA = [
  "Our own reporters visited three other districts of the region this week, where residents",
  "said shelling had become a daily routine. In the market town of Stara Hrebla, traders said",
  "customers had stopped coming after a warehouse burned down last month. A volunteer group",
  "that delivers bread to frontline villages said its van had been damaged twice. Farmers",
  "complained that unexploded munitions in their fields made the spring sowing impossible and",
  "asked the authorities for demining teams. Local councillors met on Thursday to discuss",
  "repairs to the bridge over the river, which carries the only road to the district centre.",
  "Teachers said lessons would stay online until shelters were built in every school. The",
  "regional administration promised new generators for the hospitals before the winter, and",
  "the railway company said it would add an evacuation train on weekends for those who want",
  "to leave. Many older residents said they would stay in their homes whatever happened.",
  "A local historian has begun photographing damaged churches so that they can be restored.",
].join(" ");

describe("signature", () => {
  it("ignores case, punctuation and line breaks", () => {
    const a = signature("Eleven killed in Velyka Dolyna, officials say.");
    const b = signature("ELEVEN KILLED\nin Velyka-Dolyna — officials say");
    assert.equal(estimateJaccard(a, b), 1);
  });

  it("is the same on every call and survives encoding for storage", () => {
    const a = signature(WIRE);
    assert.deepEqual(signature(WIRE), a);
    assert.deepEqual(decodeSignature(encodeSignature(a)), a);
    assert.equal(decodeSignature(`minhash-old@0:${encodeSignature(a).split(":")[1]}`), null);
  });
});

describe("groupAll", () => {
  it("groups copies with another headline, boilerplate and an added sentence", () => {
    const groups = groupAll([
      { id: "wire", text: `Missile strike kills 11 in town\n\n${WIRE}` },
      {
        id: "copy",
        text: `Death toll in Velyka Dolyna rises to eleven\n\nBy Staff and agencies\n\n${WIRE} The mayor thanked volunteers.\n\nSubscribe to our daily newsletter. Follow us on social media.`,
      },
      { id: "independent", text: INDEPENDENT },
    ]);
    const copy = groups.find((g) => g.members.includes("copy"));
    assert.deepEqual(copy?.members, ["wire", "copy"]);
    assert.equal(copy?.links[0]?.kind, "near-copy");
    assert.equal(copy?.links[0]?.with, "wire");
    assert.ok((copy?.links[0]?.jaccard ?? 0) > 0.7);
  });

  it("keeps independent reports of the same event apart", () => {
    const groups = groupAll([
      { id: "wire", text: WIRE },
      { id: "independent", text: INDEPENDENT },
    ]);
    assert.deepEqual(
      groups.map((g) => g.members),
      [["wire"], ["independent"]],
    );
  });

  it("groups a wire story embedded in a longer article, saying so", () => {
    const groups = groupAll([
      { id: "wire", text: WIRE },
      { id: "host", text: `${HOST_EXTRA}\n\n${WIRE}\n\n${INDEPENDENT}` },
    ]);
    assert.equal(groups.length, 1);
    const link = groups[0]?.links[0];
    assert.equal(link?.kind, "embedded");
    assert.ok((link?.containment ?? 0) >= 0.8);
    assert.ok((link?.jaccard ?? 1) < 0.5);
  });

  it("does not group articles that share only a boilerplate paragraph", () => {
    const footer =
      "Subscribe to our newsletter to get the day's most important stories in your inbox every morning, and follow us for live updates.";
    const groups = groupAll([
      { id: "a", text: `${WIRE}\n\n${footer}` },
      { id: "b", text: `${HOST_EXTRA}\n\n${footer}` },
      { id: "footer-only", text: footer },
    ]);
    assert.equal(groups.length, 3);
  });

  it("groups identical short texts, not different ones, and never empty ones", () => {
    const groups = groupAll([
      { id: "s1", text: "Shelling reported." },
      { id: "s2", text: "shelling reported" },
      { id: "s3", text: "Curfew extended." },
      { id: "e1", text: "" },
      { id: "e2", text: "  …  " },
    ]);
    assert.deepEqual(
      groups.map((g) => g.members),
      [["s1", "s2"], ["s3"], ["e1"], ["e2"]],
    );
  });
});

describe("SyndicationIndex", () => {
  it("names a group after its earliest member and reports groups a new item bridges", () => {
    const index = new SyndicationIndex();
    const firstHalf = WIRE.slice(0, Math.floor(WIRE.length * 0.55));
    const secondHalf = WIRE.slice(Math.floor(WIRE.length * 0.45));
    assert.deepEqual(index.add("a", signature(firstHalf)), { groupId: "a", links: [], merged: [] });
    assert.equal(index.add("b", signature(secondHalf)).groupId, "b");
    const bridge = index.add("c", signature(WIRE));
    assert.equal(bridge.groupId, "a");
    assert.deepEqual(bridge.merged, ["b"]);
    assert.deepEqual(bridge.links.map((l) => l.with).sort(), ["a", "b"]);
    assert.equal(index.groupOf("b"), "a");
    assert.deepEqual(index.group("a")?.members, ["a", "b", "c"]);
    assert.equal(index.group("b"), undefined);
  });

  it("rebuilds the same groups from stored signatures", () => {
    const texts = {
      w: WIRE,
      c: `Headline\n\n${WIRE} One more line.`,
      i: INDEPENDENT,
      h: `${HOST_EXTRA} ${WIRE}`,
    };
    const entries = Object.entries(texts).map(([id, text]) => ({ id, signature: signature(text) }));
    const live = new SyndicationIndex();
    for (const e of entries) live.add(e.id, e.signature);
    const stored = entries.map((e) => ({
      id: e.id,
      signature: decodeSignature(encodeSignature(e.signature)),
    }));
    const rebuilt = SyndicationIndex.rebuild(
      stored.flatMap((e) => (e.signature ? [{ id: e.id, signature: e.signature }] : [])),
    );
    assert.deepEqual(rebuilt.groups(), live.groups());
    assert.deepEqual(
      live.groups().map((g) => g.members),
      [["w", "c", "h"], ["i"]],
    );
  });

  it("refuses an id twice and a signature made with other parameters", () => {
    const index = new SyndicationIndex();
    index.add("a", signature(WIRE));
    assert.throws(() => index.add("a", signature(WIRE)), /already/);
    assert.throws(() => index.add("b", { mins: new Uint32Array(8), shingles: 3 }), /minima/);
  });
});

describe("groupAll on the ukraine-news corpus", () => {
  it("puts files with the same text in one group", { skip: sharedSkip("corpus", "ukraine-news") }, () => {
    const dir = sharedPath("corpus", "ukraine-news");
    const texts = readdirSync(dir)
      .sort()
      .map((f) => ({ id: f, text: readFileSync(`${dir}/${f}`, "utf8") }));
    const groupOf = new Map<string, string>();
    for (const g of groupAll(texts)) for (const m of g.members) groupOf.set(m, g.id);
    const byText = new Map<string, string[]>();
    for (const t of texts) byText.set(t.text, [...(byText.get(t.text) ?? []), t.id]);
    const copies = [...byText.values()].filter((ids) => ids.length > 1);
    assert.ok(copies.length > 0);
    for (const ids of copies) assert.equal(new Set(ids.map((id) => groupOf.get(id))).size, 1, ids.join(", "));
  });
});
