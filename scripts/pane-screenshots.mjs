/**
 * `npm run screenshots:pane`: pictures of the task pane for the README, rendered by headless
 * Chromium from a demo build of the pane over the tests' mock Office host (scripts/pane-demo/),
 * 380 px wide as Excel's pane, one per view: docs/images/pane-<view>.png. Needs Chromium
 * (CHROMIUM_PATH or /usr/bin/chromium); not part of `npm test`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`no Chromium at ${chromium}: set CHROMIUM_PATH or apt-get install chromium`);
  process.exit(1);
}
const SHOTS = [
  ["start", "sv", 900],
  ["phases", "sv", 1100],
  ["templates", "sv", 1000],
  ["kalkyl", "sv", 1500],
  ["check", "sv", 800],
  ["share", "sv", 700],
  ["kalkyl", "en", 1500],
];

execFileSync("npx", ["webpack", "--config", "scripts/pane-demo/webpack.config.js"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
const page = pathToFileURL(path.join(root, "tmp", "pane-demo", "index.html")).href;
mkdirSync(path.join(root, "docs", "images"), { recursive: true });
for (const [view, lang, height] of SHOTS) {
  const file = path.join(
    root,
    "docs",
    "images",
    `pane-${view}${lang === "sv" ? "" : `-${lang}`}.png`
  );
  execFileSync(
    chromium,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--hide-scrollbars",
      `--window-size=380,${height}`,
      "--virtual-time-budget=8000",
      `--screenshot=${file}`,
      `${page}#${view}-${lang}`,
    ],
    { stdio: ["ignore", "ignore", "ignore"] }
  );
  console.log(path.relative(root, file));
}
