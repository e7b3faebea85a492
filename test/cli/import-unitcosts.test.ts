import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importUnitCostsCommand } from "../../src/cli/import-unitcosts";
import { Lang } from "../../src/i18n/lang";
import { importUnitCostsReport } from "../../src/import/unitcosts";
import { workbookGrids } from "../../src/import/xlsx-grid";

const FIXTURE = join(__dirname, "..", "fixtures", "enhetskostnader-exempel.xlsx");
const LOGIC_MODEL = join(__dirname, "..", "fixtures", "logikmodell-exempel.xlsx");

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(
  file: string,
  options: { sheet?: string; json?: boolean; lang?: Lang } = {}
): Promise<Run> {
  let out = "";
  let err = "";
  const code = await importUnitCostsCommand(
    file,
    { sheet: options.sheet, json: !!options.json, lang: options.lang ?? "en" },
    { out: (t) => (out += t), err: (t) => (err += t) }
  );
  return { code, out, err };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "si-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("si-kalkyl import-unitcosts on the sample workbook", () => {
  it("prints exactly one JSON object with every unit cost", async () => {
    const r = await run(FIXTURE, { json: true });
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.trim().split("\n")).toHaveLength(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["items", "rejected", "warnings"]);
    expect(json.rejected).toEqual([]);
    expect(json.warnings).toEqual([]);
    expect(json.items).toHaveLength(12);
    expect(json.items[0]).toEqual({
      name: "Placering HVB, barn och unga",
      cost: 6200,
      unit: "kr/dygn",
      priceYear: 2015,
      category: "Socialtjänst, barn och unga",
      source: "Exempelvärde (fiktivt, för test)",
      id: null,
      sheet: "Enhetskostnader",
      row: 5,
    });
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual([
        "name",
        "cost",
        "unit",
        "priceYear",
        "category",
        "source",
        "id",
        "sheet",
        "row",
      ]);
    }
    expect(json.items.map((i: { category: string }) => i.category)).toEqual([
      ...Array(4).fill("Socialtjänst, barn och unga"),
      ...Array(3).fill("Skola"),
      ...Array(2).fill("Försörjning och arbete"),
      ...Array(3).fill("Hälso- och sjukvård"),
    ]);
  });

  it("accounts for every row below the header", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const grids = workbookGrids(wb);
    const r = importUnitCostsReport(grids, { lang: "sv" });
    const header = r.sheets[0].headerRow!;
    expect(header).toBe(3);
    const rows = [
      ...r.items.map((i) => i.row),
      ...r.rejected.map((x) => x.row),
      ...r.skipped.map((s) => s.row),
    ].sort((a, b) => a - b);
    expect(rows).toEqual(
      Array.from({ length: grids[0].cells.length - header }, (_, k) => header + 1 + k)
    );
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [4, "band"],
      [9, "band"],
      [13, "band"],
      [16, "band"],
    ]);
  });

  it("prints a readable summary: counts, then a line per sheet", async () => {
    const en = await run(FIXTURE);
    expect(en.code).toBe(0);
    expect(en.out).toBe(
      [
        "Unit costs imported: 12",
        "Rows rejected:       0",
        "Rows skipped:        4 (category headings: 4)",
        "Warnings:            0",
        "",
        "Sheet “Enhetskostnader”: header in row 3; 12 imported, 0 rejected, 4 skipped",
        "",
      ].join("\n")
    );
    const sv = await run(FIXTURE, { lang: "sv" });
    expect(sv.out.split("\n")[0]).toBe("Importerade enhetskostnader: 12");
  });

  it("never writes to the file", async () => {
    const before = statSync(FIXTURE);
    const hash = createHash("sha256").update(readFileSync(FIXTURE)).digest("hex");
    await run(FIXTURE, { json: true });
    await run(FIXTURE);
    expect(createHash("sha256").update(readFileSync(FIXTURE)).digest("hex")).toBe(hash);
    expect(statSync(FIXTURE).mtimeMs).toBe(before.mtimeMs);
  });
});

