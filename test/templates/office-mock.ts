/**
 * A recording stand-in for the parts of Excel.RequestContext that the template renderer
 * (src/templates/render-office.ts) uses, in the house style of test/excel/excel-mock.ts: every call
 * only queues an operation, `sync()` runs the queue in order and counts itself, and reading a
 * property no sync has loaded throws, as Office's PropertyNotLoaded does. Like Office, a failing
 * operation stops its batch and what ran before it stays.
 *
 * It records what is drawn — cells, formats, widths, merges, tables, names, validations,
 * conditional formats, print set-up — so that test/templates/office-drawn.ts can turn it into the
 * host-neutral DrawnSheet, and logs every write per sheet, so a test can prove that sheets already
 * in the workbook were never written.
 *
 * It refuses what Excel refuses, since those are the failures users would meet: a sheet, table or
 * defined name already taken (tables and names share one namespace, all compared without case),
 * text Excel would read as a number or formula (stored as Excel would store it), a formula naming a
 * table that does not exist, a structured reference in a conditional format, overlapping tables,
 * validations over part of another, Excel's length limits, matrices of the wrong size. Options model
 * the workbooks users have: an older Excel (`excelApi`), a protected workbook structure.
 */
import { columnLetters } from "../../src/core/cells";

type Constant = string | number | boolean;
export interface ErrorValue {
  error: string;
}

export interface MockCell {
  /** A constant; absent for a formula or an empty cell. */
  value?: Constant | ErrorValue;
  /** A formula as written, "=…". */
  formula?: string;
  /** Text written with Excel's text prefix (an apostrophe). */
  quotePrefix?: boolean;
  format?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  verticalAlignment?: string;
}

/** 1-based and inclusive, as A1 references are. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WriteRecord {
  readonly sync: number;
  readonly what: string;
  readonly address: string;
}

export interface MockValidation {
  area: Area;
  list?: string[];
  inCellDropDown?: boolean;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
}

export interface MockConditionalFormat {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface MockPageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
}

const SHEET_ROWS = 1_048_576;
const SHEET_NAME_MAX = 31;
const LIST_SOURCE_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const NEWEST_API = "1.17";

function fold(name: string): string {
  return name.toLowerCase();
}

export function addressOf(a: Area): string {
  if (a.top === 1 && a.bottom === SHEET_ROWS)
    return `${columnLetters(a.left)}:${columnLetters(a.right)}`;
  const first = `${columnLetters(a.left)}${a.top}`;
  const last = `${columnLetters(a.right)}${a.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "C4", "$C$4", "A1:D5" or whole columns "B:D"; nothing else is modelled. */
export function parseAddress(address: string): Area {
  const a = address.replace(/\$/g, "");
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (cells) {
    const [, c1, r1, c2 = c1, r2 = r1] = cells;
    return {
      top: Number(r1),
      left: columnNumber(c1),
      bottom: Number(r2),
      right: columnNumber(c2),
    };
  }
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (columns)
    return {
      top: 1,
      left: columnNumber(columns[1]),
      bottom: SHEET_ROWS,
      right: columnNumber(columns[2]),
    };
  throw new Error(`mock: address "${address}" not modelled`);
}

function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function versionAtLeast(have: string, need: string): boolean {
  const [h1, h2] = have.split(".").map(Number);
  const [n1, n2] = need.split(".").map(Number);
  return h1 > n1 || (h1 === n1 && h2 >= n2);
}

function checkColor(color: string): void {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`InvalidArgument: colour "${color}"`);
}

/** Excel's rule for table and defined names; a name that reads as a cell reference is refused. */
function checkObjectName(name: string): void {
  const valid =
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    name.length <= 255 &&
    !/^[A-Z]{1,3}\d+$/i.test(name) &&
    !/^[RC]$/i.test(name);
  if (!valid) throw new Error(`InvalidArgument: "${name}" is not a valid name`);
}

function checkSheetName(name: string): void {
  if (!name || name.length > SHEET_NAME_MAX || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
    throw new Error(`InvalidArgument: "${name}" is not a valid sheet name`);
}

/** The apostrophe closing a quoted sheet name opened at `start` ("''" inside is an apostrophe). */
function closingQuote(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length && !(s[i] === "'" && s[i + 1] !== "'")) i += s[i] === "'" ? 2 : 1;
  return i;
}

