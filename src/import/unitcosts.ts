/**
 * The unit-cost importer: sheets as plain grids in (from Office.js in the task pane, from ExcelJS
 * in the command line), unit costs, rejected rows and warnings out. Pure: no host, no file.
 *
 * Every sheet with a header (src/import/headers.ts) is read from the row below its header to its
 * last row, and every one of those rows ends up in exactly one place:
 * - imported as a unit cost;
 * - rejected, with its sheet, row and reason: a cost that is blank, a dash, text that is not an
 *   amount, an ambiguous amount (see numbers.ts), an Excel error, TRUE/FALSE or a date; a row with
 *   a cost but no name. Never imported as 0;
 * - skipped, counted by reason:
 *   blank   no value in any cell (checked first, so a blank row counts the same from every host:
 *           ExcelJS does not report hidden rows that hold nothing);
 *   hidden  a hidden row;
 *   note    a row whose first text starts with a note word followed by a mark or nothing
 *           ("Not:", "Not 1.", "Anm.", "Anmärkning:", "Obs!", "Kommentar", "Note:"), with "Källa:" or
 *           "Source:", or with "*" or a footnote mark ("¹"); or a row holding one text only (in one
 *           cell, or repeated over a merge) below the table's last data row. Never a row with an
 *           amount in the cost column;
 *   total   "Summa", "Totalt", "Total", "Delsumma", "Subtotal" as a word of the name;
 *   band    a category heading: a row whose non-empty cells all hold the same text (with a letter)
 *           and no amount in the cost column, when that text is repeated over several cells (ExcelJS
 *           repeats a merged cell's value in each cell) or stands in the table's leftmost column
 *           (Office.js gives a merged value in the first cell only), and a data row follows. It
 *           sets the category of the rows below until the next heading; a category column's value
 *           wins over it. A lone text in another column is a row missing its cost: rejected;
 *   header  a second header row further down, which starts a new table with its own columns.
 *
 * Price year, in order: the row's price-year column; the year in the cost header ("Kostnad 2015
 * (kr)"); a line above the header ("Prisnivå: 2018"). A price-year cell that names no year gives
 * null and a warning rather than a year from elsewhere: the row said something, just not a year.
 *
 * Personal identity numbers anywhere in a sheet (personnummer.ts) are reported as a warning with
 * the sheet and row, and masked in every text the import gives back; a cost cell holding one is
 * rejected without repeating it.
 */
import { columnLetters } from "../core/cells";
import type { Lang } from "../i18n/lang";
import { ImportMessageKey, formatAmount, importText } from "../i18n/import";
import {
  HEADER_SEARCH_ROWS,
  UnitCostField,
  UnitCostHeader,
  findPriceYearAbove,
  findUnitCostHeader,
  readHeaderRow,
  readYearCell,
} from "./headers";
import {
  DecimalMark,
  TextAmount,
  amountOf,
  columnDecimalMark,
  readAmountText,
  scaleNumber,
} from "./numbers";
import { cellHasPersonalNumber, maskPersonalNumbers } from "./personnummer";
import type {
  GridCell,
  ImportWarning,
  RejectedRow,
  SheetGrid,
  UnitCostImport,
  UnitCostItem,
} from "./types";

export type SkipReason = "blank" | "hidden" | "band" | "total" | "note" | "header";
export const SKIP_REASONS: readonly SkipReason[] = [
  "blank",
  "hidden",
  "band",
  "total",
  "note",
  "header",
];

export interface SkippedRow {
  sheet: string;
  /** 1-based row in the sheet. */
  row: number;
  reason: SkipReason;
}

export interface SheetSummary {
  sheet: string;
  /** 1-based row of the (first) header, or null: the sheet has no unit-cost table and was not read. */
  headerRow: number | null;
  imported: number;
  rejected: number;
  skipped: Record<SkipReason, number>;
}

/** The import with the rows it skipped and a summary per sheet read. */
export interface UnitCostImportReport extends UnitCostImport {
  skipped: SkippedRow[];
  sheets: SheetSummary[];
}

export interface ImportOptions {
  lang: Lang;
  /** Read this sheet only (exact name, else the same name in other case). */
  sheet?: string;
  /** Rows searched for the header; default 30. */
  maxHeaderRows?: number;
}

