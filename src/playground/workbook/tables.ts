/**
 * Tables (ListObjects) of the playground workbook: their state, the engine's view of them
 * (src/engine/structured.ts `TableDef`, for structured references), and Excel's rules for their
 * areas and headers.
 */
import { TableDef } from "../../engine/structured";
import { Lang } from "../../i18n/lang";
import { Area, TableInfo } from "../model";
import { a1 } from "./areas";
import { sameName } from "./naming";

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** The whole table, header and totals rows included. */
  area: Area;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
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

/** The data body's rows (first and last; last < first for a table without data rows). */
export function bodyRows(t: TableState): { top: number; bottom: number } {
  return {
    top: t.area.top + (t.showHeaders ? 1 : 0),
    bottom: t.area.bottom - (t.showTotals ? 1 : 0),
  };
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
