import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts", import.meta.url));

/** Where a screenshot goes: test-artifacts/ at the top of the checkout (ignored by git). */
export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Fills the login form the app shows to anyone not logged in, and waits for the app to open. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Username", { exact: true }).fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await currentUser(page).filter({ hasText: username }).waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByRole("heading", { name: "Log in" }).waitFor();
}

export function currentUser(page: Page): Locator {
  return page.getByTestId("current-user");
}

export function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Main" });
}

/** Follows a link of the main navigation and waits for the page it opens. */
export async function goTo(page: Page, link: string, heading: string | RegExp = link): Promise<void> {
  await mainNav(page).getByRole("link", { name: link, exact: true }).click();
  await pageHeading(page, heading).waitFor();
}

export function pageHeading(page: Page, name: string | RegExp): Locator {
  return page.getByRole("heading", { level: 1, name });
}

/** Waits until the locator matches exactly `count` elements (playwright-core has no `expect`). */
export async function waitForCount(locator: Locator, count: number): Promise<void> {
  if (count > 0) await locator.nth(count - 1).waitFor({ state: "attached" });
  await locator.nth(count).waitFor({ state: "detached" });
}

/** Polls `check` until it holds, for effects outside the page (requests reaching a server). */
export async function eventually(check: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text as a reader sees it: Playwright's innerText follows layout (hidden parts left out, line breaks). */
export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; layout-aware text is the point.
  return locator.innerText();
}
