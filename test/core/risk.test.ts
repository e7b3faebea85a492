import { call, column, err, one } from "../helpers/call";

describe("SI.RISKSCORE and SI.RISKLEVEL", () => {
  it("scores likelihood × impact from numbers and words in both languages", () => {
    expect(one(call("RISKSCORE", [4, 5]))).toBe(20);
    expect(one(call("RISKSCORE", ["hög", "medel"]))).toBe(12);
    expect(one(call("RISKSCORE", ["Very High", "mycket låg"]))).toBe(5);
    expect(one(call("RISKSCORE", ["HOG", "Lag"]))).toBe(8); // accents may be left out
    expect(one(call("RISKSCORE", ["high", "low", 3]))).toBe(3);
    expect(one(call("RISKSCORE", ["3", "2"]))).toBe(6); // numbers stored as text
  });

  it("places the level boundaries at a quarter and a half of the largest score", () => {
    // scale 5: 6/25 = 0.24 low, 8/25 = 0.32 medium, 12/25 = 0.48 medium, 15/25 = 0.6 high
    expect(one(call("RISKLEVEL", [2, 3]))).toBe("Low");
    expect(one(call("RISKLEVEL", [2, 4]))).toBe("Medium");
    expect(one(call("RISKLEVEL", [3, 4]))).toBe("Medium");
    expect(one(call("RISKLEVEL", [3, 5]))).toBe("High");
    // scale 3: 2/9 = 0.22 low, 3/9 = 0.33 medium, 4/9 = 0.44 medium, 6/9 high
    expect(one(call("RISKLEVEL", [1, 2, 3]))).toBe("Low");
    expect(one(call("RISKLEVEL", [1, 3, 3]))).toBe("Medium");
    expect(one(call("RISKLEVEL", [2, 2, 3]))).toBe("Medium");
    expect(one(call("RISKLEVEL", [2, 3, 3], "sv"))).toBe("Hög");
    expect(one(call("RISKLEVEL", [1, 1], "sv"))).toBe("Låg");
  });

  it("scores a whole column of the matrix, leaving rows not yet filled in empty", () => {
    const r = call("RISKSCORE", [column([1, "hög", null]), column([5, "hög", null])]);
    expect(r).toEqual([[5], [16], [""]]);
  });

  it("gives the errors the contract names", () => {
    expect(err(call("RISKSCORE", [6, 1])).kind).toBe("NUM");
    expect(err(call("RISKSCORE", [4, 1, 3])).params.arg).toBe("probability");
    expect(err(call("RISKSCORE", [2.5, 1])).kind).toBe("NUM");
    expect(err(call("RISKSCORE", [1, 1, 4])).params.arg).toBe("scale");
    expect(err(call("RISKSCORE", ["ganska hög", 1])).kind).toBe("VALUE");
    expect(err(call("RISKSCORE", ["very high", 1, 3])).kind).toBe("VALUE"); // not a word of scale 3
    expect(err(call("RISKSCORE", [true, 1])).kind).toBe("VALUE");
    expect(err(call("RISKLEVEL", [null, 3])).params.arg).toBe("probability");
    expect(err(call("RISKLEVEL", [3, ""])).params.arg).toBe("impact");
  });
});
