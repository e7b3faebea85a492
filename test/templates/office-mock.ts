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
 * the workbooks users have: an older Excel (`excelApi`), a protected workbook structure. A failing
 * sync rejects with an error whose `code` is the word before the colon ("AccessDenied"), as
 * OfficeExtension.Error carries it.
 *
 * For the task pane's template service it also reads (the section "Reading" below): the active
 * sheet, sheets with their visibility, used ranges (values, formulas, value types), the visible
 * cells, tables with their columns' names and values, and it deletes table rows, clears and
 * unmerges ranges. The mock calculates nothing: a formula cell reads as empty.
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

/** "C4", "$C$4", "A1:D5", whole columns "B:D" or whole rows "4:4"; nothing else is modelled. */
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
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: 16_384 };
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
  /** Row → height in points. */
  readonly heights = new Map<number, number>();
  readonly merges: Area[] = [];
  readonly validations: MockValidation[] = [];
  readonly conditionalFormats: MockConditionalFormat[] = [];
  readonly pageLayout: MockPageLayout = {};
  tabColor?: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
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
  /** The active sheet (default the first). */
  active?: string;
  /** Sheets the user has hidden. */
  hidden?: string[];
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
    for (const name of options.hidden ?? []) this.existingSheet(name).visibility = "Hidden";
    this.active =
      options.active === undefined ? this.sheets[0] : this.existingSheet(options.active);
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
    try {
      for (const op of ops) op();
    } catch (e) {
      throw withCode(e);
    }
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

