import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page, Response } from "playwright-core";
import { hostilePage } from "./fixtures/hostile-page.js";
import { addUser, PASSWORD, type RunningApp, startApp } from "./harness/app.js";
import { browserSkip, launchBrowser, openTab, type Tab } from "./harness/browser.js";
import { type Canary, startCanary } from "./harness/canary.js";
import { artifactPath, eventually, goTo, logIn, pageHeading, visibleText } from "./harness/ui.js";
import { buildWebApp, type WebBuild } from "./harness/web-build.js";

const skip = browserSkip();
const STEP = { skip, timeout: 60_000 };

/**
 * Elements and attributes through which content could run or load something, other than the app's
 * own bundle. Dossier renders sources as text, so none of them may appear, whatever a source holds.
 */
function intrusions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      const tag = el.tagName.toLowerCase();
      if (["iframe", "object", "embed", "base", "frame"].includes(tag)) found.push(`<${tag}>`);
      if (tag === "meta" && el.hasAttribute("http-equiv")) found.push("<meta http-equiv>");
      if (tag === "script" && !(el.getAttribute("src") ?? "").startsWith("/assets/")) found.push("<script>");
      for (const a of el.attributes) {
        if (a.name.startsWith("on")) found.push(`${tag}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${tag}[${a.name}=javascript:]`);
      }
    }
    return found;
  });
}

function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** Checks the page as it stands: nothing injected, nothing ran. */
async function assertInert(page: Page, where: string): Promise<void> {
  assert.deepEqual(await intrusions(page), [], `no active content on the ${where}`);
  assert.equal(await pwned(page), undefined, `no script ran on the ${where}`);
}

