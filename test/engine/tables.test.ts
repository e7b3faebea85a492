/**
 * Tables end to end: an xlsx with an Excel table whose formulas use structured references,
 * recalculated through the sheet XML reader and through ExcelJS, with the results checked against
 * hand arithmetic and the same formulas over plain A1 ranges.
 */
import ExcelJS from "exceljs";
import {
  EngineInput,
  Recalculated,
  evaluate,
  readWorkbook,
  recalcWorkbook,
  writeSheetResults,
} from "../../src/engine/workbook";
import { loadXlsx, loadXlsxDirect, saveXlsx } from "../../src/engine/xlsx-file";
import { patchXlsx } from "../../src/engine/xlsx-patch";
import { readZipEntry, writeZip, zipEntries } from "../../src/engine/zip";
import { expectClose } from "../helpers/call";
import { formula, result } from "./xlsx-helpers";

const RATE = 0.035;
// Item, type, actor, amount (kr per year), start year, years; before and after for SI.EFFECT.
const LINES: [string, string, string, number, number, number, number, number][] = [
  ["Personal", "Cost", "School", 100, 1, 1, 10, 7],
  ["Premises", "Cost", "School", 50, 1, 2, 20, 15],
  ["Fewer placements", "Benefit", "Social services", 60, 2, 2, 5, 5.5],
  ["Grades", "Benefit", "Social services", 40, 2, 3, 3, 1],
];

/** Hand arithmetic: year 1 is not discounted (SI.CBATABLE's default timing). */
const d = (year: number) => 1 / (1 + RATE) ** (year - 1);
const PV_COSTS_SCHOOL = 150 + 50 * d(2);
const PV_BENEFITS_SOCIAL = 100 * d(2) + 100 * d(3) + 40 * d(4);

const EFFECT = "SI.EFFECT(Lines[[#This Row],[Before]],Lines[[#This Row],[After]])";

/**
 * Sheet "Data": the table Lines in A2:I6 (header row 2), its Effect column computed per row.
 * Sheet "Min summering": formulas outside the table, each with a wrong cached value so that a
 * right one can only be computed. Column J holds the same formulas over A1 ranges.
 */
async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  data.getCell("A1").value = "Cost and benefit lines";
  data.addTable({
    name: "Lines",
    ref: "A2",
    headerRow: true,
    columns: [
      "Item",
      "Type",
      "Actor",
      "Amount",
      "Start year",
      "Years",
      "Before",
      "After",
      "Effect (kr/år)",
    ].map((name) => ({ name })),
    rows: LINES.map((l) => [...l, formula(EFFECT, { result: 999 })]),
  });
  const sum = wb.addWorksheet("Min summering");
  const cells: [string, string][] = [
    ["A1", "SUM(Lines[Amount])"],
    ["A2", "SI.CBATABLE(Lines[#All])"],
    ["A3", "SUM(lines[EFFECT (KR/ÅR)])"],
    ["A4", "COUNTA(Lines[#Headers])"],
    ["A5", 'SI.CBATABLE(Lines[[#All],[Item]:[Years]],0.035,,"actors")'],
    ["J1", "SUM(Data!D3:D6)"],
    ["J2", "SI.CBATABLE(Data!A2:I6)"],
    ["J3", "SUM(Data!I3:I6)"],
    ["J4", "COUNTA(Data!A2:I2)"],
    ["J5", 'SI.CBATABLE(Data!A2:F6,0.035,,"actors")'],
    ["A10", "SUM(Nowhere[Amount])"],
    ["A11", "SUM(Lines[No such column])"],
  ];
  for (const [ref, text] of cells) sum.getCell(ref).value = formula(text, { result: 42 });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The file as Excel saves a table: no headerRowCount, its default of one header row. */
function asExcelSaves(bytes: Buffer): Buffer {
  return writeZip(
    zipEntries(bytes).map((e) => {
      const data = readZipEntry(bytes, e);
      if (!e.name.startsWith("xl/tables/")) return { name: e.name, data };
      const xml = data.toString("utf8").replace(/ headerRowCount="1"/, "");
      return { name: e.name, data: Buffer.from(xml, "utf8") };
    })
  );
}

function withoutCells(input: EngineInput) {
  return { ...input, formulas: input.formulas.map(({ cell: _cell, ...rest }) => rest) };
}

async function throughDirectReader(bytes: Buffer) {
  const read = loadXlsxDirect(bytes);
  if (!read) throw new Error("the direct reader declined");
  const input = structuredClone(withoutCells(read.input)); // as read, before evaluating
  const ev = evaluate(read.input);
  try {
    const recalculated = writeSheetResults(read.cells, read.input, ev);
    return { input, recalculated, out: patchXlsx(bytes, recalculated.writes, false) };
  } finally {
    ev.hf.destroy();
  }
}

async function throughExcelJS(bytes: Buffer) {
  const loaded = await loadXlsx(bytes);
  const input = withoutCells(readWorkbook(loaded.workbook, loaded.definedNames));
  const recalculated = recalcWorkbook(loaded.workbook, { definedNames: loaded.definedNames });
  return { input, recalculated, out: patchXlsx(bytes, recalculated.writes, false) };
}