/** The bracket closing the structured reference opened at `start`. */
function closingBracket(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === "'") {
      i++; // inside a reference an apostrophe escapes the next character
      continue;
    }
    if (s[i] === "[") depth++;
    if (s[i] === "]" && --depth === 0) return i;
  }
  return s.length;
}

/**
 * The tables a formula names in structured references: the name before each outermost "[", or
 * null for an unqualified one ("[@Kolumn]"). String literals and quoted sheet names are skipped.
 */
export function structuredReferences(formula: string): (string | null)[] {
  const s = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: (string | null)[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'") i = closingQuote(s, i);
    else if (s[i] === "[") {
      const before = /[\p{L}\p{N}_.\\]*$/u.exec(s.slice(0, i))?.[0] ?? "";
      out.push(before || null);
      i = closingBracket(s, i);
    }
  }
  return out;
}

/** Days since 1899-12-30, Excel's date serial. */
function dateSerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

type Parsed = { value: Constant | ErrorValue; quotePrefix?: boolean } | { formula: string } | null;

/**
 * Text as Excel reads it from Range.values or Range.formulas: like typed input (in an English
 * locale, the mock's). Null is an empty cell.
 */
export function asTyped(input: unknown): Parsed {
  if (input === null || input === undefined)
    throw new Error("mock: null (leave the cell as it is) is not modelled");
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new Error(`InvalidArgument: ${String(input)}`);
  const s = input;
  if (s === "") return null;
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (s.startsWith("=")) return { formula: s };
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) return { value: Number(s) };
  if (/^[+-]?\d+(\.\d+)?\s?%$/.test(s)) return { value: parseFloat(s) / 100 };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { value: dateSerial(s) };
  if (/^(true|false)$/i.test(s)) return { value: /^true$/i.test(s) };
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(s)) return { value: { error: s } };
  if (/^[+\-@]/.test(s)) return { formula: `=${s.replace(/^@/, "")}` };
  return { value: s };
}

export class MockSheet {
  readonly cells = new Map<string, MockCell>();
  /** Column → width in points, as Office.js sets it. */
  readonly widths = new Map<number, number>();
  readonly merges: Area[] = [];
  readonly validations: MockValidation[] = [];
  readonly conditionalFormats: MockConditionalFormat[] = [];
  readonly pageLayout: MockPageLayout = {};
  tabColor?: string;
  readonly writes: WriteRecord[] = [];

  constructor(
    public name: string,
    /** In the workbook before the mock was used. */
    readonly existing: boolean
  ) {}

  cell(row: number, col: number): MockCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell, created empty if need be. */
  at(row: number, col: number): MockCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }

  /** Calls `f` for every cell of a bounded area (whole columns are refused: too many cells). */
  each(area: Area, f: (cell: MockCell, row: number, col: number) => void): void {
    if (area.bottom - area.top >= 100_000) throw new Error("mock: cell formats on whole columns");
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) f(this.at(r, c), r, c);
  }
}

export class MockTable {
  style = "TableStyleMedium2";
  /** 0-based columns whose every data cell got one formula in one write: calculated columns. */
  readonly calculated = new Set<number>();

  constructor(
    public name: string,
    readonly sheet: MockSheet,
    readonly area: Area
  ) {}

  headers(): string[] {
    return Array.from({ length: this.area.right - this.area.left + 1 }, (_, j) =>
      String(this.sheet.cell(this.area.top, this.area.left + j)?.value ?? "")
    );
  }

  body(): Area {
    return { ...this.area, top: this.area.top + 1 };
  }
}

export interface MockName {
  name: string;
  sheet: MockSheet;
  area: Area;
  comment?: string;
}

export interface OfficeMockOptions {
  /** Sheets already in the workbook (default one, "Blad1"). */
  sheets?: string[];
  tables?: { name: string; sheet: string; ref: string }[];
  names?: { name: string; sheet: string; ref: string }[];
  /** The newest ExcelApi set the host has, "1.8" for an Excel without page layout (default 1.17). */
  excelApi?: string;
  /** The workbook's structure is protected: adding a sheet is refused. */
  protectedStructure?: boolean;
}

