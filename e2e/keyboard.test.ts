import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { addUser, PASSWORD, type RunningApp, startApp } from "./harness/app.js";
import { browserSkip, launchBrowser, openTab } from "./harness/browser.js";
import { currentUser, mainNav, pageHeading } from "./harness/ui.js";
import { buildWebApp, type WebBuild } from "./harness/web-build.js";

const skip = browserSkip();
const STEP = { skip, timeout: 60_000 };

/** How the focused element shows it has focus: its focus ring, as the browser computes it. */
function focusRing(page: Page): Promise<{ element: string; visible: boolean; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return { element: "body", visible: false, outline: "" };
    const style = getComputedStyle(el);
    const outline = `${style.outlineStyle} ${style.outlineWidth}`;
    const ring =
      (style.outlineStyle !== "none" && style.outlineWidth !== "0px") || style.boxShadow !== "none";
    return {
      element: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
      visible: el.matches(":focus-visible") && ring,
      outline,
    };
  });
}

/** `target`, once it has focus. */
function focused(page: Page, target: Locator): Locator {
  return target.and(page.locator(":focus"));
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking at every stop that the focus can
 * be seen. Fails when the target is not reached within `max` presses (skipped, or a focus trap).
 */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}) {
  const key = options.back ? "Shift+Tab" : "Tab";
  for (let press = 1; press <= (options.max ?? 30); press++) {
    await page.keyboard.press(key);
    const ring = await focusRing(page);
    assert.ok(ring.visible, `focus on ${ring.element} can be seen (outline: ${ring.outline})`);
    if (await isFocused(target)) return;
  }
  assert.fail(`${target} was not reached with ${key}`);
}

describe("keyboard: logging in and moving around without a mouse", () => {
  let web: WebBuild;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  before(async () => {
    if (skip) return;
    web = await buildWebApp();
    app = await startApp({ webRoot: web.root });
    await addUser(app.dossier, { username: "ivan", role: "investigator" });
    browser = await launchBrowser();
    ({ page } = await openTab(browser, app.url));
  });
  after(async () => {
    if (skip) return;
    await browser?.close();
    await app?.close();
    await web?.remove();
  });

  it("logs in with Tab, typing and Enter", STEP, async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await tabTo(page, page.getByLabel("Username", { exact: true }), { max: 3 });
    await page.keyboard.type("ivan");
    await tabTo(page, page.getByLabel("Password", { exact: true }), { max: 1 });
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await currentUser(page).filter({ hasText: "ivan" }).waitFor();
  });

  it("reaches the main navigation with Tab and follows its links with Enter", STEP, async () => {
    await pageHeading(page, "Dashboard").waitFor();
    // The first page keeps focus at the top, where the skip link and the navigation are.
    await tabTo(page, mainNav(page).getByRole("link", { name: "Map", exact: true }));
    await page.keyboard.press("Enter");
    const map = pageHeading(page, "Map");
    await map.waitFor();
    assert.equal(new URL(page.url()).pathname, "/map");
    // Following a link moves focus to the new page's heading.
    await focused(page, map).waitFor();

    await tabTo(page, mainNav(page).getByRole("link", { name: "Sources", exact: true }), { back: true });
    await page.keyboard.press("Enter");
    await pageHeading(page, "Sources").waitFor();
    assert.equal(new URL(page.url()).pathname, "/sources");
  });

  it("offers a skip link that shows when focused and jumps to the content", STEP, async () => {
    const skipLink = page.getByRole("link", { name: "Skip to main content" });
    await tabTo(page, skipLink, { back: true });
    const box = await skipLink.boundingBox();
    assert.ok(box !== null && box.y >= 0 && box.height > 0, "the skip link is on screen while focused");
    await page.keyboard.press("Enter");
    await focused(page, page.getByRole("main")).waitFor();
  });
});
