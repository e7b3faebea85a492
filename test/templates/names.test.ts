/**
 * Inserting never overwrites: for any workbook, the names a plan picks clash with nothing already
 * there (compared without case, as Excel does), nor with each other, and fit Excel's limits.
 */
import fc from "fast-check";
import { planSheets } from "../../src/templates";
import { NamePlanner, uniqueSheetName } from "../../src/templates/names";
import { TEMPLATE_IDS } from "../../src/templates/spec";

const folded = (xs: readonly string[]) => xs.map((x) => x.toLocaleLowerCase("sv"));

describe("names of inserted sheets, tables and defined names", () => {
  it("never clash with the workbook's or each other's, whatever the workbook holds", () => {
    const base = ["Kalkyl", "kalkyl (2)", "SI_Kalkyl", "si_kalkyl_2", "SI_Horisont", "Riskmatris"];
    const word = fc.oneof(fc.constantFrom(...base), fc.string({ minLength: 1, maxLength: 31 }));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 20 }),
        fc.array(word, { maxLength: 20 }),
        fc.subarray([...TEMPLATE_IDS], { minLength: 1 }),
        fc.constantFrom("sv" as const, "en" as const),
        (sheets, objects, ids, lang) => {
          const existing = { sheets, tables: objects, names: [] };
          const specs = planSheets(ids, existing, { lang });
          const newSheets = specs.map((s) => s.name);
          const newObjects = specs.flatMap((s) => [
            ...s.tables.map((t) => t.name),
            ...s.names.map((n) => n.name),
          ]);
          for (const n of folded(newSheets)) expect(folded(sheets)).not.toContain(n);
          for (const n of folded(newObjects)) expect(folded(objects)).not.toContain(n);
          expect(new Set(folded(newSheets)).size).toBe(newSheets.length);
          expect(new Set(folded(newObjects)).size).toBe(newObjects.length);
          for (const n of newSheets) expect(n.length).toBeLessThanOrEqual(31);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("number copies as Excel does, cutting a long name to fit 31 characters", () => {
    expect(uniqueSheetName("Riskmatris", new Set(["riskmatris"]))).toBe("Riskmatris (2)");
    expect(uniqueSheetName("Riskmatris", new Set(["riskmatris", "riskmatris (2)"]))).toBe(
      "Riskmatris (3)"
    );
    const long = "A".repeat(31);
    expect(uniqueSheetName(long, new Set([long.toLowerCase()]))).toBe(`${"A".repeat(27)} (2)`);
  });

  it("find the table or name of another sheet, exact or suffixed", () => {
    const p = new NamePlanner({ sheets: [], tables: ["SI_Kalkyl_3"], names: ["SI_Kalkylator"] });
    expect(p.find("SI_Kalkyl")).toBe("SI_Kalkyl_3");
    expect(p.find("SI_Risker")).toBeUndefined();
  });
});
