import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** CI sets this so that a missing Chromium fails the run instead of skipping the browser tests. */
const required = process.env.DOSSIER_REQUIRE_BROWSER === "1";

/**
 * For `it(name, { skip: browserSkip() }, ...)`: false when Chromium is installed, otherwise the
 * reason to skip, printed by the runner. Throws when CI requires the browser.
 */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  const reason = `needs Chromium at ${CHROMIUM} (apt-get install chromium), which is absent`;
  if (required) throw new Error(`DOSSIER_REQUIRE_BROWSER=1 but ${reason}`);
  return reason;
}

/**
 * The machine has no network beyond loopback: without the background-networking switches Chromium
 * keeps trying to reach Google's services (updates, sync, field trials). Playwright adds --headless
 * and a new empty --user-data-dir of its own, removed when the browser closes.
 */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** What went wrong in a page that no assertion on the page's content would see. */
export interface PageProblems {
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Content-Security-Policy refusals: the UI, or something injected into it, broke the policy. */
  cspViolations: string[];
  /** Requests to anything but loopback, refused before they left the browser. */
  offMachine: string[];
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * A fresh browser profile (its own cookies, so one per user) with one page. Requests beyond
 * loopback are refused and recorded: nothing a test does may reach the network. `cache: true`
 * leaves requests alone instead, since intercepting them turns the browser's cache off; only for
 * pages of the app itself, whose policy already keeps them on its own origin.
 */
export async function openTab(
  browser: Browser,
  baseURL: string,
  options: { cache?: boolean } = {},
): Promise<Tab> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
  context.setDefaultTimeout(15_000);
  const problems: PageProblems = { errors: [], cspViolations: [], offMachine: [] };
  if (!options.cache) {
    await context.route(
      (url) => url.protocol.startsWith("http") && !LOOPBACK.has(url.hostname),
      (route) => {
        problems.offMachine.push(route.request().url());
        return route.abort("blockedbyclient");
      },
    );
  }
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.errors.push(error.message));
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) problems.cspViolations.push(message.text());
  });
  return { context, page, problems };
}
