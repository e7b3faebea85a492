/**
 * What the browser tests share: finding Chromium (they skip, saying why, without it), serving the
 * built playground (dist/playground/, made by `npm run build`) from a child process over plain
 * http, opening it in headless Chromium with the flags of issue 9, recording every request the
 * page makes, and writing one screenshot per test to test-results/e2e/.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import type { UiLanguage } from "../../src/i18n/ui";
import { ready } from "./page-helpers";

export const repoRoot = path.resolve(__dirname, "../..");
export const playgroundDir = path.join(repoRoot, "dist", "playground");
export const screenshotDir = path.join(repoRoot, "test-results", "e2e");

/** The flags issue 9 names: no sandbox for CI containers, nothing that calls home. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH or /usr/bin/chromium; undefined, with the reason printed, when neither runs. */
export function findChromium(testFile: string): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter(
    (p): p is string => !!p
  );
  const found = candidates.find(executable);
  if (!found) {
    console.warn(
      `${testFile} skipped: no Chromium at ${candidates.join(" or ")} ` +
        "(apt-get install chromium, or set CHROMIUM_PATH)"
    );
  }
  return found;
}

/** Why the tests cannot run without a build; undefined when dist/playground is there. */
export function missingBuild(): string | undefined {
  try {
    accessSync(path.join(playgroundDir, "playground.html"), constants.R_OK);
    return undefined;
  } catch {
    return `${path.relative(repoRoot, playgroundDir)}/playground.html is missing: run npm run build first`;
  }
}

export interface Served {
  url: string;
  stop(): void;
}

/**
 * Serves dist/playground with the project's own static server (scripts/playground-server.mjs) in
 * a child process, as `npm run playground` does, on a free port.
 */
export function servePlayground(): Promise<Served> {
  const script =
    `import(${JSON.stringify(path.join(repoRoot, "scripts", "playground-server.mjs"))})` +
    `.then((m) => m.serveDirectory(${JSON.stringify(playgroundDir)}, 0))` +
    `.then((s) => console.log("URL " + s.url))` +
    `.catch((e) => { console.error(e); process.exit(1); });`;
  const child: ChildProcess = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const match = /URL (\S+)/.exec(out);
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** A page whose requests are all recorded, so a test can assert none left the page's origin. */
export interface RecordedPage {
  page: Page;
  requests: string[];
  /** The recorded requests that went anywhere but `origin` (data: and blob: URLs are local). */
  foreign(): string[];
  /** Uncaught errors and console errors the page reported. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { locale?: string } = {}
): Promise<RecordedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? "sv-SE",
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const origin = new URL(url).origin;
  await page.goto(url);
  return {
    page,
    requests,
    errors,
    foreign: () =>
      requests.filter(
        (r) => !r.startsWith("data:") && !r.startsWith("blob:") && new URL(r).origin !== origin
      ),
  };
}

/** test-results/e2e/<name>.png, full page. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** What a browser test gets: a fresh page of the playground, ready, in a language. */
export interface Session {
  open(lang: UiLanguage): Promise<RecordedPage>;
}

/**
 * A describe block over one server and one browser, skipped (saying why) where Chromium or the
 * build is missing. Each `open` is a new browser context: its own storage, a fresh workbook.
 */
export function describeInBrowser(
  testFile: string,
  title: string,
  body: (session: Session) => void
): void {
  const chromiumPath = findChromium(testFile);
  const noBuild = chromiumPath ? missingBuild() : undefined;
  if (noBuild) console.warn(`${testFile} skipped: ${noBuild}`);
  const run = chromiumPath && !noBuild ? describe : describe.skip;
  run(title, () => {
    let served: Served | undefined;
    let browser: Browser | undefined;
    beforeAll(async () => {
      served = await servePlayground();
      browser = await launchChromium(chromiumPath!);
    });
    afterAll(async () => {
      await browser?.close();
      served?.stop();
    });
    body({
      open: async (lang) => {
        const recorded = await openPage(browser!, served!.url, {
          locale: lang === "sv" ? "sv-SE" : "en-GB",
        });
        await ready(recorded.page);
        return recorded;
      },
    });
  });
}
