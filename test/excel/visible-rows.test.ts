import { SHEET_ROWS, hiddenRowsFromVisible } from "../../src/excel/visible-rows";

const rows = (set: Set<number> | undefined) =>
  set === undefined ? undefined : [...set].sort((a, b) => a - b);

describe("hiddenRowsFromVisible", () => {
  it("finds no hidden row when the whole sheet is visible", () => {
    expect(rows(hiddenRowsFromVisible(`Blad1!1:${SHEET_ROWS}`, 1, 20))).toEqual([]);
    expect(rows(hiddenRowsFromVisible("Blad1!A:XFD", 1, 20))).toEqual([]);
  });

  it("reads whole-row blocks", () => {
    expect(
      rows(hiddenRowsFromVisible(`Blad1!1:4, Blad1!6:9, Blad1!12:${SHEET_ROWS}`, 1, 15))
    ).toEqual([5, 10, 11]);
  });

  it("reads cell blocks split by hidden columns, and absolute references", () => {
    const address = "Blad1!$A$1:$B$4,Blad1!$D$1:$XFD$4,Blad1!A7:B1048576,Blad1!D7:XFD1048576";
    expect(rows(hiddenRowsFromVisible(address, 1, 10))).toEqual([5, 6]);
  });

  it("keeps to the rows asked about", () => {
    expect(rows(hiddenRowsFromVisible(`Blad1!1:4, Blad1!6:${SHEET_ROWS}`, 10, 20))).toEqual([]);
    expect(rows(hiddenRowsFromVisible("Blad1!1:4", 3, 6))).toEqual([5, 6]);
  });

  it("copes with quoted sheet names holding commas, quotes and exclamation marks", () => {
    const name = "'Kostnader, 2023 (''SKR'')!'";
    expect(rows(hiddenRowsFromVisible(`${name}!1:2, ${name}!4:${SHEET_ROWS}`, 1, 5))).toEqual([3]);
  });

  it("treats no visible cell as every row hidden", () => {
    expect(rows(hiddenRowsFromVisible(null, 3, 5))).toEqual([3, 4, 5]);
  });

  it("gives up (undefined) on an address it cannot read", () => {
    expect(hiddenRowsFromVisible("Blad1!R1C1:R2C2", 1, 5)).toBeUndefined();
  });
});
