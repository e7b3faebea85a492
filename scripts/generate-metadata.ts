/**
 * Writes generated/functions.json (English) and generated/functions-sv.json (Swedish) from the
 * function catalog. Run by `npm run generate`, which build and dev-server run first.
 * Files are written to a temporary name and renamed, so a failed run never leaves half a file.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeAtomic } from "./write-atomic";
import { CATALOG } from "../src/catalog";
import { buildMetadata, metadataFileProblems } from "../src/catalog/metadata";

function main(): number {
  const out = join(__dirname, "..", "generated");
  try {
    const en = buildMetadata(CATALOG, "en");
    const sv = buildMetadata(CATALOG, "sv");
    const problems = [...metadataFileProblems(en), ...metadataFileProblems(sv)];
    if (problems.length > 0)
      throw new Error(`Invalid function metadata:\n  ${problems.join("\n  ")}`);
    mkdirSync(out, { recursive: true });
    writeAtomic(join(out, "functions.json"), JSON.stringify(en, null, 2) + "\n");
    writeAtomic(join(out, "functions-sv.json"), JSON.stringify(sv, null, 2) + "\n");
    console.log(`generated/functions.json and functions-sv.json: ${en.functions.length} functions`);
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

process.exitCode = main();
