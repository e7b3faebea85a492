/** Reading back what `si-kalkyl template` wrote: cached values by sheet and A1 address. */
import type ExcelJS from "exceljs";
import { templateWorkbook } from "../../src/cli/template";
import { loadXlsx } from "../../src/engine/xlsx-file";
import { Lang } from "../../src/i18n/lang";
import { LogicContent, TemplateId } from "../../src/templates/spec";
import { bufferIo } from "../engine/xlsx-helpers";

export interface Generated {
  bytes: Buffer;
  workbook: ExcelJS.Workbook;
  /** The cached value of a cell (a formula's result, or the value typed in); null when empty. */
  value(sheet: string, ref: string): unknown;
  formula(sheet: string, ref: string): string | undefined;
  errors: string[];
  stderr: string;
}

export async function generate(
  ids: readonly TemplateId[],
  lang: Lang,
  example = true,
  logicModel?: LogicContent
): Promise<Generated> {
  const io = bufferIo();
  const { bytes, report } = await templateWorkbook(ids, { lang, example, logicModel }, io);
  const { workbook } = await loadXlsx(bytes);
  const cell = (sheet: string, ref: string) => {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    return ws.getCell(ref);
  };
  return {
    bytes,
    workbook,
    value(sheet, ref) {
      const c = cell(sheet, ref);
      const v = c.value as unknown;
      if (v && typeof v === "object" && "formula" in v) {
        // `result` as a property: ExcelJS's value copy drops falsy results such as 0.
        return (c as unknown as { result?: unknown }).result ?? null;
      }
      return v ?? null;
    },
    formula(sheet, ref) {
      const v = cell(sheet, ref).value as unknown;
      return v && typeof v === "object" && "formula" in v
        ? (v as { formula: string }).formula
        : undefined;
    },
    errors: report.sheets.flatMap((s) =>
      s.errors.map((e) => `${s.name}!${e.cell} ${e.error} ${e.message}`)
    ),
    stderr: io.stderr(),
  };
}
