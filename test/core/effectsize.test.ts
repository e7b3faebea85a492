import { call, err, expectClose, num } from "../helpers/call";

/**
 * Borenstein, Hedges, Higgins & Rothstein, Introduction to Meta-Analysis (2009), ch. 4 worked example:
 * means 103 and 100, SDs 5.5 and 4.5, 50 per group: S_within 5.0249, d 0.5970, SE_d 0.2044,
 * J 0.9923, g 0.5924, SE_g 0.2028 (published to four decimals).
 */
const BOOK = [103, 5.5, 50, 100, 4.5, 50];

describe("SI.EFFECTSIZE", () => {
  it("matches the published worked example to its four decimals", () => {
    expectClose(num(call("EFFECTSIZE", [...BOOK, "d"])), 0.597, 1e-3);
    expectClose(num(call("EFFECTSIZE", [...BOOK, "d", "se"])), 0.2044, 1e-3);
    expectClose(num(call("EFFECTSIZE", BOOK)), 0.5924, 1e-3);
    expectClose(num(call("EFFECTSIZE", [...BOOK, "g", "se"])), 0.2028, 1e-3);
  });

  it("gives the 95 % interval as value ± 1.959964·se", () => {
    const g = num(call("EFFECTSIZE", BOOK));
    const se = num(call("EFFECTSIZE", [...BOOK, "g", "se"]));
    expectClose(num(call("EFFECTSIZE", [...BOOK, "g", "lower"])), g - 1.959964 * se);
    expectClose(num(call("EFFECTSIZE", [...BOOK, "hedges", "övre"])), g + 1.959964 * se);
  });

  it("computes equal-SD groups exactly by hand", () => {
    // sp = 2, d = 0.5, J = 1 − 3/391
    expect(num(call("EFFECTSIZE", [10, 2, 50, 9, 2, 50, "d"]))).toBe(0.5);
    expectClose(num(call("EFFECTSIZE", [10, 2, 50, 9, 2, 50])), 0.5 * (1 - 3 / 391));
  });

  it("rejects n < 2 and a zero pooled SD with #NUM!, text with #VALUE!", () => {
    expect(err(call("EFFECTSIZE", [10, 2, 1, 9, 2, 50])).params.arg).toBe("n_t");
    expect(err(call("EFFECTSIZE", [10, 2, 50, 9, 2, 1])).kind).toBe("NUM");
    expect(err(call("EFFECTSIZE", [10, 0, 50, 9, 0, 50])).kind).toBe("NUM");
    expect(err(call("EFFECTSIZE", [10, -1, 50, 9, 2, 50])).kind).toBe("NUM");
    expect(err(call("EFFECTSIZE", [10, 2, 50, 9, 2, 50, "z"])).params.arg).toBe("type");
    expect(err(call("EFFECTSIZE", [10, 2, 50, 9, 2, 50, "g", "median"])).params.arg).toBe("output");
    expect(err(call("EFFECTSIZE", [10, 2, "femtio", 9, 2, 50])).kind).toBe("VALUE");
  });
});
