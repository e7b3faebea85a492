/**
 * The file commands as real processes run as ES modules (tsx), where a CommonJS package such as
 * ExcelJS is imported differently from the compiled command: both must work.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const main = join(root, "src", "cli", "main.ts");

describe("si-kalkyl file commands as processes", () => {
  it("imports the sample unit-cost workbook", () => {
    const fixture = join(root, "test", "fixtures", "enhetskostnader-exempel.xlsx");
    const r = spawnSync(tsx, [main, "import-unitcosts", fixture, "--json"], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/not a constructor/);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { items: unknown[]; rejected: unknown[] };
    expect(out.items).toHaveLength(12);
    expect(out.rejected).toHaveLength(0);
  });
});