/** Office's errors carry their code ("AccessDenied"); the mock's say it before the colon. */
function withCode(e: unknown): unknown {
  const code = e instanceof Error ? /^([A-Z][A-Za-z]+):/.exec(e.message)?.[1] : undefined;
  if (code !== undefined && !("code" in (e as object))) Object.assign(e as object, { code });
  return e;
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

/** The properties a sync has loaded into a proxy; reading any other throws, as Office does. */
export class Loaded {
  private readonly values = new Map<string, unknown>();

  constructor(private readonly what: string) {}

  set(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }

  get<T>(prop: string): T {
    if (!this.values.has(prop)) throw new Error(`PropertyNotLoaded: ${this.what}.${prop}`);
    return this.values.get(prop) as T;
  }

  /** Forgets what was loaded (a proxy loaded again). */
  clear(): void {
    this.values.clear();
  }
}

/** "a, b" or ["a", "b"] as a list of property paths. */
export function propList(props: string | string[]): string[] {
  return (Array.isArray(props) ? props : props.split(","))
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * A collection whose `items` can be read only after a sync loaded them. Each item is made by
 * `item` from the paths asked for ("items/name" → "name"), with those properties filled in.
 */
class LoadingCollection<T, P> {
  private loaded: P[] | undefined;

  constructor(
    protected readonly mock: OfficeMock,
    private readonly what: string,
    private readonly current: () => T[],
    private readonly item: (target: T, paths: string[]) => P
  ) {}

  load(props: string | string[]): this {
    const paths = propList(props).map((p) => {
      if (!p.startsWith("items/")) throw new Error(`mock: ${this.what}.load(${p}) not modelled`);
      return p.slice("items/".length);
    });
    this.mock.enqueue(() => {
      this.loaded = this.current().map((target) => this.item(target, paths));
    });
    return this;
  }

  get items(): P[] {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${this.what}.items`);
    return this.loaded;
  }
}

/** An item with its name loaded; any other property was not. */
function loadedItem(name: string, paths: string[]): { name: string } {
  const other = paths.find((p) => p !== "name");
  if (other !== undefined) throw new Error(`mock: loading ${other} not modelled`);
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
  readonly tables: LoadingCollection<MockTable, TableProxy>;
  readonly names: NamesProxy;

  constructor(mock: OfficeMock) {
    this.worksheets = new WorksheetsProxy(mock);
    this.tables = new LoadingCollection(
      mock,
      "tables",
      () => mock.tables,
      (t, paths) => TableProxy.loaded(mock, t, paths)
    );
    this.names = new NamesProxy(mock);
  }
}

class WorksheetsProxy extends LoadingCollection<MockSheet, SheetProxy> {
  constructor(mock: OfficeMock) {
    super(
      mock,
      "worksheets",
      () => mock.sheets,
      (s, paths) => SheetProxy.loaded(mock, s, paths)
    );
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

  getActiveWorksheet(): SheetProxy {
    return new SheetProxy(this.mock, () => {
      if (!this.mock.active) throw new Error("ItemNotFound: no active worksheet");
      return this.mock.active;
    });
  }

  /** A sheet by name, resolved when the batch runs: one added earlier in it is found. */
  getItem(name: string): SheetProxy {
    return new SheetProxy(this.mock, () => {
      const sheet = this.mock.sheet(name);
      if (!sheet) throw new Error(`ItemNotFound: worksheet "${name}"`);
      return sheet;
    });
  }
}

class NamesProxy extends LoadingCollection<MockName, { name: string }> {
  constructor(mock: OfficeMock) {
    super(
      mock,
      "names",
      () => mock.names,
      (n, paths) => loadedItem(n.name, paths)
    );
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

class SheetTablesProxy extends LoadingCollection<MockTable, TableProxy> {
  constructor(
    mock: OfficeMock,
    sheet: () => MockSheet,
    private readonly adder: (range: RangeProxy, hasHeaders: boolean) => TableProxy
  ) {
    super(
      mock,
      "worksheet.tables",
      () => mock.tables.filter((t) => t.sheet === sheet()),
      (t, paths) => TableProxy.loaded(mock, t, paths)
    );
  }

  add(range: RangeProxy, hasHeaders: boolean): TableProxy {
    return this.adder(range, hasHeaders);
  }
}

class SheetProxy {
  readonly tables: SheetTablesProxy;
  private readonly props = new Loaded("worksheet");

  constructor(
    private readonly mock: OfficeMock,
    readonly target: () => MockSheet
  ) {
    this.tables = new SheetTablesProxy(mock, target, (range, hasHeaders) =>
      this.addTable(range, hasHeaders)
    );
  }

  /** A sheet as a collection load gives it, with `paths` loaded. */
  static loaded(mock: OfficeMock, sheet: MockSheet, paths: string[]): SheetProxy {
    const proxy = new SheetProxy(mock, () => sheet);
    for (const p of paths) proxy.props.set(p, sheetProperty(sheet, p));
    return proxy;
  }

  load(props: string | string[]): this {
    const paths = propList(props);
    this.mock.enqueue(() => {
      const sheet = this.target();
      for (const p of paths) this.props.set(p, sheetProperty(sheet, p));
    });
    return this;
  }

  get name(): string {
    return this.props.get("name");
  }

  get visibility(): string {
    return this.props.get("visibility");
  }

  getRange(address?: string): RangeProxy {
    const area = address === undefined ? WHOLE_SHEET : parseAddress(address);
    return new RangeProxy(this.mock, this.target, area);
  }

  /** The cells with a value or a formula (formats alone are not modelled). */
  getUsedRangeOrNullObject(valuesOnly = false): UsedRangeProxy {
    if (!valuesOnly) throw new Error("mock: only valuesOnly used ranges are modelled");
    return new UsedRangeProxy(this.mock, this.target);
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

function sheetProperty(sheet: MockSheet, path: string): unknown {
  if (path === "name") return sheet.name;
  if (path === "visibility") return sheet.visibility;
  throw new Error(`mock: worksheet.${path} not modelled`);
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

interface LoadedColumn {
  name?: string;
  values?: unknown[][];
}

class TableProxy {
  private readonly props = new Loaded("table");

  constructor(
    private readonly mock: OfficeMock,
    private readonly target: () => MockTable
  ) {}

  /**
   * A table as a collection load gives it: "name", "showHeaders", "showTotals", "worksheet/name",
   * "columns/items/name" and "columns/items/values" (the header and the data, as Office gives a
   * column's values).
   */
  static loaded(mock: OfficeMock, table: MockTable, paths: string[]): TableProxy {
    const proxy = new TableProxy(mock, () => table);
    const columns: LoadedColumn[] = Array.from(
      { length: table.area.right - table.area.left + 1 },
      () => ({})
    );
    for (const p of paths) {
      if (p === "name") proxy.props.set("name", table.name);
      else if (p === "showHeaders") proxy.props.set("showHeaders", true);
      else if (p === "showTotals") proxy.props.set("showTotals", false);
      else if (p === "worksheet/name") proxy.props.set("worksheet", { name: table.sheet.name });
      else if (p === "columns/items/name") table.headers().forEach((h, j) => (columns[j].name = h));
      else if (p === "columns/items/values")
        columns.forEach((c, j) => {
          const col = table.area.left + j;
          c.values = [];
          for (let r = table.area.top; r <= table.area.bottom; r++)
            c.values.push([cellValue(table.sheet.cell(r, col))]);
        });
      else throw new Error(`mock: table.${p} not modelled`);
    }
    if (paths.some((p) => p.startsWith("columns/")))
      proxy.props.set("columns", { items: columns.map(loadedColumn) });
    return proxy;
  }

  get name(): string {
    return this.props.get("name");
  }
  set name(name: string) {
    this.mock.enqueueApi("1.1", "Table.name", () => {
      const table = this.target();
      this.mock.checkFree(name, table);
      table.name = name;
    });
  }

  get showHeaders(): boolean {
    return this.props.get("showHeaders");
  }

  get showTotals(): boolean {
    return this.props.get("showTotals");
  }

  get worksheet(): { name: string } {
    return this.props.get("worksheet");
  }

  get columns(): { items: LoadedColumn[] } {
    return this.props.get("columns");
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

  get rows(): { getItemAt(index: number): { delete(): void } } {
    return { getItemAt: (index) => ({ delete: () => this.deleteRow(index) }) };
  }

  /**
   * Deletes a data row: the cells below it in the table's columns move up one row, as Excel moves
   * them (merges, validations and formats beside are not moved: the templates have none there).
   * Deleting a table's only data row is not modelled: the service must never need it.
   */
  private deleteRow(index: number): void {
    this.mock.enqueueApi("1.1", "TableRow.delete", () => {
      const table = this.target();
      const body = table.body();
      const row = body.top + index;
      if (index < 0 || row > body.bottom) throw new Error(`ItemNotFound: table row ${index}`);
      if (body.top === body.bottom) throw new Error("mock: deleting a table's only row");
      const sheet = table.sheet;
      const last = Math.max(row, ...[...sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
      for (let c = table.area.left; c <= table.area.right; c++) {
        for (let r = row; r < last; r++) {
          const below = sheet.cells.get(`${r + 1},${c}`);
          if (below) sheet.cells.set(`${r},${c}`, below);
          else sheet.cells.delete(`${r},${c}`);
        }
        sheet.cells.delete(`${last},${c}`);
      }
      table.area.bottom -= 1;
      this.mock.record(sheet, "TableRow.delete", { ...table.area, top: row, bottom: row });
    });
  }
}

function loadedColumn(column: LoadedColumn): LoadedColumn {
  const loaded = new Loaded("tableColumn");
  if (column.name !== undefined) loaded.set("name", column.name);
  if (column.values !== undefined) loaded.set("values", column.values);
  return {
    get name() {
      return loaded.get<string>("name");
    },
    get values() {
      return loaded.get<unknown[][]>("values");
    },
  };
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

  /** What Excel clears: "All", "Contents" (values and formulas) or "Formats". */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.mock.enqueueApi("1.1", "Range.clear", () => {
      const sheet = this.sheet();
      sheet.each(this.area, (cell, row, col) => {
        if (applyTo === "All") sheet.cells.delete(`${row},${col}`);
        else if (applyTo === "Contents") {
          delete cell.value;
          delete cell.formula;
          delete cell.quotePrefix;
        } else {
          const { value, formula, quotePrefix } = cell;
          sheet.cells.set(`${row},${col}`, { value, formula, quotePrefix });
        }
      });
      this.mock.record(sheet, `clear ${applyTo}`, this.area);
    });
  }

  /** Unmerges every merged area the range touches, as Excel does. */
  unmerge(): void {
    this.mock.enqueueApi("1.2", "Range.unmerge", () => {
      const sheet = this.sheet();
      const kept = sheet.merges.filter((m) => !overlaps(m, this.area));
      sheet.merges.splice(0, sheet.merges.length, ...kept);
      this.mock.record(sheet, "unmerge", this.area);
    });
  }

  /** The visible cells: the mock hides no row or column, so every cell of the range. */
  getSpecialCellsOrNullObject(cellType: string): VisibleCellsProxy {
    if (cellType !== "Visible") throw new Error(`mock: special cells ${cellType} not modelled`);
    return new VisibleCellsProxy(this.mock, this.sheet, this.area);
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

  set rowHeight(points: number) {
    this.mock.enqueueApi("1.2", "format.rowHeight", () => {
      if (!(points >= 0 && points <= 409)) throw new Error(`InvalidArgument: row height ${points}`);
      const sheet = this.sheet();
      for (let r = this.area.top; r <= this.area.bottom; r++) sheet.heights.set(r, points);
      this.mock.record(sheet, "format.rowHeight", this.area);
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

// ---------------------------------------------------------------------------------------------
// Reading

const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: SHEET_ROWS, right: 16_384 };

/** A cell as Range.values gives it: "" for an empty cell and for a formula (nothing is calculated). */
export function cellValue(cell: MockCell | undefined): Constant {
  const value = cell?.value;
  if (value === undefined) return "";
  return typeof value === "object" ? value.error : value;
}

/** A cell as Range.formulas gives it: the formula, else the value. */
function cellFormula(cell: MockCell | undefined): Constant {
  return cell?.formula ?? cellValue(cell);
}

/** A cell as Range.valueTypes gives it. */
export function cellType(cell: MockCell | undefined): string {
  const value = cell?.value;
  if (value === undefined) return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  return typeof value === "boolean" ? "Boolean" : "String";
}

export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The smallest area holding every cell with a value or a formula, inside `within` when given;
 * undefined when there is none.
 */
export function usedArea(sheet: MockSheet, within?: Area): Area | undefined {
  let area: Area | undefined;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === undefined && cell.formula === undefined) continue;
    const [row, col] = key.split(",").map(Number);
    if (
      within &&
      (row < within.top || row > within.bottom || col < within.left || col > within.right)
    )
      continue;
    area = area
      ? {
          top: Math.min(area.top, row),
          left: Math.min(area.left, col),
          bottom: Math.max(area.bottom, row),
          right: Math.max(area.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return area;
}

function matrixOf<T>(sheet: MockSheet, a: Area, f: (cell: MockCell | undefined) => T): T[][] {
  return Array.from({ length: a.bottom - a.top + 1 }, (_, r) =>
    Array.from({ length: a.right - a.left + 1 }, (_, c) => f(sheet.cell(a.top + r, a.left + c)))
  );
}

/** A property of a range as a load reads it. */
function rangeProperty(sheet: MockSheet, a: Area, prop: string): unknown {
  switch (prop) {
    case "values":
      return matrixOf(sheet, a, cellValue);
    case "formulas":
      return matrixOf(sheet, a, cellFormula);
    case "valueTypes":
      return matrixOf(sheet, a, cellType);
    case "rowIndex":
      return a.top - 1;
    case "columnIndex":
      return a.left - 1;
    case "rowCount":
      return a.bottom - a.top + 1;
    case "columnCount":
      return a.right - a.left + 1;
    case "address":
      return `${quotedSheet(sheet.name)}!${addressOf(a)}`;
    default:
      throw new Error(`mock: range.${prop} not modelled`);
  }
}

/**
 * What a loaded range reads back: the properties its last load set, and whether it was a null
 * object. The mocks' range proxies (here, test/excel/kalkyl-mock.ts, workbook-scan-mock.ts)
 * extend it and fill `props` and `nullState` in their own loads.
 */
export class LoadedRange {
  protected readonly props = new Loaded("range");
  protected nullState: boolean | undefined;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new Error("PropertyNotLoaded: isNullObject");
    return this.nullState;
  }

  get values(): unknown[][] {
    return this.props.get("values");
  }
  get formulas(): unknown[][] {
    return this.props.get("formulas");
  }
  get valueTypes(): string[][] {
    return this.props.get("valueTypes");
  }
  get rowIndex(): number {
    return this.props.get("rowIndex");
  }
  get columnIndex(): number {
    return this.props.get("columnIndex");
  }
  get rowCount(): number {
    return this.props.get("rowCount");
  }
  get columnCount(): number {
    return this.props.get("columnCount");
  }
  get address(): string {
    return this.props.get("address");
  }
}

/** A range found when the batch runs, possibly a null object, whose properties a load reads. */
class LoadedRangeProxy extends LoadedRange {
  constructor(
    private readonly mock: OfficeMock,
    private readonly sheet: () => MockSheet,
    private readonly find: (sheet: MockSheet) => Area | undefined
  ) {
    super();
  }

  load(props: string | string[]): this {
    const paths = propList(props);
    this.mock.enqueue(() => {
      const sheet = this.sheet();
      const area = this.find(sheet);
      this.nullState = area === undefined;
      if (area) for (const p of paths) this.props.set(p, rangeProperty(sheet, area, p));
    });
    return this;
  }
}

class UsedRangeProxy extends LoadedRangeProxy {
  constructor(mock: OfficeMock, sheet: () => MockSheet) {
    super(mock, sheet, usedArea);
  }
}

class VisibleCellsProxy extends LoadedRangeProxy {
  constructor(mock: OfficeMock, sheet: () => MockSheet, area: Area) {
    super(mock, sheet, () => area);
  }
}

/**
 * Writes values into a sheet of the mock as a user would have typed them, from `top`/`left`
 * (1-based): strings starting with "=" are formulas, null leaves a cell empty.
 */
export function fillSheet(sheet: MockSheet, rows: (Constant | null)[][], top = 1, left = 1): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const key = `${top + r},${left + c}`;
      if (value === null || value === "") sheet.cells.delete(key);
      else if (typeof value === "string" && value.startsWith("="))
        sheet.cells.set(key, { formula: value });
      else sheet.cells.set(key, { value });
    })
  );
}