/** The `Office` global as the renderer consults it. */
export interface OfficeGlobal {
  context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
}

export class OfficeMock {
  syncs = 0;
  readonly sheets: MockSheet[];
  readonly tables: MockTable[] = [];
  readonly names: MockName[] = [];
  active: MockSheet | undefined;
  readonly excelApi: string;
  readonly protectedStructure: boolean;
  readonly workbook: WorkbookProxy;
  readonly office: OfficeGlobal;
  private queue: (() => void)[] = [];

  constructor(options: OfficeMockOptions = {}) {
    this.excelApi = options.excelApi ?? NEWEST_API;
    this.protectedStructure = options.protectedStructure ?? false;
    this.sheets = (options.sheets ?? ["Blad1"]).map((n) => new MockSheet(n, true));
    this.active = this.sheets[0];
    for (const t of options.tables ?? [])
      this.tables.push(new MockTable(t.name, this.existingSheet(t.sheet), parseAddress(t.ref)));
    for (const n of options.names ?? [])
      this.names.push({
        name: n.name,
        sheet: this.existingSheet(n.sheet),
        area: parseAddress(n.ref),
      });
    this.workbook = new WorkbookProxy(this);
    const api = this.excelApi;
    this.office = {
      context: {
        requirements: {
          isSetSupported: (name, version = "1.1") =>
            name === "ExcelApi" && versionAtLeast(api, version),
        },
      },
    };
  }

  private existingSheet(name: string): MockSheet {
    let sheet = this.sheet(name);
    if (!sheet) this.sheets.push((sheet = new MockSheet(name, true)));
    return sheet;
  }

  /** The mock as the renderer's parameter type: it implements only the members the renderer uses. */
  get context(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((s) => fold(s.name) === fold(name));
  }

  table(name: string): MockTable | undefined {
    return this.tables.find((t) => fold(t.name) === fold(name));
  }

