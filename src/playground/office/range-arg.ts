/**
 * A range given to an Office.js method — as a Range proxy or as an A1 address — as an area of the
 * sheet the method works on. Excel compares sheet, table and defined names without case.
 */
import type { Area, SheetInfo } from "../model";
import { parseAddress } from "./address";
import { officeError } from "./errors";
import type { RangeWhere } from "./range-read";

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** What a Range proxy gives when its batch runs (kept structural, so this file imports no proxy). */
export interface RangeArgument {
  target(): RangeWhere;
}

/** The area `range` covers on `sheet`; InvalidArgument when it is on another sheet. */
export function areaOnSheet(sheet: SheetInfo, range: RangeArgument | string): Area {
  if (typeof range === "string") {
    const parsed = parseAddress(range);
    if (parsed.sheet !== undefined && !sameName(parsed.sheet, sheet.name))
      throw officeError("InvalidArgument", `${range} is not on the sheet ${sheet.name}.`);
    return parsed.area;
  }
  const w = range.target();
  if (w.sheet.id !== sheet.id)
    throw officeError("InvalidArgument", `The range is not on the sheet ${sheet.name}.`);
  return w.area;
}
