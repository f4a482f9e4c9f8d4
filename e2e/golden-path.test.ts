import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupLink } from "../src/auth/index.js";
import type { Incident } from "../src/domain/incident.js";
import { apiSession } from "./harness/api.js";
import { PASSWORD, type RunningApp, SAMPLE_CORPUS, startApp } from "./harness/app.js";
import { browserSkip, launchBrowser, openTab, type Tab } from "./harness/browser.js";
import { artifactPath, currentUser, goTo, logIn, logOut, pageHeading, visibleText } from "./harness/ui.js";
import { buildWebApp, type WebBuild } from "./harness/web-build.js";

const skip = browserSkip();
const STEP = { skip, timeout: 60_000 };

/** Where the sample corpus puts the Mariupol maternity hospital (the city, from the gazetteer). */
const MARIUPOL = { lat: 47.1, lon: 37.55 };

function statusForm(page: Page) {
  return page.getByTestId("status-form");
}

async function changeStatus(page: Page, to: RegExp, note: string, done: string): Promise<void> {
  const form = statusForm(page);
  await form.getByRole("radio", { name: to }).check();
  await form.getByLabel("Note (why)").fill(note);
  await form.getByRole("button", { name: "Change status" }).click();
  await form.getByRole("status").filter({ hasText: done }).waitFor();
}

