/**
 * SI.SENSITIVITY: every row against NPVs computed independently (yearly flows worked out here,
 * discounted by HyperFormula's native NPV), the order by swing, the rate row and the errors.
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import { findFunction } from "../../src/catalog";
import { columnLetters } from "../../src/core/cells";
import { createEngine, excelErrorText } from "../../src/engine/engine";
import { excelFunction } from "../../src/functions/excel-values";
import { Literal, call, err, expectClose, num } from "../helpers/call";
import { FakeExcelError, makeError } from "../helpers/fake-excel-error";
import { arrayConstant, hfEval } from "../helpers/hyperformula";

const HEAD = [
  "Post",
  "Typ",
  "Belopp",
  "Startår",
  "Antal år",
  "Avtagande",
  "Låg",
  "Hög",
  "Fördelning",
];
type Row = [
  string,
  string,
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  string | null,
];

const TABLE: Row[] = [
  ["Personal", "Kostnad", 400, 1, 2, 0, 350, 500, null],
  ["Lokaler", "Kostnad", 50, 1, 3, 0, null, null, null],
  ["Placeringar", "Nytta", 200, 2, 5, 0.1, 80, 260, "pert"],
  ["Sjukvård", "Nytta", 60, 2, 4, 0, 50, 70, "normal"],
  ["Arbete", "Nytta", 40, 3, 6, 0.2, 0, 90, "likformig"],
];

/** The table's NPV worked out independently: flows year by year, discounted by HyperFormula's NPV. */
function referenceNpv(rows: readonly Row[], rate: number, timing: 0 | 1 = 0): number {
  const horizon = Math.max(...rows.map((r) => r[3] + r[4] - 1));
  const flows = Array.from({ length: horizon }, (_, t) =>
    rows.reduce((sum, [, type, amount, start, years, dropoff]) => {
      const y = t + 1;
      if (y < start || y >= start + years) return sum;
      const v = amount * Math.pow(1 - dropoff, y - start);
      return type === "Nytta" ? sum + v : sum - v;
    }, 0)
  );
  const v =
    timing === 1
      ? hfEval(`=NPV(${rate},${arrayConstant(flows)})`)
      : hfEval(`=${flows[0]}+NPV(${rate},${arrayConstant(flows.slice(1))})`);
  if (typeof v !== "number") throw new Error(`HyperFormula: ${v}`);
  return v;
}

const withAmount = (rows: readonly Row[], i: number, amount: number): Row[] =>
  rows.map((r, k) => (k === i ? ([r[0], r[1], amount, ...r.slice(3)] as Row) : r));

function sens(args: Literal[], lang: "en" | "sv" = "en"): (string | number)[][] {
  const r = call("SENSITIVITY", args, lang);
  if (!Array.isArray(r)) throw new Error(`expected rows, got ${String(r)}`);
  return r as (string | number)[][];
}

