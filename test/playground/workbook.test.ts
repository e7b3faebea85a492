/**
 * The playground's workbook: cells keep their inputs and show what the engine computes, checked
 * against HyperFormula's native functions in a separate instance and against hand-worked
 * figures; batching, notifications, the used area, and formulas the engine cannot compute.
 */
import { HyperFormula } from "hyperformula";
import type { ModelChange } from "../../src/playground/model";
import { emptySheet } from "../../src/playground/ui/workbook-files";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { hfEval } from "../helpers/hyperformula";
import { LINES, codeOf, oneSheet } from "./workbook-helpers";

describe("cells", () => {
  it("keep their input and show the computed value", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [
      [100, "=A1*1.035^2", "text", true, null],
      ["=NPV(0.035,60,60)", "=PMT(0.04/12,120,-200000)", "=SUM(A1:B1)", "=A1&C1", ""],
    ]);
    expect(value(0, 1)).toBeCloseTo(100 * 1.035 ** 2, 12);
    expect(value(1, 0)).toBeCloseTo(hfEval("=NPV(0.035,60,60)") as number, 10);
    expect(value(1, 1)).toBeCloseTo(hfEval("=PMT(0.04/12,120,-200000)") as number, 8);
    expect(value(1, 2)).toBeCloseTo(100 + 100 * 1.035 ** 2, 10);
    expect(value(1, 3)).toBe("100text");
    expect(value(0, 3)).toBe(true);
    expect(model.cell(id, 0, 4)).toEqual({
      value: null,
      input: null,
      numberFormat: "General",
      format: {},
    });
    expect(model.cell(id, 1, 4).input).toBeNull(); // "" is an empty cell, as in Excel
    const view = model.cell(id, 0, 1);
    expect(view.input).toBe("=A1*1.035^2");
    expect(view.formula).toBe("=A1*1.035^2");
    expect(model.cell(id, 0, 0).formula).toBeUndefined();
  });

  it("keep text that looks like a number as text", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [["12", "=A1+1", "=ISTEXT(A1)"]]);
    expect(value(0, 0)).toBe("12");
    expect(value(0, 2)).toBe(true);
  });

  it("compute SI.CBA over cells as native NPV does, year 1 undiscounted", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [
      [100, 0],
      [0, 60],
      [0, 60],
      ['=SI.CBA(A1:A3,B1:B3,0.035,"npv")', '=SI.CBA(A1:A3,B1:B3,0.035,"bcr")'],
    ]);
    const npv = -100 + (hfEval("=NPV(0.035,60,60)") as number);
    expect(value(3, 0)).toBeCloseTo(npv, 10);
    expect(value(3, 1)).toBeCloseTo((npv + 100) / 100, 10);
  });

  it("show errors in Excel's spelling with the engine's reason, never throwing", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, [
      ["=1/0", "=SUM(", "=NOSUCHFUNCTION(1)", "=SI.CBA({100},{0},-2)", "=_xlfn.STDEV.S(1,2,3)"],
    ]);
    expect(value(0, 0)).toMatchObject({ error: "#DIV/0!" });
    expect(value(0, 1)).toMatchObject({ error: "#NAME?", message: expect.stringMatching(/pars/i) });
    expect(value(0, 2)).toEqual({
      error: "#NAME?",
      message: expect.stringContaining("NOSUCHFUNCTION"),
    });
    expect(value(0, 3)).toMatchObject({ error: "#NUM!", message: expect.stringMatching(/rate/) });
    expect(value(0, 4)).toBeCloseTo(1, 12); // file prefixes tolerated
    expect(model.cell(id, 0, 1).input).toBe("=SUM(");
  });

  it("refuse NaN and infinities before anything changes", () => {
    const { model, id, value } = oneSheet();
    expect(codeOf(() => model.setInputs(id, 0, 0, [[1, NaN]]))).toBe("InvalidArgument");
    expect(codeOf(() => model.setInputs(id, 0, 0, [[1], [2, 3]]))).toBe("InvalidArgument");
    expect(codeOf(() => model.setInputs(id, -1, 0, [[1]]))).toBe("InvalidArgument");
    expect(codeOf(() => model.setInputs("nope", 0, 0, [[1]]))).toBe("ItemNotFound");
    expect(value(0, 0)).toBeNull();
  });

  it("a 200×10 block of formulas is one engine write and one recalculation", () => {
    const { model, id, value } = oneSheet();
    const letter = (c: number) => String.fromCharCode(65 + c);
    const block = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) =>
        c === 0 ? r + 1 : `=A${r + 1}*${c}+${letter(c - 1)}${r + 1}`
      )
    );
    const writes = jest.spyOn(HyperFormula.prototype, "setCellContents");
    const resumes = jest.spyOn(HyperFormula.prototype, "resumeEvaluation");
    const started = performance.now();
    model.setInputs(id, 0, 0, block);
    const ms = performance.now() - started;
    expect(writes).toHaveBeenCalledTimes(1);
    expect(resumes).toHaveBeenCalledTimes(1);
    writes.mockRestore();
    resumes.mockRestore();
    // Along a row each column adds A·c to the one before: J = A·(1 + 1 + 2 + … + 9) = 46·A.
    expect(value(199, 9)).toBe(46 * 200);
    expect(value(0, 9)).toBe(46);
    expect(ms).toBeLessThan(5000);
  });
});

