/**
 * Reads worksheets into the importer's plain grids. Reading is split in two so a caller can put the
 * reads of several sheets, and anything else it needs, into one `context.sync()`: `queueSheetRead`
 * only queues loads, `gridOf` turns the loaded proxies into a grid after the caller's sync.
 */
import type { GridCell, SheetGrid } from "../import/types";
import { hiddenRowsFromVisible } from "./visible-rows";

/** The proxies one sheet's read has queued; `gridOf` reads them after the caller's sync. */
export interface QueuedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly visible: Excel.RangeAreas;
}

/** The loaded parts of a used range that a grid is made of. */
export interface LoadedRange {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  /** 0-based position of the range's first cell on the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** One cell of a loaded range as the importers' grid holds it (errors told apart by valueTypes). */
export function cellOf(value: unknown, type: string | undefined): GridCell {
  // Office gives an error cell as its text ("#N/A"); only valueTypes tells it from typed text.
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/**
 * The grid of a used range, padded with blanks so that row 0 is the sheet's row 1 and column 0 its
 * column A, as `SheetGrid` promises (row numbers in the report are then the sheet's own).
 */
export function gridCells(range: LoadedRange): GridCell[][] {
  const width = range.columnIndex + (range.values[0]?.length ?? 0);
  const cells: GridCell[][] = [];
  for (let r = 0; r < range.rowIndex; r++) cells.push(new Array<GridCell>(width).fill(null));
  const lead = new Array<GridCell>(range.columnIndex).fill(null);
  range.values.forEach((row, r) => {
    const types = range.valueTypes[r] ?? [];
    cells.push([...lead, ...row.map((v, c) => cellOf(v, types[c]))]);
  });
  return cells;
}

/**
 * Queues everything one sheet's grid needs: its name, the used range's values and value types, and
 * the address of the sheet's visible cells (hidden rows, one request instead of one per row). The
 * visible cells are asked of the whole sheet rather than the used range because the used range may
 * be a null object, and nothing may be chained on one before a sync has told.
 */
export function queueSheetRead(sheet: Excel.Worksheet): QueuedSheet {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["values", "valueTypes", "rowIndex", "columnIndex", "rowCount"]);
  const visible = sheet.getRange().getSpecialCellsOrNullObject("Visible");
  visible.load("address");
  return { sheet, used, visible };
}

/** The grid of a sheet queued by `queueSheetRead`; call only after the `context.sync()` that followed. */
export function gridOf(read: QueuedSheet): SheetGrid {
  const name = read.sheet.name;
  if (read.used.isNullObject) return { name, cells: [] };
  const first = read.used.rowIndex + 1;
  const last = read.used.rowIndex + read.used.rowCount;
  const visibleAddress = read.visible.isNullObject ? null : read.visible.address;
  const hidden = hiddenRowsFromVisible(visibleAddress, first, last);
  const grid: SheetGrid = { name, cells: gridCells(read.used) };
  return hidden !== undefined && hidden.size > 0 ? { ...grid, hiddenRows: hidden } : grid;
}
