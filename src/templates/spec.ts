/**
 * The declarative model of a live sheet. A template builds a `SheetSpec` for one language and one
 * set of names (sheet, tables and defined names already made unique in the target workbook);
 * the two renderers (Office.js in the add-in, ExcelJS on the command line) only translate it.
 * Nothing here knows either host: adding a sheet is adding a template, not renderer code.
 *
 * Conventions every renderer relies on:
 * - Rows and columns are 1-based, as in Excel's A1 references.
 * - A formula is Excel's English form, starting with "=", SI functions as `SI.NAME`, structured
 *   references fully qualified (`SI_Risker[[#This Row],[Poäng]]`): the form Office.js takes.
 *   The file spelling (`_xldudf_SI_NAME`, no "=") is the ExcelJS renderer's business.
 * - Number formats are Excel's invariant codes (`#,##0 "kr"`, `0.0 %`): Excel shows them with the
 *   separators of the user's locale, so one code reads right in Swedish and English Excel.
 */
import { Lang } from "../i18n/lang";

export const TEMPLATE_IDS = [
  "logikmodell",
  "riskmatris",
  "kalkyl",
  "uppskalning",
  "uppfoljning",
  "intressenter",
  "osakerhet",
  "beslutsunderlag",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface Formula {
  formula: string;
}

/** What a cell holds: a value, a formula, or nothing. */
export type Content = string | number | boolean | null | Formula;

/** The few looks a sheet uses; each renderer maps them to its host (src/templates/styles.ts). */
export type StyleKey =
  | "title"
  | "subtitle"
  | "note"
  | "warning"
  | "heading"
  | "label"
  | "input"
  | "output"
  | "result"
  | "gridHeader"
  | "gridCell";

export interface CellSpec {
  row: number;
  col: number;
  content: Content;
  /** An Excel number format code (invariant form). */
  format?: string;
  style?: StyleKey;
  /** A fill colour over the style's ("#RRGGBB"). */
  fill?: string;
  /** The cell is merged with the cells to its right/below: the size of the merged block. */
  merge?: { rows: number; cols: number };
  /** Fictitious example content, removed with the example. */
  example?: boolean;
  /** The formula returns an array that spills (a dynamic-array formula in the file). */
  spill?: boolean;
}

export interface TableColumnSpec {
  header: string;
  /** A calculated column: the same formula in every row (structured `[#This Row]` references). */
  formula?: string;
  format?: string;
  /** Typed in by the user; shown in the input colour. */
  input?: boolean;
}

export interface TableSpec {
  name: string;
  /** The header row's position; data rows follow directly below. */
  row: number;
  col: number;
  columns: TableColumnSpec[];
  /**
   * The data rows' typed-in values, one entry per column (ignored for calculated columns).
   * At least one row: an empty table is one blank row, as Excel makes it.
   */
  rows: Content[][];
  /** The rows are fictitious example content. */
  example: boolean;
  style: string;
  /** Long headers wrap (give the header row a height in `rowHeights`). */
  wrapHeaders?: boolean;
}

export interface ValidationSpec {
  /** An A1 range on the sheet. */
  ref: string;
  list: string[];
  /** Values outside the list are accepted after a note (numbers on a risk scale, …). */
  allowOther?: boolean;
  prompt?: { title: string; text: string };
}

export interface ConditionalFormatSpec {
  /** An A1 range on the sheet. */
  ref: string;
  /** A formula true for the cells to colour, written for the range's top-left cell. */
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface NameSpec {
  /** A workbook-level defined name. */
  name: string;
  /** An absolute A1 reference on this sheet, e.g. `$C$4`. */
  ref: string;
  comment?: string;
}

export interface SheetSpec {
  id: TemplateId;
  name: string;
  /** Widths of columns A, B, … in characters (Excel's column-width unit). */
  columnWidths: number[];
  /** Heights of rows that hold wrapped text, in points, by row number. */
  rowHeights: Record<number, number>;
  cells: CellSpec[];
  tables: TableSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  names: NameSpec[];
  /** Printed on A4; fitted to one page wide. */
  print: { landscape: boolean };
  tabColor?: string;
}

/** The workbook a template is drawn into: what is there, so names never clash. */
export interface Existing {
  sheets: readonly string[];
  /** Tables and defined names share one namespace in Excel. */
  tables: readonly string[];
  names: readonly string[];
}

export type LogicLevel = "aim" | "result" | "activity" | "resource";

/** A logic model's content for the Logikmodell sheet: the 4×4 grid and one row per indicator. */
export interface LogicContent {
  /** Per level: intervention logic, indicators, data sources, assumptions/threats. */
  grid: Record<LogicLevel, [string, string, string, string]>;
  indicators: { level: LogicLevel; indicator: string; dataSource: string; type?: string }[];
}

export interface BuildContext {
  lang: Lang;
  /** Fill in the fictitious example. */
  example: boolean;
  /** The sheet's name in the workbook (maybe with a suffix). */
  sheet: string;
  /** The workbook name of one of the template's own tables or defined names. */
  table(key: string): string;
  name(key: string): string;
  /**
   * The first table or defined name in the workbook (after this insertion) whose name is `base`
   * or `base` with a suffix — or the one `PlanOptions.sources` names for `base`; undefined when
   * there is none. For sheets that read other sheets.
   */
  find(base: string): string | undefined;
  /** A converted logic model to fill the Logikmodell sheet with (instead of the example). */
  logicModel?: LogicContent;
}

export interface Template {
  id: TemplateId;
  sheetName: Record<Lang, string>;
  /** The template's tables and defined names: key → name wanted (before a suffix). */
  tables: Record<string, string>;
  names: Record<string, string>;
  build(ctx: BuildContext): SheetSpec;
}