describe("batches and notifications", () => {
  it("nest, and notify once at the end of the outermost", () => {
    const { model, id, value } = oneSheet();
    const seen: ModelChange[] = [];
    const stop = model.subscribe((c) => seen.push(c));
    model.batch(() => {
      model.setInputs(id, 0, 0, [[1]]);
      model.batch(() => model.setInputs(id, 1, 0, [["=A1+1"]]));
      model.setInputs(id, 2, 0, [["=A2+1"]]);
      expect(seen).toEqual([]);
      // A value asked for inside a batch is already computed, as after Office.js's sync.
      expect(value(2, 0)).toBe(3);
    });
    expect(seen).toEqual([{ kind: "cells", sheetId: id }]);
    stop();
    model.setInputs(id, 0, 0, [[5]]);
    expect(seen).toHaveLength(1);
    expect(value(2, 0)).toBe(7);
  });

  it("keep what ran before a failing edit (Office.js batches are not transactions)", () => {
    const { model, id, value } = oneSheet();
    const seen: ModelChange[] = [];
    model.subscribe((c) => seen.push(c));
    expect(() =>
      model.batch(() => {
        model.setInputs(id, 0, 0, [[1, "=A1*2"]]);
        model.addSheet("Bad/name");
      })
    ).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(value(0, 1)).toBe(2);
    expect(seen).toEqual([{ kind: "cells", sheetId: id }]);
    expect(model.sheets()).toHaveLength(1);
  });

  it("name each sheet whose inputs changed, and structure changes as sheets", () => {
    const { model, id } = oneSheet();
    const seen: ModelChange[] = [];
    model.subscribe((c) => seen.push(c));
    model.batch(() => {
      const other = model.addSheet("Two");
      model.setInputs(other.id, 0, 0, [[1]]);
      model.setInputs(id, 0, 0, [[1]]);
    });
    const other = model.sheetByName("two")!.id;
    expect(seen).toEqual(
      expect.arrayContaining([
        { kind: "sheets" },
        { kind: "cells", sheetId: other },
        { kind: "cells", sheetId: id },
      ])
    );
  });
});