/** Nothing could be imported: no such sheet, or no unit-cost header. The message is one line. */
export class UnitCostImportError extends Error {
  constructor(
    readonly key: "noSheet" | "noHeader" | "noHeaderInSheet",
    message: string
  ) {
    super(message);
    this.name = "UnitCostImportError";
  }
}

// --- cells --------------------------------------------------------------------------------------

/** Error values as text: Office.js's `values` gives an error cell as its name. */
const ERROR_TEXT =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

function isBlank(v: GridCell | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function errorOf(v: GridCell | undefined): string | undefined {
  if (typeof v === "string") return ERROR_TEXT.test(v.trim()) ? v.trim() : undefined;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return undefined;
}

/** A cell's text, or its error: an object only for the rare error, so rows allocate nothing. */
type CellText = string | null | { error: string };

/** A cell as the text of an optional field; numbers as written ("101"), dates as 2015-01-31. */
function textOf(v: GridCell | undefined): CellText {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const t = v.trim();
    if (t === "") return null;
    return ERROR_TEXT.test(t) ? { error: t } : t;
  }
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return { error: v.error };
}

function isBlankRow(row: readonly GridCell[]): boolean {
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

/** The first non-blank text of a row, if its first non-blank cell is a text. */
function leadText(row: readonly GridCell[]): string | undefined {
  for (const v of row) {
    if (isBlank(v)) continue;
    return typeof v === "string" ? v.trim() : undefined;
  }
  return undefined;
}

const HAS_LETTER = /\p{L}/u;

/** The one text all of a row's non-empty cells hold, how many hold it and the first one's column. */
function singleText(
  row: readonly GridCell[]
): { text: string; count: number; column: number } | undefined {
  let text: string | undefined;
  let count = 0;
  let column = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    if (typeof v !== "string") return undefined;
    const t = v.trim();
    if (text === undefined) {
      text = t;
      column = c;
    } else if (t !== text) return undefined;
    count++;
  }
  return text !== undefined && HAS_LETTER.test(text) ? { text, count, column } : undefined;
}

/** Distinct non-empty values of a row, up to two: a data row has at least two. */
function hasTwoValues(row: readonly GridCell[]): boolean {
  let first: GridCell | undefined;
  for (const v of row) {
    if (isBlank(v)) continue;
    const key = typeof v === "string" ? v.trim() : v;
    if (first === undefined) first = key;
    else if (key !== first) return true;
  }
  return false;
}

const NOTE_START =
  /^(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]|(?:not|noter|anm|anmärkning|anmärkningar|obs|note|notes|fotnot|fotnoter|kommentar|kommentarer|comment|comments)(?:\s*\d+)?\s*(?:[.:!)]|$)|(?:källa|källor|source|sources)\s*:)/iu;
const TOTAL_WORD =
  /(?<![\p{L}\p{N}])(?:summa|totalt|total|totalsumma|delsumma|delsummor|subtotal)(?![\p{L}\p{N}])/iu;

/** Column letters of a 0-based column index (0 → A). */
export function columnName(index: number): string {
  return columnLetters(index + 1);
}

// --- the import ---------------------------------------------------------------------------------

const emptySkips = (): Record<SkipReason, number> => ({
  blank: 0,
  hidden: 0,
  band: 0,
  total: 0,
  note: 0,
  header: 0,
});

/** Everything one import collects, and the language it words things in. */
class Collector {
  readonly items: UnitCostItem[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly sheets: SheetSummary[] = [];
  readonly mask: string;

  constructor(readonly lang: Lang) {
    this.mask = importText(lang, "personalMask");
  }

  t(key: ImportMessageKey, params?: Record<string, string | number>): string {
    return importText(this.lang, key, params);
  }

  field(f: UnitCostField): string {
    return this.t(`field_${f}`);
  }
}

/** One sheet being read: its rows, the rows holding personal identity numbers, its tallies. */
class SheetReader {
  readonly name: string;
  readonly cells: readonly (readonly GridCell[])[];
  readonly personal = new Set<number>();
  readonly summary: SheetSummary;
  private readonly warnings: ImportWarning[] = [];
  /** Rows by category, then by name in lower case. */
  private readonly seen = new Map<string | null, Map<string, number>>();

  constructor(
    readonly grid: SheetGrid,
    readonly out: Collector
  ) {
    this.name = maskPersonalNumbers(grid.name, out.mask);
    this.cells = grid.cells;
    this.summary = {
      sheet: this.name,
      headerRow: null,
      imported: 0,
      rejected: 0,
      skipped: emptySkips(),
    };
  }

