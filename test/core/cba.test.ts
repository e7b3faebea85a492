import fc from "fast-check";
import { CBA_MEASURES } from "../../src/core/cba";
import { call, column, err, expectClose, num, row } from "../helpers/call";
import { arrayConstant, hfEval } from "../helpers/hyperformula";

const COSTS = row([100, 0, 0]);
const BENEFITS = row([0, 60, 60]);
const PV60 = 60 / 1.035 + 60 / 1.035 ** 2; // worked by hand

describe("SI.CBA worked examples", () => {
  it("computes the issue's example: 100 now, 60 in each of two years, at 3.5 %", () => {
    expectClose(num(call("CBA", [COSTS, BENEFITS, 0.035, "bcr"])), PV60 / 100);
    expectClose(num(call("CBA", [COSTS, BENEFITS])), PV60 - 100); // npv and 3.5 % are the defaults
    expectClose(num(call("CBA", [COSTS, BENEFITS, 0.035, "roi"])), (PV60 - 100) / 100);
    expectClose(num(call("CBA", [COSTS, BENEFITS, 0.035, "pvcosts"])), 100);
    expectClose(num(call("CBA", [COSTS, BENEFITS, 0.035, "pvbenefits"])), PV60);
    expectClose(num(call("CBA", [COSTS, BENEFITS, 0.035, "breakeven"])), 100 / PV60);
  });

  it("payback counts the years until the cumulative discounted net reaches zero", () => {
    expect(num(call("CBA", [COSTS, BENEFITS, 0, "payback"]))).toBe(3); // −100, −40, +20
    expect(num(call("CBA", [row([0, 10]), row([5, 0]), 0.035, "payback"]))).toBe(1);
    expect(num(call("CBA", [row([100, 0, 0]), row([0, 50, 50]), 0, "payback"]))).toBe(3); // exactly 0
    expect(err(call("CBA", [row([100, 0, 0]), row([0, 50, 50]), 0.035, "payback"])).kind).toBe(
      "NA"
    );
  });

  it("a blank cell is a zero that keeps its year, unlike Excel's NPV", () => {
    const withBlank = num(call("CBA", [row([100, null, null]), row([null, 60, 60])]));
    expectClose(withBlank, PV60 - 100);
    // Excel's NPV would skip the blank and pull 60 one year closer: the results must differ.
    const skipped = num(call("CBA", [row([100, 0]), row([0, 60]), 0.035, "npv", 1]));
    expect(Math.abs(withBlank - skipped)).toBeGreaterThan(1);
  });

  it("reads a column as well as a row, and numbers stored as text", () => {
    expectClose(num(call("CBA", [column([100, 0, 0]), column(["0", " 60", "60 "])])), PV60 - 100);
  });

  it("spills the whole table with labels in the display language", () => {
    const en = call("CBA", [COSTS, BENEFITS, 0.035, "table"], "en") as unknown[][];
    const sv = call("CBA", [COSTS, BENEFITS, 0.035, "tabell"], "sv") as unknown[][];
    expect(en.length).toBe(CBA_MEASURES.length);
    expect(en.map((r) => r.length)).toEqual(CBA_MEASURES.map(() => 2));
    expect(String(en[0][0])).toMatch(/Net present value/);
    expect(String(sv[0][0])).toMatch(/Nettonuvärde/);
    expectClose(en[0][1] as number, PV60 - 100);
    expectClose(en[1][1] as number, PV60 / 100);
  });

  it("shows a measure that does not exist as its error in its row of the table", () => {
    const t = call("CBA", [row([0, 0]), row([5, 5]), 0.035, "table"]) as unknown[][];
    const bcr = t[CBA_MEASURES.indexOf("bcr")][1] as { kind: string };
    expect(bcr.kind).toBe("DIV0");
    const irr = t[CBA_MEASURES.indexOf("irr")][1] as { kind: string };
    expect(irr.kind).toBe("NUM");
  });
});

describe("SI.CBA errors", () => {
  it("names the argument that is wrong", () => {
    expect(err(call("CBA", [row([1, 2]), row([1, 2, 3])])).key).toBe("lengthMismatch");
    expect(err(call("CBA", [COSTS, BENEFITS, -1])).kind).toBe("NUM");
    expect(err(call("CBA", [COSTS, BENEFITS, -1.5])).params.arg).toBe("rate");
    expect(err(call("CBA", [COSTS, BENEFITS, 0.035, "nvp"])).params.arg).toBe("measure");
    expect(err(call("CBA", [COSTS, BENEFITS, 0.035, "npv", 2])).params.arg).toBe("timing");
    expect(err(call("CBA", [row([100, "abc"]), row([0, 1])])).params).toEqual({
      arg: "costs",
      pos: 2,
    });
    expect(
      err(
        call("CBA", [
          [
            [1, 2],
            [3, 4],
          ],
          row([1, 2, 3, 4]),
        ])
      ).key
    ).toBe("expectedRowOrColumn");
    expect(err(call("CBA", [COSTS, BENEFITS, row([0.03, 0.04])])).key).toBe("expectedSingle");
    expect(err(call("CBA", [row([0, 0]), row([0, 0]), 0.035, "bcr"])).kind).toBe("DIV0");
    expect(err(call("CBA", [row([1, 1]), row([0, 0]), 0.035, "breakeven"])).kind).toBe("DIV0");
  });

  it("explains why there is no IRR", () => {
    expect(err(call("CBA", [row([1, 1]), row([2, 2]), 0.035, "irr"])).key).toBe("irrNoSignChange");
    const twice = err(call("CBA", [row([100, 0, 230]), row([0, 232, 0]), 0.035, "irr"]));
    expect(twice.key).toBe("irrNotUnique");
    expect(twice.params.changes).toBe(2);
    expect(err(call("CBA", [row([0, 0]), row([0, 0]), 0.035, "irr"])).key).toBe("irrNoFlows");
  });
});

