/**
 * The playground's workbook as the two sides of the page see it: the grid (src/playground/ui/)
 * reads cells and writes what the user types; the Office.js host (src/playground/office/) reads
 * and writes on behalf of the task pane. Both go through this interface, implemented over
 * HyperFormula by src/playground/workbook/. Rows and columns count from 0, as in HyperFormula and
 * Office.js's getRangeByIndexes.
 *
 * A cell keeps what was typed or written (its *input*, a formula in Excel's own spelling with
 * structured references and `SI.` calls) and shows what the engine computed (its *value*).
 */

/** A rectangle of cells, inclusive, 0-based. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An error value as Excel shows it: `#DIV/0!`, `#VALUE!`, `#SPILL!`…, with the engine's reason. */
export interface ErrorValue {
  error: string;
  message?: string;
}

/** A computed value. Empty cells are null. */
export type CellValue = number | string | boolean | null | ErrorValue;

/** What a cell holds as typed: a constant, or a formula as text starting with "=". */
export type CellInput = number | string | boolean | null;

export type HorizontalAlignment = "General" | "Left" | "Center" | "Right";
export type VerticalAlignment = "Top" | "Center" | "Bottom";

/** The looks of a cell the add-in sets; colours as `#RRGGBB`. */
export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrapText?: boolean;
  /** Cell protection flag (Excel's default is locked). */
  locked?: boolean;
}

/** Everything the grid needs to draw one cell. */
export interface CellView {
  value: CellValue;
  /** The input when it is a formula ("=SI.CBA(…)"), for the formula bar. */
  formula?: string;
  /** The raw input (constant or formula), null for an empty cell. */
  input: CellInput;
  /** Excel number format code, "General" by default. */
  numberFormat: string;
  format: CellFormat;
  /** True for a cell filled by another cell's spilling formula. */
  spilled?: boolean;
}

export interface SheetInfo {
  /** Stable for the sheet's life (Office's worksheet id): survives renames. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Worksheet protection: cells with `locked` (the default) refuse writes. */
  protected: boolean;
  tabColor?: string;
}

export interface TableInfo {
  /** Stable id (Office's table id). */
  id: string;
  name: string;
  sheetId: string;
  /** The whole table, header row included when `showHeaders`. */
  area: Area;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
}

/** A workbook-level defined name; `formula` as Excel writes it: "=Kalkyl!$B$2", "=0.035". */
export interface NameInfo {
  name: string;
  formula: string;
  comment?: string;
  visible?: boolean;
}

/** Data validation as Office.js's DataValidation rule, kept as given (the grid may show lists). */
export interface ValidationInfo {
  sheetId: string;
  area: Area;
  /** Office.js's rule object, e.g. `{ list: { inCellDropDown: true, source: "a,b" } }`. */
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

/** A conditional format as Office.js set it (type and its properties), kept as given. */
export interface ConditionalFormatInfo {
  sheetId: string;
  area: Area;
  type: string;
  /** The properties the add-in set on it, e.g. `{ formula: "=…", format: { fill: "#FFC7CE" } }`. */
  props: Record<string, unknown>;
}

/** A chart the pane added: drawn by the page as a simple picture of its series. */
export interface ChartInfo {
  id: string;
  sheetId: string;
  name: string;
  /** Office's chart type, e.g. "ColumnClustered", "BarClustered". */
  type: string;
  /** The source data as an A1 address on `sheetId`. */
  source: Area;
  seriesBy: "Auto" | "Rows" | "Columns";
  title?: string;
  /** Placement, as the top-left and bottom-right cells it covers. */
  position?: Area;
  props: Record<string, unknown>;
}

/** What changed, so the grid redraws only what it must. */
export type ModelChange =
  { kind: "cells"; sheetId: string } | { kind: "sheets" } | { kind: "selection" } | { kind: "all" };

/** Failures carry Excel's error codes so that the Office.js host can pass them on unchanged. */
export type ModelErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "InvalidOperation"
  | "InvalidReference";

export class ModelError extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string
  ) {
    super(message);
    this.name = "ModelError";
  }
}

/** The whole workbook as plain data: what the xlsx reader produces and the writer consumes. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: NameInfo[];
  /** Office document settings (`Office.context.document.settings`), JSON values. */
  settings: Record<string, unknown>;
}

export interface SheetSnapshot {
  name: string;
  visibility?: SheetInfo["visibility"];
  protected?: boolean;
  tabColor?: string;
  /** Non-empty inputs by position. */
  cells: { row: number; col: number; input: CellInput }[];
  /** Number formats other than General. */
  numberFormats: { row: number; col: number; format: string }[];
  /** Looks other than the default. */
  formats: { row: number; col: number; format: CellFormat }[];
  merges: Area[];
  /** Column widths and row heights in points, where set. */
  columnWidths: { col: number; width: number }[];
  rowHeights: { row: number; height: number }[];
  tables: Omit<TableInfo, "id" | "sheetId">[];
  validations: Omit<ValidationInfo, "sheetId">[];
  conditionalFormats: Omit<ConditionalFormatInfo, "sheetId">[];
  charts: Omit<ChartInfo, "id" | "sheetId">[];
  /** Values the file had cached, for formulas the engine cannot compute (unknown functions). */
  cachedValues?: { row: number; col: number; value: CellValue }[];
}

export interface Selection {
  sheetId: string;
  area: Area;
}

