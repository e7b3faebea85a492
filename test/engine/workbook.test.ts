/** The ExcelJS ↔ HyperFormula mapping, on workbooks built in memory (no files). */
import ExcelJS from "exceljs";
import { PV60 } from "../../src/catalog/functions/cba";
import { excelSerial, recalcWorkbook } from "../../src/engine/workbook";
import { expectClose } from "../helpers/call";
import { formula, result } from "./xlsx-helpers";

function book(...names: string[]): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet[] } {
  const wb = new ExcelJS.Workbook();
  return { wb, ws: names.map((n) => wb.addWorksheet(n)) };
}

/** Costs 100, 0, 0 in A1:C1 and benefits 0, 60, 60 in A2:C2: the catalog's worked example. */
function example(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).values = [100, 0, 0];
  ws.getRow(2).values = [0, 60, 60];
}

describe("values into the engine", () => {
  it("keeps text as text, even when it looks like a number, a formula or TRUE", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getCell("A1").value = "12";
    ws[0].getCell("A2").value = "=A1";
    ws[0].getCell("A3").value = "TRUE";
    ws[0].getCell("B1").value = formula('A1&"x"');
    ws[0].getCell("B2").value = formula("A2");
    ws[0].getCell("B3").value = formula("ISTEXT(A3)");
    recalcWorkbook(wb);
    expect(result(ws[0], "B1")).toBe("12x");
    expect(result(ws[0], "B2")).toBe("=A1");
    expect(result(ws[0], "B3")).toBe(true);
  });

  it("reads booleans, rich text, hyperlinks and error values", () => {
    const { wb, ws } = book("Blad1");
    const s = ws[0];
    s.getCell("A1").value = true;
    s.getCell("A2").value = { richText: [{ text: "ab" }, { text: "c", font: { bold: true } }] };
    s.getCell("A3").value = { text: "länk", hyperlink: "https://example.org" };
    s.getCell("A4").value = { error: "#N/A" };
    s.getCell("A5").value = { error: "#NULL!" };
    s.getCell("B1").value = formula("IF(A1,1,2)");
    s.getCell("B2").value = formula("LEN(A2)");
    s.getCell("B3").value = formula("A3");
    s.getCell("B4").value = formula("ISNA(A4)");
    s.getCell("B5").value = formula("ISERROR(A5)");
    recalcWorkbook(wb);
    expect(["B1", "B2", "B3", "B4", "B5"].map((r) => result(s, r))).toEqual([
      1,
      3,
      "länk",
      true,
      true,
    ]);
  });

  it("gives dates as Excel serial numbers, in the 1900 and the 1904 system", () => {
    expect(excelSerial(new Date(Date.UTC(2024, 0, 1)), false)).toBe(45292);
    for (const date1904 of [false, true]) {
      const { wb, ws } = book("Blad1");
      wb.properties.date1904 = date1904;
      ws[0].getCell("A1").value = new Date(Date.UTC(2024, 0, 1, 12));
      ws[0].getCell("B1").value = formula("A1+1");
      recalcWorkbook(wb);
      expect(result(ws[0], "B1")).toBe(date1904 ? 43831.5 : 45293.5);
    }
  });
});

