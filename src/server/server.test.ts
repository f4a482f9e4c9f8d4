import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { type Dossier, openDossier } from "../app.js";
import { loadConfig } from "../config.js";
import { buildServer } from "./server.js";

const REPORT = `Title: Clinic damaged in fictional Lisove
Outlet: Sample Herald
Published: 2023-05-02T09:00:00Z

Artillery fire damaged a clinic in the fictional village of Lisove on Monday, the village council said.
Two nurses were injured, according to the council.`;

describe("HTTP API", () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let id: string;

  before(async () => {
    const dir = await mkdtemp(join(tmpdir(), "dossier-api-"));
    dossier = openDossier(loadConfig({ dataDir: join(dir, "data"), actor: "tester" }, {}));
    await writeFile(join(dir, "report.txt"), REPORT);
    await dossier.ingest([join(dir, "report.txt")]);
    app = await buildServer({ dossier });
    const list = await app.inject({ url: "/api/sources" });
    id = list.json().items[0].id;
  });
  after(async () => {
    await app.close();
    await dossier.close();
  });

  it("lists sources with a total", async () => {
    const res = await app.inject({ url: "/api/sources?limit=10" });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().total, 1);
    assert.equal(res.json().items[0].title, "Clinic damaged in fictional Lisove");
  });

  it("shows a source with its text, capture record and analysis", async () => {
    const res = await app.inject({ url: `/api/sources/${id.slice(0, 6)}` });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.match(body.text, /Artillery fire damaged a clinic/);
    assert.equal(body.capture.sha256.slice(0, 12), id);
    assert.ok(Array.isArray(body.analysis.incidents));
  });

  it("serves the preserved original as an opaque download", async () => {
    const res = await app.inject({ url: `/api/sources/${id}/original` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["content-type"], "application/octet-stream");
    assert.match(String(res.headers["content-disposition"]), /^attachment/);
    assert.equal(res.body, REPORT);
  });

  it("searches with highlighted snippets", async () => {
    const res = await app.inject({ url: "/api/search?q=clinic" });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().total, 1);
    assert.ok(
      res.json().hits[0].snippet.some((p: { hit: boolean; text: string }) => p.hit && /clinic/i.test(p.text)),
    );
  });

  it("answers errors from one catalogue, with stable ids and no internals", async () => {
    const missing = await app.inject({ url: "/api/sources/ffffffffffff" });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.id, "source-not-found");

    const invalid = await app.inject({ url: "/api/sources?limit=0" });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().error.id, "invalid-request");

    const badId = await app.inject({ url: "/api/sources/not-an-id" });
    assert.equal(badId.statusCode, 400);

    const empty = await app.inject({ url: "/api/search?q=%22%22" });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.id, "bad-query");
    assert.doesNotMatch(empty.body, /sqlite|at .*\.ts:/i);

    const route = await app.inject({ url: "/api/nope" });
    assert.equal(route.statusCode, 404);
    assert.equal(route.json().error.id, "not-found");
  });

  it("publishes an OpenAPI document of its routes", async () => {
    const res = await app.inject({ url: "/api/openapi.json" });
    assert.equal(res.statusCode, 200);
    const paths = Object.keys(res.json().paths);
    for (const p of ["/api/sources", "/api/sources/{id}", "/api/search"]) assert.ok(paths.includes(p), p);
  });
});
