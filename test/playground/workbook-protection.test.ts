/**
 * A protected sheet in the playground's workbook refuses what Excel's default protection refuses,
 * with AccessDenied, and changes nothing: inputs to locked cells (every cell unless unlocked),
 * looks, merges, tables, rows. Adding a sheet stays allowed.
 */
import { codeOf, oneSheet } from "./workbook-helpers";

function protectedSheet() {
  const one = oneSheet();
  const { model, id } = one;
  model.setInputs(id, 0, 0, [
    [1, 2],
    [3, "=A1+B1"],
  ]);
  const table = model.addTable(id, { top: 5, left: 0, bottom: 7, right: 1 }, false);
  model.setFormat(id, { top: 0, left: 3, bottom: 1, right: 3 }, { locked: false });
  model.setSheetProps(id, { protected: true });
  return { ...one, table };
}

describe("a protected sheet", () => {
  it("refuses a write that touches a locked cell, and writes nothing of it", () => {
    const { model, id, value } = protectedSheet();
    const before = model.snapshot();
    expect(codeOf(() => model.setInputs(id, 0, 2, [[9, 9]]))).toBe("AccessDenied");
    expect(codeOf(() => model.setInputs(id, 0, 0, [[7]]))).toBe("AccessDenied");
    expect(
      codeOf(() => model.clear(id, { top: 0, left: 0, bottom: 1, right: 1 }, "Contents"))
    ).toBe("AccessDenied");
    expect(model.snapshot()).toEqual(before);
    expect(value(1, 1)).toBe(3);
  });

  it("lets unlocked cells be written", () => {
    const { model, id, value } = protectedSheet();
    model.setInputs(id, 0, 3, [["=A1*10"], [5]]);
    expect([value(0, 3), value(1, 3)]).toEqual([10, 5]);
    model.clear(id, { top: 0, left: 3, bottom: 1, right: 3 }, "Contents");
    expect(value(1, 3)).toBeNull();
  });

  it("refuses looks, merges, sizes, tables, rows, validation and charts", () => {
    const { model, id, table } = protectedSheet();
    const before = model.snapshot();
    const area = { top: 0, left: 3, bottom: 0, right: 3 };
    const refused: [string, () => unknown][] = [
      ["setFormat", () => model.setFormat(id, area, { bold: true })],
      ["setNumberFormats", () => model.setNumberFormats(id, 0, 3, [["0.0"]])],
      ["merge", () => model.merge(id, { ...area, right: 4 }, false)],
      ["setColumnWidth", () => model.setColumnWidth(id, 3, 80)],
      ["setRowHeight", () => model.setRowHeight(id, 0, 30)],
      ["addTable", () => model.addTable(id, { top: 10, left: 3, bottom: 12, right: 4 }, true)],
      ["addTableRows", () => model.addTableRows(table.id, [[1, 2]])],
      ["deleteTableRow", () => model.deleteTableRow(table.id, 0)],
      ["resizeTable", () => model.resizeTable(table.id, { ...table.area, bottom: 9 })],
      ["deleteTable", () => model.deleteTable(table.id)],
      ["insertCells", () => model.insertCells(id, area, "Down")],
      ["clear formats", () => model.clear(id, area, "Formats")],
      [
        "setValidation",
        () => model.setValidation({ sheetId: id, area, rule: { list: { source: "a" } } }),
      ],
      [
        "addChart",
        () =>
          model.addChart({
            sheetId: id,
            name: "c",
            type: "ColumnClustered",
            source: area,
            seriesBy: "Auto",
            props: {},
          }),
      ],
    ];
    for (const [what, edit] of refused)
      expect([what, codeOf(edit)]).toEqual([what, "AccessDenied"]);
    expect(model.snapshot()).toEqual(before);
  });

  it("still lets sheets be added, renamed and unprotected", () => {
    const { model, id, value } = protectedSheet();
    model.addSheet("Ny");
    model.renameSheet(id, "Skyddat");
    model.setSheetProps(id, { protected: false });
    model.setInputs(id, 0, 0, [[10]]);
    expect(value(1, 1)).toBe(12);
  });

  it("inside a batch, refuses the edit and keeps what ran before it", () => {
    const { model, id, value } = protectedSheet();
    expect(() =>
      model.batch(() => {
        model.setInputs(id, 0, 3, [[1]]);
        model.setInputs(id, 0, 0, [[2]]);
      })
    ).toThrow(expect.objectContaining({ code: "AccessDenied" }));
    expect([value(0, 3), value(0, 0)]).toEqual([1, 1]);
  });
});