describe("formulas", () => {
  it("evaluates SI functions and native ones side by side", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("A3").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"bcr")');
    ws[0].getCell("A4").value = formula("NPV(0.035,B2:C2)-A1");
    recalcWorkbook(wb);
    expectClose(result(ws[0], "A3") as number, PV60 / 100);
    expectClose(result(ws[0], "A4") as number, PV60 - 100);
  });

  it("expands shared formulas to each clone's cell and keeps them shared", () => {
    const { wb, ws } = book("Blad1");
    const s = ws[0];
    [1, 2, 3].forEach((v, i) => (s.getCell(i + 1, 1).value = v));
    s.getCell("B1").value = formula("A1*10+$A$1", { shareType: "shared", ref: "B1:B3" });
    s.getCell("B2").value = { sharedFormula: "B1" };
    s.getCell("B3").value = { sharedFormula: "B1" };
    const { writes } = recalcWorkbook(wb);
    expect(["B1", "B2", "B3"].map((r) => result(s, r))).toEqual([11, 21, 31]);
    expect(s.getCell("B3").value).toEqual({ sharedFormula: "B1", result: 31 });
    expect(writes.find((w) => w.row === 3)?.formula).toEqual({
      text: "A3*10+$A$1",
      arrayRef: undefined,
    });
  });

  it("evaluates array formulas over their range and keeps them array formulas", () => {
    const { wb, ws } = book("Blad1");
    const s = ws[0];
    [1, 2, 3].forEach((v, i) => (s.getCell(i + 1, 1).value = v));
    s.getCell("B1").value = formula("A1:A3*2", { shareType: "array", ref: "B1:B3" });
    s.getCell("B2").value = 999; // the old cached results of the array
    s.getCell("B3").value = 999;
    s.getCell("C1").value = formula("SUM(A1:A3*A1:A3)", { shareType: "array", ref: "C1" });
    const { sheets } = recalcWorkbook(wb);
    expect(["B1", "B2", "B3", "C1"].map((r) => result(s, r))).toEqual([2, 4, 6, 14]);
    expect(s.getCell("B1").value).toMatchObject({ shareType: "array", ref: "B1:B3" });
    expect(sheets[0].formulas).toBe(2);
  });

  it("evaluates SUMPRODUCT over array expressions as Excel does", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getRow(1).values = [1, 2, 3];
    ws[0].getRow(2).values = [2, 3, 4];
    ws[0].getCell("A3").value = formula("SUMPRODUCT((A1:C1>1)*A2:C2)");
    ws[0].getCell("A4").value = formula("SUMPRODUCT(--(A1:C1>1),A2:C2)");
    recalcWorkbook(wb);
    expect([result(ws[0], "A3"), result(ws[0], "A4")]).toEqual([7, 7]);
  });

  it("evaluates newer functions saved with _xlfn. and keeps the file's text", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getRow(1).values = [2, 4, 4, 4, 5, 5, 7, 9];
    ws[0].getCell("A2").value = formula("_xlfn.STDEV.P(A1:H1)");
    recalcWorkbook(wb);
    expect(result(ws[0], "A2")).toBe(2);
    expect(ws[0].getCell("A2").formula).toBe("_xlfn.STDEV.P(A1:H1)");
  });

  it("reads an SI function as Excel saves it without the add-in (_xldudf_SI_CBA)", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("A3").value = formula("_xldudf_SI_CBA(A1:C1,A2:C2)");
    const { sheets } = recalcWorkbook(wb);
    expectClose(result(ws[0], "A3") as number, PV60 - 100);
    expect(sheets[0].siCells).toBe(1);
  });

  it("follows references to sheets whose names have spaces, quotes or look like numbers", () => {
    const { wb, ws } = book("Min kalkyl", "O'Brien", "2024", "Summa");
    ws[0].getCell("A1").value = 1;
    ws[1].getCell("A1").value = 2;
    ws[2].getCell("A1").value = 3;
    ws[3].getCell("A1").value = formula("'Min kalkyl'!A1+'O''Brien'!A1+'2024'!A1");
    recalcWorkbook(wb);
    expect(result(ws[3], "A1")).toBe(6);
  });

  it("reports circular references per cell, as #REF! with the message", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getCell("A1").value = formula("B1+1");
    ws[0].getCell("B1").value = formula("A1+1");
    ws[0].getCell("C1").value = formula("1+1");
    const { sheets } = recalcWorkbook(wb);
    expect(sheets[0].errors).toEqual([
      { cell: "A1", error: "#REF!", message: "circular reference" },
      { cell: "B1", error: "#REF!", message: "circular reference" },
    ]);
    expect(result(ws[0], "A1")).toEqual({ error: "#REF!" });
  });

  it("reports every error result with Excel's spelling and the message", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getCell("A1").value = formula("1/0");
    ws[0].getCell("A2").value = formula('SI.CBA({100,0},{0,60,60},0.035,"bcr")');
    const { sheets } = recalcWorkbook(wb);
    expect(sheets[0].errors.map((e) => [e.cell, e.error])).toEqual([
      ["A1", "#DIV/0!"],
      ["A2", "#VALUE!"],
    ]);
    expect(sheets[0].errors[1].message).toMatch(/equally long/);
    expect(result(ws[0], "A1")).toEqual({ error: "#DIV/0!" });
  });
});

