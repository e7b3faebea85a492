/**
 * The same calls through the Excel custom-function wrappers and through the HyperFormula engine
 * must give identical results: values, error kinds and messages.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { findFunction } from "../../src/catalog";
import { columnLetters } from "../../src/core/cells";
import { createEngine, excelErrorText } from "../../src/engine/engine";
import { excelFunction } from "../../src/functions/excel-values";
import { Lang } from "../../src/i18n/lang";
import { FakeExcelError, makeError } from "../helpers/fake-excel-error";

type Lit = number | string | boolean | null | Lit[][];

/** A call as a formula: literal arguments, arrays as array constants, null as an empty argument. */
interface Call {
  id: string;
  args: Lit[];
}

function formulaLiteral(v: Lit): string {
  if (v === null) return "";
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return `{${v.map((row) => row.map(formulaLiteral).join(",")).join(";")}}`;
}

/** The comparable form of a result: numbers, strings, or [code, message] for errors. */
type Norm = number | string | null | [string, string];

function normExcel(v: unknown): Norm | Norm[][] {
  if (Array.isArray(v)) {
    const grid = (v as unknown[][]).map((row) => row.map((x) => normExcel(x) as Norm));
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  }
  if (v instanceof FakeExcelError) return [v.code, v.message ?? ""];
  return v as Norm;
}

/**
 * A single value where the engine reserved a larger spill (an error, most often) comes padded with
 * empty cells, which the spill's writer trims (src/engine/spill.ts): trimmed here too.
 */
function withoutPadding(grid: unknown[][]): unknown[][] {
  const rows = grid.slice();
  while (rows.length > 1 && rows[rows.length - 1].every((x) => x === null)) rows.pop();
  let width = rows[0]?.length ?? 0;
  while (width > 1 && rows.every((r) => r[width - 1] === null)) width--;
  return rows.map((r) => r.slice(0, width));
}

function normEngine(v: unknown): Norm | Norm[][] {
  if (Array.isArray(v)) {
    const grid = withoutPadding(v as unknown[][]).map((row) =>
      row.map((x) => normEngine(x) as Norm)
    );
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  }
  if (v instanceof DetailedCellError) return [excelErrorText(v), v.message];
  return v as Norm;
}

/** Excel shows no message with #NUM! and #DIV/0!; compare those by code only. */
function withoutSilentMessages(n: Norm | Norm[][]): Norm | Norm[][] {
  const strip = (x: Norm): Norm =>
    Array.isArray(x) && (x[0] === "#NUM!" || x[0] === "#DIV/0!") ? [x[0], ""] : x;
  return Array.isArray(n) && Array.isArray(n[0])
    ? (n as Norm[][]).map((r) => r.map(strip))
    : strip(n as Norm);
}

const LINES: Lit[][] = [
  ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år", "Avtagande"],
  ["Personal", "Kostnad", "Skola", 100, 1, 1, 0],
  ["Material", "Kostnad", "Socialtjänst", 20, 1, 2, 0],
  ["Placeringar", "Nytta", "Socialtjänst", 60, 2, 3, 0.1],
];

/** LINES with the uncertainty columns: a triangular cost, a PERT benefit and a fixed line. */
const SIM_LINES: Lit[][] = [
  [...LINES[0], "Låg", "Hög", "Fördelning"],
  [...LINES[1], 90, 130, ""],
  [...LINES[2], "", "", ""],
  [...LINES[3], 30, 80, "pert"],
];

const UNIT_COSTS: Lit[][] = [
  ["Id", "Kostnadspost", "Enhet", "Kostnad", "Prisår"],
  ["HVB1", "Placering HVB", "kr/dygn", 6200, 2015],
  ["FH1", "Familjehemsplacering", "kr/dygn", 1300, 2015],
];