/**
 * The workbook. Every mutating method recomputes what depends on it before returning and then
 * notifies subscribers once; `batch` groups many edits into one recomputation and one
 * notification (the Office.js host runs each `context.sync()` as one batch).
 */
export interface PlaygroundModel {
  // Sheets
  sheets(): readonly SheetInfo[];
  sheet(id: string): SheetInfo | undefined;
  sheetByName(name: string): SheetInfo | undefined;
  /** Adds a sheet at the end, or before `index`; ItemAlreadyExists / InvalidArgument on a bad name. */
  addSheet(name: string, index?: number): SheetInfo;
  renameSheet(id: string, name: string): void;
  deleteSheet(id: string): void;
  setSheetProps(
    id: string,
    props: Partial<Pick<SheetInfo, "visibility" | "protected" | "tabColor">>
  ): void;
  /** The name Excel gives a new sheet: the first free "Sheet<n>" ("Blad<n>" in Swedish). */
  nextSheetName(): string;
  /** Moves a sheet to `index` in the tab order (Worksheet.position). */
  moveSheet(id: string, index: number): void;
  activeSheetId(): string;
  activate(id: string): void;
  selection(): Selection;
  select(sheetId: string, area: Area): void;

  // Cells
  cell(sheetId: string, row: number, col: number): CellView;
  /**
   * The spill a cell belongs to, as its formula's cell (top-left) and the cells it fills (the
   * engine's padding left out); null when the cell neither spills nor is spilled onto.
   */
  spillOf(sheetId: string, row: number, col: number): Area | null;
  /** The smallest area holding every non-empty input (or value, spills included); null if none. */
  usedArea(sheetId: string, valuesOnly?: boolean): Area | null;
  /** Writes inputs from (top, left); AccessDenied on a protected sheet's locked cells. */
  setInputs(sheetId: string, top: number, left: number, inputs: CellInput[][]): void;
  setNumberFormats(sheetId: string, top: number, left: number, formats: string[][]): void;
  setFormat(sheetId: string, area: Area, patch: Partial<CellFormat>): void;
  clear(sheetId: string, area: Area, applyTo: "All" | "Contents" | "Formats"): void;
  /**
   * Range.insert: the cells at and after `area` (down its columns, or right along its rows) move
   * by its size with their looks; every reference to a moved cell follows it, as in Excel. A
   * table cut by the move is refused (InvalidOperation); one inside the moving cells moves, one
   * the insertion falls inside grows.
   */
  insertCells(sheetId: string, area: Area, shift: "Down" | "Right"): void;
  /** Range.delete: the cells after `area` move up (left) into its place; references to it are #REF!. */
  deleteCells(sheetId: string, area: Area, shift: "Up" | "Left"): void;
  merges(sheetId: string): readonly Area[];
  merge(sheetId: string, area: Area, across: boolean): void;
  unmerge(sheetId: string, area: Area): void;
  columnWidth(sheetId: string, col: number): number;
  rowHeight(sheetId: string, row: number): number;
  setColumnWidth(sheetId: string, col: number, width: number): void;
  setRowHeight(sheetId: string, row: number, height: number): void;

  // Tables, names, validation, conditional formats, charts
  tables(): readonly TableInfo[];
  /** A new table over `area`; with hasHeaders false a header row is inserted above, as Excel does. */
  addTable(sheetId: string, area: Area, hasHeaders: boolean, name?: string): TableInfo;
  setTableProps(
    id: string,
    props: Partial<Pick<TableInfo, "name" | "showHeaders" | "showTotals" | "style">>
  ): void;
  resizeTable(id: string, area: Area): void;
  /** Deletes the table's data row `index` (0 = first body row), moving the rows below up. */
  deleteTableRow(id: string, index: number): void;
  /** Adds rows at the end of the table (or at `index`), growing it. */
  addTableRows(id: string, values: CellInput[][], index?: number): void;
  deleteTable(id: string): void;
  /** The table named `name`, case-insensitively (tables.getItem). */
  tableByName(name: string): TableInfo | undefined;
  /** A table's column names, left to right. */
  tableColumns(id: string): readonly string[];
  /** Ends the table and keeps its cells (Table.convertToRange). */
  convertTableToRange(id: string): void;
  names(): readonly NameInfo[];
  addName(name: string, formula: string, comment?: string): NameInfo;
  deleteName(name: string): void;
  validations(sheetId: string): readonly ValidationInfo[];
  setValidation(info: ValidationInfo): void;
  conditionalFormats(sheetId: string): readonly ConditionalFormatInfo[];
  addConditionalFormat(info: ConditionalFormatInfo): void;
  /** Removes the conditional formats that overlap `area` (ConditionalFormatCollection.clearAll). */
  clearConditionalFormats(sheetId: string, area: Area): void;
  charts(sheetId: string): readonly ChartInfo[];
  addChart(info: Omit<ChartInfo, "id">): ChartInfo;
  updateChart(id: string, patch: Partial<Omit<ChartInfo, "id" | "sheetId">>): void;
  deleteChart(id: string): void;

  // Document settings, batching, events, files
  settings(): Record<string, unknown>;
  setSettings(settings: Record<string, unknown>): void;
  batch<T>(edits: () => T): T;
  subscribe(listener: (change: ModelChange) => void): () => void;
  snapshot(): WorkbookSnapshot;
  /** Replaces the whole workbook (opening a file, a sample, or an empty workbook). */
  load(snapshot: WorkbookSnapshot): void;
}