describe("formulas HyperFormula cannot evaluate", () => {
  it("keep their cached value, which the cells depending on them use", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getCell("A1").value = formula("FOOBAR(1)", { result: 42 });
    ws[0].getCell("A2").value = formula("A1*2", { result: 0 });
    const { sheets } = recalcWorkbook(wb);
    expect(result(ws[0], "A1")).toBe(42);
    expect(result(ws[0], "A2")).toBe(84);
    expect(sheets[0].errors).toEqual([
      {
        cell: "A1",
        error: "#NAME?",
        message:
          "HyperFormula does not support the function FOOBAR; the cell keeps its cached value",
      },
    ]);
  });

  it("include syntax HyperFormula does not parse (structured references)", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getCell("A1").value = formula("SUM(Tabell1[Kostnad])", { result: 500 });
    ws[0].getCell("A2").value = formula("A1+1");
    const { sheets } = recalcWorkbook(wb);
    expect([result(ws[0], "A1"), result(ws[0], "A2")]).toEqual([500, 501]);
    expect(sheets[0].errors).toEqual([
      {
        cell: "A1",
        error: "#NAME?",
        message: "HyperFormula cannot read this formula; the cell keeps its cached value",
      },
    ]);
  });
});

describe("defined names", () => {
  it("uses the ranges ExcelJS reads", () => {
    const { wb, ws } = book("Min kalkyl");
    example(ws[0]);
    ws[0].getCell("E1").value = 0.035;
    wb.definedNames.add("'Min kalkyl'!$E$1", "Ranta");
    wb.definedNames.add("'Min kalkyl'!$A$1:$C$1", "Kostnader");
    ws[0].getCell("A3").value = formula("SI.CBA(Kostnader,A2:C2,Ranta)");
    recalcWorkbook(wb);
    expectClose(result(ws[0], "A3") as number, PV60 - 100);
  });

  it("takes the file's own names: constants, formulas and sheet-level scopes", () => {
    const { wb, ws } = book("2024", "Blad2");
    example(ws[0]);
    ws[0].getCell("A3").value = formula("SI.CBA(A1:C1,A2:C2,Ranta)");
    ws[1].getCell("A1").value = formula("Ranta*Dubbel");
    recalcWorkbook(wb, {
      definedNames: [
        { name: "Ranta", text: "0.035", sheet: "2024" },
        { name: "Ranta", text: "0.1", sheet: "Blad2" },
        { name: "Dubbel", text: "1+1" },
        { name: "_xlnm.Print_Area", text: "'2024'!$A$1:$C$3", sheet: "2024" },
      ],
    });
    expectClose(result(ws[0], "A3") as number, PV60 - 100);
    expect(result(ws[1], "A1")).toBe(0.2);
  });

  it("leaves out names HyperFormula cannot take instead of failing", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getCell("A1").value = formula("1+1");
    recalcWorkbook(wb, {
      definedNames: [
        { name: "Bad name", text: "1" },
        { name: "A1", text: "2" },
      ],
    });
    expect(result(ws[0], "A1")).toBe(2);
  });
});

