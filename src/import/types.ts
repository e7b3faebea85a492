/**
 * The shapes shared by the unit-cost importer and its hosts (the task pane through Office.js, the
 * command line through ExcelJS): a sheet as a plain grid in, unit costs and a report out.
 */

/** A cell as a reader gives it: Office.js values, or ExcelJS values already simplified. */
export type GridCell = number | string | boolean | null | Date | { error: string };

export interface SheetGrid {
  name: string;
  /** Row-major cell values; row 0 is the sheet's row 1. */
  cells: GridCell[][];
  /** 1-based numbers of hidden rows. */
  hiddenRows?: ReadonlySet<number>;
}

export interface UnitCostItem {
  name: string;
  /** Kronor, after scale words (tkr, mnkr) are applied. */
  cost: number;
  unit: string | null;
  priceYear: number | null;
  category: string | null;
  source: string | null;
  id: string | null;
  sheet: string;
  /** 1-based row in the sheet. */
  row: number;
}

export interface RejectedRow {
  sheet: string;
  row: number;
  reason: string;
}

export interface ImportWarning {
  sheet: string;
  row: number;
  message: string;
}

export interface UnitCostImport {
  items: UnitCostItem[];
  rejected: RejectedRow[];
  warnings: ImportWarning[];
}
