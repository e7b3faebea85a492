/** @jest-environment jsdom */
/**
 * Opening and saving .xlsx in the playground (src/playground/xlsx/): the fixtures read as the
 * headless engine reads them, and survive snapshot → xlsx → snapshot; what the playground writes
 * opens in `si-kalkyl recalc` (the same code, recalcBytes) without error cells, its SI formulas
 * spelled as Excel stores custom functions, with values checked by hand.
 */
import fs from "fs";
import path from "path";
import { loadXlsx } from "../../src/engine/xlsx-file";
import { readWorkbook } from "../../src/engine/workbook";
import type { WorkbookSnapshot } from "../../src/playground/model";
import { workbookBytes } from "../../src/playground/ui/workbook-files";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { XlsxReadError, xlsxToSnapshot } from "../../src/playground/xlsx/read";
import { sheetOf } from "./office-setup";
import { snapshotToXlsx } from "../../src/playground/xlsx/write";
import {
  area,
  arrayFormulasIn,
  calculatedColumnsIn,
  emptySheet,
  keptWorkbook,
  packageXml,
  recalcReport,
  shimStructuredClone,
} from "./xlsx-helpers";

const FIXTURES = ["enhetskostnader-exempel.xlsx", "logikmodell-exempel.xlsx"];
const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "fixtures", name)));

describe("reading the fixtures", () => {
  it.each(FIXTURES)("%s: every constant as the headless engine reads it", async (name) => {
    const snapshot = await xlsxToSnapshot(fixture(name));
    const engine = readWorkbook((await loadXlsx(Buffer.from(fixture(name)))).workbook);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(engine.sheetNames);
    for (const sheet of snapshot.sheets) {
      const expected: { row: number; col: number; input: unknown }[] = [];
      engine.sheets[sheet.name].forEach((row, r) =>
        row.forEach((content, c) => {
          if (content === null || content === undefined || content === "'") return;
          // The engine marks text with a leading apostrophe; the model keeps it plain.
          const input =
            typeof content === "string" && content.startsWith("'") ? content.slice(1) : content;
          expected.push({ row: r, col: c, input });
        })
      );
      expect(sheet.cells).toEqual(expected);
    }
  });

  it("reads merges, column widths in points and the looks of the unit-cost fixture", async () => {
    const [sheet] = (await xlsxToSnapshot(fixture("enhetskostnader-exempel.xlsx"))).sheets;
    // A4:F4, A9:F9, A13:F13, A16:F16 as the file has them, 0-based.
    expect(sheet.merges).toEqual([
      area(3, 0, 3, 5),
      area(8, 0, 8, 5),
      area(12, 0, 12, 5),
      area(15, 0, 15, 5),
    ]);
    // Column A is 28 characters wide: (28 × 7 px + 5 px) × 0.75 pt/px = 150.75 pt.
    expect(sheet.columnWidths[0]).toEqual({ col: 0, width: 150.75 });
    expect(sheet.formats.find((f) => f.row === 0 && f.col === 0)?.format).toEqual({
      bold: true,
      fontSize: 14,
    });
  });
});

