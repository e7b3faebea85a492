/**
 * A range's properties as a load reads them from the model, in Office.js's shapes: `values` with
 * "" for an empty cell and an error as its text ("#N/A"), `valueTypes` to tell an error from text,
 * `formulas` with the formula or else the value, `numberFormat`, `text` as the cell shows it, the
 * address and position, and the geometry in points (ExcelApi 1.10).
 */
import { format as formatNumber } from "numfmt";
import type { Area, CellValue, CellView, PlaygroundModel, SheetInfo } from "../model";
import { columns, fullAddress, rows } from "./address";
import { officeError } from "./errors";

/** Where a range is when its batch runs. */
export interface RangeWhere {
  readonly sheet: SheetInfo;
  readonly area: Area;
}

/**
 * More cells than this in one load is refused with the code Excel on the web gives a response that
 * is too large (about 5 MB there), so the add-in's own fallback for it runs.
 */
export const CELL_READ_LIMIT = 2_000_000;

export type Constant = string | number | boolean;

function constantOf(value: CellValue): Constant {
  if (value === null) return "";
  return typeof value === "object" ? value.error : value;
}

function typeOf(value: CellValue): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  return typeof value === "boolean" ? "Boolean" : "String";
}

/** The cell as Excel would display it in its number format (General: the shortest form). */
function textOf(view: CellView): string {
  const v = view.value;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  try {
    return formatNumber(view.numberFormat || "General", v);
  } catch {
    return String(v);
  }
}

function matrix<T>(model: PlaygroundModel, w: RangeWhere, f: (view: CellView) => T): T[][] {
  const { area } = w;
  if (rows(area) * columns(area) > CELL_READ_LIMIT)
    throw officeError(
      "ResponsePayloadSizeLimitExceeded",
      `The range ${fullAddress(w.sheet.name, area)} has too many cells to read at once.`
    );
  return Array.from({ length: rows(area) }, (_, r) =>
    Array.from({ length: columns(area) }, (_, c) =>
      f(model.cell(w.sheet.id, area.top + r, area.left + c))
    )
  );
}

/** Points from the model's column widths and row heights (the sheet's start is 0). */
export function geometry(
  model: PlaygroundModel,
  w: RangeWhere
): { left: number; top: number; width: number; height: number } {
  const sum = (from: number, to: number, size: (i: number) => number): number => {
    let total = 0;
    for (let i = from; i <= to; i++) total += size(i);
    return total;
  };
  const width = (c: number) => model.columnWidth(w.sheet.id, c);
  const height = (r: number) => model.rowHeight(w.sheet.id, r);
  const { area } = w;
  return {
    left: sum(0, area.left - 1, width),
    top: sum(0, area.top - 1, height),
    width: sum(area.left, area.right, width),
    height: sum(area.top, area.bottom, height),
  };
}

/** The properties a bare `load()` of a range reads. */
export const SCALAR_PROPERTIES = [
  "values",
  "valueTypes",
  "formulas",
  "numberFormat",
  "text",
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
];

/** One property of a range at `w`; InvalidArgument for a property the playground does not model. */
export function rangeProperty(model: PlaygroundModel, w: RangeWhere, name: string): unknown {
  const { area } = w;
  switch (name) {
    case "values":
      return matrix(model, w, (v) => constantOf(v.value));
    case "valueTypes":
      return matrix(model, w, (v) => typeOf(v.value));
    case "formulas":
    case "formulasLocal":
      return matrix(model, w, (v) => v.formula ?? constantOf(v.value));
    case "numberFormat":
    case "numberFormatLocal":
      return matrix(model, w, (v) => v.numberFormat || "General");
    case "text":
      return matrix(model, w, textOf);
    case "address":
    case "addressLocal":
      return fullAddress(w.sheet.name, area);
    case "rowIndex":
      return area.top;
    case "columnIndex":
      return area.left;
    case "rowCount":
      return rows(area);
    case "columnCount":
      return columns(area);
    case "cellCount":
      return rows(area) * columns(area);
    case "left":
    case "top":
    case "width":
    case "height":
      return geometry(model, w)[name];
    case "hidden":
    case "rowHidden":
    case "columnHidden":
      return false; // the playground hides no row or column
    default:
      throw officeError("InvalidArgument", `The playground does not model Range.${name}.`);
  }
}
