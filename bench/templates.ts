/**
 * The live sheets' cost: `si-kalkyl template all` (draw every sheet with ExcelJS, recalculate
 * every formula with the headless engine, add what ExcelJS cannot write) beside the plain ExcelJS
 * write of the same drawing, and converting the sample logic model. Medians of a few runs.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { templateWorkbook } from "../src/cli/template";
import { loadXlsx } from "../src/engine/xlsx-file";
import { readLogicModel } from "../src/import/logicmodel";
import { workbookGrids } from "../src/import/xlsx-grid";
import { planSheets } from "../src/templates";
import { logicContent } from "../src/templates/logic-content";
import { drawSheetExcelJs } from "../src/templates/render-exceljs";
import { TEMPLATE_IDS } from "../src/templates/spec";
import { medianMs } from "./timing";

const RUNS = 5;
const quiet = { out: () => undefined, err: () => undefined };

const median = (run: () => Promise<unknown>): Promise<number> => medianMs(run, RUNS);

export async function templateBench(): Promise<string[]> {
  const whole = await median(() =>
    templateWorkbook(TEMPLATE_IDS, { lang: "sv", example: true }, quiet)
  );
  const drawOnly = await median(async () => {
    const wb = new ExcelJS.Workbook();
    for (const spec of planSheets(
      TEMPLATE_IDS,
      { sheets: [], tables: [], names: [] },
      { lang: "sv" }
    ))
      drawSheetExcelJs(wb, spec);
    return wb.xlsx.writeBuffer();
  });
  const fixture = readFileSync("test/fixtures/logikmodell-exempel.xlsx");
  const convert = await median(async () => {
    const model = readLogicModel(workbookGrids((await loadXlsx(fixture)).workbook), "sv")!;
    return templateWorkbook(
      ["logikmodell"],
      { lang: "sv", example: false, logicModel: logicContent(model) },
      quiet
    );
  });
  const { report } = await templateWorkbook(TEMPLATE_IDS, { lang: "sv", example: true }, quiet);
  const formulas = report.sheets.reduce((n, s) => n + s.formulas, 0);
  return [
    `live sheets (median of ${RUNS}):`,
    `  si-kalkyl template all (${TEMPLATE_IDS.length} sheets, ${formulas} formulas): ${whole.toFixed(0)} ms; ExcelJS drawing and writing alone ${drawOnly.toFixed(0)} ms (${(whole / drawOnly).toFixed(1)}× with recalculation and finishing)`,
    `  convert-logicmodel on the sample workbook: ${convert.toFixed(0)} ms`,
    `  Office.js: inserting any number of sheets = 2 context.sync() round trips (asserted in test/templates/render-office.test.ts)`,
  ];
}
