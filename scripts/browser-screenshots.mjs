/**
 * `npm run screenshots:browser`: the README's pictures of the task pane and the playground, taken
 * by the browser tests (test/e2e/, headless Chromium over the production build of the playground,
 * so every figure is calculated). Builds first when dist/playground is missing, runs those tests,
 * then copies the pictures they wrote to test-results/e2e/ into docs/images/. Not part of
 * `npm test`, which takes the same pictures but leaves docs/ alone.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const shots = path.join(root, "test-results", "e2e");
const images = path.join(root, "docs", "images");

/** test-results/e2e/<from>.png → docs/images/<to>.png */
const PICTURES = [
  ["pane-start", "pane-start"],
  ["pane-phases", "pane-phases"],
  ["pane-templates", "pane-templates"],
  ["pane-kalkyl", "pane-kalkyl"],
  ["pane-check", "pane-check"],
  ["pane-share", "pane-share"],
  ["pane-kalkyl-en", "pane-kalkyl-en"],
  ["template-kalkyl", "playground-kalkyl"],
  ["sensitivity", "playground-sensitivity"],
  ["unitcost-catalog", "playground-unitcosts"],
  ["protected-sheet", "playground-protected"],
];

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: "inherit" });

if (!existsSync(path.join(root, "dist", "playground", "playground.html")))
  run("npm", ["run", "build"]);
run("npx", ["jest", "test/e2e"]);
mkdirSync(images, { recursive: true });
for (const [from, to] of PICTURES) {
  copyFileSync(path.join(shots, `${from}.png`), path.join(images, `${to}.png`));
  console.log(`docs/images/${to}.png`);
}
