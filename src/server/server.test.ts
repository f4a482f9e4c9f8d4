import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../investigate/review/roles.js";
import { apiHarness, type Client } from "./testing.js";

type Harness = Awaited<ReturnType<typeof apiHarness>>;

describe("HTTP API", () => {
  let h: Harness;
  let clinic: string;
  let school: string;

  before(async () => {
    h = await apiHarness();
    const list = await h.as.admin.get("/api/incidents");
    const items = list.json().items as { id: string; categories: string[] }[];
    clinic = items.find((i) => i.categories.includes("Healthcare"))?.id ?? "";
    school = items.find((i) => i.categories.includes("School or childcare"))?.id ?? "";
    assert.ok(clinic && school, "the fictional reports give a clinic and a school incident");
  });
  after(async () => {
    await h.close();
  });

  const status = async (
    client: Client,
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    body?: unknown,
  ) => (method === "GET" ? await client.get(url) : await client.send(method, url, body)).statusCode;

  it("asks for a login on every route family", async () => {
    for (const url of [
      "/api/sources",
      "/api/search?q=clinic",
      "/api/incidents",
      "/api/dashboard",
      "/api/assessments",
      "/api/audit",
      "/api/outlets",
      "/api/users",
    ]) {
      const res = await h.anonymous.get(url);
      assert.equal(res.statusCode, 401, url);
      assert.equal(res.json().error.id, "unauthenticated");
    }
  });

  it("merges the two clinic reports into one incident with both sources", async () => {
    const view = (await h.as.investigator.get(`/api/incidents/${clinic}`)).json();
    assert.equal(view.incident.sources, 2);
    assert.equal(view.incident.placeName, "Kharkiv");
    const killed = view.summary.figures.find((f: { measure: string }) => f.measure === "killed");
    assert.equal(killed.conflict, true, "two killed vs three killed is shown as a disagreement");
    assert.equal(view.legal.status, "suggestion-for-legal-review");
  });

  it("lets each role do what its role allows, and nothing more", async () => {
    const expect: [
      string,
      "GET" | "POST" | "PUT" | "DELETE",
      () => string,
      unknown,
      Record<Exclude<Role, never>, number>,
    ][] = [
      [
        "read sources",
        "GET",
        () => "/api/sources",
        undefined,
        { admin: 200, investigator: 200, reviewer: 200, partner: 200 },
      ],
      [
        "read audit log",
        "GET",
        () => "/api/audit",
        undefined,
        { admin: 200, investigator: 200, reviewer: 200, partner: 403 },
      ],
      [
        "read assessments",
        "GET",
        () => "/api/assessments",
        undefined,
        { admin: 200, investigator: 200, reviewer: 200, partner: 403 },
      ],
      [
        "list users",
        "GET",
        () => "/api/users",
        undefined,
        { admin: 200, investigator: 403, reviewer: 403, partner: 403 },
      ],
      [
        "list shares",
        "GET",
        () => "/api/shares",
        undefined,
        { admin: 200, investigator: 403, reviewer: 200, partner: 403 },
      ],
      [
        "grade an outlet",
        "PUT",
        () => "/api/outlets",
        { outlet: "Sample Herald", grade: "C", note: "mixed record" },
        { admin: 200, investigator: 200, reviewer: 200, partner: 403 },
      ],
      [
        "flag an incident",
        "POST",
        () => `/api/incidents/${school}/flags`,
        { add: ["graphic-content"] },
        { admin: 200, investigator: 200, reviewer: 200, partner: 403 },
      ],
      [
        "ingest URLs",
        "POST",
        () => "/api/ingest/urls",
        { urls: ["ftp://example.org/x"] },
        { admin: 200, investigator: 200, reviewer: 200, partner: 403 },
      ],
    ];
    for (const [what, method, url, body, byRole] of expect) {
      for (const role of Object.keys(byRole) as Role[]) {
        assert.equal(await status(h.as[role], method, url(), body), byRole[role], `${role}: ${what}`);
      }
    }
  });

  it("keeps verification to reviewers, with a note, and refuses partners any change", async () => {
    const review = (client: Client, to: string, note = "checked") =>
      client.send("POST", `/api/incidents/${clinic}/review`, { to, note });
    assert.equal((await review(h.as.investigator, "in_review")).statusCode, 200);
    const denied = await review(h.as.investigator, "verified");
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json().error.id, "role-not-permitted");
    assert.equal((await review(h.as.reviewer, "verified", "  ")).json().error.id, "note-required");
    assert.equal((await review(h.as.partner, "verified")).statusCode, 403);
    const verified = await review(h.as.reviewer, "verified", "geolocated");
    assert.equal(verified.json().status, "verified");
    const transitions = (await h.as.investigator.get(`/api/incidents/${clinic}/transitions`)).json()
      .transitions;
    assert.ok(
      !transitions.some((t: { to: string }) => t.to === "rejected"),
      "investigators are not offered reviewer-only changes",
    );
  });

  it("shows partners only what was shared with them, never flagged material unless shared explicitly", async () => {
    assert.equal((await h.as.partner.get("/api/incidents")).json().total, 0);
    assert.equal((await h.as.partner.get(`/api/incidents/${clinic}`)).statusCode, 404);
    assert.equal((await h.as.partner.get("/api/sources")).json().total, 0);
    assert.equal((await h.as.partner.get("/api/search?q=clinic")).json().total, 0);

    const share = (body: object) =>
      h.as.reviewer.send("POST", "/api/shares", {
        partner: "partner-inst",
        note: "for the inquiry",
        ...body,
      });
    assert.equal((await share({ incidentIds: [clinic] })).statusCode, 201);
    await h.as.investigator.send("POST", `/api/incidents/${school}/flags`, {
      add: ["witness-personal-data"],
    });
    assert.equal((await share({ incidentIds: [school] })).statusCode, 201);

    const visible = (await h.as.partner.get("/api/incidents")).json();
    assert.deepEqual(
      visible.items.map((i: { id: string }) => i.id),
      [clinic],
      "the flagged school stays hidden",
    );
    const view = (await h.as.partner.get(`/api/incidents/${clinic}`)).json();
    assert.deepEqual(view.history, [], "internal review notes are not shared");
    const sources = (await h.as.partner.get("/api/sources")).json();
    assert.equal(sources.total, 2, "only the clinic's sources");
    assert.equal((await h.as.partner.get("/api/search?q=Sumy")).json().total, 0);

    await share({ incidentIds: [school], includeSensitive: true });
    assert.equal((await h.as.partner.get("/api/incidents")).json().total, 2);
  });

  it("records permission denials in the audit log", async () => {
    await h.as.partner.send("PUT", "/api/outlets", { outlet: "x", grade: "A", note: "n" });
    const log = (await h.as.admin.get("/api/audit?limit=1000")).json().entries as {
      action: string;
      actor: string;
    }[];
    assert.ok(log.some((e) => e.action === "auth.permission-denied"));
    assert.ok(log.some((e) => e.action === "auth.login"));
  });

  it("refuses a state change without the CSRF token", async () => {
    const res = await h.app.inject({
      method: "PUT",
      url: "/api/outlets",
      headers: { origin: "http://localhost:80", cookie: (await loginCookie(h)) ?? "" },
      payload: { outlet: "x", grade: "A", note: "n" },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.id, "csrf-failed");
  });

  it("ingests uploaded files, named by their upload in the capture record", async () => {
    const boundary = "----dossier-test";
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="files"; filename="upload.txt"',
      "Content-Type: text/plain",
      "",
      "Shelling damaged a bakery in the fictional village of Lisove on Tuesday, officials said.",
      `--${boundary}--`,
      "",
    ].join("\r\n");
    const res = await h.app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: {
        origin: "http://localhost:80",
        cookie: (await loginCookie(h)) ?? "",
        "x-csrf-token": lastCsrf,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
    assert.equal(res.statusCode, 200, res.body);
    const event = res.json().events[0];
    assert.equal(event.kind, "ingested");
    const source = (await h.as.investigator.get(`/api/sources/${event.sourceId}`)).json();
    assert.deepEqual(source.capture.origin, { kind: "upload", name: "upload.txt" });
    assert.equal(source.capture.capturedBy, "investigator");
  });

  it("answers errors from one catalogue, never with internals", async () => {
    const missing = await h.as.investigator.get("/api/sources/ffffffffffff");
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.id, "source-not-found");
    const invalid = await h.as.investigator.get("/api/incidents?near=north");
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().error.id, "invalid-request");
    const empty = await h.as.investigator.get("/api/search?q=%22%22");
    assert.equal(empty.json().error.id, "bad-query");
    assert.doesNotMatch(empty.body, /sqlite|at .*\.ts:/i);
    assert.equal((await h.as.investigator.get("/api/nope")).json().error.id, "not-found");
  });

  it("publishes an OpenAPI document covering the route families", async () => {
    const paths = Object.keys((await h.anonymous.get("/api/openapi.json")).json().paths);
    for (const p of [
      "/api/sources",
      "/api/incidents",
      "/api/incidents/{id}/review",
      "/api/assessments",
      "/api/audit",
      "/api/ingest",
      "/api/shares",
      "/api/auth/login",
    ]) {
      assert.ok(paths.includes(p), p);
    }
  });
});

let lastCsrf = "";

/** A fresh session for the investigator (cookie only), remembering its CSRF token. */
async function loginCookie(h: Harness): Promise<string | undefined> {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { origin: "http://localhost:80" },
    payload: { username: "investigator", password: "a long enough test password" },
  });
  lastCsrf = res.json().csrfToken;
  return String(res.headers["set-cookie"]).split(";")[0];
}
