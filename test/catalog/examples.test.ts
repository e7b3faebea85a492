import { CATALOG } from "../../src/catalog";
import { Literal, call, describe as show, expectClose } from "../helpers/call";

/** The documented examples are hand-worked; the implementation must reproduce every one. */
describe.each(CATALOG.map((f) => [f.id, f] as const))("examples of SI.%s", (id, spec) => {
  it("has at least one example", () => {
    expect(spec.examples.length).toBeGreaterThan(0);
  });
  it.each(spec.examples.map((e, i) => [i + 1, e] as const))("example %i", (_, example) => {
    const r = call(id, example.args as Literal[]);
    const expected = example.result;
    if (typeof expected === "object") {
      expect(Array.isArray(r)).toBe(true);
      const grid = r as unknown[][];
      expect(grid.length).toBe(expected.length);
      expected.forEach((row, i) =>
        row.forEach((v, j) =>
          typeof v === "number" ? expectClose(grid[i][j] as number, v) : expect(grid[i][j]).toBe(v)
        )
      );
      return;
    }
    const v = Array.isArray(r) ? r[0][0] : r;
    if (typeof expected === "number") {
      if (typeof v !== "number") throw new Error(`expected ${expected}, got ${show(v)}`);
      expectClose(v, expected);
    } else {
      expect(v).toBe(expected);
    }
  });
});
