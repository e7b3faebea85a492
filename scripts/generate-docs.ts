/** Rewrites docs/functions.md, docs/sheets.md and the README's function table (`npm run docs`). */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeAtomic } from "./write-atomic";
import { CATALOG } from "../src/catalog";
import { functionsMarkdown, withReadmeTable } from "../src/catalog/docs";
import { sheetsMarkdown } from "../src/templates/docs";

const root = join(__dirname, "..");

mkdirSync(join(root, "docs"), { recursive: true });
writeAtomic(join(root, "docs", "functions.md"), functionsMarkdown(CATALOG));
writeAtomic(join(root, "docs", "sheets.md"), sheetsMarkdown());
const readme = readFileSync(join(root, "README.md"), "utf8");
const updated = withReadmeTable(readme, CATALOG);
if (updated === undefined) {
  console.error("README.md has no function-table markers; add them where the table belongs");
  process.exitCode = 1;
} else {
  writeAtomic(join(root, "README.md"), updated);
  console.log("docs/functions.md, docs/sheets.md and the README function table are up to date");
}
