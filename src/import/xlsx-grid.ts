/**
 * ExcelJS worksheets as the importer's plain grids. Type-only imports: the module works on
 * workbooks someone else loaded, so nothing here pulls ExcelJS into a bundle that imports it.
 *
 * Cell values, simplified the way Office.js's `values` would give them:
 * - rich text → its text; a hyperlink → its shown text; shared strings → text;
 * - a formula → its cached result (read from `cell.result`: ExcelJS's `value` copy drops falsy
 *   results such as 0 and FALSE), null when the file has none;
 * - an error → { error: "#N/A" }; a date stays a Date;
 * - a merged cell → its master's value: ExcelJS repeats it in every cell of the merge, and the
 *   importer's band rule expects exactly that from this host.
 * (src/engine/workbook.ts has `engineValue`, which turns cells into HyperFormula contents — text
 * with a leading apostrophe, dates as serial numbers — not plain values, so it is not reused.)
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import type { GridCell, SheetGrid } from "./types";

/** ExcelJS's ValueType.Merge and ValueType.Formula (a const enum in its typings). */
const MERGE = 1;
const FORMULA = 6;

/** One ExcelJS value (or formula result) as a grid cell. */
export function plainValue(v: unknown): GridCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as { error: unknown }).error) };
    if ("richText" in v && Array.isArray(v.richText))
      return (v.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
    if ("text" in v) return plainValue((v as { text: unknown }).text);
    if ("result" in v) return plainValue((v as { result: unknown }).result);
    if ("formula" in v || "sharedFormula" in v) return null;
  }
  return null;
}

/** A cell's plain value; a merged cell gives its master's. */
export function plainCell(cell: Cell): GridCell {
  const source = cell.type === MERGE ? cell.master : cell;
  if (source.type === FORMULA)
    return plainValue((source as unknown as { result?: unknown }).result);
  return plainValue(source.value);
}

export function sheetGrid(ws: Worksheet): SheetGrid {
  const cells: GridCell[][] = [];
  const hiddenRows = new Set<number>();
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const out: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      out[col - 1] = plainCell(cell);
    });
    for (let c = 0; c < out.length; c++) out[c] ??= null;
    cells[number - 1] = out;
    if (row.hidden) hiddenRows.add(number);
  });
  // A row ExcelJS did not report holds nothing; the importer wants every row to be an array.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { name: ws.name, cells, hiddenRows };
}

/** Every worksheet of a workbook, in the workbook's order. */
export function workbookGrids(workbook: Workbook): SheetGrid[] {
  return workbook.worksheets.map(sheetGrid);
}
