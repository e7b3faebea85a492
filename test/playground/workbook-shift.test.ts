/**
 * Inserting and deleting cells (Range.insert / Range.delete) in the playground's workbook: the
 * cells move with their looks, and references follow them as Excel moves them — worked out by
 * hand for each case.
 */
import { shiftReferences } from "../../src/playground/workbook/references";
import { codeOf, oneSheet } from "./workbook-helpers";

describe("references after a shift", () => {
  const down2AtRow3InBtoD = { sheet: "S", axis: "rows" as const, from: 1, to: 3, at: 2, count: 2 };
  const up1AtRow3InAtoZ = { sheet: "S", axis: "rows" as const, from: 0, to: 25, at: 2, count: -1 };

  it.each([
    ["B3", "B5"], // row 3 (0-based 2) moves down two
    ["B2", "B2"], // above: stays
    ["A3", "A3"], // column A does not move
    ["$C$9", "$C$11"],
    ["B2:C4", "B2:C6"], // a range the insertion falls in grows
    ["A1:E9", "A1:E9"], // wider than the moving columns: Excel leaves it
    ["S!B3", "S!B5"],
    ["T!B3", "T!B3"], // another sheet
    ['"B3"', '"B3"'],
    ["SUM(B3,B3:B4)", "SUM(B5,B5:B6)"],
  ])("insert: %s → %s", (before, after) => {
    expect(shiftReferences(before, "S", down2AtRow3InBtoD)).toBe(after);
  });

  it.each([
    ["B3", "#REF!"], // the deleted row
    ["B4", "B3"],
    ["B2:B4", "B2:B3"], // shrinks
    ["B3:B3", "#REF!"],
    ["SUM(S!A3)+1", "SUM(#REF!)+1"],
    ["Z10", "Z9"],
  ])("delete: %s → %s", (before, after) => {
    expect(shiftReferences(before, "S", up1AtRow3InAtoZ)).toBe(after);
  });

  it("leaves a defined name's references on other sheets alone", () => {
    expect(shiftReferences("B3", undefined, down2AtRow3InBtoD)).toBe("B3");
    expect(shiftReferences("S!$B$3", undefined, down2AtRow3InBtoD)).toBe("S!$B$5");
  });
});

describe("inserting and deleting cells", () => {
  it("moves inputs, looks and the references to them, across sheets and names", () => {
    const { model, id, value } = oneSheet();
    const other = model.addSheet("Other");
    model.setInputs(id, 0, 0, [[1], [2], [3]]);
    model.setNumberFormats(id, 2, 0, [["0.00"]]);
    model.setInputs(id, 0, 2, [["=SUM(A1:A3)", "=A3*10"]]);
    model.setInputs(other.id, 0, 0, [["=Sheet1!A3+1"]]);
    model.addName("Third", "=Sheet1!$A$3");
    model.insertCells(id, { top: 1, left: 0, bottom: 1, right: 0 }, "Down");
    expect([value(0, 0), value(1, 0), value(2, 0), value(3, 0)]).toEqual([1, null, 2, 3]);
    expect(model.cell(id, 3, 0).numberFormat).toBe("0.00");
    expect(model.cell(id, 0, 2).input).toBe("=SUM(A1:A4)");
    expect(model.cell(id, 0, 3).input).toBe("=A4*10");
    expect(model.cell(other.id, 0, 0).input).toBe("=Sheet1!A4+1");
    expect(model.names()[0].formula).toBe("=Sheet1!$A$4");
    model.setInputs(id, 1, 0, [[10]]);
    expect([value(0, 2), value(0, 3), model.cell(other.id, 0, 0).value]).toEqual([16, 30, 4]);
    model.deleteCells(id, { top: 3, left: 0, bottom: 3, right: 0 }, "Up");
    expect(model.cell(id, 0, 3)).toMatchObject({ input: "=#REF!*10", value: { error: "#REF!" } });
    expect(model.cell(id, 0, 2).input).toBe("=SUM(A1:A3)");
    expect(value(0, 2)).toBe(13);
  });

  it("to the right moves a row's cells along", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [[1, 2, "=A1+B1"]]);
    model.insertCells(id, { top: 0, left: 1, bottom: 0, right: 2 }, "Right");
    expect(model.cell(id, 0, 4).input).toBe("=A1+D1");
    expect(value(0, 4)).toBe(3);
    model.deleteCells(id, { top: 0, left: 0, bottom: 0, right: 0 }, "Left");
    expect(model.cell(id, 0, 3).input).toBe("=#REF!+C1");
  });

  it("refuses to cut a table or a merged cell", () => {
    const { model, id } = oneSheet();
    model.setInputs(id, 0, 0, [
      ["a", "b"],
      [1, 2],
    ]);
    model.addTable(id, { top: 0, left: 0, bottom: 1, right: 1 }, true);
    model.merge(id, { top: 5, left: 3, bottom: 5, right: 4 }, false);
    expect(
      codeOf(() => model.insertCells(id, { top: 1, left: 0, bottom: 1, right: 0 }, "Down"))
    ).toBe("InvalidOperation");
    expect(
      codeOf(() => model.deleteCells(id, { top: 0, left: 3, bottom: 0, right: 3 }, "Up"))
    ).toBe("InvalidOperation");
    // Across the table's full width, an insertion inside it grows it.
    model.insertCells(id, { top: 1, left: 0, bottom: 1, right: 1 }, "Down");
    expect(model.tables()[0].area).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
  });
});