const flows = fc.array(fc.integer({ min: 0, max: 5_000_000 }), {
  minLength: 2,
  maxLength: 50,
  size: "max",
});
const rate = fc.double({ min: 0, max: 0.2, noNaN: true });

describe("SI.CBA against HyperFormula's native NPV and IRR", () => {
  it("timing 1 equals NPV(rate, benefits − costs) on random series", () => {
    fc.assert(
      fc.property(flows, flows, rate, (c, b, r) => {
        const n = Math.min(c.length, b.length);
        const costs = c.slice(0, n);
        const benefits = b.slice(0, n);
        const net = benefits.map((x, i) => x - costs[i]);
        const ref = hfEval(`=NPV(${r},${arrayConstant(net)})`) as number;
        expectClose(num(call("CBA", [row(costs), row(benefits), r, "npv", 1])), ref, 1e-10);
        const pvc = hfEval(`=NPV(${r},${arrayConstant(costs)})`) as number;
        expectClose(num(call("CBA", [row(costs), row(benefits), r, "pvcosts", 1])), pvc, 1e-10);
      }),
      { numRuns: 200 }
    );
  });

  it("timing 0 equals the first year plus NPV of the rest", () => {
    fc.assert(
      fc.property(flows, rate, (c, r) => {
        const ref = c[0] + (hfEval(`=NPV(${r},${arrayConstant(c.slice(1))})`) as number);
        expectClose(num(call("CBA", [row(c), row(c.map(() => 0)), r, "pvcosts"])), ref, 1e-10);
      }),
      { numRuns: 200 }
    );
  });

  it("IRR equals HyperFormula's IRR for an investment followed by returns", () => {
    const invest = fc.integer({ min: 1000, max: 1_000_000 });
    const returns = fc.array(fc.integer({ min: 0, max: 400_000 }), {
      minLength: 2,
      maxLength: 30,
      size: "max",
    });
    fc.assert(
      fc.property(invest, returns, (i, rs) => {
        fc.pre(rs.some((x) => x > 0));
        const net = [-i, ...rs];
        const ref = hfEval(`=IRR(${arrayConstant(net)})`);
        fc.pre(typeof ref === "number" && ref > -0.99 && ref < 10); // HyperFormula's Newton may not converge
        const ours = num(
          call("CBA", [row([i, ...rs.map(() => 0)]), row([0, ...rs]), 0.035, "irr"])
        );
        expectClose(ours, ref as number, 1e-7);
        // The defining property, independent of any engine: NPV at the IRR is zero.
        expectClose(
          num(call("CBA", [row([i, ...rs.map(() => 0)]), row([0, ...rs]), ours, "npv"])),
          0,
          1e-6
        );
      }),
      { numRuns: 200 }
    );
  });
});

describe("SI.CBA properties", () => {
  const series = fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), {
    minLength: 1,
    maxLength: 40,
    size: "max",
  });

  it("NPV is linear: npv(a·x + y) = a·npv(x) + npv(y)", () => {
    fc.assert(
      fc.property(series, fc.double({ min: -10, max: 10, noNaN: true }), rate, (x, a, r) => {
        const y = x.map((v, i) => (i % 3) * 1000 - v / 2);
        const zero = x.map(() => 0);
        const npv = (b: number[]) => num(call("CBA", [row(zero), row(b), r]));
        const combined = npv(x.map((v, i) => a * v + y[i]));
        const scale = x.reduce((s, v, i) => s + Math.abs(a * v) + Math.abs(y[i]), 1);
        expect(Math.abs(combined - (a * npv(x) + npv(y)))).toBeLessThanOrEqual(1e-9 * scale);
      })
    );
  });

  it("bcr − 1 = roi and npv = pvbenefits − pvcosts", () => {
    const positive = fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), {
      minLength: 1,
      maxLength: 40,
      size: "max",
    });
    fc.assert(
      fc.property(positive, positive, rate, (c, b, r) => {
        const n = Math.min(c.length, b.length);
        const args = (m: string) => [row(c.slice(0, n)), row(b.slice(0, n)), r, m];
        expectClose(num(call("CBA", args("bcr"))) - 1, num(call("CBA", args("roi"))), 1e-9);
        expectClose(
          num(call("CBA", args("npv"))),
          num(call("CBA", args("pvbenefits"))) - num(call("CBA", args("pvcosts"))),
          1e-9
        );
        expectClose(num(call("CBA", args("breakeven"))) * num(call("CBA", args("bcr"))), 1, 1e-9);
      })
    );
  });
});
