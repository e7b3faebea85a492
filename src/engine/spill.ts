/**
 * The cells a formula's result fills. HyperFormula reserves an array formula's area before it
 * computes it: for an SI function the catalog's size is an upper bound (`SI.CBATABLE(lines,,,
 * "actors")` reserves one row per line, not per actor), and the cells the result does not reach
 * are padding whose value is null. Written out, that padding would be rows of 0 under the result.
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import { isSiFunction, outermostCall } from "./formula";
import type { Area } from "./workbook";

/** A formula whose result is an SI function's own array (not one computed from it). */
export function siResult(formula: string): boolean {
  const call = outermostCall(formula);
  return call !== undefined && isSiFunction(call);
}

function isEmpty(hf: HyperFormula, at: SimpleCellAddress, row: number, col: number): boolean {
  const v = hf.getCellValue({ ...at, row, col });
  return v === null || v === undefined;
}

/**
 * The spill of the formula at `at` (0-based, as HyperFormula counts): the cells right of and
 * below it that HyperFormula filled from it, in 1-based rows and columns. `trim`: trailing rows
 * and columns that are all empty are padding, not result (for SI results only: a native
 * `=A1:A3` over empty cells shows 0 there, as in Excel).
 */
export function spillArea(hf: HyperFormula, at: SimpleCellAddress, trim: boolean): Area {
  const area = { top: at.row, left: at.col, bottom: at.row, right: at.col };
  if (hf.getCellType(at) === "ARRAYFORMULA") {
    const size = hf.getSheetDimensions(at.sheet);
    const isArray = (row: number, col: number) => hf.getCellType({ ...at, row, col }) === "ARRAY";
    while (area.right + 1 < size.width && isArray(at.row, area.right + 1)) area.right++;
    while (area.bottom + 1 < size.height && isArray(area.bottom + 1, at.col)) area.bottom++;
    if (trim) trimPadding(hf, at, area);
  }
  return { top: area.top + 1, left: area.left + 1, bottom: area.bottom + 1, right: area.right + 1 };
}

/** Shrinks a 0-based area by its trailing empty rows and columns; the corner always stays. */
function trimPadding(hf: HyperFormula, at: SimpleCellAddress, area: Area): void {
  const rowEmpty = (row: number) => {
    for (let col = area.left; col <= area.right; col++)
      if (!isEmpty(hf, at, row, col)) return false;
    return true;
  };
  const colEmpty = (col: number) => {
    for (let row = area.top; row <= area.bottom; row++)
      if (!isEmpty(hf, at, row, col)) return false;
    return true;
  };
  while (area.bottom > area.top && rowEmpty(area.bottom)) area.bottom--;
  while (area.right > area.left && colEmpty(area.right)) area.right--;
}
