import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Incident } from "../src/domain/incident.js";
import { type ApiSession, logInByApi } from "./harness/api.js";
import { addUser, PASSWORD, type RunningApp, SAMPLE_CORPUS, startApp } from "./harness/app.js";
import { browserSkip, launchBrowser, openTab, type Tab } from "./harness/browser.js";
import { goTo, logIn, logOut, mainNav, waitForCount } from "./harness/ui.js";
import { buildWebApp, type WebBuild } from "./harness/web-build.js";

const skip = browserSkip();
const STEP = { skip, timeout: 60_000 };
const PARTNER = "partner-inst";

function incidentRows(page: Page) {
  return page.getByTestId("incident-row");
}

async function statusChoices(page: Page, id: string): Promise<string[]> {
  await page.goto(`/incidents/${id}`);
  const radios = page.getByTestId("status-form").getByRole("radio");
  await radios.first().waitFor();
  return (await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).sort();
}

describe("roles: each person sees and may do what their role allows", () => {
  let web: WebBuild;
  let app: RunningApp;
  let browser: Browser;
  let reviewerTab: Tab;
  let reviewer: ApiSession;
  let shared = "";
  let notShared = "";

  before(async () => {
    if (skip) return;
    web = await buildWebApp();
    app = await startApp({ webRoot: web.root });
    await app.dossier.ingest([SAMPLE_CORPUS]);
    await addUser(app.dossier, { username: "rita", role: "reviewer" });
    await addUser(app.dossier, { username: "ivan", role: "investigator" });
    await addUser(app.dossier, { username: "pablo", role: "partner", partnerId: PARTNER });
    browser = await launchBrowser();
    reviewerTab = await openTab(browser, app.url);
    reviewer = await logInByApi(reviewerTab.context, app.url, { username: "rita", password: PASSWORD });
    const { items } = await reviewer.get<{ items: Incident[] }>("/api/incidents?limit=500");
    [shared = "", notShared = ""] = items.map((i) => i.id);
    await reviewer.post(`/api/incidents/${shared}/review`, { to: "in_review", note: "Starting review." });
    await reviewer.post(`/api/incidents/${shared}/assign`, { assignee: "ivan" });
    await reviewer.post("/api/shares", {
      partner: PARTNER,
      incidentIds: [shared],
      note: "For the partner's casualty count.",
    });
  });
  after(async () => {
    if (skip) return;
    await browser?.close();
    await app?.close();
    await web?.remove();
  });

  it("shows a partner only the shared incident, with no way to change anything", STEP, async () => {
    const { page } = await openTab(browser, app.url);
    await page.goto("/");
    await logIn(page, "pablo", PASSWORD);
    await page.getByRole("note").filter({ hasText: "shared with your institution" }).waitFor();
    const links = await mainNav(page).getByRole("link").allInnerTexts();
    for (const staffOnly of ["Review queue", "Ingest", "Sharing", "Audit", "Users"]) {
      assert.ok(!links.includes(staffOnly), `no ${staffOnly} link for a partner`);
    }

    await goTo(page, "Incidents");
    await waitForCount(incidentRows(page), 1);
    assert.equal(await incidentRows(page).getAttribute("data-incident-id"), shared);

    await incidentRows(page).getByRole("link").click();
    await page.getByTestId("evidence-passage").first().waitFor();
    const main = page.getByRole("main");
    assert.equal(await page.getByTestId("status-form").count(), 0);
    assert.equal(await main.locator("form, textarea, select, input").count(), 0, "nothing to fill in");
    assert.equal(await page.getByRole("complementary", { name: "Review and case work" }).count(), 0);

    await page.goto(`/incidents/${notShared}`);
    await main.getByRole("alert").waitFor();
    assert.equal(await page.getByTestId("evidence-passage").count(), 0, "nothing of an unshared incident");
  });

  it("does not offer an investigator the verified status, which a reviewer gets", STEP, async () => {
    const { page } = await openTab(browser, app.url);
    await page.goto("/");
    await logIn(page, "ivan", PASSWORD);
    const forInvestigator = await statusChoices(page, shared);
    assert.deepEqual(forInvestigator, ["corroborated", "disputed"]);
    const forReviewer = await statusChoices(reviewerTab.page, shared);
    assert.ok(forReviewer.includes("verified"), `a reviewer may verify (${forReviewer.join(", ")})`);
  });

  it("shows the next person to log in on the same tab their own data, not the last one's", STEP, async () => {
    const { page } = await openTab(browser, app.url);
    await page.goto("/");
    await logIn(page, "rita", PASSWORD);
    await goTo(page, "Incidents");
    await incidentRows(page).nth(1).waitFor();
    await logOut(page);
    await logIn(page, "pablo", PASSWORD);
    await goTo(page, "Incidents");
    await waitForCount(incidentRows(page), 1);
  });
});