describe("round trips", () => {
  it.each(FIXTURES)(
    "%s → snapshot → xlsx → snapshot keeps cells, looks, tables and names",
    async (name) => {
      const first = await xlsxToSnapshot(fixture(name));
      const again = await xlsxToSnapshot(await snapshotToXlsx(first));
      expect(keptWorkbook(again)).toEqual(keptWorkbook(first));
    }
  );

  it("keeps tables, names (constants too), validations, formats, protection and hidden sheets", async () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        emptySheet("Kalkyl", {
          protected: true,
          tabColor: "#1F4E79",
          cells: [
            { row: 0, col: 0, input: "Post" },
            { row: 0, col: 1, input: "Belopp" },
            { row: 0, col: 2, input: "Dubbelt" },
            { row: 1, col: 0, input: "Hyra" },
            { row: 1, col: 1, input: 1200 },
            { row: 1, col: 2, input: "=[@Belopp]*2" },
            { row: 2, col: 0, input: "Lön" },
            { row: 2, col: 1, input: 300 },
            { row: 2, col: 2, input: "=[@Belopp]*2" },
            { row: 4, col: 0, input: "Typ" },
            { row: 4, col: 1, input: "Kostnad" },
            { row: 5, col: 1, input: "=SUM(Poster[Belopp])*Ränta" },
          ],
          numberFormats: [{ row: 1, col: 1, format: '#,##0 "kr"' }],
          formats: [
            {
              row: 0,
              col: 0,
              format: { bold: true, fill: "#D9E1F2", horizontalAlignment: "Center" },
            },
            {
              row: 1,
              col: 1,
              format: {
                locked: false,
                fontColor: "#C00000",
                italic: true,
                wrapText: true,
                verticalAlignment: "Top",
              },
            },
          ],
          merges: [area(7, 0, 7, 2)],
          columnWidths: [{ col: 0, width: 120 }],
          rowHeights: [{ row: 0, height: 30 }],
          tables: [
            {
              name: "Poster",
              area: area(0, 0, 2, 2),
              showHeaders: true,
              showTotals: false,
              style: "TableStyleMedium2",
            },
          ],
          validations: [
            {
              area: area(4, 1, 6, 1),
              rule: { list: { inCellDropDown: true, source: "Kostnad,Nytta" } },
              prompt: { showPrompt: true, title: "Typ", message: "Kostnad eller nytta" },
              errorAlert: {
                showAlert: true,
                style: "Warning",
                title: "",
                message: "Välj i listan",
              },
            },
            {
              area: area(1, 1, 2, 1),
              rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
              ignoreBlanks: false,
              errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
            },
          ],
        }),
        emptySheet("Dold", { visibility: "Hidden", cells: [{ row: 0, col: 0, input: 1 }] }),
      ],
      names: [
        { name: "Ränta", formula: "=0.035" },
        { name: "Belopp1", formula: "=Kalkyl!$B$2" },
      ],
      settings: {},
    };
    const back = await xlsxToSnapshot(await snapshotToXlsx(snapshot));
    expect(keptWorkbook(back)).toEqual(keptWorkbook(snapshot));
    expect(back.sheets.map((s) => [s.visibility, s.protected, s.tabColor])).toEqual([
      ["Visible", true, "#1F4E79"],
      ["Hidden", false, undefined],
    ]);
  });
});

describe("what the playground writes opens in si-kalkyl recalc", () => {
  const cba = '=SI.CBA({100,0,0},{0,60,60},0.035,"npv")';
  const snapshot: WorkbookSnapshot = {
    sheets: [
      emptySheet("Blad1", {
        cells: [
          { row: 0, col: 0, input: 2 },
          { row: 1, col: 0, input: "=A1*Ränta" },
          { row: 2, col: 0, input: cba },
          { row: 3, col: 0, input: '=SI.CBA({100,0,0},{0,60,60},0.035,"table")' },
        ],
      }),
    ],
    names: [{ name: "Ränta", formula: "=0.035" }],
    settings: {},
  };

  it("spells SI calls as Excel stores custom functions", async () => {
    const { unzipSync, strFromU8 } = await import("fflate");
    const parts = unzipSync(await snapshotToXlsx(snapshot));
    const sheetXml = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).toContain("_xldudf_SI_CBA({100,0,0},{0,60,60},0.035,&quot;npv&quot;)");
    expect(sheetXml).not.toContain("SI.CBA");
    // A defined name's text has no "=" in the file.
    expect(strFromU8(parts["xl/workbook.xml"])).toContain(
      '<definedName name="Ränta">0.035</definedName>'
    );
  });

  it("computes without error cells, with the values worked out by hand", async () => {
    const report = await recalcReport(await snapshotToXlsx(snapshot));
    expect(report.sheets.flatMap((s) => s.errors)).toEqual([]);
    expect(report.sheets[0].siCells).toBe(2);
    const back = await loadXlsx(report.bytes);
    const ws = back.workbook.getWorksheet("Blad1")!;
    const result = (ref: string) => (ws.getCell(ref) as unknown as { result: unknown }).result;
    expect(result("A2")).toBeCloseTo(2 * 0.035, 12);
    expect(result("A3")).toBeCloseTo(-100 + 60 / 1.035 + 60 / 1.035 ** 2, 10);
  });

  it("writes a spill the page computed as an array formula over it, which reads back as one formula", async () => {
    const values: Record<string, number | string> = {
      "3,0": "Nettonuvärde",
      "3,1": 13.98,
      "4,0": "Kvot",
      "4,1": 1.14,
    };
    const bytes = await snapshotToXlsx(snapshot, {
      cellAt: (_sheet, row, col) => {
        const v = values[`${row},${col}`];
        return v === undefined ? undefined : { value: v, spilled: !(row === 3 && col === 0) };
      },
    });
    const back = await xlsxToSnapshot(bytes);
    expect(back.sheets[0].cells).toEqual(snapshot.sheets[0].cells);
    expect((await recalcReport(bytes)).sheets.flatMap((s) => s.errors)).toEqual([]);
  });
});

