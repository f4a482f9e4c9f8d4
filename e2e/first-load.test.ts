import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { logInByApi } from "./harness/api.js";
import { addUser, PASSWORD, type RunningApp, SAMPLE_CORPUS, startApp } from "./harness/app.js";
import { browserSkip, launchBrowser, openTab } from "./harness/browser.js";
import { formatFigures, type LoadFigures, loadFigures } from "./harness/load-timing.js";
import { buildWebApp, type WebBuild } from "./harness/web-build.js";

const skip = browserSkip();

async function mapShown(page: Page): Promise<LoadFigures> {
  await page.getByTestId("map-point").first().waitFor();
  return loadFigures(page);
}

/**
 * How long the UI takes to open in Chromium on this machine and what it transfers, printed for the
 * README. Timings depend on the machine and its load, so they are reported, never asserted; the
 * repeat visit (cache warm) is the baseline measured in the same run.
 */
describe("first load of the web UI", () => {
  let web: WebBuild;
  let app: RunningApp;
  let browser: Browser;

  before(async () => {
    if (skip) return;
    web = await buildWebApp();
    app = await startApp({ webRoot: web.root });
    await app.dossier.ingest([SAMPLE_CORPUS]);
    await addUser(app.dossier, { username: "ivan", role: "investigator" });
    browser = await launchBrowser();
  });
  after(async () => {
    if (skip) return;
    await browser?.close();
    await app?.close();
    await web?.remove();
  });

  it("prints the timings of the login page and of the map, first visit and repeat", {
    skip,
    timeout: 60_000,
  }, async (t) => {
    const visitor = await openTab(browser, app.url, { cache: true });
    await visitor.page.goto("/", { waitUntil: "load" });
    await visitor.page.getByRole("heading", { name: "Log in" }).waitFor();
    const login = await loadFigures(visitor.page);

    const analyst = await openTab(browser, app.url, { cache: true });
    await logInByApi(analyst.context, app.url, { username: "ivan", password: PASSWORD });
    await analyst.page.goto("/map", { waitUntil: "load" });
    const mapFirst = await mapShown(analyst.page);
    await analyst.page.reload({ waitUntil: "load" });
    const mapAgain = await mapShown(analyst.page);

    t.diagnostic("ready = the login form, or the map with its points, is on screen");
    t.diagnostic(formatFigures("login page, first visit", login));
    t.diagnostic(formatFigures("map (sample corpus), first visit", mapFirst));
    t.diagnostic(formatFigures("map (sample corpus), repeat visit", mapAgain));
    for (const f of [login, mapFirst, mapAgain]) assert.ok(Number.isFinite(f.load) && f.requests > 1);
  });
});
