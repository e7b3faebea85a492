/** A1 and structured references as templates write them into formulas. */
import { columnLetters } from "../core/cells";

export function cellRef(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row}`;
}

export function areaRef(top: number, left: number, bottom: number, right: number): string {
  return `${cellRef(top, left)}:${cellRef(bottom, right)}`;
}

/** A sheet name as a formula prefix: quoted, with apostrophes doubled (always safe in Excel). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Inside a structured reference, `[`, `]`, `#` and `'` are escaped with an apostrophe. */
function escapeColumn(column: string): string {
  return column.replace(/['#[\]]/g, "'$&");
}

/** The column's cell in the formula's own row. */
export function thisRow(table: string, column: string): string {
  return `${table}[[#This Row],[${escapeColumn(column)}]]`;
}

/** The column's data cells. */
export function columnOf(table: string, column: string): string {
  return `${table}[[#Data],[${escapeColumn(column)}]]`;
}

/** The whole table with its header row, as SI.CBATABLE and SI.UNITCOST read it. */
export function wholeTable(table: string): string {
  return `${table}[#All]`;
}

/** A string literal for a formula. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