  row(r: number): readonly GridCell[] {
    return this.cells[r] ?? [];
  }

  hidden(r: number): boolean {
    return this.grid.hiddenRows?.has(r + 1) ?? false;
  }

  /** A text as the output may show it: personal identity numbers masked on the rows that hold one. */
  safe(r: number, text: string): string {
    return this.personal.has(r) ? maskPersonalNumbers(text, this.out.mask) : text;
  }

  /** A cell's text quoted in a message: masked and cut short. */
  quote(r: number, text: string): string {
    const t = this.safe(r, text.trim());
    return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  }

  warn(r: number, message: string): void {
    this.warnings.push({ sheet: this.name, row: r + 1, message });
  }

  reject(r: number, key: ImportMessageKey, params?: Record<string, string | number>): void {
    this.out.rejected.push({ sheet: this.name, row: r + 1, reason: this.out.t(key, params) });
    this.summary.rejected++;
  }

  skip(r: number, reason: SkipReason): void {
    this.out.skipped.push({ sheet: this.name, row: r + 1, reason });
    this.summary.skipped[reason]++;
  }

  /** Every cell of the sheet, above and below any table: one warning per row, by column. */
  scanPersonal(): void {
    for (let r = 0; r < this.cells.length; r++) {
      const row = this.row(r);
      let columns: string[] | undefined;
      for (let c = 0; c < row.length; c++) {
        if (cellHasPersonalNumber(row[c])) (columns ??= []).push(columnName(c));
      }
      if (!columns) continue;
      this.personal.add(r);
      const where = this.out.t(columns.length === 1 ? "personalColumn" : "personalColumns", {
        columns: columns.join(", "),
      });
      this.warn(r, this.out.t("personal", { where }));
    }
  }

  /** Warnings in row order (stable: the personal-number warning first on its row). */
  flushWarnings(): void {
    this.warnings.sort((a, b) => a.row - b.row);
    this.out.warnings.push(...this.warnings);
  }

  read(maxHeaderRows: number): boolean {
    this.scanPersonal();
    let header = findUnitCostHeader(this.cells, maxHeaderRows);
    if (!header) {
      this.flushWarnings();
      this.out.sheets.push(this.summary);
      return false;
    }
    this.summary.headerRow = header.row + 1;
    for (;;) {
      this.headerWarnings(header);
      const section: Section = new Section(this, header);
      section.read();
      if (section.end >= this.cells.length) break;
      const next = readHeaderRow(this.row(section.end))!;
      this.skip(section.end, "header");
      const stop: number = section.lastData >= 0 ? section.lastData + 1 : header.row + 1;
      header = {
        row: section.end,
        ...next,
        yearAbove: findPriceYearAbove(this.cells, section.end, stop),
      };
    }
    this.flushWarnings();
    this.out.sheets.push(this.summary);
    return true;
  }

  headerWarnings(header: UnitCostHeader): void {
    for (const d of header.duplicates) {
      this.warn(
        header.row,
        this.out.t("duplicateColumn", {
          column: columnName(d.column),
          field: this.out.field(d.field),
          used: columnName(d.used),
        })
      );
    }
  }

  /** Warns when a name repeats within one category of the sheet: a lookup by name would be ambiguous. */
  checkDuplicate(r: number, name: string, category: string | null): void {
    let names = this.seen.get(category);
    if (!names) this.seen.set(category, (names = new Map()));
    const key = name.toLowerCase();
    const other = names.get(key);
    if (other === undefined) names.set(key, r);
    else this.warn(r, this.out.t("duplicateName", { name, other: other + 1 }));
  }
}

/** One table of a sheet: from below its header to the next header or the sheet's end. */
class Section {
  /** 0-based row where the section ends (exclusive): the next header, or the sheet's end. */
  readonly end: number;
  /** The last row that holds data (an amount, or two different values); -1 when none. */
  readonly lastData: number;
  private readonly readings: (TextAmount | undefined)[] = [];
  private readonly decimal: DecimalMark | undefined;
  private readonly costExp: number;
  private band: string | null = null;

