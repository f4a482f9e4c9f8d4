import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { cliHarness } from "./testing.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "sample", "corpus");

interface Listed {
  total: number;
  items: {
    id: string;
    placeName: string | null;
    categories: string[];
    sources: number;
    independentSources: number;
  }[];
}

describe("dossier incident commands on the sample corpus", () => {
  it("lists, filters, shows, reviews and audits incidents", async () => {
    const { dossier, dataDir } = await cliHarness();
    assert.equal((await dossier("ingest", SAMPLE, "--quiet")).code, 0);

    const near = (
      await dossier("incidents", "--near", "47.1,37.55,30", "--category", "Healthcare", "--json")
    ).json<Listed>();
    assert.equal(near.total, 1, "one hospital incident near Mariupol");
    const [hospital] = near.items;
    assert.ok(hospital);
    assert.equal(hospital.placeName, "Mariupol");
    assert.equal(hospital.sources, 6);
    assert.equal(hospital.independentSources, 4, "two republished wire copies count once");

    const shown = await dossier("incident", hospital.id);
    assert.match(shown.out, /suggestion for legal review/);
    assert.match(shown.out, /8\(2\)\(b\)\(ix\)/);
    assert.match(shown.out, /copy of/);

    const refused = await dossier("review", hospital.id, "--status", "verified", "--note", "looks right");
    assert.equal(refused.code, 2);
    assert.match(refused.err, /cannot go from new to verified/);
    assert.equal((await dossier("review", hospital.id, "--status", "in_review", "--note", "start")).code, 0);
    const investigator = await dossier("review", hospital.id, "--status", "verified", "--note", "geolocated");
    assert.match(investigator.err, /only reviewer or admin/);
    assert.equal(
      (
        await dossier(
          "--role",
          "reviewer",
          "review",
          hospital.id,
          "--status",
          "verified",
          "--note",
          "geolocated",
        )
      ).code,
      0,
    );

    const verified = await dossier("audit", "verify");
    assert.equal(verified.code, 0);
    assert.match(verified.out, /audit log intact/);

    const db = new Database(join(dataDir, "dossier.db"));
    db.prepare("UPDATE incidents SET status = 'rejected' WHERE id = ?").run(hospital.id);
    db.close();
    const tampered = await dossier("audit", "verify");
    assert.equal(tampered.code, 1);
    assert.match(tampered.err, new RegExp(`incidents row ${hospital.id} was changed outside Dossier`));
  });
});