  /** Sheets added through the mock, in the order they were added. */
  added(): MockSheet[] {
    return this.sheets.filter((s) => !s.existing);
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  /** Queues an operation that needs ExcelApi `version`; an older host fails it at the sync. */
  enqueueApi(version: string, what: string, op: () => void): void {
    this.enqueue(() => {
      if (!versionAtLeast(this.excelApi, version))
        throw new Error(`ApiNotFound: ${what} needs ExcelApi ${version}`);
      op();
    });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }

  record(sheet: MockSheet, what: string, area: Area): void {
    sheet.writes.push({ sync: this.syncs, what, address: addressOf(area) });
  }

  /** Tables and defined names share one namespace. */
  checkFree(name: string, except?: MockTable): void {
    checkObjectName(name);
    const taken =
      this.tables.some((t) => t !== except && fold(t.name) === fold(name)) ||
      this.names.some((n) => fold(n.name) === fold(name));
    if (taken) throw new Error(`ItemAlreadyExists: the name "${name}" is taken`);
  }

  /** Excel refuses a formula that names a table it does not have, or "[@…]" outside a table. */
  checkFormula(formula: string, sheet: MockSheet, row: number, col: number): void {
    for (const table of structuredReferences(formula)) {
      if (table !== null && !this.table(table))
        throw new Error(
          `InvalidArgument: ${formula} refers to a table "${table}" that is not there`
        );
      if (
        table === null &&
        !this.tables.some((t) => t.sheet === sheet && inside(t.body(), row, col))
      )
        throw new Error(`InvalidArgument: ${formula} outside a table`);
    }
  }
}

function inside(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

/** Installs `mock.office` as the global `Office` the renderer consults; returns the undo. */
export function installOffice(mock: OfficeMock): () => void {
  const scope = globalThis as unknown as { Office?: unknown };
  const before = scope.Office;
  scope.Office = mock.office;
  return () => {
    scope.Office = before;
  };
}

// ---------------------------------------------------------------------------------------------
// Collections that load

/** A collection whose `items` (with their names) can be read only after a sync loaded them. */
class NamedCollection<T extends { name: string }> {
  private loaded: { name: string }[] | undefined;

  constructor(
    protected readonly mock: OfficeMock,
    private readonly what: string,
    private readonly current: () => T[]
  ) {}

  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    if (list.some((p) => p !== "items/name"))
      throw new Error(`mock: ${this.what}.load(${list.join(",")}) not modelled`);
    this.mock.enqueue(() => {
      this.loaded = this.current().map((item) => loadedItem(item.name));
    });
    return this;
  }

  get items(): { name: string }[] {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${this.what}.items`);
    return this.loaded;
  }
}

/** An item with its name loaded; any other property was not. */
function loadedItem(name: string): { name: string } {
  return new Proxy(
    { name },
    {
      get(target, prop) {
        if (prop === "name") return target.name;
        if (typeof prop === "string" && prop !== "then")
          throw new Error(`PropertyNotLoaded: ${prop}`);
        return undefined;
      },
    }
  );
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly tables: NamedCollection<MockTable>;
  readonly names: NamesProxy;

  constructor(mock: OfficeMock) {
    this.worksheets = new WorksheetsProxy(mock);
    this.tables = new NamedCollection(mock, "tables", () => mock.tables);
    this.names = new NamesProxy(mock);
  }
}

class WorksheetsProxy extends NamedCollection<MockSheet> {
  constructor(mock: OfficeMock) {
    super(mock, "worksheets", () => mock.sheets);
  }

  add(name: string): SheetProxy {
    let created: MockSheet | undefined;
    this.mock.enqueueApi("1.1", "worksheets.add", () => {
      if (this.mock.protectedStructure)
        throw new Error("AccessDenied: the workbook's structure is protected");
      checkSheetName(name);
      if (this.mock.sheet(name)) throw new Error(`ItemAlreadyExists: worksheet "${name}"`);
      created = new MockSheet(name, false);
      this.mock.sheets.push(created);
    });
    return new SheetProxy(this.mock, () => {
      if (!created) throw new Error("mock: sheet used before it was added");
      return created;
    });
  }
}

class NamesProxy extends NamedCollection<MockName> {
  constructor(mock: OfficeMock) {
    super(mock, "names", () => mock.names);
  }

  add(name: string, reference: RangeProxy | string, comment?: string): void {
    if (typeof reference === "string") throw new Error("mock: names of formulas not modelled");
    this.mock.enqueueApi("1.4", "names.add", () => {
      this.mock.checkFree(name);
      if (comment !== undefined && comment.length > 255)
        throw new Error("InvalidArgument: a name's comment is longer than 255 characters");
      const sheet = reference.sheet();
      this.mock.names.push({ name, sheet, area: reference.area, comment });
      this.mock.record(sheet, `names.add ${name}`, reference.area);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Sheets and tables

class SheetProxy {
  readonly tables: { add(range: RangeProxy, hasHeaders: boolean): TableProxy };

  constructor(
    private readonly mock: OfficeMock,
    readonly target: () => MockSheet
  ) {
    this.tables = { add: (range, hasHeaders) => this.addTable(range, hasHeaders) };
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.mock, this.target, parseAddress(address));
  }

  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.mock, this.target);
  }

  set tabColor(color: string) {
    this.mock.enqueueApi("1.7", "Worksheet.tabColor", () => {
      checkColor(color);
      this.target().tabColor = color;
    });
  }

  activate(): void {
    this.mock.enqueue(() => {
      this.mock.active = this.target();
    });
  }

  private addTable(range: RangeProxy, hasHeaders: boolean): TableProxy {
    let created: MockTable | undefined;
    this.mock.enqueueApi("1.3", "tables.add(Range)", () => {
      const sheet = this.target();
      if (range.sheet() !== sheet) throw new Error("InvalidArgument: range on another sheet");
      if (!hasHeaders) throw new Error("mock: tables without headers not modelled");
      const area = range.area;
      if (this.mock.tables.some((t) => t.sheet === sheet && overlaps(t.area, area)))
        throw new Error(`InvalidArgument: a table already overlaps ${addressOf(area)}`);
      if (sheet.merges.some((m) => overlaps(m, area)))
        throw new Error(`InvalidArgument: merged cells in ${addressOf(area)}`);
      takeHeaders(sheet, area);
      created = new MockTable(defaultTableName(this.mock), sheet, area);
      this.mock.tables.push(created);
      this.mock.record(sheet, "tables.add", area);
    });
    return new TableProxy(this.mock, () => {
      if (!created) throw new Error("mock: table used before it was added");
      return created;
    });
  }
}

function defaultTableName(mock: OfficeMock): string {
  for (let n = 1; ; n++) if (!mock.table(`Table${n}`)) return `Table${n}`;
}

/** As Excel does: headers become text, an empty one "ColumnN", a repeated one gets a number. */
function takeHeaders(sheet: MockSheet, area: Area): void {
  const seen = new Set<string>();
  for (let c = area.left; c <= area.right; c++) {
    const cell = sheet.at(area.top, c);
    if (cell.formula !== undefined) throw new Error("mock: formulas in a table header");
    let text = cell.value === undefined ? `Column${c - area.left + 1}` : String(cell.value);
    for (let n = 2; seen.has(fold(text)); n++) text = `${text}${n}`;
    seen.add(fold(text));
    cell.value = text;
  }
}

class TableProxy {
  constructor(
    private readonly mock: OfficeMock,
    private readonly target: () => MockTable
  ) {}

  set name(name: string) {
    this.mock.enqueueApi("1.1", "Table.name", () => {
      const table = this.target();
      this.mock.checkFree(name, table);
      table.name = name;
    });
  }

  set style(style: string) {
    this.mock.enqueueApi("1.1", "Table.style", () => {
      if (
        !/^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(
          style
        )
      )
        throw new Error(`InvalidArgument: table style "${style}"`);
      this.target().style = style;
    });
  }
}

class PageLayoutProxy {
  constructor(
    private readonly mock: OfficeMock,
    private readonly sheet: () => MockSheet
  ) {}

  private set<K extends keyof MockPageLayout>(key: K, value: MockPageLayout[K]): void {
    this.mock.enqueueApi("1.9", `PageLayout.${key}`, () => {
      this.sheet().pageLayout[key] = value;
    });
  }

  set paperSize(size: string) {
    this.set("paperSize", size);
  }

  set orientation(orientation: string) {
    this.set("orientation", orientation);
  }

  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
    if (fit && zoom.scale !== undefined && zoom.scale !== null)
      throw new Error("InvalidArgument: a zoom is either a scale or a fit to pages");
    this.set("zoom", zoom);
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

type Matrix = unknown[][];

class RangeProxy {
  readonly format: FormatProxy;
  readonly dataValidation: ValidationProxy;
  readonly conditionalFormats: { add(type: string): ConditionalFormatProxy };

  constructor(
    private readonly mock: OfficeMock,
    readonly sheet: () => MockSheet,
    readonly area: Area
  ) {
    this.format = new FormatProxy(mock, sheet, area);
    this.dataValidation = new ValidationProxy(mock, sheet, area);
    this.conditionalFormats = {
      add: (type) => new ConditionalFormatProxy(mock, sheet, area, type),
    };
  }

  get values(): Matrix {
    throw new Error("PropertyNotLoaded: values");
  }
  set values(matrix: Matrix) {
    this.writeContents("values", matrix);
  }

  get formulas(): Matrix {
    throw new Error("PropertyNotLoaded: formulas");
  }
  set formulas(matrix: Matrix) {
    this.writeContents("formulas", matrix);
  }

  get numberFormat(): Matrix {
    throw new Error("PropertyNotLoaded: numberFormat");
  }
  set numberFormat(matrix: Matrix) {
    this.write("numberFormat", matrix, (cell, value) => {
      if (typeof value !== "string")
        throw new Error(`InvalidArgument: number format ${String(value)}`);
      if (value === "General") delete cell.format;
      else cell.format = value;
    });
  }

  merge(across = false): void {
    this.mock.enqueueApi("1.2", "Range.merge", () => {
      if (across) throw new Error("mock: merge across not modelled");
      const sheet = this.sheet();
      const area = this.area;
      if (this.mock.tables.some((t) => t.sheet === sheet && overlaps(t.area, area)))
        throw new Error(`InvalidArgument: cannot merge cells of a table (${addressOf(area)})`);
      if (sheet.merges.some((m) => overlaps(m, area)))
        throw new Error(`mock: merge over a merge (${addressOf(area)}) not modelled`);
      sheet.merges.push(area);
      this.mock.record(sheet, "merge", area);
    });
  }

  private writeContents(what: string, matrix: Matrix): void {
    this.write(what, matrix, (cell, value, row, col) => {
      const typed = asTyped(value);
      delete cell.value;
      delete cell.formula;
      delete cell.quotePrefix;
      if (typed === null) return;
      if ("formula" in typed) {
        this.mock.checkFormula(typed.formula, this.sheet(), row, col);
        cell.formula = typed.formula;
      } else {
        cell.value = typed.value;
        if (typed.quotePrefix) cell.quotePrefix = true;
      }
    });
    if (what === "formulas") this.mock.enqueue(() => this.markCalculated(matrix));
  }

  /** One formula over every data row of a table column makes the column calculated, as in Excel. */
  private markCalculated(matrix: Matrix): void {
    const sheet = this.sheet();
    const a = this.area;
    for (const table of this.mock.tables.filter((t) => t.sheet === sheet)) {
      const body = table.body();
      if (a.top !== body.top || a.bottom !== body.bottom) continue;
      for (let c = Math.max(a.left, body.left); c <= Math.min(a.right, body.right); c++) {
        const column = matrix.map((row) => row[c - a.left]);
        const first = column[0];
        if (typeof first === "string" && first.startsWith("=") && column.every((f) => f === first))
          table.calculated.add(c - body.left);
      }
    }
  }

  /** One queued assignment of a whole matrix, checked against the range's size as Office does. */
  private write(
    what: string,
    matrix: Matrix,
    apply: (cell: MockCell, value: unknown, row: number, col: number) => void
  ): void {
    this.mock.enqueueApi("1.1", `Range.${what}`, () => {
      const a = this.area;
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols))
        throw new Error(`InvalidArgument: ${what} is not ${rows}×${cols} (${addressOf(a)})`);
      const sheet = this.sheet();
      matrix.forEach((row, r) =>
        row.forEach((value, c) =>
          apply(sheet.at(a.top + r, a.left + c), value, a.top + r, a.left + c)
        )
      );
      this.mock.record(sheet, what, a);
    });
  }
}

class FormatProxy {
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string };

  constructor(
    private readonly mock: OfficeMock,
    private readonly sheet: () => MockSheet,
    private readonly area: Area
  ) {
    const set = this.setter.bind(this);
    this.font = writeOnly({
      bold: (v: boolean) => set("font.bold", (c) => (c.bold = v)),
      italic: (v: boolean) => set("font.italic", (c) => (c.italic = v)),
      size: (v: number) => set("font.size", (c) => (c.size = v)),
      color: (v: string) => set("font.color", (c) => (c.fontColor = v), v),
    });
    this.fill = writeOnly({ color: (v: string) => set("fill.color", (c) => (c.fill = v), v) });
  }

  set columnWidth(points: number) {
    this.mock.enqueueApi("1.2", "format.columnWidth", () => {
      if (!(points >= 0 && points <= 255 * 5.25 + 5))
        throw new Error(`InvalidArgument: column width ${points}`);
      const sheet = this.sheet();
      for (let c = this.area.left; c <= this.area.right; c++) sheet.widths.set(c, points);
      this.mock.record(sheet, "format.columnWidth", this.area);
    });
  }

  set wrapText(wrap: boolean) {
    this.setter("wrapText", (c) => (c.wrap = wrap));
  }

  set verticalAlignment(alignment: string) {
    this.setter("verticalAlignment", (c) => (c.verticalAlignment = alignment));
  }

  private setter(what: string, apply: (cell: MockCell) => void, color?: string): void {
    this.mock.enqueueApi("1.1", `format.${what}`, () => {
      if (color !== undefined) checkColor(color);
      const sheet = this.sheet();
      sheet.each(this.area, apply);
      this.mock.record(sheet, `format.${what}`, this.area);
    });
  }
}

/** An object whose properties can be set (each call queues) but not read before a load. */
function writeOnly<T extends Record<string, (value: never) => void>>(
  setters: T
): { [K in keyof T]: Parameters<T[K]>[0] } {
  const target = {};
  for (const [key, set] of Object.entries(setters)) {
    Object.defineProperty(target, key, {
      set,
      get: () => {
        throw new Error(`PropertyNotLoaded: ${key}`);
      },
    });
  }
  return target as { [K in keyof T]: Parameters<T[K]>[0] };
}

class ValidationProxy {
  constructor(
    private readonly mock: OfficeMock,
    private readonly sheet: () => MockSheet,
    private readonly area: Area
  ) {}

  /** The validation of exactly this range; Excel refuses one over part of another. */
  private record(): MockValidation {
    const sheet = this.sheet();
    const same = sheet.validations.find((v) => sameArea(v.area, this.area));
    if (same) return same;
    if (sheet.validations.some((v) => overlaps(v.area, this.area)))
      throw new Error(`InvalidOperation: ${addressOf(this.area)} has another validation in part`);
    const created: MockValidation = { area: this.area };
    sheet.validations.push(created);
    return created;
  }

  private set(what: string, apply: (v: MockValidation) => void): void {
    this.mock.enqueueApi("1.8", `dataValidation.${what}`, () => {
      apply(this.record());
      this.mock.record(this.sheet(), `dataValidation.${what}`, this.area);
    });
  }

  set rule(rule: Excel.DataValidationRule) {
    this.set("rule", (v) => {
      const list = rule.list;
      if (!list || Object.keys(rule).length !== 1)
        throw new Error("mock: only list rules are modelled");
      if (typeof list.source !== "string") throw new Error("mock: list from a range not modelled");
      if (list.source.length > LIST_SOURCE_MAX)
        throw new Error(`InvalidArgument: a list longer than ${LIST_SOURCE_MAX} characters`);
      v.list = list.source.split(",");
      v.inCellDropDown = list.inCellDropDown;
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", (v) => {
      if (alert.title.length > PROMPT_TITLE_MAX || alert.message.length > PROMPT_MESSAGE_MAX)
        throw new Error("InvalidArgument: error alert text too long");
      v.errorAlert = alert;
    });
  }

  set prompt(prompt: Excel.DataValidationPrompt) {
    this.set("prompt", (v) => {
      if (prompt.title.length > PROMPT_TITLE_MAX || prompt.message.length > PROMPT_MESSAGE_MAX)
        throw new Error("InvalidArgument: prompt text too long");
      v.prompt = prompt;
    });
  }
}

class ConditionalFormatProxy {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(mock: OfficeMock, sheet: () => MockSheet, area: Area, type: string) {
    let record: MockConditionalFormat | undefined;
    const current = (): MockConditionalFormat => {
      if (!record) throw new Error("mock: conditional format used before it was added");
      return record;
    };
    mock.enqueueApi("1.6", "conditionalFormats.add", () => {
      if (type !== "Custom") throw new Error(`mock: conditional format ${type} not modelled`);
      record = { area, type };
      sheet().conditionalFormats.push(record);
      mock.record(sheet(), "conditionalFormats.add", area);
    });
    const set = (what: string, apply: (cf: MockConditionalFormat) => void) =>
      mock.enqueueApi("1.6", `conditionalFormat.custom.${what}`, () => apply(current()));
    this.custom = {
      rule: writeOnly({
        formula: (f: string) =>
          set("rule.formula", (cf) => {
            if (!f.startsWith("=")) throw new Error(`InvalidArgument: rule formula "${f}"`);
            // Excel takes no structured reference in a conditional format's formula.
            if (structuredReferences(f).length > 0)
              throw new Error(
                `InvalidArgument: structured reference in a conditional format: ${f}`
              );
            cf.formula = f;
          }),
      }),
      format: {
        fill: writeOnly({
          color: (c: string) =>
            set("format.fill.color", (cf) => {
              checkColor(c);
              cf.fill = c;
            }),
        }),
        font: writeOnly({
          color: (c: string) =>
            set("format.font.color", (cf) => {
              checkColor(c);
              cf.fontColor = c;
            }),
        }),
      },
    };
  }
}