describe("hostile source: nothing from a source runs in the analyst's browser", () => {
  let web: WebBuild;
  let app: RunningApp;
  let browser: Browser;
  let canary: Canary;
  let tab: Tab;
  let page: Page;
  const dialogs: string[] = [];
  const documents: Response[] = [];
  let sourceId = "";

  before(async () => {
    if (skip) return;
    canary = await startCanary();
    web = await buildWebApp();
    app = await startApp({ webRoot: web.root });
    await addUser(app.dossier, { username: "ivan", role: "investigator" });
    browser = await launchBrowser();
    tab = await openTab(browser, app.url);
    page = tab.page;
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("response", (response) => {
      if (response.request().resourceType() === "document") documents.push(response);
    });
  });
  after(async () => {
    if (skip) return;
    await browser?.close();
    await app?.close();
    await web?.remove();
    await canary?.close();
  });

  it("has payloads that do run in a page without Dossier's protections", STEP, async () => {
    const control = await startCanary();
    try {
      const raw = await browser.newPage();
      const seen: string[] = [];
      raw.on("dialog", (dialog) => {
        seen.push(dialog.message());
        void dialog.dismiss();
      });
      await raw.setContent(hostilePage(control.url), { waitUntil: "load" });
      await raw.getByRole("link", { name: "the city council page" }).click();
      for (const tag of ["head-script", "img-onerror", "svg-onload", "iframe-srcdoc", "javascript-link"]) {
        await eventually(
          () => control.hits.includes(`GET /${tag}`),
          `the ${tag} payload reaching the canary`,
        );
        assert.ok(seen.includes(tag), `the ${tag} payload opened its alert (saw ${seen.join(", ")})`);
      }
      assert.equal(await pwned(raw), true);
      await raw.close();
    } finally {
      await control.close();
    }
  });

  it("ingests the hostile page through the upload form", STEP, async () => {
    await page.goto("/");
    await logIn(page, "ivan", PASSWORD);
    await goTo(page, "Ingest");
    await page.getByLabel("Choose files, or drop them here").setInputFiles({
      name: "hostile.html",
      mimeType: "text/html",
      buffer: Buffer.from(hostilePage(canary.url)),
    });
    await page.getByRole("button", { name: "Upload 1 file" }).click();
    const row = page.locator('[data-testid="ingest-result"][data-kind="ingested"]');
    await row.waitFor({ timeout: 30_000 });
    const href = (await row.getByRole("link").getAttribute("href")) ?? "";
    sourceId = href.replace("/sources/", "");
    assert.match(sourceId, /^[0-9a-f]{12}$/);
    await assertInert(page, "ingest page");
  });

  it("shows the source's title, outlet, byline and text as text", STEP, async () => {
    // A full load of the page, to check the document the browser receives as well.
    await page.goto(`/sources/${sourceId}`);
    const heading = pageHeading(page, /Shelling damages school/);
    await heading.waitFor();
    assert.match(await visibleText(heading), /<img src=x onerror="top\.__pwned/);
    assert.match(await page.title(), /<img src=x onerror=/, "the window title is text too");
    const facts = await visibleText(page.getByTestId("source-metadata"));
    assert.match(facts, /Hostile Gazette <script>top\.__pwned/);
    assert.match(facts, /<svg onload="top\.__pwned/);
    const text = page.getByRole("region", { name: "Extracted text" }).locator(".source-text");
    assert.match(await visibleText(text), /read <b>SCHOOL – CHILDREN<\/b> in large letters/);
    assert.deepEqual(
      await text.locator("*").evaluateAll((els) => [...new Set(els.map((el) => el.tagName))]),
      ["MARK"],
      "the text holds no element but the highlights",
    );
    assert.equal(await page.getByRole("link", { name: "the city council page" }).count(), 0);
    await assertInert(page, "source page");
    await page.screenshot({ path: await artifactPath("hostile-source.png"), fullPage: true });
  });

  it(
    "opens the source's links only as http(s) pages in a new tab, and its original only as a download",
    STEP,
    async () => {
      const external = page.getByRole("main").locator("a[target=_blank]");
      assert.ok((await external.count()) > 0, "the page's canonical address is shown as a link");
      for (const link of await external.all()) {
        assert.match((await link.getAttribute("href")) ?? "", /^https:\/\/hostile\.example\//);
        // The new tab's request is refused before it leaves the machine (see openTab).
        const [popup] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
        await popup.close();
      }
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download the preserved original" }).click(),
      ]);
      assert.equal(await download.failure(), null);
      assert.match(page.url(), new RegExp(`/sources/${sourceId}$`), "the original did not open in the app");
      await assertInert(page, "source page after its links were followed");
    },
  );

  it("shows the text as text in the incident it supports", STEP, async () => {
    await page
      .getByRole("region", { name: "Incidents this source supports" })
      .getByRole("link")
      .first()
      .click();
    await page.getByTestId("evidence-passage").first().waitFor();
    await page.getByRole("button", { name: "Show the full text with the evidence highlighted" }).click();
    assert.match(await visibleText(page.getByRole("main")), /quoted the code <script>top\.__pwned/);
    await assertInert(page, "incident page");
  });

  it("shows the text as text in search results", STEP, async () => {
    await goTo(page, "Search", "Search the sources");
    await page.getByLabel("Words to find").fill("onerror");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const hit = page.getByTestId("search-hit");
    await hit.first().waitFor();
    assert.match(await visibleText(hit.first()), /<img src=x onerror=/);
    await assertInert(page, "search page");
    await goTo(page, "Sources");
    await page.getByRole("link", { name: /Shelling damages school/ }).waitFor();
    await assertInert(page, "list of sources");
  });

  it("ran nothing: no script, no request to the canary, no dialog, and the policy on every page", {
    skip,
  }, () => {
    assert.deepEqual(canary.hits, [], "no request reached the canary");
    assert.deepEqual(dialogs, [], "no dialog opened");
    assert.deepEqual(tab.problems.errors, []);
    assert.deepEqual(tab.problems.cspViolations, [], "nothing even tried what the policy forbids");
    for (const url of tab.problems.offMachine) assert.match(url, /^https:\/\/hostile\.example\//);
    assert.ok(documents.length >= 2);
    for (const doc of documents) {
      const csp = doc.headers()["content-security-policy"] ?? "";
      assert.match(csp, /script-src 'self'/, `policy on ${doc.url()}`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `policy on ${doc.url()}`);
    }
  });
});
