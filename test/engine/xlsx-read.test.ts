import ExcelJS from "exceljs";
import { EngineInput, readWorkbook } from "../../src/engine/workbook";
import { loadXlsx, loadXlsxDirect } from "../../src/engine/xlsx-file";
import { formula } from "./xlsx-helpers";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the engine gets, without the ExcelJS cell objects. */
function comparable(input: EngineInput) {
  return {
    sheets: input.sheets,
    sheetNames: input.sheetNames,
    formulas: input.formulas.map(({ cell: _cell, ...rest }) => rest),
    names: input.names,
    date1904: input.date1904,
  };
}

async function bothReadings(wb: ExcelJS.Workbook) {
  const bytes = await bytesOf(wb);
  const loaded = await loadXlsx(bytes);
  const viaExcelJS = comparable(readWorkbook(loaded.workbook, loaded.definedNames));
  const direct = loadXlsxDirect(bytes);
  return { viaExcelJS, direct: direct && comparable(direct.input), cells: direct?.cells };
}

describe("reading a workbook without ExcelJS", () => {
  it("gives the engine what ExcelJS's reading gives it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kalkyl");
    ws.getCell("A1").value = "Insats & <kostnad>";
    ws.getCell("B1").value = 1.5;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = false;
    ws.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("F1").value = {
      richText: [{ text: "rik " }, { text: "text", font: { bold: true } }],
    };
    ws.getCell("G1").value = "1";
    ws.getCell("A2").value = formula("SUM(B1:B1)*2", { result: 3 });
    ws.getCell("B2").value = formula('IF(C1,"ja","nej")', { result: "ja" });
    ws.getCell("C2").value = formula("C1", { result: false });
    ws.getCell("D2").value = formula("1/0", { result: { error: "#DIV/0!" } });
    ws.getCell("E2").value = formula("NOSUCHFUNCTION(1)", { result: 7 });
    ws.getCell("F2").value = formula("B1:B2*2", { shareType: "array", ref: "F2:F3", result: 3 });
    ws.getCell("F3").value = 3;
    ws.getCell("A4").value = formula("B4*2", { shareType: "shared", ref: "A4:A6", result: 0 });
    ws.getCell("A5").value = { sharedFormula: "A4" } as ExcelJS.CellValue;
    ws.getCell("A6").value = { sharedFormula: "A4" } as ExcelJS.CellValue;
    ws.getCell("B5").value = 10;
    ws.getCell("C8").value = "sammanslagen";
    ws.getCell("D8").value = "dold";
    ws.mergeCells("C8:D9");
    ws.getCell("H10").style = { font: { bold: true } };
    const other = wb.addWorksheet("Indata");
    other.getCell("A1").value = 0.035;
    wb.definedNames.add("Indata!$A$1", "Ranta");
    const { viaExcelJS, direct, cells } = await bothReadings(wb);
    expect(direct).toEqual(viaExcelJS);
    const sheet = cells![0];
    expect(sheet.filled(9, 4)).toBe(true); // covered by the merge
    expect(sheet.filled(1, 1)).toBe(true);
    expect(sheet.filled(10, 8)).toBe(false); // styled but empty
    expect(sheet.filled(20, 20)).toBe(false);
  });

  it("leaves workbooks with date formats to ExcelJS", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = new Date(Date.UTC(2026, 0, 1));
    expect(loadXlsxDirect(await bytesOf(wb))).toBeUndefined();
  });

  it("leaves workbooks in the 1904 date system to ExcelJS", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet("Blad1").getCell("A1").value = 1;
    expect(loadXlsxDirect(await bytesOf(wb))).toBeUndefined();
  });
});