  constructor(
    private readonly sheet: SheetReader,
    private readonly header: UnitCostHeader
  ) {
    const cost = header.columns.cost;
    const cells = sheet.cells;
    let end = cells.length;
    let lastData = -1;
    for (let r = header.row + 1; r < cells.length; r++) {
      const row = sheet.row(r);
      const v = row[cost];
      const reading = typeof v === "string" ? readAmountText(v) : undefined;
      this.readings[r] = reading;
      const amount =
        typeof v === "number" || reading?.kind === "number" || reading?.kind === "ambiguous";
      if (!amount && hasTwoValues(row)) {
        // Only a row without an amount can be a header; readHeaderRow is the costly check.
        if (readHeaderRow(row)) {
          end = r;
          break;
        }
      }
      if (sheet.hidden(r) || isBlankRow(row)) continue;
      const lead = leadText(row);
      if (amount || (hasTwoValues(row) && !(lead !== undefined && NOTE_START.test(lead))))
        lastData = r;
    }
    this.end = end;
    this.lastData = lastData;
    const votes: (DecimalMark | undefined)[] = [];
    for (let r = header.row + 1; r < end; r++) {
      const reading = this.readings[r];
      if (reading?.kind === "number") votes.push(reading.vote);
    }
    this.decimal = columnDecimalMark(votes);
    this.costExp = Math.round(Math.log10(header.costScale));
  }

  read(): void {
    for (let r = this.header.row + 1; r < this.end; r++) this.readRow(r);
  }

  private readRow(r: number): void {
    const sheet = this.sheet;
    const row = sheet.row(r);
    if (isBlankRow(row)) return sheet.skip(r, "blank");
    if (sheet.hidden(r)) return sheet.skip(r, "hidden");
    const { columns } = this.header;
    const costCell = row[columns.cost];
    const reading = this.readings[r];
    const amount =
      typeof costCell === "number" || reading?.kind === "number" || reading?.kind === "ambiguous";
    const lead = leadText(row);
    if (!amount && lead !== undefined && NOTE_START.test(lead)) return sheet.skip(r, "note");
    const nameCell = row[columns.name];
    const nameForTotal = typeof nameCell === "string" && nameCell.trim() ? nameCell : lead;
    if (nameForTotal !== undefined && TOTAL_WORD.test(nameForTotal)) return sheet.skip(r, "total");
    const single = amount ? undefined : singleText(row);
    if (single) {
      if (r > this.lastData) return sheet.skip(r, "note");
      if (single.count >= 2 || single.column === this.header.firstColumn) {
        this.band = sheet.safe(r, single.text);
        return sheet.skip(r, "band");
      }
    }
    this.readItem(r, row);
  }

  private readItem(r: number, row: readonly GridCell[]): void {
    const sheet = this.sheet;
    const { columns } = this.header;
    const name = textOf(row[columns.name]);
    if (name !== null && typeof name === "object")
      return sheet.reject(r, "nameError", { error: name.error });
    if (name === null) return sheet.reject(r, "nameBlank", { column: columnName(columns.name) });
    const cost = this.cost(r, row[columns.cost]);
    if (cost === undefined) return;
    const category = this.optional(r, row, "category") ?? this.band;
    const item: UnitCostItem = {
      name: sheet.safe(r, name),
      cost,
      unit: this.optional(r, row, "unit") ?? this.header.costUnit,
      priceYear: this.priceYear(r, row),
      category,
      source: this.optional(r, row, "source"),
      id: this.optional(r, row, "id"),
      sheet: sheet.name,
      row: r + 1,
    };
    const out = sheet.out;
    if (cost < 0) sheet.warn(r, out.t("negativeCost", { cost: formatAmount(cost, out.lang) }));
    sheet.checkDuplicate(r, item.name, category);
    out.items.push(item);
    sheet.summary.imported++;
  }

  /** An optional field's text; an error in its cell is a warning and no value. */
  private optional(
    r: number,
    row: readonly GridCell[],
    field: "unit" | "source" | "category" | "id"
  ): string | null {
    const col = this.header.columns[field];
    if (col === undefined) return null;
    const v = textOf(row[col]);
    if (v === null) return null;
    if (typeof v === "object") {
      const out = this.sheet.out;
      this.sheet.warn(r, out.t("cellError", { field: out.field(field), error: v.error }));
      return null;
    }
    return this.sheet.safe(r, v);
  }