describe("spilled results", () => {
  it("fill empty cells with plain values; a plain formula stays plain", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("E1").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"table")');
    const { writes } = recalcWorkbook(wb);
    expect(ws[0].getCell("E1").value).toEqual({
      formula: 'SI.CBA(A1:C1,A2:C2,0.035,"table")',
      result: "Net present value (SEK)",
    });
    expectClose(ws[0].getCell("F1").value as number, PV60 - 100);
    expect(ws[0].getCell("E8").value).toMatch(/^Break-even/);
    expect(writes).toHaveLength(16);
  });

  it("of an array formula (as Excel 365 saves a spill) fill its range, grown if need be", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("E1").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"table")', {
      shareType: "array",
      ref: "E1:F2",
    });
    ws[0].getCell("F1").value = 1; // old results in the array's range
    recalcWorkbook(wb);
    expect(ws[0].getCell("E1").value).toMatchObject({ shareType: "array", ref: "E1:F8" });
    expectClose(result(ws[0], "F1") as number, PV60 - 100);
    // Recalculating again: the spill is the formula's own range, not the user's cells.
    const { sheets } = recalcWorkbook(wb);
    expect(sheets[0].errors).toEqual([]);
    expectClose(result(ws[0], "F1") as number, PV60 - 100);
  });

  it("of a plain formula are the user's cells to a second recalc, which is #SPILL!", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("E1").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"table")');
    recalcWorkbook(wb);
    expect(recalcWorkbook(wb).sheets[0].errors).toEqual([
      { cell: "E1", error: "#SPILL!", message: "No space for array result." },
    ]);
  });

  it("of an array formula larger than the result are #N/A, as in Excel", () => {
    const { wb, ws } = book("Blad1");
    ws[0].getRow(1).values = [1, 2];
    ws[0].getCell("A2").value = formula("A1:B1*2", { shareType: "array", ref: "A2:C2" });
    recalcWorkbook(wb);
    expect(["A2", "B2", "C2"].map((r) => result(ws[0], r))).toEqual([2, 4, { error: "#N/A" }]);
  });

  it("never overwrite a user's cell: the formula is #SPILL! as in Excel", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("E1").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"table")');
    ws[0].getCell("F3").value = "min anteckning";
    const { sheets } = recalcWorkbook(wb);
    expect(ws[0].getCell("F3").value).toBe("min anteckning");
    expect(result(ws[0], "E1")).toEqual({ error: "#SPILL!" });
    expect(sheets[0].errors).toEqual([
      { cell: "E1", error: "#SPILL!", message: expect.any(String) },
    ]);
  });

  it("do not spill into merged cells", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("E1").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"table")');
    ws[0].mergeCells("F4:G4");
    ws[0].getCell("F4").value = "rubrik";
    ws[0].mergeCells("E5:E6");
    const { sheets } = recalcWorkbook(wb);
    expect(sheets[0].errors[0]).toMatchObject({ cell: "E1", error: "#SPILL!" });
    expect(ws[0].getCell("F4").value).toBe("rubrik");
  });

  it("carry labels in the language asked for", () => {
    const { wb, ws } = book("Blad1");
    example(ws[0]);
    ws[0].getCell("E1").value = formula('SI.CBA(A1:C1,A2:C2,0.035,"table")');
    recalcWorkbook(wb, { lang: "sv" });
    expect(result(ws[0], "E1")).not.toBe("Net present value (SEK)");
  });
});

describe("values only", () => {
  it("replaces formulas that call SI functions by their values and keeps native formulas", () => {
    const { wb, ws } = book("Blad1");
    const s = ws[0];
    example(s);
    s.getCell("A3").value = formula("SI.CBA(A1:C1,A2:C2)");
    s.getCell("A3").numFmt = "0.00";
    s.getCell("A4").value = formula("ROUND(SI.CBA(A1:C1,A2:C2),0)");
    s.getCell("A5").value = formula("A3*2");
    s.getCell("A6").value = formula('SI.CBA(A1:C1,A2:C2,,"table")');
    recalcWorkbook(wb, { valuesOnly: true });
    expectClose(s.getCell("A3").value as number, PV60 - 100);
    expect(s.getCell("A3").numFmt).toBe("0.00");
    expect(s.getCell("A4").value).toBe(14);
    expect(s.getCell("A5").formula).toBe("A3*2");
    expectClose(result(s, "A5") as number, 2 * (PV60 - 100));
    expect(s.getCell("A6").value).toBe("Net present value (SEK)");
    expect(s.getCell("A6").type).toBe(ExcelJS.ValueType.String);
  });
});

it("asks Excel to recalculate on opening, and counts formulas and SI cells per sheet", () => {
  const { wb, ws } = book("A", "B");
  example(ws[0]);
  ws[0].getCell("A3").value = formula("SI.CBA(A1:C1,A2:C2)");
  ws[0].getCell("A4").value = formula("SUM(A1:C1)");
  ws[1].getCell("A1").value = formula("A!A4");
  const { sheets } = recalcWorkbook(wb);
  expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
  expect(sheets).toEqual([
    { name: "A", formulas: 2, siCells: 1, errors: [] },
    { name: "B", formulas: 1, siCells: 0, errors: [] },
  ]);
});
