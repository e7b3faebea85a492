/** @jest-environment jsdom */
/**
 * The live sheets as the pane inserts them in the playground (the real template service over the
 * playground's Office.js host and workbook), saved with "Spara som .xlsx": the file opens in
 * `si-kalkyl recalc` without error cells, its cached values are the ones the page showed, and it
 * opens again in the playground as the same workbook.
 */
import { createTemplateService } from "../../src/excel/template-service";
import { officeHost } from "../../src/excel/office-host";
import { loadXlsx } from "../../src/engine/xlsx-file";
import { createOfficeHost } from "../../src/playground/office";
import { workbookBytes } from "../../src/playground/ui/workbook-files";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { xlsxToSnapshot } from "../../src/playground/xlsx/read";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { keptWorkbook, recalcReport, shimStructuredClone } from "./xlsx-helpers";

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

  it("open again as the same workbook", async () => {
    const back = await xlsxToSnapshot(bytes);
    expect(keptWorkbook(back)).toEqual(keptWorkbook(model.snapshot()));
  });
});
