import ExcelJS from "exceljs";
import { importUnitCosts } from "../../src/import/unitcosts";
import { plainValue, workbookGrids } from "../../src/import/xlsx-grid";

/** A workbook written to xlsx bytes and read back, as the command line sees a file. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

describe("ExcelJS cells as plain grid cells", () => {
  it("simplifies rich text, hyperlinks, formulas, errors and dates", async () => {
    const date = new Date(Date.UTC(2015, 5, 30));
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet("Blad1");
      ws.getCell("A1").value = {
        richText: [{ text: "Kostnad" }, { text: "spost", font: { bold: true } }],
      };
      ws.getCell("B1").value = { text: "Källa", hyperlink: "https://example.org" };
      ws.getCell("C1").value = { formula: "1-1", result: 0 };
      ws.getCell("D1").value = { formula: "2*3100", result: 6200 };
      ws.getCell("E1").value = { formula: "NA()", result: { error: "#N/A" } };
      ws.getCell("F1").value = { error: "#REF!" };
      ws.getCell("G1").value = date;
      ws.getCell("H1").value = true;
      ws.getCell("I1").value = { formula: "1+1" }; // no cached result
      ws.getCell("A3").value = "efter en tom rad";
    });
    const [grid] = workbookGrids(wb);
    expect(grid.name).toBe("Blad1");
    expect(grid.cells[0]).toEqual([
      "Kostnadspost",
      "Källa",
      0,
      6200,
      { error: "#N/A" },
      { error: "#REF!" },
      date,
      true,
      null,
    ]);
    expect(grid.cells[1]).toEqual([]);
    expect(grid.cells[2]).toEqual(["efter en tom rad"]);
  });

  it("repeats a merged cell's value in every cell of the merge, and reports hidden rows", async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet("Blad1");
      ws.getCell("A1").value = "Skola";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = "dold";
      ws.getRow(2).hidden = true;
    });
    const [grid] = workbookGrids(wb);
    expect(grid.cells[0]).toEqual(["Skola", "Skola", "Skola"]);
    expect([...(grid.hiddenRows ?? [])]).toEqual([2]);
  });

  it("reads shared formulas' cached results", async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet("Blad1");
      ws.getCell("A1").value = {
        formula: "ROW()*100",
        result: 100,
        shareType: "shared",
        ref: "A1:A3",
      } as ExcelJS.CellValue;
      ws.getCell("A2").value = { sharedFormula: "A1", result: 200 } as ExcelJS.CellValue;
      ws.getCell("A3").value = { sharedFormula: "A1", result: 300 } as ExcelJS.CellValue;
    });
    expect(workbookGrids(wb)[0].cells.map((r) => r[0])).toEqual([100, 200, 300]);
  });

  it("leaves unknown shapes as null", () => {
    expect(plainValue(undefined)).toBeNull();
    expect(plainValue({ something: 1 })).toBeNull();
    expect(plainValue({ richText: [{ text: "a" }, {}] })).toBe("a");
  });

  it("imports a merged-band table written by ExcelJS the same as the fixture shape", async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet("Enhetskostnader");
      ws.addRow(["Kostnadspost", "Enhet", "Kostnad (kr)"]);
      ws.addRow(["Skola"]);
      ws.mergeCells("A2:C2");
      ws.addRow(["Grundskola", "kr/år", { formula: "100000+5000", result: 105000 }]);
      ws.addRow(["Dold", "kr/år", 1]);
      ws.getRow(4).hidden = true;
    });
    const r = importUnitCosts(workbookGrids(wb), { lang: "en" });
    expect(r.items).toEqual([
      {
        name: "Grundskola",
        cost: 105000,
        unit: "kr/år",
        priceYear: null,
        category: "Skola",
        source: null,
        id: null,
        sheet: "Enhetskostnader",
        row: 3,
      },
    ]);
  });
});
