/**
 * Whatever Excel hands a function, it answers with a value or an Excel error: never an exception.
 * Checked through the Excel wrapper itself, with the error constructor replaced by a plain object.
 */
import fc from "fast-check";
import { CATALOG } from "../../src/catalog";
import { FunctionSpec } from "../../src/catalog/spec";
import { excelFunction } from "../../src/functions/excel-values";
import { FakeExcelError, makeError } from "../helpers/fake-excel-error";

const scalar = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 10 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -1,
    1,
    0.5,
    1e308
  ),
  fc.string(),
  fc.constantFrom(
    "",
    "npv",
    "table",
    "actors",
    "relativ",
    "hög",
    "Kostnad",
    "Nytta",
    "Typ",
    "Belopp",
    "g",
    "se",
    "3"
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ code: "#REF!", message: "deleted" }),
  fc.constant({ code: "#N/A" }),
  fc.constant({ weird: true })
);
const matrix = fc.array(fc.array(scalar, { minLength: 0, maxLength: 4 }), {
  minLength: 0,
  maxLength: 4,
});
const arg = fc.oneof(scalar, matrix, fc.constant([[]]), fc.constant([]));

function isExcelValue(v: unknown): boolean {
  return (
    (typeof v === "number" && Number.isFinite(v)) ||
    typeof v === "string" ||
    v instanceof FakeExcelError
  );
}

/** Why the output is not something Excel accepts, or undefined when it is (one expect per call keeps 1M-cell checks fast). */
function shapeProblem(spec: FunctionSpec, out: unknown): string | undefined {
  if (!spec.spills) return isExcelValue(out) ? undefined : `not an Excel value: ${String(out)}`;
  if (!Array.isArray(out) || out.length === 0)
    return "a spilling function must return a non-empty matrix";
  const width = (out[0] as unknown[]).length;
  for (const row of out as unknown[][]) {
    if (!Array.isArray(row) || row.length !== width) return "ragged matrix";
    for (const v of row)
      if (!isExcelValue(v)) return `not an Excel value in the matrix: ${String(v)}`;
  }
  return undefined;
}

function checkShape(spec: FunctionSpec, out: unknown): void {
  expect(shapeProblem(spec, out)).toBeUndefined();
}

describe.each(CATALOG.map((f) => [f.id, f] as const))("SI.%s on arbitrary input", (_, spec) => {
  const fn = excelFunction(spec, () => "en", makeError);

  it("never throws and always returns values Excel accepts", () => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: spec.params.length + 2 }), (args) => {
        checkShape(spec, fn(...args));
      }),
      { numRuns: 300 }
    );
  });

  it("answers a 1,000,000-cell range with a value, not an exception", () => {
    const big = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 1000 }, (_, c) => (r * 1000 + c) % 7)
    );
    const args = spec.params.map((p, i) => (i === 0 ? big : p.optional ? null : 1));
    checkShape(spec, fn(...args));
  });
});

/** A value every element-wise function accepts in parameter i. */
function validValue(spec: FunctionSpec, i: number): number | string | (string | number)[][] {
  switch (spec.params[i].name) {
    case "item":
      return "A";
    case "table":
      return [
        ["Id", "Kostnadspost", "Kostnad", "Prisår"],
        ["A", "Alfa", 1, 2020],
      ];
    case "scale":
      return spec.id === "EFFECT" ? "relative" : 5;
    case "from_year":
    case "to_year":
    case "price_year":
      return 2020;
    case "index":
      return ""; // blank: the bundled index
    default:
      return 1;
  }
}

describe("element-wise broadcasting", () => {
  const elementwise = CATALOG.filter((f) => f.elementwise);
  const dims = fc.record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 4 }),
  });

  it.each(elementwise.map((f) => [f.id, f] as const))(
    "SI.%s: ranges of one shape give that shape, 1×1 broadcasts, other shapes are #VALUE!",
    (_, spec) => {
      const fn = excelFunction(spec, () => "en", makeError);
      fc.assert(
        fc.property(
          fc.array(fc.option(dims, { nil: undefined }), {
            minLength: spec.params.length,
            maxLength: spec.params.length,
          }),
          (shapes) => {
            // Each argument a range of its shape filled with a valid value, or that one value.
            const args = shapes.map((s, i) => {
              const v = validValue(spec, i);
              return s && !spec.params[i].whole
                ? Array.from({ length: s.rows }, () => Array.from({ length: s.cols }, () => v))
                : v;
            });
            const big = shapes.filter(
              (s, i): s is { rows: number; cols: number } =>
                !!s && !spec.params[i].whole && s.rows * s.cols > 1
            );
            const same = big.every((s) => s.rows === big[0].rows && s.cols === big[0].cols);
            const out = fn(...args) as unknown[][];
            if (!same) {
              expect(out).toEqual([
                [new FakeExcelError("#VALUE!", expect.stringContaining("same shape"))],
              ]);
            } else {
              const rows = big.length ? big[0].rows : 1;
              const cols = big.length ? big[0].cols : 1;
              expect(out.length).toBe(rows);
              out.forEach((r) => expect(r.length).toBe(cols));
              out
                .flat()
                .forEach((v) =>
                  expect(typeof v).toBe(spec.id === "RISKLEVEL" ? "string" : "number")
                );
            }
          }
        )
      );
    }
  );
});
