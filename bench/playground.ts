/**
 * The playground's cost (bench/run.ts prints it): opening the eight live sheets' file in the
 * playground workbook (read in the page's way, then computed by HyperFormula through the model)
 * beside the headless engine reading and evaluating the same file, and the task pane inserting the
 * eight sheets through the playground's Office.js host, with its context.sync() count. Medians of
 * a few runs; Node, not a browser, so the page's own drawing is not in these figures.
 */
import { templateWorkbook } from "../src/cli/template";
import { readWorkbook, evaluate } from "../src/engine/workbook";
import { loadXlsx } from "../src/engine/xlsx-file";
import { createTemplateService } from "../src/excel/template-service";
import { createOfficeHost } from "../src/playground/office";
import { createPlaygroundModel } from "../src/playground/workbook";
import { xlsxToSnapshot } from "../src/playground/xlsx/read";
import { TEMPLATE_IDS } from "../src/templates/spec";
import { medianMs } from "./timing";

const RUNS = 7;
const quiet = { out: () => undefined, err: () => undefined };

const median = (run: () => Promise<unknown>): Promise<number> => medianMs(run, RUNS);

export async function playgroundBench(): Promise<string[]> {
  const { bytes } = await templateWorkbook(TEMPLATE_IDS, { lang: "sv", example: true }, quiet);
  const snapshot = await xlsxToSnapshot(new Uint8Array(bytes));
  const formulas = snapshot.sheets.reduce(
    (n, s) =>
      n + s.cells.filter((c) => typeof c.input === "string" && c.input.startsWith("=")).length,
    0
  );
  const modelOnly = await median(async () => createPlaygroundModel(snapshot, { lang: "sv" }));
  const openInPlayground = await median(async () =>
    createPlaygroundModel(await xlsxToSnapshot(new Uint8Array(bytes)), { lang: "sv" })
  );
  const headless = await median(async () => {
    const { workbook, definedNames } = await loadXlsx(bytes);
    return evaluate(readWorkbook(workbook, definedNames), "sv");
  });

  let syncs = 0;
  const insert = await median(async () => {
    const model = createPlaygroundModel(undefined, { lang: "sv" });
    const office = createOfficeHost(model, { displayLanguage: "sv-SE" });
    const service = createTemplateService({
      run: (batch) => office.Excel.run(batch),
      isSetSupported: (name, version) =>
        office.Office.context.requirements.isSetSupported(name, version),
    });
    const outcome = await service.insert(TEMPLATE_IDS, { lang: "sv", example: true });
    if (outcome.kind !== "inserted") throw new Error(`insert: ${JSON.stringify(outcome)}`);
    syncs = office.syncCount();
  });

  return [
    `playground: the eight live sheets (${formulas} formulas), medians of ${RUNS} runs`,
    `  open the file in the playground (read + compute)   ${openInPlayground.toFixed(0).padStart(5)} ms`,
    `    of which computing the snapshot in the model    ${modelOnly.toFixed(0).padStart(5)} ms`,
    `  headless engine, same file (read + evaluate)       ${headless.toFixed(0).padStart(5)} ms  ratio ${(openInPlayground / headless).toFixed(2)}×`,
    `  the pane inserting all eight through the host      ${insert.toFixed(0).padStart(5)} ms  in ${syncs} context.sync() calls`,
  ];
}
