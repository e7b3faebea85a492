import { call, column, err, expectClose, num } from "../helpers/call";

describe("SI.NETBENEFIT", () => {
  it("multiplies out the four adjustments (worked by hand)", () => {
    // 1 000 000 · 0.8 · 0.9 · 0.95 · 0.85 = 581 400
    expectClose(num(call("NETBENEFIT", [1_000_000, 0.2, 0.1, 0.05, 0.15])), 581_400, 1e-12);
    expect(num(call("NETBENEFIT", [500]))).toBe(500);
    expect(num(call("NETBENEFIT", [500, null, 0.5]))).toBe(250);
  });

  it("broadcasts a column of gross effects against one set of shares", () => {
    const r = call("NETBENEFIT", [column([100, 200, null]), 0.5]) as number[][];
    expect(r).toEqual([[50], [100], [0]]);
  });

  it("broadcasts shares per row when given as a column too", () => {
    const r = call("NETBENEFIT", [column([100, 100]), column([0.1, 0.2])]) as number[][];
    expectClose(r[0][0], 90);
    expectClose(r[1][0], 80);
  });

  it("rejects shares outside 0–1 in the cell where they occur, leaving other cells computed", () => {
    const r = call("NETBENEFIT", [column([100, 100]), column([0.1, 1.1])]) as unknown[][];
    expectClose(r[0][0] as number, 90);
    expect((r[1][0] as { kind: string; params: { arg: string } }).kind).toBe("NUM");
    expect(err(call("NETBENEFIT", [1, 0, 0, 0, -0.1])).params.arg).toBe("optimism_bias");
    expect(err(call("NETBENEFIT", ["mycket"])).kind).toBe("VALUE");
  });
});