describe("SI.SENSITIVITY", () => {
  it.each([
    [0.035, 0],
    [0.035, 1],
    [0, 0],
    [0.08, 1],
  ] as const)(
    "each line at Låg and at Hög, the rest at Belopp, at rate %p timing %p: NPVs as HyperFormula's NPV gives them",
    (rate, timing) => {
      const rows = sens([[HEAD, ...TABLE], rate, null, null, null, timing]);
      expect(rows).toHaveLength(4); // Lokaler is fixed
      for (const [item, low, high, swing] of rows) {
        const i = TABLE.findIndex((r) => r[0] === item);
        const line = TABLE[i];
        expectClose(
          low as number,
          referenceNpv(withAmount(TABLE, i, line[6]!), rate, timing),
          1e-10
        );
        expectClose(
          high as number,
          referenceNpv(withAmount(TABLE, i, line[7]!), rate, timing),
          1e-10
        );
        expect(swing).toBe(Math.abs((high as number) - (low as number)));
      }
    }
  );

  it("sorts by swing, largest first; a cost at Hög lowers the NPV", () => {
    const rows = sens([[HEAD, ...TABLE]]);
    const swings = rows.map((r) => r[3] as number);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // Swings: 180·3.72 = 670, 150·(1 + 1/1.035) = 295, 90·3.23 = 291, 20·3.67 = 73.
    expect(rows.map((r) => r[0])).toEqual(["Placeringar", "Personal", "Arbete", "Sjukvård"]);
    const personal = rows.find((r) => r[0] === "Personal")!;
    expect(personal[1]).toBeGreaterThan(personal[2] as number);
  });

  it("keeps the table's order for equal swings", () => {
    const t = [
      HEAD,
      ["A", "Nytta", 10, 1, 1, 0, 5, 15, null],
      ["B", "Kostnad", 10, 1, 1, 0, 5, 15, null],
      ["C", "Nytta", 10, 1, 1, 0, 0, 30, null],
      ["D", "Nytta", 10, 1, 1, 0, 5, 15, null],
    ];
    expect(sens([t, 0]).map((r) => [r[0], r[3]])).toEqual([
      ["C", 30],
      ["A", 10],
      ["B", 10],
      ["D", 10],
    ]);
  });

  it("agrees with SI.CBATABLE on the table with the one amount changed, to the last digit", () => {
    const rows = sens([[HEAD, ...TABLE], 0.035]);
    for (const [item, low, high] of rows) {
      const i = TABLE.findIndex((r) => r[0] === item);
      expect(low).toBe(
        num(call("CBATABLE", [[HEAD, ...withAmount(TABLE, i, TABLE[i][6]!)], 0.035]))
      );
      expect(high).toBe(
        num(call("CBATABLE", [[HEAD, ...withAmount(TABLE, i, TABLE[i][7]!)], 0.035]))
      );
    }
  });

  it("adds a row for the discount rate with rate_low and rate_high, sorted with the others", () => {
    const rows = sens([[HEAD, ...TABLE], 0.035, null, 0, 0.1]);
    expect(rows).toHaveLength(5);
    const rate = rows.find((r) => r[0] === "Discount rate")!;
    expectClose(rate[1] as number, referenceNpv(TABLE, 0), 1e-10);
    expectClose(rate[2] as number, referenceNpv(TABLE, 0.1), 1e-10);
    expect(rate[3]).toBe(Math.abs((rate[2] as number) - (rate[1] as number)));
    const swings = rows.map((r) => r[3] as number);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(sens([[HEAD, ...TABLE], 0.035, null, 0, 0.1], "sv").map((r) => r[0])).toContain(
      "Diskonteringsränta"
    );
    // A table without an uncertain line still gives the rate row.
    const fixed = [
      HEAD,
      ["a", "Kostnad", 100, 1, 1, 0, null, null, null],
      ["b", "Nytta", 60, 2, 2, 0, null, null, null],
    ];
    const only = sens([fixed, 0.035, null, 0.01, 0.05, 1]);
    expect(only).toHaveLength(1);
    expectClose(only[0][1] as number, hfEval("=NPV(0.01,{-100,60,60})") as number, 1e-12);
    expectClose(only[0][2] as number, hfEval("=NPV(0.05,{-100,60,60})") as number, 1e-12);
  });

  it("names a line without a Post by its row", () => {
    const t = [HEAD, ["", "Nytta", 10, 1, 1, 0, 5, 15, null]];
    expect(sens([t])[0][0]).toBe("(row 2)");
    expect(sens([t], "sv")[0][0]).toBe("(rad 2)");
  });

  it("errors: one of rate_low and rate_high, a rate ≤ −1, no uncertain line, as SI.CBASIM for the table", () => {
    const t = [HEAD, ...TABLE];
    const pair = err(call("SENSITIVITY", [t, 0.035, null, 0.01]));
    expect([pair.kind, pair.key, pair.params.arg, pair.params.other]).toEqual([
      "VALUE",
      "ratePair",
      "rate_high",
      "rate_low",
    ]);
    expect(err(call("SENSITIVITY", [t, 0.035, null, null, 0.05])).params.arg).toBe("rate_low");
    expect(err(call("SENSITIVITY", [t, 0.035, null, -1, 0.05])).key).toBe("rateDomain");
    expect(err(call("SENSITIVITY", [t, -2])).key).toBe("rateDomain");
    const fixed = [HEAD, ["a", "Kostnad", 100, 1, 1, 0, null, null, null]];
    expect(err(call("SENSITIVITY", [fixed])).kind).toBe("NA");
    expect(err(call("SENSITIVITY", [fixed])).key).toBe("noUncertainLines");
    expect(err(call("SENSITIVITY", [[HEAD]])).key).toBe("noLines");
    const order = err(
      call("SENSITIVITY", [[HEAD, ["a", "Kostnad", 100, 1, 1, 0, 120, 150, null]]])
    );
    expect([order.kind, order.params.row]).toEqual(["NUM", 2]);
  });

  it("reserves one row per line, plus one for the rate when rate_low is given", () => {
    const spec = findFunction("SENSITIVITY")!;
    expect(spec.resultSize!([{ rows: 6, cols: 9 }])).toEqual({ rows: 5, cols: 4 });
    expect(
      spec.resultSize!([
        { rows: 6, cols: 9 },
        { rows: 1, cols: 1 },
        { rows: 1, cols: 1 },
        { rows: 1, cols: 1 },
        { rows: 1, cols: 1 },
      ])
    ).toEqual({ rows: 6, cols: 4 });
  });

  it("gives the same rows through the Excel wrapper and the engine", () => {
    const table = [HEAD, ...TABLE];
    for (const lang of ["en", "sv"] as const) {
      const hf = createEngine({}, { lang });
      const sheet = hf.getSheetId(hf.addSheet("S"))!;
      table.forEach((r, y) =>
        r.forEach((v, x) => hf.setCellContents({ sheet, row: y, col: x }, [[v]]))
      );
      const range = `A1:${columnLetters(HEAD.length)}${table.length}`;
      const excel = excelFunction(findFunction("SENSITIVITY")!, () => lang, makeError);
      for (const extra of [[], [0.035, null, 0, 0.1], [0.035, null, 0]] as Literal[][]) {
        const formula = `=SI.SENSITIVITY(${[range, ...extra.map((a) => (a === null ? "" : String(a)))].join(",")})`;
        const fromEngine = hf.calculateFormula(formula, sheet) as unknown[][];
        const fromExcel = excel(
          table,
          ...extra.map((a) => (a === null ? null : [[a]]))
        ) as unknown[][];
        const norm = (g: unknown[][]) =>
          g
            .map((r) =>
              r
                .filter((v) => v !== null)
                .map((v) =>
                  v instanceof FakeExcelError
                    ? v.code
                    : v instanceof DetailedCellError
                      ? excelErrorText(v)
                      : v
                )
            )
            .filter((r) => r.length > 0);
        expect(norm(fromEngine)).toEqual(norm(fromExcel));
      }
    }
  });

  it("never throws on arbitrary tables (property)", () => {
    const fn = excelFunction(findFunction("SENSITIVITY")!, () => "en", makeError);
    const cell = fc.oneof(
      fc.integer({ min: -100, max: 100 }),
      fc.double(),
      fc.constantFrom(null, "", "x", "pert", "Nytta")
    );
    const line = fc.tuple(
      fc.constantFrom("a", ""),
      fc.constantFrom("Kostnad", "Nytta", "?"),
      cell,
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom(0, 0.5, 2),
      cell,
      cell,
      fc.constantFrom(null, "triangel", "normal", "likformig", "x")
    );
    fc.assert(
      fc.property(
        fc.array(line, { size: "max", maxLength: 8 }),
        fc.constantFrom(null, -2, 0.1),
        fc.constantFrom(null, 0.2),
        (rows, low, high) => {
          const out = fn([HEAD, ...rows], null, null, low, high);
          for (const v of (out as unknown[][]).flat())
            expect(
              (typeof v === "number" && Number.isFinite(v)) ||
                typeof v === "string" ||
                v instanceof FakeExcelError
            ).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });
});
