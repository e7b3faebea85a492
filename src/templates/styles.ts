/**
 * The looks of a live sheet, as plain properties both renderers can apply. Colours follow Excel's
 * own cell styles (Input, Calculation, Note) so that an Excel user reads them without a legend:
 * light orange for what to type in, grey for what is calculated.
 */
import { StyleKey } from "./spec";

export interface Look {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; Excel's default (11) when absent. */
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
}

export const LOOKS: Record<StyleKey, Look> = {
  title: { bold: true, size: 16, fontColor: "#1F4E79" },
  subtitle: { italic: true, fontColor: "#595959" },
  note: { italic: true, fontColor: "#595959", wrap: true },
  warning: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE", wrap: true },
  heading: { bold: true, size: 12, fontColor: "#1F4E79" },
  label: {},
  input: { fill: "#FFF2CC" },
  output: { fill: "#F2F2F2" },
  result: { bold: true, fill: "#DDEBF7" },
  gridHeader: { bold: true, fill: "#D9E1F2", wrap: true },
  gridCell: { wrap: true },
};

/** Number formats in Excel's invariant form; Excel localises the separators when it shows them. */
export const FORMATS = {
  kronor: '#,##0 "kr"',
  percent: "0.0 %",
  percentWhole: "0 %",
  ratio: "0.00",
  integer: "0",
  count: "#,##0",
  decimal: "#,##0.0",
  date: "yyyy-mm-dd",
} as const;

/** Fills for the risk levels (Excel's Good / Neutral / Bad palette, plus a stronger red). */
export const LEVEL_FILLS = {
  low: "#C6EFCE",
  medium: "#FFEB9C",
  high: "#FFC7CE",
  veryHigh: "#FF7C80",
} as const;

export const TABLE_STYLE = "TableStyleMedium2";
