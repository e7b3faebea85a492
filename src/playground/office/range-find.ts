/**
 * Ranges Excel finds rather than is told: the used part of a range, and the spill of an anchor.
 * Both look at what the model shows, so they need the values of the last recalculation.
 */
import type { Area, CellView, PlaygroundModel } from "../model";
import { intersection, sameArea } from "./address";

/** A cell Excel counts as used: a value (typed or spilled), or, unless `valuesOnly`, a look. */
function used(view: CellView, valuesOnly: boolean): boolean {
  if (view.input !== null || view.spilled === true) return true;
  if (valuesOnly) return false;
  return (
    (view.numberFormat !== "" && view.numberFormat !== "General") ||
    Object.keys(view.format).length > 0
  );
}

/**
 * The smallest area of used cells inside `area`, or null: the sheet's used area cut to the range,
 * then shrunk edge by edge while an edge has no used cell (only when the cut leaves some out).
 */
export function usedWithin(
  model: PlaygroundModel,
  sheetId: string,
  area: Area,
  valuesOnly: boolean
): Area | null {
  const sheetUsed = model.usedArea(sheetId, valuesOnly);
  if (!sheetUsed) return null;
  const cut = intersection(sheetUsed, area);
  if (!cut) return null;
  if (sameArea(cut, sheetUsed)) return cut;
  const row = (r: number, a: Area) => {
    for (let c = a.left; c <= a.right; c++)
      if (used(model.cell(sheetId, r, c), valuesOnly)) return true;
    return false;
  };
  const col = (c: number, a: Area) => {
    for (let r = a.top; r <= a.bottom; r++)
      if (used(model.cell(sheetId, r, c), valuesOnly)) return true;
    return false;
  };
  const a = { ...cut };
  while (a.top <= a.bottom && !row(a.top, a)) a.top++;
  if (a.top > a.bottom) return null;
  while (!row(a.bottom, a)) a.bottom--;
  while (!col(a.left, a)) a.left++;
  while (!col(a.right, a)) a.right--;
  return a;
}

/**
 * The spill of the formula at (row, col), its own cell included, or null when the cell is not
 * the anchor of a spill (a formula whose result fills other cells).
 */
export function spillFrom(
  model: PlaygroundModel,
  sheetId: string,
  row: number,
  col: number
): Area | null {
  const spill = model.spillOf(sheetId, row, col);
  return spill && spill.top === row && spill.left === col ? spill : null;
}
