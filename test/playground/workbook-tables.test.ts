/**
 * Tables in the playground's workbook: structured references follow every change of a table's
 * area, rows added to a table grow it and fill its calculated columns, Excel's header rules, and
 * the name clashes Excel refuses. Sums are checked against sums worked out from the rows.
 */
import { LINES, codeOf, oneSheet } from "./workbook-helpers";

const AREA = { top: 0, left: 0, bottom: 4, right: 5 };

function withTable() {
  const one = oneSheet();
  one.model.setInputs(one.id, 0, 0, LINES);
  const table = one.model.addTable(one.id, AREA, true, "SI_Kalkyl");
  return { ...one, table };
}

describe("structured references", () => {
  it("resolve as A1 references, and follow a resize", () => {
    const { model, id, value, table } = withTable();
    model.setInputs(id, 0, 8, [
      ["=SUM(SI_Kalkyl[Belopp])", "=ROWS(SI_Kalkyl[#All])", "=COUNTA(SI_Kalkyl[#Headers])"],
    ]);
    expect([value(0, 8), value(0, 9), value(0, 10)]).toEqual([100 + 50 + 60 + 40, 5, 6]);
    model.setInputs(id, 5, 0, [["Tolk", "Kostnad", "Skola", 25, 1, 1]]);
    // Writing right below a table does not grow it (no auto-expansion in the playground).
    expect(value(0, 8)).toBe(250);
    model.resizeTable(table.id, { ...AREA, bottom: 5 });
    expect([value(0, 8), value(0, 9)]).toEqual([275, 6]);
    model.resizeTable(table.id, { ...AREA, bottom: 2 });
    expect([value(0, 8), value(0, 9)]).toEqual([150, 3]);
  });

  it("of this row compute in a calculated column, and rows added fill it", () => {
    const { model, id, value, table } = withTable();
    model.resizeTable(table.id, { ...AREA, right: 6 });
    expect(model.tableColumns(table.id)[6]).toBe("Column7");
    model.setInputs(id, 0, 6, [["Totalt"]]);
    expect(model.tableColumns(table.id)[6]).toBe("Totalt");
    model.setInputs(
      id,
      1,
      6,
      [1, 2, 3, 4].map(() => ["=SI_Kalkyl[[#This Row],[Belopp]]*SI_Kalkyl[[#This Row],[Antal år]]"])
    );
    expect([1, 2, 3, 4].map((r) => value(r, 6))).toEqual([100, 100, 120, 120]);
    model.addTableRows(table.id, [["Tolk", "Kostnad", "Skola", 25, 1, 4, null]]);
    expect(model.tables()[0].area).toEqual({ ...AREA, bottom: 5, right: 6 });
    expect(model.cell(id, 5, 6).input).toBe(model.cell(id, 1, 6).input);
    expect(value(5, 6)).toBe(100);
    model.addTableRows(table.id, [["Först", "Kostnad", "Skola", 7, 1, 2, null]], 0);
    expect(value(1, 0)).toBe("Först");
    expect(value(1, 6)).toBe(14);
    expect(value(2, 0)).toBe("Personal");
  });

  it("with [@Column] inside a table and a bare table name outside", () => {
    const { model, id, value } = withTable();
    model.setInputs(id, 0, 6, [["Dubbelt"]]);
    model.resizeTable(model.tables()[0].id, { ...AREA, right: 6 });
    model.setInputs(id, 1, 6, [
      ["=[@Belopp]*2"],
      ["=[@Belopp]*2"],
      ["=[@Belopp]*2"],
      ["=[@Belopp]*2"],
    ]);
    model.setInputs(id, 8, 0, [["=ROWS(SI_Kalkyl)", "=SUM(SI_Kalkyl[Dubbelt])"]]);
    expect([value(1, 6), value(4, 6)]).toEqual([200, 80]);
    expect([value(8, 0), value(8, 1)]).toEqual([4, 500]);
  });

  it("follow a deleted row, and the cells below close up", () => {
    const { model, id, value, table } = withTable();
    model.setInputs(id, 7, 0, [["=SUM(SI_Kalkyl[Belopp])", "=D4"]]);
    expect(value(7, 1)).toBe(60);
    model.deleteTableRow(table.id, 1); // Lokal, 50
    expect(model.tables()[0].area).toEqual({ ...AREA, bottom: 3 });
    expect(value(2, 0)).toBe("Placeringar");
    // The sum moved up with the cells below the table; the reference to D4 followed its cell.
    expect(model.cell(id, 6, 0).input).toBe("=SUM(SI_Kalkyl[Belopp])");
    expect(value(6, 0)).toBe(200);
    expect(model.cell(id, 6, 1).input).toBe("=D3");
    expect(value(6, 1)).toBe(60);
    expect(value(7, 0)).toBeNull();
  });

  it("follow a renamed table and a renamed column", () => {
    const { model, id, value, table } = withTable();
    model.setInputs(id, 7, 0, [["=SUM(SI_Kalkyl[Belopp])", "=SUM(SI_Kalkyl[[#Data],[Belopp]])"]]);
    model.setTableProps(table.id, { name: "Poster" });
    expect(model.cell(id, 7, 0).input).toBe("=SUM(Poster[Belopp])");
    model.setInputs(id, 0, 3, [["Kronor"]]);
    expect(model.cell(id, 7, 0).input).toBe("=SUM(Poster[Kronor])");
    expect(model.cell(id, 7, 1).input).toBe("=SUM(Poster[[#Data],[Kronor]])");
    expect([value(7, 0), value(7, 1)]).toEqual([250, 250]);
  });

  it("follow a table moved by cells inserted above it", () => {
    const { model, id, value } = withTable();
    model.setInputs(id, 0, 8, [["=SUM(SI_Kalkyl[Belopp])"]]);
    model.insertCells(id, { top: 0, left: 0, bottom: 1, right: 5 }, "Down");
    expect(model.tables()[0].area).toEqual({ ...AREA, top: 2, bottom: 6 });
    expect(value(3, 0)).toBe("Personal");
    expect(value(0, 8)).toBe(250);
  });
});