describe("the finishing si-kalkyl template gives its files", () => {
  const cba = '=SI.CBA({100,0,0},{0,60,60},0.035,"table")';
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        ...sheetOf("Blad1", [
          ["Belopp", "Dubbelt", "Fri"],
          [10, "=Poster[[#This Row],[Belopp]]*2", "=1"],
          [20, "=Poster[[#This Row],[Belopp]]*2", "=2"],
          [],
          ["={1,2;3,4}"],
          [],
          [],
          [cba],
          ...Array.from({ length: 22 }, () => []),
          ["=SUM(A2:A3)"],
        ]),
        tables: [{ name: "Poster", area: area(0, 0, 2, 2), showHeaders: true, showTotals: false }],
      },
    ],
    names: [],
    settings: {},
  };
  let bytes: Uint8Array;
  let parts: Map<string, string>;
  beforeAll(async () => {
    shimStructuredClone();
    bytes = await workbookBytes(createPlaygroundModel(snapshot, { lang: "sv" }));
    parts = packageXml(bytes);
  });

  it("names a column whose every row holds one formula as calculated, in the file's spelling", () => {
    // "Fri" has a different formula in each row, "Belopp" constants: neither is calculated.
    expect(calculatedColumnsIn(parts)).toEqual({
      Poster: { Dubbelt: "Poster[[#This Row],[Belopp]]*2" },
    });
  });

  it("flags every spill as a dynamic array, with the metadata part Excel reads the flag from", async () => {
    // The array constant fills two rows and two columns, by hand; SI.CBA's table is as wide and
    // as tall as si-kalkyl recalc writes it.
    const recalculated = arrayFormulasIn(packageXml((await recalcReport(bytes)).bytes));
    const cbaRef = recalculated.Blad1.find((a) => a.ref.startsWith("A8:"))!.ref;
    expect(arrayFormulasIn(parts)).toEqual({
      Blad1: [
        { ref: "A5:B6", dynamic: true },
        { ref: cbaRef, dynamic: true },
      ],
    });
    // A plain formula stays plain.
    expect(parts.get("xl/worksheets/sheet1.xml")).toMatch(/<c r="A31"[^>]*><f>SUM\(A2:A3\)<\/f>/);
    expect(parts.get("xl/metadata.xml")).toContain('<xda:dynamicArrayProperties fDynamic="1"');
    expect(parts.get("[Content_Types].xml")).toContain('PartName="/xl/metadata.xml"');
    expect(parts.get("xl/_rels/workbook.xml.rels")).toContain('Target="metadata.xml"');
  });
});

describe("[@Col] as the file format spells it", () => {
  // Excel shows "this row" as [@Belopp], but a file holds Poster[[#This Row],[Belopp]]: written
  // as typed, Excel would not read the formula.
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        ...sheetOf("Blad1", [
          ["Belopp", "Dubbelt"],
          [10, "=[@Belopp]*2"],
          [20, "=[@Belopp]*2"],
        ]),
        tables: [{ name: "Poster", area: area(0, 0, 2, 1), showHeaders: true, showTotals: false }],
      },
    ],
    names: [],
    settings: {},
  };

  it("writes the long form in cells and calculated columns, and the file computes 20 and 40", async () => {
    shimStructuredClone();
    const bytes = await workbookBytes(createPlaygroundModel(snapshot, { lang: "sv" }));
    const parts = packageXml(bytes);
    expect(calculatedColumnsIn(parts)).toEqual({
      Poster: { Dubbelt: "Poster[[#This Row],[Belopp]]*2" },
    });
    expect(parts.get("xl/worksheets/sheet1.xml")).not.toContain("[@");
    const report = await recalcReport(bytes);
    expect(report.sheets.flatMap((s) => s.errors)).toEqual([]);
    const ws = (await loadXlsx(report.bytes)).workbook.getWorksheet("Blad1")!;
    const result = (ref: string) => (ws.getCell(ref) as unknown as { result: unknown }).result;
    expect([result("B2"), result("B3")]).toEqual([20, 40]);
  });
});

