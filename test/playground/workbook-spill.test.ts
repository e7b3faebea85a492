/**
 * Spills in the playground's workbook: an SI function's result fills the cells it needs and no
 * more (the engine's padding shows as empty, not 0), a spill onto an input is #SPILL!, and it
 * spills again once the cell is emptied. Values worked out by hand from the lines.
 */
import { LINES, oneSheet } from "./workbook-helpers";

const ACTORS = '=SI.CBATABLE(A1:F5,0.035,,"actors")';

describe("an SI function's spill", () => {
  it("fills its result, marks the cells spilled, and leaves the padding empty", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, LINES);
    model.setInputs(id, 0, 7, [[ACTORS]]);
    expect([value(0, 7), value(1, 7)]).toEqual(["Skola", "Socialtjänst"]);
    // Socialtjänst's benefits: 60 in years 2–3, 40 in years 2–4, discounted from year 1.
    const benefits = 100 / 1.035 + 100 / 1.035 ** 2 + 40 / 1.035 ** 3;
    expect(value(1, 9)).toBeCloseTo(benefits, 10);
    expect(model.cell(id, 1, 9).spilled).toBe(true);
    expect(model.cell(id, 0, 7).spilled).toBeUndefined();
    expect(model.cell(id, 1, 9).input).toBeNull();
    // Four lines reserve four rows; two actors use two. The rest is padding, not 0.
    for (const [r, c] of [
      [2, 7],
      [3, 10],
    ]) {
      expect(model.cell(id, r, c)).toEqual({
        value: null,
        input: null,
        numberFormat: "General",
        format: {},
      });
    }
    expect(model.usedArea(id, true)).toEqual({ top: 0, left: 0, bottom: 4, right: 10 });
    const spill = { top: 0, left: 7, bottom: 1, right: 10 };
    expect([model.spillOf(id, 0, 7), model.spillOf(id, 1, 10)]).toEqual([spill, spill]);
    expect([model.spillOf(id, 2, 7), model.spillOf(id, 0, 0)]).toEqual([null, null]);
  });

  it("is #SPILL! onto an input, and spills again when the input goes", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, LINES);
    model.setInputs(id, 1, 8, [["in the way"]]);
    model.setInputs(id, 0, 7, [[ACTORS]]);
    expect(value(0, 7)).toMatchObject({ error: "#SPILL!" });
    expect(model.cell(id, 1, 7).spilled).toBeUndefined();
    model.clear(id, { top: 1, left: 8, bottom: 1, right: 8 }, "Contents");
    expect(value(0, 7)).toBe("Skola");
    model.setInputs(id, 1, 8, [["again"]]);
    expect(value(0, 7)).toMatchObject({ error: "#SPILL!" });
    model.setInputs(id, 1, 8, [[null]]);
    expect(value(1, 7)).toBe("Socialtjänst");
  });

  it("typed into the padding, an input still blocks the spill (the engine reserves one row per line)", () => {
    const { model, id, value } = oneSheet();
    model.setInputs(id, 0, 0, LINES);
    model.setInputs(id, 0, 7, [[ACTORS]]);
    model.setInputs(id, 3, 7, [["below"]]);
    expect(value(0, 7)).toMatchObject({ error: "#SPILL!" });
  });
});
