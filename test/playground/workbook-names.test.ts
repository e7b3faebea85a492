/**
 * Names in the playground's workbook: defined names as Excel checks them, sheet names by Excel's
 * rules, formulas that follow a renamed sheet and turn into #REF! when it is deleted.
 */
import { codeOf, oneSheet } from "./workbook-helpers";

describe("defined names", () => {
  it("are used by formulas: a constant and a cell", () => {
    const { model, id, value } = oneSheet("sv");
    model.setInputs(id, 1, 1, [[10]]);
    model.addName("Ränta", "=0.035", "diskonteringsränta");
    model.addName("Horisont", "=Blad1!$B$2");
    model.setInputs(id, 0, 0, [["=100*(1+Ränta)^Horisont", "=Horisont*2"]]);
    expect(value(0, 0)).toBeCloseTo(100 * 1.035 ** 10, 10);
    model.setInputs(id, 1, 1, [[2]]);
    expect(value(0, 1)).toBe(4);
    expect(model.names()).toEqual([
      { name: "Ränta", formula: "=0.035", comment: "diskonteringsränta", visible: true },
      { name: "Horisont", formula: "=Blad1!$B$2", visible: true },
    ]);
  });

  it("a formula naming a name before it exists computes once it does, and #NAME? after", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [["=Later*2"]]);
    expect(value(0, 0)).toMatchObject({ error: "#NAME?" });
    model.addName("Later", "=21");
    expect(value(0, 0)).toBe(42);
    model.deleteName("later");
    expect(value(0, 0)).toMatchObject({ error: "#NAME?" });
  });

  it("refuse duplicates (case-insensitive) and invalid names with Excel's codes", () => {
    const { model } = oneSheet();
    model.addName("Rate", "=0.035");
    expect(codeOf(() => model.addName("RATE", "=1"))).toBe("ItemAlreadyExists");
    for (const bad of ["A1", "r", "C", "R1C1", "1abc", "two words", "", "x:y", "TRUE"])
      expect([bad, codeOf(() => model.addName(bad, "=1"))]).toEqual([bad, "InvalidArgument"]);
    expect(codeOf(() => model.deleteName("nope"))).toBe("ItemNotFound");
    expect(codeOf(() => model.addName("Ok", "=SUM("))).toBe("InvalidArgument");
    expect(model.names().map((n) => n.name)).toEqual(["Rate"]);
    model.addName("ABCD1", "=3"); // past column XFD: a name, not a cell
    // Excel allows a backslash; HyperFormula does not: the name is kept, formulas get #NAME?.
    model.addName("_ok.name\\x", "=2");
    expect(model.names().map((n) => n.name)).toEqual(["Rate", "ABCD1", "_ok.name\\x"]);
  });
});

describe("sheet names", () => {
  it("follow Excel's rules, with Excel's codes", () => {
    const { model } = oneSheet();
    for (const bad of [
      "",
      "  ",
      "a/b",
      "a\\b",
      "a?b",
      "a*b",
      "a:b",
      "[a]",
      "'a",
      "x".repeat(32),
      "History",
    ])
      expect([bad, codeOf(() => model.addSheet(bad))]).toEqual([bad, "InvalidArgument"]);
    expect(codeOf(() => model.addSheet("SHEET1"))).toBe("ItemAlreadyExists");
    model.addSheet("x".repeat(31));
    const two = model.addSheet("Två", 0);
    expect(model.sheets().map((s) => s.name)).toEqual(["Två", "Sheet1", "x".repeat(31)]);
    expect(codeOf(() => model.renameSheet(two.id, "sheet1"))).toBe("ItemAlreadyExists");
    model.renameSheet(two.id, "TVÅ");
    expect(model.sheet(two.id)!.name).toBe("TVÅ");
    expect(model.nextSheetName()).toBe("Sheet2");
    expect(codeOf(() => model.addSheet("Late", 9))).toBe("InvalidArgument");
  });

  it("renamed: formulas and names that name the sheet are renamed too", () => {
    const { model, id, value } = oneSheet();
    const other = model.addSheet("Other");
    model.setInputs(id, 0, 0, [[5]]);
    model.setInputs(other.id, 0, 0, [["=Sheet1!A1*2", "=SUM('Sheet1'!A1:A2)", '="Sheet1!A1"']]);
    model.addName("Base", "=Sheet1!$A$1");
    model.renameSheet(id, "Indata 2024");
    expect(model.cell(other.id, 0, 0).input).toBe("='Indata 2024'!A1*2");
    expect(model.cell(other.id, 0, 1).input).toBe("=SUM('Indata 2024'!A1:A2)");
    expect(model.cell(other.id, 0, 2).value).toBe("Sheet1!A1");
    expect(model.names()[0].formula).toBe("='Indata 2024'!$A$1");
    model.setInputs(id, 0, 0, [[6]]);
    expect(model.cell(other.id, 0, 0).value).toBe(12);
    expect(value(0, 0)).toBe(6);
  });

  it("deleted: formulas that named it show #REF!, and a new sheet of that name does not revive them", () => {
    const { model, id } = oneSheet();
    const other = model.addSheet("Other");
    model.setInputs(other.id, 0, 0, [[5]]);
    model.setInputs(id, 0, 0, [["=Other!A1*2", "=SUM(Other!A1:B2)"]]);
    expect(model.cell(id, 0, 0).value).toBe(10);
    model.deleteSheet(other.id);
    expect(model.cell(id, 0, 0)).toMatchObject({ input: "=#REF!A1*2", value: { error: "#REF!" } });
    expect(model.cell(id, 0, 1)).toMatchObject({
      input: "=SUM(#REF!A1:B2)",
      value: { error: "#REF!" },
    });
    model.addSheet("Other");
    expect(model.cell(id, 0, 0).value).toMatchObject({ error: "#REF!" });
    expect(codeOf(() => model.deleteSheet("nope"))).toBe("ItemNotFound");
  });

  it("keep one visible sheet, and the active one visible", () => {
    const { model, id } = oneSheet();
    expect(codeOf(() => model.deleteSheet(id))).toBe("InvalidOperation");
    expect(codeOf(() => model.setSheetProps(id, { visibility: "Hidden" }))).toBe(
      "InvalidOperation"
    );
    const two = model.addSheet("Two");
    model.activate(two.id);
    model.setSheetProps(two.id, { visibility: "Hidden", tabColor: "#FF0000" });
    expect(model.activeSheetId()).toBe(id);
    expect(model.sheet(two.id)).toMatchObject({ visibility: "Hidden", tabColor: "#FF0000" });
    expect(codeOf(() => model.activate(two.id))).toBe("InvalidOperation");
    expect(codeOf(() => model.deleteSheet(id))).toBe("InvalidOperation");
    model.moveSheet(two.id, 0);
    expect(model.sheets().map((s) => s.name)).toEqual(["Two", "Sheet1"]);
  });
});
