/**
 * The strongest check of the playground's workbook: the eight live sheets as `si-kalkyl template`
 * writes them (drawn by the ExcelJS renderer and recalculated by the headless engine), read into
 * a snapshot and loaded into the model, must show every value the headless engine computed — in
 * both languages.
 */
import { templateWorkbook } from "../../src/cli/template";
import { loadXlsx } from "../../src/engine/xlsx-file";
import type { CellValue } from "../../src/playground/model";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { bufferIo } from "../engine/xlsx-helpers";
import { snapshotFromXlsx } from "./workbook-xlsx-adapter";

jest.setTimeout(120_000);

/**
 * Equal values. A formula's empty-text result is written `<c t="str"><v></v></c>`, which ExcelJS
 * reads back as no result at all: null from the file is "" in the model, for formulas only.
 */
function same(actual: CellValue, expected: CellValue, spilled: boolean): boolean {
  if (expected === null && actual === "" && !spilled) return true;
  if (typeof expected === "number" && typeof actual === "number")
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (expected && typeof expected === "object")
    return !!actual && typeof actual === "object" && actual.error === expected.error;
  return actual === expected;
}

describe.each(["sv", "en"] as const)("the live sheets in %s", (lang) => {
  it("show in the model every value the headless engine computed", async () => {
    const made = await templateWorkbook(TEMPLATE_IDS, { lang, example: true }, bufferIo());
    const { workbook, definedNames } = await loadXlsx(made.bytes);
    const { snapshot, expected } = snapshotFromXlsx(workbook, definedNames);
    const formulas = snapshot.sheets
      .flatMap((s) => s.cells)
      .filter((c) => typeof c.input === "string" && c.input.startsWith("="));
    expect(formulas.length).toBeGreaterThan(250);
    const started = performance.now();
    const model = createPlaygroundModel(snapshot, { lang });
    const ms = performance.now() - started;
    console.log(`load of ${formulas.length} formulas (${lang}): ${ms.toFixed(0)} ms`);
    const differences: string[] = [];
    for (const e of expected) {
      const id = model.sheetByName(e.sheet)!.id;
      const view = model.cell(id, e.row, e.col);
      if (!same(view.value, e.value, e.spilled) || !!view.spilled !== e.spilled)
        differences.push(
          `${e.sheet} r${e.row} c${e.col}: model ${JSON.stringify(view.value)}${view.spilled ? " (spilled)" : ""}, headless ${JSON.stringify(e.value)}`
        );
    }
    // And no spill reaches further in the model than in the file (the engine's padding).
    const inFile = new Set(
      expected.filter((e) => e.spilled).map((e) => `${e.sheet}!${e.row}:${e.col}`)
    );
    for (const sheet of model.sheets()) {
      const used = model.usedArea(sheet.id, true)!;
      for (let r = used.top; r <= used.bottom; r++)
        for (let c = used.left; c <= used.right; c++)
          if (model.cell(sheet.id, r, c).spilled && !inFile.has(`${sheet.name}!${r}:${c}`))
            differences.push(`${sheet.name} r${r} c${c}: spilled in the model only`);
    }
    expect(differences).toEqual([]);
    expect(expected.filter((e) => e.spilled).length).toBeGreaterThan(10);
  });
});