async function sheetsOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function checkResults(wb: ExcelJS.Workbook, recalculated: Recalculated): void {
  const data = wb.getWorksheet("Data")!;
  const sum = wb.getWorksheet("Min summering")!;
  // Hand arithmetic.
  const effects = LINES.map((l) => l[7] / l[6] - 1); // SI.EFFECT's default: the relative change
  ["I3", "I4", "I5", "I6"].forEach((r, i) => expectClose(result(data, r) as number, effects[i]));
  expect(result(sum, "A1")).toBe(250);
  expectClose(result(sum, "A2") as number, PV_BENEFITS_SOCIAL - PV_COSTS_SCHOOL);
  expectClose(result(sum, "A3") as number, effects[0] + effects[1] + effects[2] + effects[3]);
  expect(result(sum, "A4")).toBe(9);
  expect(result(sum, "A5")).toBe("School");
  expectClose(sum.getCell("B5").value as number, PV_COSTS_SCHOOL);
  expectClose(sum.getCell("C6").value as number, PV_BENEFITS_SOCIAL);
  // The same formulas over A1 ranges, which HyperFormula reads natively; A5's spill is A5:D6.
  for (let row = 1; row <= 6; row++)
    for (let col = 1; col <= 4; col++) {
      if (row < 5 && col > 1) continue;
      const [cell, twin] = [sum.getCell(row, col), sum.getCell(row, col + 9)];
      expect(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value).toEqual(
        twin.type === ExcelJS.ValueType.Formula ? twin.result : twin.value
      );
    }
  expect(sum.getCell("A7").value).toBeNull(); // no padding under the two actors
  // What the engine cannot resolve keeps its cached value and is reported.
  expect([result(sum, "A10"), result(sum, "A11")]).toEqual([42, 42]);
  expect(recalculated.unsupported).toBe(2);
  const errors = recalculated.sheets.flatMap((s) => s.errors);
  expect(errors.map((e) => [e.cell, e.error])).toEqual([
    ["A10", "#NAME?"],
    ["A11", "#NAME?"],
  ]);
  // The file keeps its structured references.
  expect(data.getCell("I3").formula).toBe(EFFECT);
  expect(sum.getCell("A2").formula).toBe("SI.CBATABLE(Lines[#All])");
}

describe("a workbook with a table and structured references", () => {
  for (const [kind, make] of [
    ["as ExcelJS writes it", workbookBytes],
    ["as Excel saves it (no headerRowCount)", async () => asExcelSaves(await workbookBytes())],
  ] as const) {
    it(`${kind}: both readings compute the same results, and the right ones`, async () => {
      const bytes = await make();
      const direct = await throughDirectReader(bytes);
      const viaExcelJS = await throughExcelJS(bytes);
      expect(direct.input.tables).toEqual([
        {
          name: "Lines",
          sheet: "Data",
          ref: "A2:I6",
          headerRows: 1,
          totalsRows: 0,
          columns: expect.arrayContaining(["Item", "Effect (kr/år)"]),
        },
      ]);
      expect(viaExcelJS.input).toEqual(direct.input);
      expect(viaExcelJS.recalculated.writes).toEqual(direct.recalculated.writes);
      checkResults(await sheetsOf(direct.out), direct.recalculated);
      checkResults(await sheetsOf(viaExcelJS.out), viaExcelJS.recalculated);
    });
  }

  it("is left to ExcelJS when a table part is not where ExcelJS looks for it", async () => {
    const bytes = await workbookBytes();
    const moved = writeZip(
      zipEntries(bytes).map((e) => {
        const data = readZipEntry(bytes, e);
        if (e.name !== "xl/worksheets/_rels/sheet1.xml.rels") return { name: e.name, data };
        const xml = data.toString("utf8").replace("../tables/", "/xl/tables/");
        return { name: e.name, data: Buffer.from(xml, "utf8") };
      })
    );
    expect(loadXlsxDirect(bytes)).toBeDefined();
    expect(loadXlsxDirect(moved)).toBeUndefined();
  });

  it("keeps the table's header row in ExcelJS's own copy of a file saved by Excel", async () => {
    const loaded = await loadXlsx(asExcelSaves(await workbookBytes()));
    const copy = await saveXlsx(loaded.workbook, loaded.definedNames);
    const part = zipEntries(copy).find((e) => e.name === "xl/tables/table1.xml")!;
    const xml = readZipEntry(copy, part).toString("utf8");
    expect(xml).toMatch(/headerRowCount="1"/);
  });
});

describe("structured references elsewhere", () => {
  it("resolve in defined names, in a table with a totals row, and per row on any sheet", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad 1");
    ws.addTable({
      name: "Rates",
      ref: "B2",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "Year" }, { name: "Rate (%)", totalsRowFunction: "sum" }],
      rows: [
        [2024, 2],
        [2025, 3],
      ],
    });
    ws.getCell("E3").value = formula("Rates[[#This Row],[Rate (%)]]*10");
    ws.getCell("E4").value = formula("Rates[@Year]+Rates[[#Totals],[Rate (%)]]");
    ws.getCell("E6").value = formula("Rates[@Year]");
    ws.getCell("E7").value = formula("SUM(Rate)");
    ws.getCell("E8").value = formula("SUM(Rates)+ROWS(rates)"); // a bare name: the data body
    const other = wb.addWorksheet("Blad2");
    other.getCell("A3").value = formula("Rates[@Year]");
    const { sheets } = recalcWorkbook(wb, {
      definedNames: [{ name: "Rate", text: "Rates[Rate (%)]" }],
    });
    expect(result(ws, "C5")).toBe(5); // the totals row: SUBTOTAL(109,Rates[Rate (%)])
    expect(result(ws, "E3")).toBe(20);
    expect(result(ws, "E4")).toBe(2030);
    expect(result(ws, "E6")).toEqual({ error: "#REF!" }); // row 6 is below the table
    expect(result(ws, "E7")).toBe(5);
    expect(result(ws, "E8")).toBe(2024 + 2025 + 2 + 3 + 2);
    expect(result(other, "A3")).toBe(2024);
    expect(sheets[0].errors.map((e) => [e.cell, e.error])).toEqual([["E6", "#REF!"]]);
  });
});
