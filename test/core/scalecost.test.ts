import { call, err, num } from "../helpers/call";

describe("SI.SCALECOST", () => {
  it("reproduces the issue's example: two teams of 600 at 1.5 MSEK plus 0.5 MSEK management", () => {
    expect(num(call("SCALECOST", [1200, 0, 1, 500000, 600, 1500000]))).toBe(3_500_000);
  });

  it("adds a third team as soon as one participant more than two teams can take", () => {
    expect(num(call("SCALECOST", [1201, 0, 1, 500000, 600, 1500000]))).toBe(5_000_000);
  });

  it("does not count floating-point noise as a team (42.00000000000001 people are one team of 42)", () => {
    expect(num(call("SCALECOST", [1200, 0, 0.5, 0, 600, 1000]))).toBe(1000);
    // 600 × 0.07 is 42.00000000000001 in floating point: still exactly one team of 42.
    expect(600 * 0.07).not.toBe(42);
    expect(num(call("SCALECOST", [600, 0, 0.07, 0, 42, 1000]))).toBe(1000);
  });

  it("ramps participants linearly to full scale", () => {
    // 1 000 people, 50 % coverage, 2 000 kr each, three-year ramp: 1/3, 2/3, 1, 1 of 500 people.
    const cost = (year: number) =>
      num(call("SCALECOST", [1000, 2000, 0.5, 0, null, null, year, 3]));
    expect(cost(1)).toBeCloseTo((500 / 3) * 2000, 6);
    expect(cost(2)).toBeCloseTo(((500 * 2) / 3) * 2000, 6);
    expect(cost(3)).toBe(1_000_000);
    expect(cost(7)).toBe(1_000_000);
    expect(num(call("SCALECOST", [1000, 2000, 0.5, 0, null, null, 1, 0]))).toBe(1_000_000); // no ramp
  });

  it("defaults coverage to 1, fixed cost to 0, and omits the team term without teams", () => {
    expect(num(call("SCALECOST", [10, 100]))).toBe(1000);
  });

  it("gives the errors the contract names", () => {
    expect(err(call("SCALECOST", [1200, 0, 1, 0, 600])).kind).toBe("VALUE");
    expect(err(call("SCALECOST", [1200, 0, 1, 0, null, 1500000])).params.arg).toBe("team_capacity");
    expect(err(call("SCALECOST", [-1, 0])).kind).toBe("NUM");
    expect(err(call("SCALECOST", [10, 0, 1.2])).params.arg).toBe("coverage");
    expect(err(call("SCALECOST", [10, 0, 1, 0, 0, 100])).kind).toBe("DIV0");
    expect(err(call("SCALECOST", [10, 0, 1, 0, null, null, 0])).params.arg).toBe("year");
    expect(err(call("SCALECOST", [null, 0])).key).toBe("missing");
    expect(err(call("SCALECOST", ["tusen", 0])).kind).toBe("VALUE");
  });
});