const CALLS: Call[] = [
  { id: "EFFECT", args: [100, 70, 100, 88] },
  { id: "EFFECT", args: [100, 70, 100, 88, "ratio"] },
  { id: "EFFECT", args: [null, 70, null, 88, "absolut"] },
  { id: "EFFECT", args: [[[100, 200]], [[70, 100]], 100, 88] },
  { id: "EFFECT", args: [0, 70] },
  { id: "EFFECT", args: [100, 70, 100] },
  { id: "EFFECT", args: [100, 70, 100, 88, "procent"] },
  { id: "EFFECT", args: [[[1, 2]], [[1, 2, 3]]] },
  { id: "EFFECTSIZE", args: [103, 5.5, 50, 100, 4.5, 50] },
  { id: "EFFECTSIZE", args: [103, 5.5, 50, 100, 4.5, 50, "d", "upper"] },
  { id: "EFFECTSIZE", args: [103, 5.5, 1, 100, 4.5, 50] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]]] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "bcr"] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], null, "bcr"] },
  { id: "CBA", args: [[[100], [0], [0]], [[0], [60], [60]], 0.05, "irr"] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "payback", 1] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "table"] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "tabell"] },
  { id: "CBA", args: [[[100, 0]], [[0, 10]], 0.035, "payback"] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60]]] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], -1] },
  { id: "CBA", args: [[[0, 0]], [[0, 0]], 0.035, "bcr"] },
  { id: "CBA", args: [[[100, "x"]], [[0, 60]]] },
  { id: "CBA", args: [[[100, 0, 230]], [[0, 232, 0]], 0.035, "irr"] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "npv", 2] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], true] },
  { id: "CBATABLE", args: [LINES] },
  { id: "CBATABLE", args: [LINES, 0.035, null, "bcr"] },
  { id: "CBATABLE", args: [LINES, 0.035, null, "actors"] },
  { id: "CBATABLE", args: [LINES, 0.035, null, "aktörer"] },
  { id: "CBATABLE", args: [LINES, 0.035, 2, "table"] },
  { id: "CBATABLE", args: [LINES, 0.035, null, "npv", "Skola"] },
  { id: "CBATABLE", args: [LINES, 0.035, null, "npv", "Region"] },
  {
    id: "CBATABLE",
    args: [
      [
        ["Post", "Belopp"],
        ["a", 1],
      ],
    ],
  },
  { id: "CBATABLE", args: [[LINES[0], ["a", "Utgift", "S", 1, 1, 1, 0]]] },
  { id: "CBASIM", args: [SIM_LINES] },
  { id: "CBASIM", args: [SIM_LINES, 0.035, null, 2000, 5, "histogram"] },
  { id: "CBASIM", args: [SIM_LINES, 0.035, 4, 2000, 5, "p95", 1] },
  { id: "CBASIM", args: [SIM_LINES, 0.035, null, 2000, 5, "sannolikhet"] },
  { id: "CBASIM", args: [SIM_LINES, 0.035, null, 2000000] },
  {
    id: "CBASIM",
    args: [[SIM_LINES[0], ["Personal", "Kostnad", "Skola", 100, 1, 1, 0, 110, 130, ""]]],
  },
  {
    id: "CBASIM",
    args: [[SIM_LINES[0], ["Personal", "Kostnad", "Skola", 100, 1, 1, 0, 90, "", ""]]],
  },
  { id: "SENSITIVITY", args: [SIM_LINES] },
  { id: "SENSITIVITY", args: [SIM_LINES, 0.035, null, 0.01, 0.05] },
  { id: "SENSITIVITY", args: [SIM_LINES, 0.035, null, 0.01] },
  { id: "SENSITIVITY", args: [LINES] },
  { id: "SCALECOST", args: [1200, 0, 1, 500000, 600, 1500000] },
  { id: "SCALECOST", args: [1000, 2000, 0.5, 0, null, null, 1, 3] },
  { id: "SCALECOST", args: [1200, 0, 1, 0, 600] },
  { id: "SCALECOST", args: [10, 0, 1, 0, 0, 100] },
  { id: "NETBENEFIT", args: [1000000, 0.2, 0.1, 0.05, 0.15] },
  {
    id: "NETBENEFIT",
    args: [
      [[100], [200], [300]],
      [[0.1], [0.2], [1.5]],
    ],
  },
  { id: "RISKSCORE", args: [4, 5] },
  {
    id: "RISKSCORE",
    args: [
      [["hög"], ["låg"], [null]],
      [["medel"], ["Mycket hög"], [""]],
    ],
  },
  { id: "CBA", args: [[[100, null, ""]], [[null, 60, 60]], 0.035, "npv"] },
  { id: "CBA", args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "payback", null] },
  { id: "RISKLEVEL", args: ["high", "low", 3] },
  { id: "RISKLEVEL", args: [6, 1] },
  { id: "RISKLEVEL", args: ["ganska hög", 1] },
  { id: "UPRATE", args: [6200, 2015, 2023] },
  {
    id: "UPRATE",
    args: [
      [[100], [200]],
      2020,
      2021,
      [
        ["År", "PKV"],
        [2020, 100],
        [2021, 103],
      ],
    ],
  },
  { id: "UPRATE", args: [100, 2005, 2023] },
  { id: "UNITCOST", args: ["HVB1", UNIT_COSTS] },
  { id: "UNITCOST", args: ["familjehemsplacering", UNIT_COSTS, 2023] },
  { id: "UNITCOST", args: ["Familjehem", UNIT_COSTS] },
  { id: "UNITCOST", args: [[["HVB1"], ["FH1"]], UNIT_COSTS, 2020] },
  { id: "VERSION", args: [] },
];

/**
 * The call as a formula on a sheet of its own: ranges are written into cells (a blank element is an
 * empty cell, "" an empty-text cell made by a formula) and referenced, as they are in workbooks.
 */
function placeCall(hf: HyperFormula, c: Call, n: number): { sheet: number; formula: string } {
  const name = `Call${n}`;
  hf.addSheet(name);
  const sheet = hf.getSheetId(name)!;
  let row = 0;
  const args = c.args.map((a) => {
    if (!Array.isArray(a)) return formulaLiteral(a);
    const top = row;
    a.forEach((r, i) =>
      r.forEach((v, j) => {
        const content = v === "" ? '=""' : (v as number | string | boolean | null);
        hf.setCellContents({ sheet, row: top + i, col: j }, [[content]]);
      })
    );
    row += a.length + 1;
    return `A${top + 1}:${columnLetters(a[0].length)}${top + a.length}`;
  });
  return { sheet, formula: `=SI.${c.id}(${args.join(",")})` };
}

describe.each(["en", "sv"] as Lang[])("Excel and the headless engine agree (%s)", (lang) => {
  const hf = createEngine({}, { lang });

  it.each(
    CALLS.map((c, n) => [`SI.${c.id}(${c.args.map(formulaLiteral).join(",")})`, c, n] as const)
  )("%s", (_, c, n) => {
    const spec = findFunction(c.id)!;
    const excel = excelFunction(spec, () => lang, makeError);
    // Excel passes every argument of a matrix parameter as a matrix; an empty argument as null.
    const excelArgs = c.args.map((a) => (a === null ? null : Array.isArray(a) ? a : [[a]]));
    const fromExcel = withoutSilentMessages(normExcel(excel(...excelArgs)));
    const { sheet, formula } = placeCall(hf, c, n);
    const fromEngine = withoutSilentMessages(normEngine(hf.calculateFormula(formula, sheet)));
    expect(fromEngine).toEqual(fromExcel);
  });
});
