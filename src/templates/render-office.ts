/**
 * The Office.js renderer: draws live sheets (SheetSpec, src/templates/spec.ts) into the open
 * workbook. It is a pure translation of the spec — no sheet-specific code here; the command line
 * draws the same specs with ExcelJS (src/templates/render-exceljs.ts).
 *
 * Round trips: `insertTemplates` makes two `context.sync()` calls whatever the number of sheets —
 * (1) the names already in the workbook (sheets, tables, defined names), so that the plan can give
 * every new name a free suffix; (2) every write of every sheet. Office.js batches are not
 * transactions: if the second sync fails part-way (a protected workbook), what ran before the
 * failing operation stays.
 *
 * Requirement sets (ExcelApi unless said):
 * - 1.1: worksheets.add and activate, Worksheet.getRange, Range.values/formulas/numberFormat,
 *   Range.format.font/fill/wrapText/verticalAlignment, Table.name/style, loading the sheet, table
 *   and name collections
 * - 1.2: RangeFormat.columnWidth, Range.merge
 * - 1.3: tables.add with a Range object
 * - 1.4: names.add (with a comment)
 * - 1.6: conditionalFormats.add("Custom")
 * - 1.7: Worksheet.tabColor
 * - 1.8: Range.dataValidation
 * - 1.9: Worksheet.pageLayout (paper size, orientation, fit to width), checked with
 *   Office.context.requirements.isSetSupported (Common API) and skipped where missing: the sheet
 *   works without its print set-up.
 * So drawing needs ExcelApi 1.8 (`REQUIRED_EXCEL_API`); every host with the shared runtime the add-in
 * needs has 1.13.
 *
 * Enum values are written as their strings ("Custom", "A4", "Stop"): the `Excel` enums exist only
 * inside Office, and the strings are what the typings accept too.
 */
import { columnLetters } from "../core/cells";
import { planSheets, type PlanOptions } from "./index";
import { areaRef, cellRef } from "./refs";
import type {
  CellSpec,
  ConditionalFormatSpec,
  Content,
  NameSpec,
  SheetSpec,
  TableSpec,
  TemplateId,
  ValidationSpec,
} from "./spec";
import { LOOKS, type Look } from "./styles";

/* global Office */

/** The lowest ExcelApi set that can draw a sheet (data validation); page layout needs 1.9. */
export const REQUIRED_EXCEL_API = "1.8";
const PAGE_LAYOUT_API = "1.9";

/**
 * Column widths. A spec width is Excel's column-width unit as a file stores it (`<col width>`,
 * ExcelJS's `column.width`): characters of the default font's widest digit, padding included.
 * Excel lays a column out at `width × max digit width` pixels, the max digit width being 7 px for
 * the default font (Calibri or Aptos Narrow 11 pt) at 96 dpi, where a pixel is 0.75 pt. So one
 * character is 5.25 pt, and Office.js, which takes points, gets `width × 5.25` (Excel's own default
 * column, 64 px, is 48 pt and 9.14 in the file, shown as 8.43 in its Column Width box, which leaves
 * out the 5-pixel padding). Excel rounds to whole pixels itself, as it does for a file's widths.
 */
const MAX_DIGIT_PX = 7;
const POINTS_PER_PIXEL = 0.75;
const POINTS_PER_CHARACTER = MAX_DIGIT_PX * POINTS_PER_PIXEL;

function columnWidthPoints(characters: number): number {
  return characters * POINTS_PER_CHARACTER;
}

/** Excel's limits on a validation (longer lists or texts make the whole batch fail). */
const LIST_SOURCE_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;

/**
 * Adds the sheets of `ids` to the open workbook, each name (sheet, table, defined name) made free
 * with a suffix where the workbook already uses it, and activates the first. Returns the sheet
 * names as drawn.
 */
export async function insertTemplates(
  context: Excel.RequestContext,
  ids: readonly TemplateId[],
  options: PlanOptions
): Promise<{ sheets: string[] }> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync(); // 1: the names taken

  const specs = planSheets(
    ids,
    {
      sheets: worksheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
    },
    options
  );
  if (specs.length === 0) return { sheets: [] };
  // Checked before anything is queued, so a template Excel would refuse leaves the workbook as it was.
  specs.forEach(checkLimits);
  const pageLayout = pageLayoutSupported();
  const drawn = specs.map((spec) => queueSheet(context, spec, pageLayout));
  drawn[0].activate();
  await context.sync(); // 2: every sheet
  return { sheets: specs.map((s) => s.name) };
}

