/** @jest-environment jsdom */
/**
 * The live sheets as the pane inserts them in the playground (the real template service over the
 * playground's Office.js host and workbook), saved with "Spara som .xlsx": the file opens in
 * `si-kalkyl recalc` without error cells, its cached values are the ones the page showed, it
 * opens again in the playground as the same workbook, and it is finished as `si-kalkyl template`
 * finishes its file: the same calculated columns, the same spills flagged as dynamic arrays.
 */
import { templateWorkbook } from "../../src/cli/template";
import { createTemplateService } from "../../src/excel/template-service";
import { officeHost } from "../../src/excel/office-host";
import { thisRowForFile } from "../../src/engine/structured";
import { loadXlsx } from "../../src/engine/xlsx-file";
import type { WorkbookSnapshot } from "../../src/playground/model";
import { tableHere } from "../../src/playground/xlsx/areas";
import { createOfficeHost } from "../../src/playground/office";
import { workbookBytes } from "../../src/playground/ui/workbook-files";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { xlsxToSnapshot } from "../../src/playground/xlsx/read";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { bufferIo } from "../engine/xlsx-helpers";
import {
  arrayFormulasIn,
  calculatedColumnsIn,
  keptWorkbook,
  packageXml,
  recalcReport,
  shimStructuredClone,
} from "./xlsx-helpers";

jest.setTimeout(60_000);

shimStructuredClone();

async function templatesWorkbook() {
  const model = createPlaygroundModel(undefined, { lang: "sv" });
  const host = createOfficeHost(model, { displayLanguage: "sv-SE" });
  const uninstall = host.install(globalThis);
  try {
    const outcome = await createTemplateService(officeHost).insert(TEMPLATE_IDS, {
      lang: "sv",
      example: true,
    });
    expect(outcome.kind).toBe("inserted");
  } finally {
    uninstall();
  }
  return model;
}

/** Every formula with its this-row references in the file's long spelling. */
function inFileSpelling(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((c) =>
        typeof c.input === "string" && c.input.startsWith("=")
          ? { ...c, input: thisRowForFile(c.input, tableHere(sheet.tables, c.row, c.col)) }
          : c
      ),
    })),
  };
}

describe("the live sheets saved from the playground", () => {
  let model: Awaited<ReturnType<typeof templatesWorkbook>>;
  let bytes: Uint8Array;

  beforeAll(async () => {
    model = await templatesWorkbook();
    bytes = await workbookBytes(model);
  });

  it("recalculate in si-kalkyl recalc without error cells", async () => {
    const report = await recalcReport(bytes);
    expect(
      report.sheets.flatMap((s) =>
        s.errors.map((e) => `${s.name}!${e.cell} ${e.error} ${e.message}`)
      )
    ).toEqual([]);
    expect(report.sheets.reduce((n, s) => n + s.siCells, 0)).toBeGreaterThan(10);
  });

  it("carry the values the page computed as cached results, equal to the engine's", async () => {
    const report = await recalcReport(bytes);
    const saved = (await loadXlsx(Buffer.from(bytes))).workbook;
    const recalculated = (await loadXlsx(report.bytes)).workbook;
    let compared = 0;
    for (const ws of saved.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== 6) return; // formulas only
          const mine = (cell as unknown as { result?: unknown }).result;
          const engine = (
            recalculated.getWorksheet(ws.name)!.getCell(cell.address) as unknown as {
              result?: unknown;
            }
          ).result;
          if (typeof engine === "number") expect(mine).toBeCloseTo(engine, 9);
          else expect(mine).toEqual(engine);
          compared++;
        })
      );
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("open again as the same workbook, this-row references shown as Excel shows them", async () => {
    const back = await xlsxToSnapshot(bytes);
    // Opened, Poster[[#This Row],[Belopp]] reads [@Belopp] inside its table, as in Excel: the
    // same reference, so both sides are compared in the file's spelling.
    expect(keptWorkbook(inFileSpelling(back))).toEqual(
      keptWorkbook(inFileSpelling(model.snapshot()))
    );
    const shown = back.sheets.flatMap((s) => s.cells.map((c) => c.input));
    expect(shown.some((f) => typeof f === "string" && f.includes("[@"))).toBe(true);
  });

  it("carry the calculated columns and dynamic arrays of the si-kalkyl template file", async () => {
    const template = await templateWorkbook(
      TEMPLATE_IDS,
      { lang: "sv", example: true },
      bufferIo()
    );
    const [mine, theirs] = [packageXml(bytes), packageXml(template.bytes)];
    const calculated = calculatedColumnsIn(mine);
    expect(calculated).toEqual(calculatedColumnsIn(theirs));
    expect(Object.keys(calculated).length).toBeGreaterThan(1);
    const arrays = arrayFormulasIn(mine);
    expect(arrays).toEqual(arrayFormulasIn(theirs));
    // Every spill is a dynamic array, none a legacy {=…} array.
    const all = Object.values(arrays).flat();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((a) => a.dynamic)).toBe(true);
    expect(mine.get("xl/metadata.xml")).toContain('<xda:dynamicArrayProperties fDynamic="1"');
    expect(mine.get("[Content_Types].xml")).toContain('PartName="/xl/metadata.xml"');
    expect(mine.get("xl/_rels/workbook.xml.rels")).toContain('Target="metadata.xml"');
  });
});
