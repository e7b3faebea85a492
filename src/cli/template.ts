/**
 * `si-kalkyl template <id|all> -o <file.xlsx> [--lang sv|en]`: live sheets written to a new
 * workbook by the ExcelJS renderer, recalculated by the headless engine before the file is written
 * so that every formula carries its cached value, then finished with what ExcelJS cannot write
 * (calculated table columns, dynamic arrays). An existing file is never overwritten.
 */
import type * as ExcelJS from "exceljs";
import { Recalculated } from "../engine/workbook";
import { Lang } from "../i18n/lang";
import { isTemplateId, planSheets } from "../templates";
import { drawSheetExcelJs } from "../templates/render-exceljs";
import { LogicContent, SheetSpec, TEMPLATE_IDS, TemplateId } from "../templates/spec";
import { finishXlsx } from "../templates/xlsx-finish";
import { Failure, exists, writeAtomically } from "./files";
import { EXIT, Io } from "./io";
import { recalcBytes } from "./recalc";

export interface TemplateOptions {
  output: string;
  lang: Lang;
  example: boolean;
  force: boolean;
}

async function excelJs(): Promise<typeof ExcelJS> {
  // A CommonJS package: under tsx/ESM the classes sit on `default`.
  const mod = (await import("exceljs")) as typeof ExcelJS & { default?: typeof ExcelJS };
  return mod.Workbook ? mod : mod.default!;
}

export interface TemplateWorkbook {
  bytes: Buffer;
  specs: SheetSpec[];
  report: Recalculated;
}

/** The finished workbook for `ids` (a new workbook, so no name is taken). */
export async function templateWorkbook(
  ids: readonly TemplateId[],
  options: { lang: Lang; example: boolean; logicModel?: LogicContent },
  io: Io
): Promise<TemplateWorkbook> {
  const specs = planSheets(ids, { sheets: [], tables: [], names: [] }, options);
  const { Workbook } = await excelJs();
  const wb = new Workbook();
  wb.creator = "SI Kalkyl";
  for (const spec of specs) drawSheetExcelJs(wb, spec);
  const drawn = Buffer.from(await wb.xlsx.writeBuffer());
  const report = await recalcBytes(
    drawn,
    { input: "template", output: "", valuesOnly: false, report: false, lang: options.lang },
    io
  );
  return { bytes: finishXlsx(report.bytes, specs), specs, report };
}

/** The templates a command-line word names: one id, or all of them. */
export function templateIds(word: string): TemplateId[] | undefined {
  if (word === "all") return [...TEMPLATE_IDS];
  return isTemplateId(word) ? [word] : undefined;
}

export async function templateCommand(
  word: string,
  options: TemplateOptions,
  io: Io
): Promise<number> {
  try {
    const ids = templateIds(word);
    if (!ids) {
      throw new Failure(
        `unknown sheet "${word}"; choose one of ${TEMPLATE_IDS.join(", ")} or all`,
        EXIT.usage
      );
    }
    if (!options.force && (await exists(options.output))) {
      throw new Failure(
        `${options.output} exists; choose another name or add --force to replace it`,
        EXIT.usage
      );
    }
    const { bytes, report } = await templateWorkbook(ids, options, io);
    const errors = report.sheets.flatMap((s) =>
      s.errors.map((e) => `${s.name}!${e.cell} ${e.error}`)
    );
    if (errors.length)
      io.err(
        `si-kalkyl template: warning: error cells after recalculation: ${errors.join(", ")}\n`
      );
    await writeAtomically(options.output, bytes);
    return EXIT.ok;
  } catch (e) {
    const failure =
      e instanceof Failure
        ? e
        : new Failure(`could not write the sheets: ${e instanceof Error ? e.message : String(e)}`);
    io.err(`si-kalkyl template: ${failure.message}\n`);
    return failure.code;
  }
}
