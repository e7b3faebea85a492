import { call, err, expectClose, num, row } from "../helpers/call";

describe("SI.EFFECT", () => {
  it("reproduces the domain document's school example: 30 % fall against 12 % is an effect of 18 points", () => {
    expectClose(num(call("EFFECT", [100, 70, 100, 88])), -0.18);
  });

  it("reproduces the other two effects of the same example (25 and 35 points)", () => {
    expectClose(num(call("EFFECT", [100, 60, 100, 85])), -0.25);
    expectClose(num(call("EFFECT", [100, 40, 100, 75])), -0.35);
  });

  it("is independent of the units of the baseline in relative scale", () => {
    // 30 % fall from 250 and 12 % fall from 40 give the same relative effect as from 100.
    expectClose(num(call("EFFECT", [250, 175, 40, 35.2])), -0.18);
  });

  it("computes absolute differences, with and without a control", () => {
    expect(num(call("EFFECT", [100, 70, 100, 88, "absolute"]))).toBe(-18);
    expect(num(call("EFFECT", [12.5, 10, null, null, "absolut"]))).toBe(-2.5);
  });

  it("computes a post-only comparison when both before values are blank", () => {
    expect(num(call("EFFECT", [null, 70, null, 88, "absolute"]))).toBe(-18);
    expect(num(call("EFFECT", ["", 70, "", 88, "ABSOLUTE"]))).toBe(-18);
  });

  it("computes the ratio of changes", () => {
    // 0.7 / 0.88 − 1 worked by hand: −0.204545…
    expectClose(num(call("EFFECT", [100, 70, 100, 88, "ratio"])), -0.20454545454545459);
    expectClose(num(call("EFFECT", [100, 70, 100, 88, "kvot"])), 0.7 / 0.88 - 1);
  });

  it("is a before–after measurement without a control", () => {
    expectClose(num(call("EFFECT", [100, 70])), -0.3);
    expectClose(num(call("EFFECT", [100, 70, null, null, "ratio"])), -0.3);
  });

  it("accepts option words in any case and with or without accents", () => {
    expectClose(num(call("EFFECT", [100, 70, 100, 88, "RELATIV"])), -0.18);
    expectClose(num(call("EFFECT", [100, 70, 100, 88, " Relative "])), -0.18);
  });

  it("broadcasts element-wise over ranges of one shape", () => {
    const r = call("EFFECT", [row([100, 200]), row([70, 100]), 100, 88]);
    expect(Array.isArray(r)).toBe(true);
    const grid = r as number[][];
    expect(grid.length).toBe(1);
    expectClose(grid[0][0], -0.18);
    expectClose(grid[0][1], -0.5 + 0.12);
  });

  it("gives the errors the contract names", () => {
    expect(err(call("EFFECT", [0, 70, 100, 88])).kind).toBe("DIV0");
    expect(err(call("EFFECT", [100, 70, 0, 88])).kind).toBe("DIV0");
    expect(err(call("EFFECT", [-5, 70, 100, 88])).kind).toBe("NUM");
    expect(err(call("EFFECT", [100, 70, 100, 0, "ratio"])).kind).toBe("DIV0");
    const onlyOne = err(call("EFFECT", [100, 70, 100, null]));
    expect(onlyOne.kind).toBe("VALUE");
    expect(onlyOne.params.arg).toBe("control_after");
    const word = err(call("EFFECT", [100, 70, 100, 88, "percent"]));
    expect(word.kind).toBe("VALUE");
    expect(word.params.arg).toBe("scale");
    const text = err(call("EFFECT", ["hundra", 70]));
    expect(text.kind).toBe("VALUE");
    expect(text.params.arg).toBe("target_before");
    expect(err(call("EFFECT", [null, 70, null, 88])).kind).toBe("VALUE"); // post-only is absolute only
    expect(err(call("EFFECT", [100, null])).params.arg).toBe("target_after");
  });

  it("rejects ranges of different shapes, naming both", () => {
    const e = err(call("EFFECT", [row([1, 2]), row([1, 2, 3])]));
    expect(e.kind).toBe("VALUE");
    expect(e.key).toBe("shapeMismatch");
  });
});
