import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG } from "../../src/catalog";
import {
  exampleFormula,
  functionsMarkdown,
  readmeTable,
  withReadmeTable,
} from "../../src/catalog/docs";

const root = join(__dirname, "..", "..");

describe("documentation generated from the catalog", () => {
  it("docs/functions.md is up to date (run `npm run docs` after changing a function)", () => {
    expect(readFileSync(join(root, "docs", "functions.md"), "utf8")).toBe(
      functionsMarkdown(CATALOG)
    );
  });

  it("the README's function table is up to date and lists every function", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(withReadmeTable(readme, CATALOG)).toBe(readme);
    for (const f of CATALOG) expect(readmeTable(CATALOG)).toContain(`SI.${f.id}(`);
  });

  it("writes examples as formulas a user can type", () => {
    expect(exampleFormula("EFFECT", { args: [null, 70, null, 88, "absolut"], result: -18 })).toBe(
      '=SI.EFFECT(,70,,88,"absolut")'
    );
    expect(exampleFormula("CBA", { args: [[[100, 0]], [[0, 60]], 0.035, "bcr"], result: 0 })).toBe(
      '=SI.CBA({100,0},{0,60},0.035,"bcr")'
    );
  });
});