  /** The cost in kronor, or undefined after rejecting the row with the reason. */
  private cost(r: number, v: GridCell | undefined): number | undefined {
    const sheet = this.sheet;
    if (sheet.personal.has(r) && v !== undefined && cellHasPersonalNumber(v))
      return void sheet.reject(r, "costPersonal");
    const error = errorOf(v);
    if (error !== undefined) return void sheet.reject(r, "costError", { error });
    if (v === null || v === undefined) return void sheet.reject(r, "costBlank");
    if (typeof v === "boolean") return void sheet.reject(r, "costBool");
    if (v instanceof Date) return void sheet.reject(r, "costDate");
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return void sheet.reject(r, "costNotFinite");
      return scaleNumber(v, this.costExp);
    }
    if (typeof v !== "string") return void sheet.reject(r, "costBlank");
    const result = amountOf(this.readings[r] ?? readAmountText(v), this.decimal, this.costExp);
    switch (result.kind) {
      case "number":
        return Number.isFinite(result.value) ? result.value : void sheet.reject(r, "costNotFinite");
      case "ambiguous":
        return void sheet.reject(r, "costAmbiguous", {
          text: sheet.quote(r, v),
          decimal: result.decimal,
          thousands: result.thousands,
        });
      case "blank":
        return void sheet.reject(r, "costBlank");
      case "dash":
        return void sheet.reject(r, "costDash", { text: sheet.quote(r, v) });
      case "text":
        return void sheet.reject(r, "costText", { text: sheet.quote(r, v) });
    }
  }

  private priceYear(r: number, row: readonly GridCell[]): number | null {
    const fallback = this.header.costYear ?? this.header.yearAbove;
    const col = this.header.columns.priceYear;
    if (col === undefined) return fallback;
    const cell = row[col];
    const year = readYearCell(cell);
    if (year.kind === "year") return year.year;
    if (year.kind === "blank") return fallback;
    const sheet = this.sheet;
    const error = errorOf(cell);
    const text = error ?? (cell instanceof Date ? cell.toISOString() : String(cell));
    sheet.warn(r, sheet.out.t("priceYearUnreadable", { text: sheet.quote(r, text) }));
    return null;
  }
}

function selectSheets(
  sheets: readonly SheetGrid[],
  options: ImportOptions,
  out: Collector
): readonly SheetGrid[] {
  if (options.sheet === undefined) return sheets;
  const wanted = options.sheet;
  const found =
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (!found) {
    const names = sheets.map((s) => `“${maskPersonalNumbers(s.name, out.mask)}”`).join(", ");
    throw new UnitCostImportError(
      "noSheet",
      out.t("noSheet", { sheet: maskPersonalNumbers(wanted, out.mask), sheets: names })
    );
  }
  return [found];
}

/**
 * Unit costs from every sheet with a unit-cost header (or from `options.sheet`), with the rows
 * skipped and a summary per sheet. Throws UnitCostImportError when the sheet does not exist or no
 * sheet read has a header.
 */
export function importUnitCostsReport(
  sheets: readonly SheetGrid[],
  options: ImportOptions
): UnitCostImportReport {
  const out = new Collector(options.lang);
  const selected = selectSheets(sheets, options, out);
  const maxRows = options.maxHeaderRows ?? HEADER_SEARCH_ROWS;
  let read = 0;
  for (const grid of selected) if (new SheetReader(grid, out).read(maxRows)) read++;
  if (read === 0) {
    if (options.sheet !== undefined) {
      throw new UnitCostImportError(
        "noHeaderInSheet",
        out.t("noHeaderInSheet", {
          sheet: maskPersonalNumbers(selected[0].name, out.mask),
          rows: maxRows,
        })
      );
    }
    throw new UnitCostImportError("noHeader", out.t("noHeader", { rows: maxRows }));
  }
  return {
    items: out.items,
    rejected: out.rejected,
    warnings: out.warnings,
    skipped: out.skipped,
    sheets: out.sheets,
  };
}

/** Unit costs, rejected rows and warnings: the shape hosts share (src/import/types.ts). */
export function importUnitCosts(
  sheets: readonly SheetGrid[],
  options: ImportOptions
): UnitCostImport {
  const { items, rejected, warnings } = importUnitCostsReport(sheets, options);
  return { items, rejected, warnings };
}

/** Skipped rows counted by reason over the whole import. */
export function skippedCounts(
  report: Pick<UnitCostImportReport, "skipped">
): Record<SkipReason, number> {
  const counts = emptySkips();
  for (const s of report.skipped) counts[s.reason]++;
  return counts;
}