describe("a messy workbook", () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook("rorig.xlsx", (wb) => {
      const ws = wb.addWorksheet("Kommun");
      ws.addRow(["Enhetskostnader"]); // 1
      ws.addRow(["Prisnivå: 2018"]); // 2
      ws.addRow(["Kostnadspost", "Kostnad (tkr)", "Enhet", "Källa"]); // 3
      ws.addRow(["Socialtjänst"]); // 4 band (merged)
      ws.mergeCells("A4:D4");
      ws.addRow(["HVB", "6,2", "kr/dygn", "SKR"]); // 5 text, Swedish decimal
      ws.addRow(["Familjehem", 1.3, "kr/dygn", "SKR"]); // 6
      ws.addRow(["Jourhem", "–", "kr/dygn", "SKR"]); // 7 rejected
      ws.addRow(["Kontaktfamilj", { error: "#N/A" }, "kr/mån", "SKR"]); // 8 rejected
      ws.addRow(["Dold", 9, "kr", "SKR"]); // 9 hidden
      ws.getRow(9).hidden = true;
      ws.addRow([]); // 10 (not in the file: blank)
      ws.addRow(["Summa", 7.5]); // 11 total
      ws.addRow(["Not: fiktiva värden"]); // 12 note
      wb.addWorksheet("Tom");
    });
  });

  it("imports, rejects with reasons and skips, in JSON", async () => {
    const r = await run(file, { json: true, lang: "sv" });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(
      json.items.map((i: { name: string; cost: number; priceYear: number; category: string }) => [
        i.name,
        i.cost,
        i.priceYear,
        i.category,
      ])
    ).toEqual([
      ["HVB", 6200, 2018, "Socialtjänst"],
      ["Familjehem", 1300, 2018, "Socialtjänst"],
    ]);
    expect(json.rejected).toEqual([
      { sheet: "Kommun", row: 7, reason: "kostnaden saknas (”–”)" },
      { sheet: "Kommun", row: 8, reason: "kostnadscellen innehåller Excelfelet #N/A" },
    ]);
  });

  it("lists rejected rows in the readable summary", async () => {
    const r = await run(file, { lang: "en" });
    expect(r.out).toContain(
      "Rows skipped:        5 (blank: 1, hidden: 1, category headings: 1, totals: 1, notes: 1)\n"
    );
    expect(r.out).toContain("Sheet “Tom”: no unit-cost header, not read");
    expect(r.out).toContain(
      "Rejected rows:\n  Kommun, row 7: the cost is missing (“–”)\n  Kommun, row 8: the cost cell holds the Excel error #N/A\n"
    );
  });

  it("reads only the sheet asked for, and fails on one that does not exist or has no table", async () => {
    expect((await run(file, { sheet: "kommun", json: true })).code).toBe(0);
    const missing = await run(file, { sheet: "Region" });
    expect(missing).toEqual({
      code: 1,
      out: "",
      err: `si-kalkyl import-unitcosts: ${file}: no sheet named “Region”; the sheets are “Kommun”, “Tom”\n`,
    });
    const empty = await run(file, { sheet: "Tom" });
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(
      /^si-kalkyl import-unitcosts: .*: no unit-cost table in the sheet “Tom”/
    );
    expect(empty.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("errors", () => {
  it("a missing file", async () => {
    const r = await run(join(dir, "saknas.xlsx"));
    expect(r).toEqual({
      code: 1,
      out: "",
      err: `si-kalkyl import-unitcosts: cannot read ${join(dir, "saknas.xlsx")}: no such file or directory\n`,
    });
  });

  it("a file that is not an xlsx", async () => {
    const file = join(dir, "inte.xlsx");
    writeFileSync(file, "Kostnadspost;Kostnad\nHVB;6200\n");
    const r = await run(file);
    expect(r).toEqual({
      code: 1,
      out: "",
      err: `si-kalkyl import-unitcosts: ${file}: not an xlsx workbook (not a zip archive)\n`,
    });
  });

  it("a workbook without a unit-cost header", async () => {
    const r = await run(LOGIC_MODEL, { json: true });
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /^si-kalkyl import-unitcosts: .*logikmodell-exempel\.xlsx: no unit-cost table: no sheet has a header row/
    );
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("personal identity numbers", () => {
  const PNR = "19811218-9876";
  const DIGITS = ["8112189876", "811218", "9876"];

  it("are warned of with sheet and row and appear in no output", async () => {
    const file = await writeWorkbook("pnr.xlsx", (wb) => {
      const ws = wb.addWorksheet("Kostnader");
      ws.addRow(["Namn", "Kostnad", "Källa"]);
      ws.addRow([`Placering ${PNR}`, 6200, "SKR"]);
      ws.addRow(["HVB", PNR, "SKR"]);
      ws.addRow(["Jourhem", 2100, 198112189876]);
      wb.addWorksheet("Bilaga").addRow(["Klient", PNR]);
    });
    for (const lang of ["sv", "en"] as const) {
      for (const json of [true, false]) {
        const r = await run(file, { json, lang });
        expect(r.code).toBe(0);
        for (const d of DIGITS) expect(r.out + r.err).not.toContain(d);
        if (json) {
          const parsed = JSON.parse(r.out);
          expect(
            parsed.warnings.map((w: { sheet: string; row: number }) => [w.sheet, w.row])
          ).toEqual([
            ["Kostnader", 2],
            ["Kostnader", 3],
            ["Kostnader", 4],
            ["Bilaga", 1],
          ]);
        }
      }
    }
    const noTable = await run(file, { sheet: "Bilaga" });
    expect(noTable.code).toBe(1);
    for (const d of DIGITS) expect(noTable.out + noTable.err).not.toContain(d);
  });
});