describe("structural edits in one batch", () => {
  it("sheets, names, tables and shifts mixed with writes all land, computed once at the end", () => {
    const { model, id, value } = oneSheet();
    const resumes = jest.spyOn(HyperFormula.prototype, "resumeEvaluation");
    model.batch(() => {
      model.setInputs(id, 0, 0, [[1, "=A1*2"]]);
      const two = model.addSheet("Two");
      model.setInputs(two.id, 0, 0, [["=Sheet1!B1+1"]]);
      model.addName("N", "=Two!$A$1");
      model.renameSheet(two.id, "Three");
      model.setInputs(id, 1, 0, [["=N*10"]]);
      model.addTable(id, { top: 3, left: 0, bottom: 5, right: 1 }, false);
      model.deleteName("N");
      model.addName("N", "=5");
      model.deleteSheet(model.addSheet("Four").id);
      model.setInputs(id, 0, 0, [[2]]);
    });
    expect(resumes).toHaveBeenCalledTimes(1);
    resumes.mockRestore();
    // A1 = 2, so B1 = 4 and Three!A1 = B1 + 1 = 5; N is the constant 5, A2 = N·10.
    expect([value(0, 1), value(1, 0)]).toEqual([4, 50]);
    expect(model.cell(model.sheetByName("three")!.id, 0, 0).value).toBe(5);
    expect(model.tables()[0].area).toEqual({ top: 3, left: 0, bottom: 6, right: 1 });
  });
});

describe("the used area", () => {
  it("holds every input and spill; formats count unless values only", () => {
    const { model, id } = oneSheet();
    expect(model.usedArea(id)).toBeNull();
    model.setInputs(id, 2, 1, [[1, null, 3]]);
    expect(model.usedArea(id)).toEqual({ top: 2, left: 1, bottom: 2, right: 3 });
    model.setFormat(id, { top: 9, left: 0, bottom: 9, right: 0 }, { bold: true });
    expect(model.usedArea(id)).toEqual({ top: 2, left: 0, bottom: 9, right: 3 });
    expect(model.usedArea(id, true)).toEqual({ top: 2, left: 1, bottom: 2, right: 3 });
    model.setInputs(id, 0, 5, [['=SI.CBA({100,0,0},{0,60,60},0.035,"table")']]);
    const spill = model.usedArea(id, true)!;
    expect(spill.top).toBe(0);
    expect(spill.right).toBe(6); // label and value: two columns
    model.clear(id, { top: 0, left: 0, bottom: 20, right: 20 }, "All");
    expect(model.usedArea(id)).toBeNull();
  });
});

describe("formulas the engine cannot compute", () => {
  it("show the value the file cached, and dependants compute with it", () => {
    const model = createPlaygroundModel({
      sheets: [
        emptySheet("Blad1", {
          cells: [
            { row: 0, col: 0, input: "=NOSUCHFUNCTION(1)" },
            { row: 0, col: 1, input: "=A1*2" },
            { row: 0, col: 2, input: "=NOSUCH2(1)" },
            { row: 0, col: 3, input: "=SUM(Gone[Belopp])+1" },
          ],
          cachedValues: [
            { row: 0, col: 0, value: 21 },
            { row: 0, col: 3, value: 7 },
          ],
        }),
      ],
      names: [],
      settings: {},
    });
    const id = model.sheets()[0].id;
    expect(model.cell(id, 0, 0).value).toBe(21);
    expect(model.cell(id, 0, 1).value).toBe(42);
    expect(model.cell(id, 0, 2).value).toMatchObject({ error: "#NAME?" });
    // A formula the engine cannot read (an unknown table) keeps its cached value, tables changing or not.
    expect(model.cell(id, 0, 3).value).toBe(7);
    model.setInputs(id, 5, 0, [["a"], [1]]);
    model.addTable(id, { top: 5, left: 0, bottom: 6, right: 0 }, true);
    expect(model.cell(id, 0, 3).value).toBe(7);
    // Typed again, the formula has no cached value any more.
    model.setInputs(id, 0, 0, [["=NOSUCHFUNCTION(1)"]]);
    expect(model.cell(id, 0, 0).value).toMatchObject({ error: "#NAME?" });
  });
});

describe("SI.CBATABLE over a table", () => {
  it("gives native NPV of the yearly net flows", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, LINES);
    model.addTable(id, { top: 0, left: 0, bottom: 4, right: 5 }, true, "SI_Kalkyl");
    model.setInputs(id, 0, 8, [["=SI.CBATABLE(SI_Kalkyl[#All],0.035)"]]);
    // Net flows worked out from the lines: -150, 50, 100, 40.
    const npv = -150 + (hfEval("=NPV(0.035,50,100,40)") as number);
    expect(value(0, 8)).toBeCloseTo(npv, 10);
  });
});
