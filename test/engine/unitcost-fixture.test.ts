/**
 * End to end on the sample workbook: its unit-cost sheet, read as it comes, answers SI.UNITCOST and
 * SI.UPRATE in the headless engine, and `si-kalkyl calc` gives the same.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { createEngine } from "../../src/engine/engine";
import { sheetGrid } from "../../src/import/xlsx-grid";

const KPI_2015 = 313.35; // SCB KPI 1980=100, yearly averages, as in the bundled data file
const KPI_2023 = 403.7;

async function fixtureSheet(): Promise<(number | string | boolean | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "fixtures", "enhetskostnader-exempel.xlsx"));
  const grid = sheetGrid(wb.worksheets[0]);
  return grid.cells.map((row) =>
    row.map((v) => (v instanceof Date || (typeof v === "object" && v !== null) ? null : v))
  );
}

describe("SI.UNITCOST on the sample unit-cost workbook", () => {
  it("looks up, uprates and names close matches in the engine", async () => {
    const hf = createEngine({ Enhetskostnader: await fixtureSheet(), Kalkyl: [] }, { lang: "sv" });
    const calc = hf.getSheetId("Kalkyl")!;
    const table = "Enhetskostnader!A1:F19";
    expect(hf.calculateFormula(`=SI.UNITCOST("familjehemsplacering",${table})`, calc)).toBe(1300);
    expect(
      hf.calculateFormula(`=SI.UNITCOST("Placering HVB, barn och unga",${table},2023)`, calc)
    ).toBeCloseTo((6200 * KPI_2023) / KPI_2015, 9);
    const missing = hf.calculateFormula(`=SI.UNITCOST("Familjehem",${table})`, calc) as {
      type: string;
      message: string;
    };
    expect(missing.type).toBe("NA");
    expect(missing.message).toMatch(/närmast: "Familjehemsplacering"/);
  });
});
