/**
 * Cell positions and rectangles of the playground workbook, 0-based as in HyperFormula and
 * Office.js's getRangeByIndexes. A cell's key packs row and column into one number so that a
 * sheet's cells live in plain Maps (O(1) for the grid, which reads every visible cell on redraw).
 */
import { columnLetters } from "../../core/cells";
import { Area, ModelError } from "../model";

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function inArea(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The smallest area holding both (either may be missing). */
export function union(a: Area | null, b: Area): Area {
  if (!a) return { ...b };
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** True for a rectangle of whole cells inside Excel's sheet. */
export function inSheet(area: Area): boolean {
  return (
    [area.top, area.left, area.bottom, area.right].every(Number.isInteger) &&
    area.top >= 0 &&
    area.left >= 0 &&
    area.top <= area.bottom &&
    area.left <= area.right &&
    area.bottom < MAX_ROWS &&
    area.right < MAX_COLS
  );
}

/** Refuses an area that is not a rectangle inside Excel's sheet (InvalidArgument, as Office.js). */
export function checkArea(area: Area): Area {
  if (!inSheet(area))
    throw new ModelError("InvalidArgument", `not a range of the sheet: ${JSON.stringify(area)}`);
  return area;
}

/** The area `rows` × `cols` from (top, left). */
export function areaOf(top: number, left: number, rows: number, cols: number): Area {
  return checkArea({ top, left, bottom: top + rows - 1, right: left + cols - 1 });
}

/** Every cell of an area, row by row. */
export function* cellsOf(area: Area): Generator<[number, number]> {
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) yield [row, col];
}

/** An area as Excel's A1 text (`A1`, `B2:D9`), as the engine's table references take it. */
export function a1(area: Area): string {
  const from = `${columnLetters(area.left + 1)}${area.top + 1}`;
  const to = `${columnLetters(area.right + 1)}${area.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}
