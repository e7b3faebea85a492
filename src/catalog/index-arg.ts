/** The optional price-index argument: a two-column range (year, index value), else the bundled KPI. */
import { Arg, isBlank } from "../core/cells";
import { SiError, isSiError, valueError } from "../core/errors";
import { KPI, PriceIndex } from "../core/priceindex";
import { cellNumber, gridArg } from "./coerce";

/** Reads the index range; a first row that is not a year (a header) is skipped, blank rows too. */
export function indexArg(arg: Arg, name: string): PriceIndex | SiError {
  const grid = gridArg(arg);
  if (grid.length === 0 || (grid.length === 1 && grid[0].length === 1 && isBlank(grid[0][0])))
    return KPI;
  if (grid[0].length !== 2) return valueError("indexRange", { arg: name });
  const values = new Map<number, number>();
  for (let r = 0; r < grid.length; r++) {
    const [y, v] = grid[r];
    if (isSiError(y)) return y;
    if (isSiError(v)) return v;
    if (isBlank(y) && isBlank(v)) continue;
    const year = cellNumber(y, name);
    const value = cellNumber(v, name);
    const header = r === 0 && typeof year !== "number";
    if (header) continue;
    if (
      typeof year !== "number" ||
      !Number.isInteger(year) ||
      typeof value !== "number" ||
      !(value > 0)
    ) {
      return new SiError("VALUE", "indexValue", { arg: name, row: r + 1 });
    }
    if (values.has(year)) return valueError("indexDuplicate", { arg: name, year });
    values.set(year, value);
  }
  if (values.size === 0) return valueError("indexRange", { arg: name });
  return { name, values };
}