/** Queues the drawing of one sheet (no sync). Its names must already be free in the workbook. */
export function drawSheet(context: Excel.RequestContext, spec: SheetSpec): void {
  checkLimits(spec);
  queueSheet(context, spec, pageLayoutSupported());
}

function pageLayoutSupported(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context.requirements.isSetSupported("ExcelApi", PAGE_LAYOUT_API)
  );
}

/**
 * The order matters: tables exist (with their names) before any formula that refers to them is
 * written, and defined names before the cells that use them; looks and formats go on after
 * contents, and merges after looks.
 */
function queueSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  pageLayout: boolean
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(spec.name);
  setColumnWidths(sheet, spec.columnWidths);
  setRowHeights(sheet, spec.rowHeights);
  spec.tables.forEach((t) => createTable(sheet, t));
  spec.names.forEach((n) => addName(context, sheet, n));
  writeContents(sheet, spec.cells);
  spec.tables.forEach((t) => writeTableFormulas(sheet, t));
  writeCellFormats(sheet, spec.cells);
  spec.tables.forEach((t) => formatTable(sheet, t));
  for (const cell of spec.cells.filter(isMerged)) sheet.getRange(areaOf(cell)).merge(false);
  spec.validations.forEach((v) => addValidation(sheet, v));
  spec.conditionalFormats.forEach((c) => addConditionalFormat(sheet, c));
  if (pageLayout) setPageLayout(sheet, spec.print.landscape);
  if (spec.tabColor !== undefined) sheet.tabColor = spec.tabColor;
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Checks

function checkLimits(spec: SheetSpec): void {
  for (const v of spec.validations) {
    const where = `sheet "${spec.name}", validation at ${v.ref}`;
    const comma = v.list.find((item) => item.includes(","));
    // Office.js takes the list as one comma-separated string, with no way to quote an item.
    if (comma !== undefined) throw new Error(`${where}: the item "${comma}" has a comma`);
    if (v.list.join(",").length > LIST_SOURCE_MAX)
      throw new Error(`${where}: the list is longer than Excel's ${LIST_SOURCE_MAX} characters`);
    if (v.prompt && v.prompt.title.length > PROMPT_TITLE_MAX)
      throw new Error(`${where}: the prompt title is longer than ${PROMPT_TITLE_MAX} characters`);
    if (v.prompt && v.prompt.text.length > PROMPT_MESSAGE_MAX)
      throw new Error(`${where}: the prompt is longer than ${PROMPT_MESSAGE_MAX} characters`);
  }
}

// ---------------------------------------------------------------------------------------------
// Values

type Constant = string | number | boolean;

/**
 * Words that may stand in text Excel reads as a number or a date: currency and thousands, the
 * exponent, AM/PM, month names (Swedish and English, whole or short).
 */
const VALUE_WORDS = new Set(
  (
    "kr tkr mnkr sek e am pm jan feb mar apr maj may jun jul aug sep sept okt oct nov dec " +
    "januari februari mars april juni juli augusti september oktober november december " +
    "january february march june july august october"
  ).split(" ")
);

/**
 * Text written through Range.values/formulas is read as if typed: "=…", "+…", "-…" become
 * formulas, and "2024", "1,5", "50 %", "5 kr", "1e5", "2024-01-31", "3 jan", "12:30", "TRUE"
 * numbers, dates and booleans, by the user's locale, which cannot be known here. Such text gets
 * Excel's text prefix, an apostrophe, which Excel keeps out of the value. The test errs on the safe
 * side: any text with a digit and no word but those of VALUE_WORDS is prefixed ("1-2", "3 500"),
 * while "2 låg" or "Fas 1" is written as it is.
 */
export function needsTextPrefix(text: string): boolean {
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/^\s*(true|false|sant|falskt)\s*$/i.test(text)) return true;
  const words = text.match(/\p{L}+/gu) ?? [];
  return /\d/.test(text) && words.every((w) => VALUE_WORDS.has(w.toLowerCase()));
}

function constant(value: Constant): Constant {
  return typeof value === "string" && needsTextPrefix(value) ? `'${value}` : value;
}

function isFormula(content: Content | undefined): content is { formula: string } {
  return typeof content === "object" && content !== null;
}

/** A cell's content as Range.formulas takes it; an empty string for nothing. */
function written(content: Content | undefined): Constant {
  if (content === null || content === undefined) return "";
  return isFormula(content) ? content.formula : constant(content);
}

// ---------------------------------------------------------------------------------------------
// Runs: one range write per block of adjacent cells in a row

interface Placed {
  row: number;
  col: number;
}

