/**
 * Tables (ListObjects) of the playground workbook: their state, the engine's view of them
 * (src/engine/structured.ts `TableDef`, for structured references), and Excel's rules for their
 * areas and headers.
 */
import { TableDef } from "../../engine/structured";
import { Lang } from "../../i18n/lang";
import { CellInput, TableInfo } from "../model";
import { a1 } from "./areas";
import { isFormula } from "./engine-cells";
import { sameName } from "./naming";

/** A table as the model keeps it: what Office.js sees of it, and its columns' names. */
export interface TableState extends TableInfo {
  /** Column names, left to right (kept while the header row is hidden). */
  columns: string[];
}

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export function tableInfo(t: TableState): TableInfo {
  const info: TableInfo = {
    id: t.id,
    name: t.name,
    sheetId: t.sheetId,
    area: { ...t.area },
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
  };
  if (t.style !== undefined) info.style = t.style;
  return info;
}

export function tableDef(t: TableState, sheetName: string): TableDef {
  return {
    name: t.name,
    sheet: sheetName,
    ref: a1(t.area),
    headerRows: t.showHeaders ? 1 : 0,
    totalsRows: t.showTotals ? 1 : 0,
    columns: [...t.columns],
  };
}

/** What a table's data rows and columns follow from (a model table, or a snapshot's). */
export type TableShape = Pick<TableState, "area" | "showHeaders" | "showTotals">;

/** The data body's rows (first and last; last < first for a table without data rows). */
export function bodyRows(t: TableShape): { top: number; bottom: number } {
  return {
    top: t.area.top + (t.showHeaders ? 1 : 0),
    bottom: t.area.bottom - (t.showTotals ? 1 : 0),
  };
}

/**
 * Per column, the formula every data cell holds, or undefined: the calculated columns, which
 * Excel fills into a row added to the table (and an xlsx file names in its table part).
 */
export function calculatedFormulas(
  t: TableShape,
  inputAt: (row: number, col: number) => CellInput
): (string | undefined)[] {
  const body = bodyRows(t);
  return Array.from({ length: t.area.right - t.area.left + 1 }, (_, j) => {
    let formula: string | undefined;
    for (let row = body.top; row <= body.bottom; row++) {
      const input = inputAt(row, t.area.left + j);
      if (!isFormula(input) || (formula !== undefined && formula !== input)) return undefined;
      formula = input;
    }
    return formula;
  });
}

/** "Table1" in English Excel, "Tabell1" in Swedish, the first one free. */
export function defaultTableName(lang: Lang, taken: (name: string) => boolean): string {
  const base = lang === "sv" ? "Tabell" : "Table";
  for (let n = 1; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}

export function findTable(tables: Iterable<TableState>, name: string): TableState | undefined {
  for (const t of tables) if (sameName(t.name, name)) return t;
  return undefined;
}

/** A header cell's text as Excel takes it (headers are always text). */
export function headerText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