describe("adding a table", () => {
  it("without headers inserts Column1… and moves the data down a row", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [
      [1, 2],
      [3, 4],
    ]);
    model.setInputs(id, 2, 0, [["=A2+B3"]]);
    const t = model.addTable(id, { top: 0, left: 0, bottom: 1, right: 1 }, false);
    expect(t.name).toBe("Table1");
    expect(t.area).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    expect([value(0, 0), value(0, 1), value(1, 0), value(2, 1)]).toEqual([
      "Column1",
      "Column2",
      1,
      4,
    ]);
    // The formula below moved down with its column and still adds the same two cells.
    expect(model.cell(id, 3, 0).input).toBe("=A3+B4");
    expect(value(3, 0)).toBe(3); // A3 (was A2) holds 3, B4 (was B3) is empty
  });

  it("makes headers unique text, Excel's way, in the workbook's language", () => {
    const { model, id } = oneSheet("sv");
    model.setInputs(id, 0, 0, [["Belopp", null, "belopp", 2024]]);
    const t = model.addTable(id, { top: 0, left: 0, bottom: 2, right: 3 }, true);
    expect(t.name).toBe("Tabell1");
    expect(model.tableColumns(t.id)).toEqual(["Belopp", "Kolumn2", "belopp2", "2024"]);
    expect(model.cell(id, 0, 3).input).toBe("2024");
  });

  it("refuses clashes and overlaps with Excel's codes", () => {
    const { model, id, table } = withTable();
    model.addName("Ränta", "=0.035");
    expect(
      codeOf(() =>
        model.addTable(id, { top: 10, left: 0, bottom: 12, right: 1 }, true, "si_kalkyl")
      )
    ).toBe("ItemAlreadyExists");
    expect(
      codeOf(() => model.addTable(id, { top: 10, left: 0, bottom: 12, right: 1 }, true, "RÄNTA"))
    ).toBe("ItemAlreadyExists");
    expect(
      codeOf(() => model.addTable(id, { top: 10, left: 0, bottom: 12, right: 1 }, true, "A1"))
    ).toBe("InvalidArgument");
    expect(
      codeOf(() => model.addTable(id, { top: 10, left: 0, bottom: 12, right: 1 }, true, "två ord"))
    ).toBe("InvalidArgument");
    expect(codeOf(() => model.addTable(id, { top: 3, left: 3, bottom: 8, right: 8 }, true))).toBe(
      "InvalidArgument"
    );
    expect(codeOf(() => model.addName("SI_KALKYL", "=1"))).toBe("ItemAlreadyExists");
    expect(codeOf(() => model.setTableProps(table.id, { name: "ränta" }))).toBe(
      "ItemAlreadyExists"
    );
    expect(codeOf(() => model.resizeTable(table.id, { ...AREA, top: 1 }))).toBe("InvalidArgument");
    expect(codeOf(() => model.deleteTableRow(table.id, 4))).toBe("InvalidArgument");
    expect(codeOf(() => model.addTableRows(table.id, [[1, 2]]))).toBe("InvalidArgument");
    expect(codeOf(() => model.deleteTable("99"))).toBe("ItemNotFound");
    expect(model.tables()).toHaveLength(1);
  });

  it("deleting a table clears its cells and its references become #REF!; converting keeps both", () => {
    const { model, id, value, table } = withTable();
    model.setInputs(id, 0, 8, [["=SUM(SI_Kalkyl[Belopp])", "=SUM(D2:D5)"]]);
    model.setInputs(id, 1, 6, [["=SI_Kalkyl[@Belopp]*2"]]);
    model.convertTableToRange(table.id);
    expect(model.tables()).toEqual([]);
    expect(model.cell(id, 0, 8).input).toBe("=SUM($D$2:$D$5)");
    expect(model.cell(id, 1, 6).input).toBe("=$D$2*2");
    expect([value(0, 8), value(1, 6)]).toEqual([250, 200]);
    const again = model.addTable(id, AREA, true, "Igen");
    model.setInputs(id, 0, 10, [["=ROWS(Igen[#All])+1"]]);
    model.deleteTable(again.id);
    expect(value(1, 3)).toBeNull();
    expect(value(0, 9)).toBe(0);
    expect(model.cell(id, 0, 10)).toMatchObject({
      input: "=ROWS(#REF!)+1",
      value: { error: "#REF!" },
    });
  });
});