/** Splits items into runs of adjacent columns in one row, with the same key; sorted by position. */
function runs<T extends Placed>(items: readonly T[], key: (item: T) => string = () => ""): T[][] {
  const sorted = [...items].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: T[][] = [];
  for (const item of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    const adjacent = last && last.row === item.row && last.col + 1 === item.col;
    if (run && adjacent && key(last) === key(item)) run.push(item);
    else out.push([item]);
  }
  return out;
}

/** "C4" for one cell, "C4:E6" for more. */
function address(top: number, left: number, bottom = top, right = left): string {
  return top === bottom && left === right ? cellRef(top, left) : areaRef(top, left, bottom, right);
}

function runRange(sheet: Excel.Worksheet, run: readonly Placed[]): Excel.Range {
  const first = run[0];
  return sheet.getRange(address(first.row, first.col, first.row, first.col + run.length - 1));
}

/** A merge of one cell is no merge. */
function isMerged(cell: CellSpec): boolean {
  return cell.merge !== undefined && (cell.merge.rows > 1 || cell.merge.cols > 1);
}

/** The cell's merged area, or the cell itself. */
function areaOf(cell: CellSpec): string {
  const { rows, cols } = cell.merge ?? { rows: 1, cols: 1 };
  return address(cell.row, cell.col, cell.row + rows - 1, cell.col + cols - 1);
}

// ---------------------------------------------------------------------------------------------
// Sheet

/** Adjacent columns of the same width are set together ("B:D"). */
function setColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  const columns = widths.map((width, i) => ({ row: 0, col: i + 1, width }));
  for (const run of runs(columns, (c) => String(c.width))) {
    const from = columnLetters(run[0].col);
    const to = columnLetters(run[run.length - 1].col);
    sheet.getRange(`${from}:${to}`).format.columnWidth = columnWidthPoints(run[0].width);
  }
}

/** Rows of wrapped text get their height (RangeFormat.rowHeight, ExcelApi 1.2). */
function setRowHeights(sheet: Excel.Worksheet, heights: Readonly<Record<number, number>>): void {
  for (const [row, points] of Object.entries(heights)) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = points;
  }
}

/**
 * Constants go into `values` and blocks with a formula into `formulas`, exactly as spelt in the
 * spec. A formula marked `spill` needs nothing more: Excel with dynamic arrays spills any formula
 * written through `formulas` (the flag is for the file the ExcelJS renderer writes).
 */
function writeContents(sheet: Excel.Worksheet, cells: readonly CellSpec[]): void {
  const filled = cells.filter((c) => c.content !== null);
  for (const run of runs(filled)) {
    const range = runRange(sheet, run);
    const row = run.map((c) => written(c.content));
    if (run.some((c) => isFormula(c.content))) range.formulas = [row];
    else range.values = [row];
  }
}

/**
 * Number formats and looks. A merged cell's format and look go on its whole area, as Excel gives
 * the area the top-left cell's format when it merges: the same after an unmerge, whatever the host.
 */
function writeCellFormats(sheet: Excel.Worksheet, cells: readonly CellSpec[]): void {
  const single = cells.filter((c) => !isMerged(c));
  for (const run of runs(single.filter((c) => c.format !== undefined))) {
    runRange(sheet, run).numberFormat = [run.map((c) => c.format as string)];
  }
  const looked = single.map((c) => ({ ...c, look: lookOf(c) })).filter((c) => hasLook(c.look));
  for (const run of runs(looked, (c) => JSON.stringify(c.look))) {
    applyLook(runRange(sheet, run), run[0].look);
  }
  for (const cell of cells.filter(isMerged)) {
    const area = sheet.getRange(areaOf(cell));
    if (cell.format !== undefined) area.numberFormat = filled(cell, cell.format);
    const look = lookOf(cell);
    if (hasLook(look)) applyLook(area, look);
  }
}

function filled(cell: CellSpec, value: string): string[][] {
  const { rows, cols } = cell.merge ?? { rows: 1, cols: 1 };
  return Array.from({ length: rows }, () => new Array<string>(cols).fill(value));
}

/** The cell's style, with its own fill over the style's. */
function lookOf(cell: CellSpec): Look {
  const look = cell.style === undefined ? {} : LOOKS[cell.style];
  return cell.fill === undefined ? look : { ...look, fill: cell.fill };
}

/** A look with no properties (a plain label) is not written at all. */
function hasLook(look: Look): boolean {
  return Object.values(look).some((v) => v !== undefined);
}

