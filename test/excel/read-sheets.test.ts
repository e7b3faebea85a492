import { gridCells, gridOf, queueSheetRead } from "../../src/excel/read-sheets";
import { MockContext, MockSheet, MockWorkbook, asContext } from "./excel-mock";

describe("gridCells", () => {
  it("pads so that row 0 is the sheet's row 1 and column 0 its column A", () => {
    const cells = gridCells({
      values: [
        ["Kostnadspost", "Kostnad"],
        ["Besök", 800],
      ],
      valueTypes: [
        ["String", "String"],
        ["String", "Double"],
      ],
      rowIndex: 2,
      columnIndex: 1,
    });
    expect(cells).toEqual([
      [null, null, null],
      [null, null, null],
      [null, "Kostnadspost", "Kostnad"],
      [null, "Besök", 800],
    ]);
  });

  it("tells errors from text and empty cells from empty text", () => {
    const cells = gridCells({
      values: [["#N/A", "#N/A", "", true]],
      valueTypes: [["Error", "String", "Empty", "Boolean"]],
      rowIndex: 0,
      columnIndex: 0,
    });
    expect(cells).toEqual([[{ error: "#N/A" }, "#N/A", null, true]]);
  });
});

describe("queueSheetRead", () => {
  it("reads values and hidden rows in the caller's one sync", async () => {
    const sheet = MockSheet.from(
      "Kostnader 2023",
      [
        ["Kostnadspost", "Kostnad"],
        ["A", 1],
        ["B", 2],
        ["C", 3],
        ["D", 4],
      ],
      { row: 1, col: 2 }
    );
    sheet.hiddenRows.add(4);
    sheet.hiddenRows.add(5);
    sheet.hiddenRows.add(40); // hidden but outside the used range: not reported
    const ctx = new MockContext(new MockWorkbook([sheet]));
    const pending = queueSheetRead(asContext(ctx).workbook.worksheets.getActiveWorksheet());
    expect(() => gridOf(pending)).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    const grid = gridOf(pending);
    expect(ctx.syncs).toBe(1);
    expect(grid.name).toBe("Kostnader 2023");
    expect(grid.cells[1]).toEqual([null, null, "Kostnadspost", "Kostnad"]);
    expect(grid.cells[5]).toEqual([null, null, "D", 4]);
    expect([...(grid.hiddenRows ?? [])].sort((a, b) => a - b)).toEqual([4, 5]);
    expect(sheet.writes).toEqual([]);
  });

  it("leaves hiddenRows out when none is hidden, and reads an empty sheet as no cells", async () => {
    const full = MockSheet.from("Full", [["Kostnadspost", "Kostnad"]]);
    const empty = new MockSheet("Tom");
    const ctx = new MockContext(new MockWorkbook([full, empty]));
    const sheets = asContext(ctx).workbook.worksheets;
    const a = queueSheetRead(sheets.getItem("Full"));
    const b = queueSheetRead(sheets.getItem("Tom"));
    await ctx.sync();
    expect(gridOf(a)).toEqual({ name: "Full", cells: [["Kostnadspost", "Kostnad"]] });
    expect(gridOf(b)).toEqual({ name: "Tom", cells: [] });
  });
});
