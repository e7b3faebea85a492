/**
 * Independent values for the browser tests: what `si-kalkyl template` writes for the same sheets —
 * drawn by the ExcelJS renderer and recalculated by the headless engine in Node — read back from
 * the file's cached values. The playground draws through the Office.js renderer into its own
 * workbook model in the browser, so agreement checks both renderers, the model and the host.
 */
import type ExcelJS from "exceljs";
import { templateWorkbook } from "../../src/cli/template";
import { loadXlsx } from "../../src/engine/xlsx-file";
import type { Lang } from "../../src/i18n/lang";
import type { TemplateId } from "../../src/templates/spec";

// ExcelJS's ValueType.Formula, as a constant: the type import carries no values.
const FORMULA = 6 as ExcelJS.ValueType;

/** A cell's computed value as JSON can carry it from the browser: errors as their text. */
export type Plain = number | string | boolean | null;

/** Sheet name → A1 address → value, for every cell that holds something. */
export type SheetValues = Record<string, Record<string, Plain>>;

function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "error" in v) return String(v.error);
  if (typeof v === "object" && "formula" in v)
    return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
  if (typeof v === "object" && "sharedFormula" in v)
    return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
  if (typeof v === "object" && "richText" in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  return String(v);
}

/** A workbook file's cells: their values (cached results for formulas) and which hold formulas. */
export interface FileCells {
  values: SheetValues;
  /** Sheet name → addresses of formula cells. */
  formulas: Record<string, string[]>;
}

export async function fileCells(bytes: Buffer): Promise<FileCells> {
  // The project's reader: plain ExcelJS cannot read tables with calculated columns.
  const { workbook: wb } = await loadXlsx(bytes);
  const values: SheetValues = {};
  const formulas: Record<string, string[]> = {};
  wb.eachSheet((ws) => {
    const cells: Record<string, Plain> = {};
    const withFormula: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // ExcelJS gives every cell of a merge the first cell's value; Excel holds it once.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        if (cell.type === FORMULA) withFormula.push(cell.address);
        // A formula's `result` property: ExcelJS's copy in `value` drops 0 and FALSE.
        const result = (cell as unknown as { result?: ExcelJS.CellValue }).result;
        const value = plain(cell.type === FORMULA ? (result ?? null) : cell.value);
        if (value !== null) cells[cell.address] = value;
      })
    );
    values[ws.name] = cells;
    formulas[ws.name] = withFormula;
  });
  return { values, formulas };
}

/** What `si-kalkyl template` computes for these sheets with their example. */
export async function referenceValues(
  ids: readonly TemplateId[],
  lang: Lang
): Promise<SheetValues> {
  const silent = { out: () => undefined, err: () => undefined };
  const { bytes } = await templateWorkbook(ids, { lang, example: true }, silent);
  return (await fileCells(bytes)).values;
}

/** Equal as Excel would show them: numbers to 1e-9 relative, everything else exactly. */
export function sameValue(a: Plain, b: Plain): boolean {
  // A formula whose result is "" reads back from the file as no value: both show a blank cell.
  if ((a === null || a === "") && (b === null || b === "")) return true;
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** The cells where `actual` differs from `expected` (cells only one side has count as null there). */
export function differences(
  expected: Record<string, Plain>,
  actual: Record<string, Plain>
): string[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys]
    .filter((k) => !sameValue(expected[k] ?? null, actual[k] ?? null))
    .map(
      (k) =>
        `${k}: expected ${JSON.stringify(expected[k] ?? null)}, got ${JSON.stringify(actual[k] ?? null)}`
    );
}
