import { chartSource, chooseArea, localAddress } from "../../src/excel/kalkyl-chart";
import {
  findActorSpill,
  findKalkyls,
  isActorFormula,
  singleCellOf,
} from "../../src/excel/kalkyl-find";
import { inputProblem, parseInput } from "../../src/excel/kalkyl-input";

describe("singleCellOf", () => {
  it.each([
    ["Kalkyl!$B$6", { sheet: "Kalkyl", address: "B6" }],
    ["=Kalkyl!$B$6", { sheet: "Kalkyl", address: "B6" }],
    ["'Kalkyl (2)'!$B$7", { sheet: "Kalkyl (2)", address: "B7" }],
    ["'Ulla''s kalkyl'!b7", { sheet: "Ulla's kalkyl", address: "B7" }],
  ])("%s is one cell", (reference, expected) => {
    expect(singleCellOf(reference)).toEqual(expected);
  });

  it.each([["Kalkyl!$B$6:$B$7"], ["#REF!"], ["0.035"], [""], [35]])("%p is not", (reference) => {
    expect(singleCellOf(reference)).toBeUndefined();
  });
});

describe("findKalkyls", () => {
  const range = (name: string, value: string) => ({ name, type: "Range", value });

  it("pairs each table with the names on its own sheet, its own suffix first", () => {
    const found = findKalkyls(
      [
        { name: "Tabell1", sheet: "Blad1" },
        { name: "SI_Kalkyl", sheet: "Kalkyl" },
        { name: "SI_Kalkyl_2", sheet: "Kalkyl (2)" },
        { name: "SI_Kalkylator", sheet: "Blad1" },
      ],
      [
        range("SI_Horisont_2", "Blad1!$A$1"), // the user's, on another sheet
        range("SI_Horisont", "Kalkyl!$B$7"),
        range("SI_Horisont_3", "'Kalkyl (2)'!$B$7"),
        range("si_diskonteringsranta", "Kalkyl!$B$6"),
        range("SI_Diskonteringsranta_2", "'Kalkyl (2)'!$B$6"),
        range("SI_Nettonuvarde_4", "'Kalkyl (2)'!$C$20"), // on the sheet, another suffix
        range("SI_Nettonuvarde_2", "'Kalkyl (2)'!$B$11"),
        range("SI_Nettonuvardet", "'Kalkyl (2)'!$B$12"),
        { name: "SI_Nyttokostnadskvot_2", type: "String", value: "1" },
        range("SI_Aterbetalningstid_2", "'Kalkyl (2)'!$B$14:$B$15"),
      ]
    );
    expect(found).toEqual([
      {
        table: "SI_Kalkyl",
        sheet: "Kalkyl",
        names: {
          rate: { name: "si_diskonteringsranta", address: "B6" },
          horizon: { name: "SI_Horisont", address: "B7" },
        },
      },
      {
        table: "SI_Kalkyl_2",
        sheet: "Kalkyl (2)",
        names: {
          rate: { name: "SI_Diskonteringsranta_2", address: "B6" },
          horizon: { name: "SI_Horisont_3", address: "B7" },
          npv: { name: "SI_Nettonuvarde_2", address: "B11" },
        },
      },
    ]);
  });

  it("finds nothing in a workbook without an SI_Kalkyl table", () => {
    expect(findKalkyls([{ name: "Kalkyl", sheet: "Blad1" }], [])).toEqual([]);
  });
});

describe("the per-actor spill", () => {
  const formula = '=SI.CBATABLE(SI_Kalkyl[#All],SI_Diskonteringsranta,SI_Horisont,"aktörer")';

  it("is told by its formula over the table, in either language", () => {
    expect(isActorFormula(formula, "SI_Kalkyl")).toBe(true);
    expect(isActorFormula(formula.replace("aktörer", "Actors"), "si_kalkyl")).toBe(true);
    expect(isActorFormula(formula, "SI_Kalkyl_2")).toBe(false);
    expect(isActorFormula(formula.replace(/SI_Kalkyl/, "SI_Kalkyl_2"), "SI_Kalkyl")).toBe(false);
    expect(isActorFormula(formula.replace(',"aktörer"', ',"bcr"'), "SI_Kalkyl")).toBe(false);
    expect(isActorFormula(42, "SI_Kalkyl")).toBe(false);
  });

  it("reads the rows from the anchor down to the first blank", () => {
    const area = {
      rowIndex: 5, // row 6
      columnIndex: 2, // column C
      formulas: [
        ["", "Aktör", "Kostnader", "Nyttor", "Netto"],
        ["", formula, 100, 0, -100],
        ["", "Socialtjänst", 0, 50, 50],
        ["", "", "", "", ""],
        ["", "Skräp", "", "", ""],
      ],
      values: [
        ["", "Aktör", "Kostnader", "Nyttor", "Netto"],
        ["", "Skola", 100, 0, -100],
        ["", "Socialtjänst", 0, 50, 50],
        ["", "", "", "", ""],
        ["", "Skräp", "", "", ""],
      ],
      valueTypes: Array.from({ length: 5 }, () => Array<string>(5).fill("Double")),
    };
    expect(findActorSpill(area, "SI_Kalkyl")).toEqual({
      anchor: "D7",
      rows: [
        ["Skola", 100, 0, -100],
        ["Socialtjänst", 0, 50, 50],
      ],
    });
    expect(findActorSpill(area, "SI_Kalkyl_2")).toBeUndefined();
  });

  it("is one error when the anchor shows one", () => {
    const area = {
      rowIndex: 0,
      columnIndex: 0,
      formulas: [[formula], [""]],
      values: [["#N/A"], [""]],
      valueTypes: [["Error"], ["Empty"]],
    };
    expect(findActorSpill(area, "SI_Kalkyl")).toEqual({
      anchor: "A1",
      rows: [[{ error: "#N/A" }]],
    });
  });
});