describe("golden path: first run to a verified incident", () => {
  let web: WebBuild;
  let app: RunningApp;
  let browser: Browser;
  let tab: Tab;
  let page: Page;
  let reviewer: Tab;
  let incidentId = "";

  before(async () => {
    if (skip) return;
    web = await buildWebApp();
    app = await startApp({ webRoot: web.root });
    browser = await launchBrowser();
    tab = await openTab(browser, app.url);
    page = tab.page;
  });
  after(async () => {
    if (skip) return;
    await browser?.close();
    await app?.close();
    await web?.remove();
  });

  it("creates the first administrator from the one-time setup link, then logs in", STEP, async () => {
    const { token } = await app.dossier.auth.createSetupToken();
    const response = await page.goto(setupLink(app.url, token));
    const csp = response?.headers()["content-security-policy"] ?? "";
    assert.match(csp, /script-src 'self'/, "the page is served with its Content-Security-Policy");

    await pageHeading(page, "Set up Dossier").waitFor();
    // The one-time token is taken out of the address bar (and so out of the history).
    await page.waitForFunction(() => !window.location.href.includes("token="));
    await page.getByLabel("Username", { exact: true }).fill("admin");
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Password again", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Create administrator and log in" }).click();
    await currentUser(page).filter({ hasText: "admin" }).waitFor();
    assert.equal(await app.dossier.auth.needsSetup(), false);

    await logOut(page);
    await logIn(page, "admin", PASSWORD);
    assert.match(await visibleText(currentUser(page)), /Administrator/);
  });

  it("ingests the sample corpus through the upload form", STEP, async () => {
    const files = readdirSync(SAMPLE_CORPUS)
      .sort()
      .map((name) => join(SAMPLE_CORPUS, name));
    await goTo(page, "Ingest");
    await page.getByLabel("Choose files, or drop them here").setInputFiles(files);
    await page.getByRole("button", { name: `Upload ${files.length} files` }).click();
    const summary = page.getByRole("region", { name: "Result" }).getByRole("status");
    await summary.waitFor({ timeout: 45_000 });
    const [, ingested] = /(\d+) items? ingested/.exec(await visibleText(summary)) ?? [];
    // The JSON Lines file holds several reports, so there are more items than files.
    assert.ok(Number(ingested) >= files.length, `every file ingested: ${await visibleText(summary)}`);
    assert.match(await visibleText(summary), /0 already present, 0 failed/);
    assert.equal(await page.locator('[data-testid="ingest-result"][data-kind="failed"]').count(), 0);
  });

  it("finds the Mariupol maternity hospital on the map and opens it", STEP, async () => {
    await goTo(page, "Map");
    const point = page.getByTestId("map-point").and(page.getByRole("button", { name: /Mariupol/ }));
    incidentId = (await point.getAttribute("data-incident-id")) ?? "";
    assert.match(incidentId, /^INC-\d+$/, "Mariupol is a point of its own at the start view");
    const api = await apiSession(tab.context, app.url);
    const { incident } = await api.get<{ incident: Incident }>(`/api/incidents/${incidentId}`);
    assert.ok(
      Math.abs((incident.lat ?? 0) - MARIUPOL.lat) < 0.1 &&
        Math.abs((incident.lon ?? 0) - MARIUPOL.lon) < 0.1,
      `the point stands at Mariupol (${incident.lat}, ${incident.lon})`,
    );

    await point.click();
    const picked = page.getByTestId("map-selection-list");
    await page.getByRole("heading", { name: "Selected incident" }).waitFor();
    await page.screenshot({ path: await artifactPath("map.png"), fullPage: true });
    await picked.getByRole("link", { name: /Mariupol/ }).click();
    await pageHeading(page, new RegExp(`Mariupol.*${incidentId}`)).waitFor();
  });

  it("shows the evidence highlighted in the sources' words", STEP, async () => {
    const passages = page.getByTestId("evidence-passage");
    await passages.first().waitFor();
    assert.ok((await passages.count()) >= 2, "several reports describe the strike");
    assert.ok((await passages.locator("mark").count()) > 0, "the words that state the facts are marked");
    assert.match((await passages.allInnerTexts()).join(" "), /maternity/i);
    await statusForm(page).getByRole("radio").first().waitFor();
    await page.screenshot({ path: await artifactPath("incident.png") });
    await page.getByRole("heading", { name: "Evidence in the sources" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: await artifactPath("incident-evidence.png") });
  });

  it("puts it in review with a note", STEP, async () => {
    await changeStatus(page, /^In review/, "Six sources; checking the toll.", "Status changed to In review.");
    const latest = page.getByTestId("history-entry").first();
    await latest.filter({ hasText: "Six sources; checking the toll." }).waitFor();
    assert.match(await visibleText(latest), /New → In review/);
  });

  it("creates an account for a reviewer", STEP, async () => {
    await goTo(page, "Users");
    const form = page.getByRole("form", { name: "New account" });
    await form.getByLabel("Username", { exact: true }).fill("rita");
    await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await form.getByLabel("Role", { exact: true }).selectOption({ label: "Reviewer" });
    await form.getByRole("button", { name: "Create account" }).click();
    await form.getByRole("status").filter({ hasText: "Account rita created" }).waitFor();
    await page.getByTestId("user-row").filter({ hasText: "rita" }).filter({ hasText: "Reviewer" }).waitFor();
  });

  it("lets the reviewer verify it from the review queue", STEP, async () => {
    // The reviewer is another person at another browser.
    reviewer = await openTab(browser, app.url);
    page = reviewer.page;
    await page.goto("/");
    await logIn(page, "rita", PASSWORD);
    await goTo(page, "Review queue");
    const row = page.locator(`[data-testid="review-queue-row"][data-incident-id="${incidentId}"]`);
    await row.waitFor();
    await page.screenshot({ path: await artifactPath("review-queue.png"), fullPage: true });

    await row.getByRole("link").click();
    await pageHeading(page, new RegExp(incidentId)).waitFor();
    await changeStatus(page, /^Verified/, "Geolocated from two photographs.", "Status changed to Verified.");
  });

  it("records the change in the audit log", STEP, async () => {
    await goTo(page, "Audit", "Audit log");
    const entry = page
      .getByTestId("audit-entry")
      .filter({ hasText: "incident.review" })
      .filter({ hasText: "rita" })
      .first();
    await entry.getByText("Payload and hash").click();
    const payload = JSON.parse(await visibleText(entry.locator("pre"))) as Record<string, unknown>;
    assert.deepEqual(
      { id: payload.incidentId, from: payload.from, to: payload.to, note: payload.note },
      { id: incidentId, from: "in_review", to: "verified", note: "Geolocated from two photographs." },
    );
  });

  it("raised no error, no policy violation and no request off the machine", { skip }, () => {
    const none = { errors: [], cspViolations: [], offMachine: [] };
    assert.deepEqual(tab.problems, none, "as the administrator");
    assert.deepEqual(reviewer.problems, none, "as the reviewer");
  });
});
