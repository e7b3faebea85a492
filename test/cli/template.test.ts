/**
 * `si-kalkyl template` and `si-kalkyl convert-logicmodel` as a user runs them: the files they
 * write, `recalc --report` on those files, the JSON shape other tools read, and the refusals.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cli } from "../helpers/run-cli";
import { tempDir } from "../engine/xlsx-helpers";

jest.setTimeout(90_000);

const dir = tempDir();
afterAll(() => dir.remove());

describe("si-kalkyl template", () => {
  it.each(["sv", "en"])(
    "writes all eight sheets (%s); recalc --report on the file finds no error cell",
    async (lang) => {
      const out = dir.path(`all-${lang}.xlsx`);
      const r = await cli("template", "all", "-o", out, "--lang", lang);
      expect(r).toEqual({ code: 0, out: "", err: "" });
      const again = await cli("recalc", out, "-o", dir.path(`all-${lang}-r.xlsx`), "--report");
      expect(again.code).toBe(0);
      const report = JSON.parse(again.out) as {
        sheets: { name: string; errors: unknown[]; siCells: number }[];
      };
      expect(report.sheets).toHaveLength(8);
      for (const s of report.sheets) expect(s.errors).toEqual([]);
      expect(report.sheets.reduce((n, s) => n + s.siCells, 0)).toBeGreaterThan(100);
    }
  );

  it("says in its help that the file has no charts, since ExcelJS cannot draw them", async () => {
    const r = await cli("template", "--help");
    expect(r.code).toBe(0);
    expect(r.out.replace(/\s+/g, " ")).toContain("without charts, which ExcelJS cannot draw");
  });

  it("writes one sheet, empty with --no-example", async () => {
    const out = dir.path("risk.xlsx");
    expect(
      (await cli("template", "riskmatris", "-o", out, "--no-example", "--lang", "sv")).code
    ).toBe(0);
    const r = await cli("recalc", out, "-o", dir.path("risk-r.xlsx"), "--report");
    const report = JSON.parse(r.out) as { sheets: { name: string; errors: unknown[] }[] };
    expect(report.sheets.map((s) => s.name)).toEqual(["Riskmatris"]);
    expect(report.sheets[0].errors).toEqual([]);
  });

  it("refuses an unknown sheet (exit 2) and never replaces an existing file without --force", async () => {
    const unknown = await cli("template", "budget", "-o", dir.path("x.xlsx"));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown sheet "budget"; choose one of logikmodell, .* or all/);
    const taken = dir.path("taken.xlsx");
    writeFileSync(taken, "mine");
    const refused = await cli("template", "kalkyl", "-o", taken);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("exists");
    expect(readFileSync(taken, "utf8")).toBe("mine");
    expect((await cli("template", "kalkyl", "-o", taken, "--force")).code).toBe(0);
    expect(readFileSync(taken).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("si-kalkyl convert-logicmodel", () => {
  const fixture = "test/fixtures/logikmodell-exempel.xlsx";

  it("prints the indicators and red-thread warnings as one JSON object and writes the live sheet", async () => {
    const out = dir.path("lm.xlsx");
    const r = await cli("convert-logicmodel", fixture, "-o", out, "--json", "--lang", "sv");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { indicators: Record<string, string>[]; warnings: unknown[] };
    expect(Object.keys(json)).toEqual(["indicators", "warnings"]);
    // The fixture's four rows, as its cells hold them.
    expect(json.indicators.map((i) => [i.level, i.indicator, i.dataSource])).toEqual([
      ["aim", "Antal sjukhusinläggningar efter fallskada per år", "Regionens patientregister"],
      ["result", "Andel äldre registrerade på lokalt gym", "Gymmets register"],
      ["activity", "Antal genomförda träningstillfällen", "Närvarolistor"],
      ["resource", "Budgeterade och upparbetade kostnader", "Ekonomisystemet"],
    ]);
    expect(Object.keys(json.indicators[0])).toEqual([
      "level",
      "goal",
      "indicator",
      "dataSource",
      "assumptions",
    ]);
    expect(json.warnings).toEqual([]);
    const check = await cli("recalc", out, "-o", dir.path("lm-r.xlsx"), "--report");
    const report = JSON.parse(check.out) as {
      sheets: { name: string; errors: unknown[]; formulas: number }[];
    };
    expect(report.sheets).toEqual([expect.objectContaining({ name: "Logikmodell", errors: [] })]);
    expect(report.sheets[0].formulas).toBe(4 * 7); // four indicator rows, seven calculated columns
  });

  it("reports a red-thread gap per level in readable form", async () => {
    const r = await cli("convert-logicmodel", fixture, "-o", dir.path("lm2.xlsx"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("The logic model on sheet Logikmodell: 4 indicators");
    expect(r.out).toContain("Red thread: no gaps.");
  });

  it("says so when the workbook holds no logic model (exit 1), and writes nothing", async () => {
    const out = dir.path("none.xlsx");
    const r = await cli(
      "convert-logicmodel",
      "test/fixtures/enhetskostnader-exempel.xlsx",
      "-o",
      out,
      "--lang",
      "en"
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no logic model found/);
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over its input", async () => {
    const r = await cli("convert-logicmodel", fixture, "-o", fixture, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("never overwritten");
  });
});