describe("the chart's place and data", () => {
  const area = (address: string, left: number, values: unknown[][] = [[""]]) => ({
    address,
    values,
    left,
    top: 60,
    width: 384,
    height: 270,
  });

  it("takes the first empty area that no chart covers", () => {
    const candidates = [
      area("Kalkyl!N5:U22", 700),
      area("Kalkyl!W5:AD22", 1_132, [["", "x"]]),
      area("Kalkyl!AF5:AM22", 1_564),
    ];
    expect(chooseArea(candidates, [])?.address).toBe("Kalkyl!N5:U22");
    const overFirst = { left: 800, top: 100, width: 50, height: 50 };
    // The second is not empty, so the third.
    expect(chooseArea(candidates, [overFirst])?.address).toBe("Kalkyl!AF5:AM22");
    // Touching edges do not overlap.
    const beside = { left: 700 - 100, top: 60, width: 100, height: 270 };
    expect(chooseArea(candidates, [beside])?.address).toBe("Kalkyl!N5:U22");
    const everywhere = { left: 0, top: 0, width: 5_000, height: 5_000 };
    expect(chooseArea(candidates, [everywhere])).toBeUndefined();
  });

  it("draws the actor, cost and benefit columns with the header row above", () => {
    const spill = {
      rowIndex: 6,
      columnIndex: 3,
      rowCount: 2,
      columnCount: 4,
      values: [
        ["Skola", 100, 0, -100],
        ["Socialtjänst", 0, 50, 50],
      ],
    };
    expect(chartSource(spill)).toBe("D6:F8");
    expect(chartSource({ ...spill, rowIndex: 0 })).toBe("D1:F2");
    expect(chartSource({ ...spill, values: [["Skola", "", "", ""]], rowCount: 1 })).toBeUndefined();
    expect(chartSource({ ...spill, columnCount: 1 })).toBeUndefined();
    expect(localAddress("'Kalkyl (2)'!N5:U22")).toBe("N5:U22");
  });
});

describe("inputs as typed", () => {
  it.each([
    ["3,5", 0.035],
    ["3.5", 0.035],
    [" 4,1 % ", 0.041],
    ["\u22122", -0.02],
    ["-99", -0.99],
    ["100", 1],
    ["0", 0],
    [",5", 0.005],
  ])("reads the rate %p as %p", (text, value) => {
    expect(parseInput("rate", text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["  ", "empty"],
    ["abc", "notNumber"],
    ["3,5,1", "notNumber"],
    ["1 000", "outOfRange"],
    ["3,5 kr", "notNumber"],
    ["101", "outOfRange"],
    ["-99,5", "outOfRange"],
  ])("refuses the rate %p (%s)", (text, problem) => {
    expect(parseInput("rate", text)).toEqual({ ok: false, problem });
  });

  it.each([
    ["10", 10],
    [" 1 ", 1],
    ["100", 100],
    ["20,0", 20],
  ])("reads the horizon %p as %p", (text, value) => {
    expect(parseInput("horizon", text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["tio", "notNumber"],
    ["10 %", "notNumber"],
    ["0", "outOfRange"],
    ["101", "outOfRange"],
    ["2,5", "notWhole"],
    ["-3", "outOfRange"],
  ])("refuses the horizon %p (%s)", (text, problem) => {
    expect(parseInput("horizon", text)).toEqual({ ok: false, problem });
  });

  it("checks the numbers the service is given the same way", () => {
    expect(inputProblem("rate", 0.035)).toBeUndefined();
    expect(inputProblem("rate", -0.99)).toBeUndefined();
    expect(inputProblem("rate", 1.0001)).toBe("outOfRange");
    expect(inputProblem("horizon", 100)).toBeUndefined();
    expect(inputProblem("horizon", 7.5)).toBe("notWhole");
    expect(inputProblem("horizon", Number.NaN)).toBe("notNumber");
  });
});
