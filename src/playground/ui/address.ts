/** A1 addresses of the grid's 0-based cells, and the name box's reading of what is typed into it. */
import { columnLetters } from "../../core/cells";
import { columnNumber } from "../../engine/formula";
import type { Area } from "../model";

export interface Cell {
  row: number;
  col: number;
}

/** Excel's size: no address beyond it is taken. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export const columnName = (col: number): string => columnLetters(col + 1);

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function areaAddress(area: Area): string {
  const from = cellAddress(area.top, area.left);
  const to = cellAddress(area.bottom, area.right);
  return from === to ? from : `${from}:${to}`;
}

function parseCell(text: string): Cell | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  const col = columnNumber(m[1]) - 1;
  return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { row, col } : undefined;
}

/** "B3" or "B3:D7" (with or without $) → the area; undefined for anything else. */
export function parseArea(text: string): Area | undefined {
  const [a, b = a, extra] = text.split(":");
  if (extra !== undefined) return undefined;
  const from = parseCell(a);
  const to = parseCell(b);
  if (!from || !to) return undefined;
  return spanning(from, to);
}

/** The rectangle with these two corners. */
export function spanning(a: Cell, b: Cell): Area {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function contains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
