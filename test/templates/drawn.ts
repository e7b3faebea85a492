import type { Look } from "../../src/templates/styles";

/**
 * What a renderer drew, in one host-neutral shape, so that the Office.js renderer (through the
 * recording mock) and the ExcelJS renderer (read back from the written file) can be compared.
 */

/** A cell's content and its look (the same properties as the templates' looks). */
export interface DrawnCell extends Look {
  /** A typed value; absent for a formula or an empty cell. */
  value?: string | number | boolean;
  /** UI spelling: "=SI.CBA(...)". */
  formula?: string;
  format?: string;
}

export interface DrawnSheet {
  name: string;
  /** Keyed by A1 address ("C4"); only cells with content or a look. */
  cells: Record<string, DrawnCell>;
  /** Merged areas, "A1:D1", sorted. */
  merges: string[];
  tables: { name: string; ref: string; headers: string[]; style: string }[];
  validations: { ref: string; list: string[]; allowOther: boolean }[];
  conditionalFormats: { ref: string; formula: string; fill: string }[];
  /** Workbook-level names defined for this sheet: "'Kalkyl'!$C$4" style refs. */
  names: { name: string; ref: string }[];
  /** Column widths in characters, rounded to one decimal, from column A. */
  widths: number[];
  /** Row heights set, in points, by row number. */
  heights: Record<number, number>;
  landscape: boolean;
}