describe("files ExcelJS alone cannot read", () => {
  it("expands shared formulas into each cell, moved as Excel moves them", async () => {
    const ExcelJS = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*$A$1+1", result: 2 } as never;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 3 } as never;
    const snap = await xlsxToSnapshot(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(snap.sheets[0].cells.filter((c) => c.col === 1).map((c) => c.input)).toEqual([
      "=A1*$A$1+1",
      "=A2*$A$1+1",
    ]);
  });

  it("reads a table with calculated columns and an implicit header row, as Excel saves it", async () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
    const snapshot: WorkbookSnapshot = {
      sheets: [
        emptySheet("Blad1", {
          cells: [
            { row: 0, col: 0, input: "Moms" },
            { row: 0, col: 1, input: "Belopp" },
            { row: 0, col: 2, input: "Not" },
            { row: 1, col: 0, input: "=[@Belopp]*0.25" },
            { row: 1, col: 1, input: 100 },
            { row: 1, col: 2, input: "hyra" },
            { row: 3, col: 0, input: "=SUM(Tabell1[Moms])" },
          ],
          tables: [
            {
              name: "Tabell1",
              area: area(0, 0, 1, 2),
              showHeaders: true,
              showTotals: false,
              style: "TableStyleMedium2",
            },
          ],
        }),
      ],
      names: [],
      settings: {},
    };
    const parts = unzipSync(await snapshotToXlsx(snapshot));
    const name = Object.keys(parts).find((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))!;
    // Excel leaves headerRowCount out (its default, 1) and writes a calculated column's formula
    // as a child of its <tableColumn>, which ExcelJS cannot parse.
    const excelLike = strFromU8(parts[name])
      .replace(/\sheaderRowCount="1"/, "")
      .replace(
        /<tableColumn ([^>]*name="Moms"[^>]*?)\s*(?:\/>|>[\s\S]*?<\/tableColumn>)/,
        "<tableColumn $1><calculatedColumnFormula>Tabell1[[#This Row],[Belopp]]*0.25</calculatedColumnFormula></tableColumn>"
      );
    expect(excelLike).toContain(
      "<calculatedColumnFormula>Tabell1[[#This Row],[Belopp]]*0.25</calculatedColumnFormula>"
    );
    expect(excelLike).not.toContain("headerRowCount");
    const bytes = zipSync({ ...parts, [name]: strToU8(excelLike) });
    const snap = await xlsxToSnapshot(bytes);
    expect(snap.sheets[0].tables).toEqual(snapshot.sheets[0].tables);
    expect(snap.sheets[0].cells).toEqual(snapshot.sheets[0].cells);
    // Written again, the table keeps all three columns for the engine: 100 × 0.25 by hand.
    const report = await recalcReport(await snapshotToXlsx(snap));
    expect(report.sheets.flatMap((s) => s.errors)).toEqual([]);
    const ws = (await loadXlsx(report.bytes)).workbook.getWorksheet("Blad1")!;
    expect((ws.getCell("A4") as unknown as { result: unknown }).result).toBe(25);
  });

  it("says in one line why a file is not a workbook", async () => {
    await expect(xlsxToSnapshot(new Uint8Array(Buffer.from("hello")))).rejects.toThrow(
      new XlsxReadError("not an xlsx workbook (not a zip archive)")
    );
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(xlsxToSnapshot(ole2)).rejects.toThrow(/Excel 97-2003/);
    const { zipSync, strToU8 } = await import("fflate");
    await expect(xlsxToSnapshot(zipSync({ "a.txt": strToU8("x") }))).rejects.toThrow(
      /no xl\/workbook.xml/
    );
  });
});