/** Only what the look sets: Excel's defaults stay defaults. */
function applyLook(range: Excel.Range, look: Look): void {
  const format = range.format;
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.fontColor !== undefined) format.font.color = look.fontColor;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrap !== undefined) {
    format.wrapText = look.wrap;
    // Wrapped text in a tall row reads from the top, as the ExcelJS renderer aligns it.
    if (look.wrap) format.verticalAlignment = "Top";
  }
}

function addName(context: Excel.RequestContext, sheet: Excel.Worksheet, name: NameSpec): void {
  const range = sheet.getRange(name.ref.replace(/\$/g, ""));
  context.workbook.names.add(name.name, range, name.comment);
}

function addValidation(sheet: Excel.Worksheet, v: ValidationSpec): void {
  const validation = sheet.getRange(v.ref).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  // Empty texts: Excel words the alert itself, in the user's language. "Information" lets a value
  // outside the list through after the note; "Stop" refuses it.
  validation.errorAlert = {
    showAlert: true,
    style: v.allowOther ? "Information" : "Stop",
    title: "",
    message: "",
  };
  if (v.prompt) {
    validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
  }
}

function addConditionalFormat(sheet: Excel.Worksheet, c: ConditionalFormatSpec): void {
  const custom = sheet.getRange(c.ref).conditionalFormats.add("Custom").custom;
  custom.rule.formula = c.formula;
  custom.format.fill.color = c.fill;
  if (c.fontColor !== undefined) custom.format.font.color = c.fontColor;
}

/**
 * A4, fitted to one page wide and as many tall as it takes (0 is "automatic", as Excel's own
 * "Fit All Columns on One Page" sets it).
 */
function setPageLayout(sheet: Excel.Worksheet, landscape: boolean): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = landscape ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

// ---------------------------------------------------------------------------------------------
// Tables

/** The data rows; a table given none gets one blank row, as Excel makes an empty table. */
function rowsOf(t: TableSpec): Content[][] {
  return t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
}

function tableArea(t: TableSpec): string {
  return address(t.row, t.col, t.row + rowsOf(t).length, t.col + t.columns.length - 1);
}

/** The data cells of columns `from`..`to` (0-based in the table). */
function bodyColumns(sheet: Excel.Worksheet, t: TableSpec, from: number, to = from): Excel.Range {
  return sheet.getRange(address(t.row + 1, t.col + from, t.row + rowsOf(t).length, t.col + to));
}

/**
 * The header and the typed-in values first, then the table over them, so that Excel takes the
 * headers as written. Formulas wait until the table has its name (writeTableFormulas): a formula
 * naming a table that does not exist yet is refused.
 */
function createTable(sheet: Excel.Worksheet, t: TableSpec): void {
  const range = sheet.getRange(tableArea(t));
  const header = t.columns.map((c) => constant(c.header));
  const body = rowsOf(t).map((row) =>
    t.columns.map((c, j) => (c.formula !== undefined || isFormula(row[j]) ? "" : written(row[j])))
  );
  range.values = [header, ...body];
  const table = sheet.tables.add(range, true);
  table.name = t.name;
  table.style = t.style;
  if (t.wrapHeaders) {
    const headers = sheet.getRange(address(t.row, t.col, t.row, t.col + t.columns.length - 1));
    headers.format.wrapText = true;
    headers.format.verticalAlignment = "Top";
  }
}

/**
 * A calculated column is its formula written on every data row at once: that is how Excel makes a
 * column calculated. A formula in a single typed-in cell is written on its own.
 */
function writeTableFormulas(sheet: Excel.Worksheet, t: TableSpec): void {
  t.columns.forEach((column, j) => {
    if (column.formula !== undefined) {
      bodyColumns(sheet, t, j).formulas = rowsOf(t).map(() => [column.formula as string]);
      return;
    }
    t.rows.forEach((row, i) => {
      const content = row[j];
      if (isFormula(content)) {
        sheet.getRange(cellRef(t.row + 1 + i, t.col + j)).formulas = [[content.formula]];
      }
    });
  });
}

/** Column formats in one write over the body; typed-in columns in the input look. */
function formatTable(sheet: Excel.Worksheet, t: TableSpec): void {
  if (t.columns.some((c) => c.format !== undefined)) {
    bodyColumns(sheet, t, 0, t.columns.length - 1).numberFormat = rowsOf(t).map(() =>
      t.columns.map((c) => c.format ?? "General")
    );
  }
  const inputs = t.columns.flatMap((c, j) => (c.input ? [{ row: 0, col: j }] : []));
  for (const run of runs(inputs)) {
    applyLook(bodyColumns(sheet, t, run[0].col, run[run.length - 1].col), LOOKS.input);
  }
}
