import { DetailedCellError } from "hyperformula";
import { createEngine } from "../../src/engine/engine";

const PV60 = 60 / 1.035 + 60 / 1.035 ** 2; // worked by hand

describe("the SI plugin in HyperFormula", () => {
  it("treats an empty argument as omitted, as Excel does, not as 0", () => {
    const hf = createEngine({
      S: [
        [100, 0, 0],
        [0, 60, 60],
        ['=SI.CBA(A1:C1,A2:C2,,"bcr")'],
        ["=SI.SCALECOST(1200,0,,500000,600,1500000)"],
      ],
    });
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBeCloseTo(PV60 / 100, 12); // rate 3.5 %, not 0
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toBe(3_500_000); // coverage 1, not 0
  });

  it("treats empty cells and empty-text cells in a range as blank", () => {
    const hf = createEngine({ S: [[100, null, '=""'], [null, 60, 60], ["=SI.CBA(A1:C1,A2:C2)"]] });
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBeCloseTo(PV60 - 100, 10);
  });

  it("spills tables and element-wise results into the cells beside the formula", () => {
    const hf = createEngine({
      S: [
        ['=SI.CBA({100,0,0},{0,60,60},0.035,"table")'],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        ["=SI.RISKLEVEL({1;5},{1;5})"],
      ],
    });
    const values = hf.getSheetValues(0);
    expect(values[0][1]).toBeCloseTo(PV60 - 100, 10);
    expect(values[7][0]).toBe("Break-even (share of benefits needed)");
    expect([values[8][0], values[9][0]]).toEqual(["Low", "High"]);
  });

  it("reserves one row per line for the actors split and leaves unused rows blank", () => {
    const lines = [
      ["Typ", "Aktör", "Belopp"],
      ["Kostnad", "Skola", 100],
      ["Kostnad", "Skola", 50],
      ["Nytta", "Region", 200],
    ];
    const hf = createEngine({ S: [...lines, ['=SI.CBATABLE(A1:C4,0,,"actors")']] });
    const v = hf.getSheetValues(0);
    expect(v[4]).toEqual(["Skola", 150, 0, -150]);
    expect(v[5]).toEqual(["Region", 0, 200, 200]);
    expect(v[6] ?? []).toEqual([]);
  });

  it("says why when a spill's size depends on a cell value", () => {
    const hf = createEngine({ S: [["table", "=SI.CBA({100,0,0},{0,60,60},0.035,A1)"]] });
    const v = hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    expect(v).toBeInstanceOf(DetailedCellError);
    expect((v as DetailedCellError).type).toBe("SPILL");
    expect((v as DetailedCellError).message).toMatch(/type the measure in the formula/);
    // A measure in a cell is fine when the result is one value.
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [["bcr"]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBeCloseTo(PV60 / 100, 12);
  });

  it("gives #N/A for too many arguments and recalculates when inputs change", () => {
    const hf = createEngine({ S: [["=SI.EFFECT(1,2,3,4,5,6)", 100, "=SI.EFFECT(B1,70)"]] });
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as DetailedCellError).type).toBe("NA");
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(-0.3, 12);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[50]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(0.4, 12);
  });

  it("words messages and labels in the engine's language", () => {
    const sv = createEngine({ S: [["=SI.RISKLEVEL(5,5)", "=SI.CBA({1},{1},-5)"]] }, { lang: "sv" });
    expect(sv.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe("Hög");
    expect((sv.getCellValue({ sheet: 0, row: 0, col: 1 }) as DetailedCellError).message).toBe(
      "ränta måste vara större än −1 (−100 %)"
    );
  });
});
