/**
 * A small in-memory stand-in for the parts of Excel.RequestContext the unit-cost catalog uses.
 *
 * It keeps Office.js's batching rules, because those are what the tests are about: every call only
 * queues an operation, `context.sync()` runs the queue in order and counts itself, and a property
 * read before the sync that loads it throws, as Office's PropertyNotLoaded does. Writes are logged
 * per sheet, so a test can prove a source sheet was never written. office-addin-mock's
 * OfficeMockObject models loads and syncs too, but not ranges that resize, tables, null objects or
 * ordered writes, which is most of what this adapter does.
 */
import { columnLetters } from "../../src/core/cells";

type Value = string | number | boolean;
export type MockCellInput = Value | null | { error: string };

interface Cell {
  /** A constant, or a formula as text ("=…"). */
  content: Value | { error: string };
  format: string;
}

interface Geometry {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface WriteRecord {
  readonly sync: number;
  readonly what: string;
  readonly geometry?: Geometry;
}

const SHEET_ROWS = 1_048_576;

export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class MockSheet {
  readonly cells = new Map<string, Cell>();
  readonly hiddenRows = new Set<number>();
  readonly writes: WriteRecord[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  /** Fills the sheet from row-major values starting at A1 (0-based `at` to start elsewhere). */
  static from(name: string, rows: MockCellInput[][], at = { row: 0, col: 0 }): MockSheet {
    const sheet = new MockSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.put(at.row + r, at.col + c, v)));
    return sheet;
  }

  put(row: number, col: number, v: MockCellInput, format = "General"): void {
    if (v === null || v === "") this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, { content: v, format });
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  content(row: number, col: number): Value | { error: string } {
    return this.cell(row, col)?.content ?? "";
  }

  /** Bounds of the cells that hold something, or null for an empty sheet. */
  usedGeometry(): Geometry | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Moves every cell at or below `row` within the given columns `by` rows down. */
  shiftDown(g: Geometry): void {
    this.moveCells((r, c) => r >= g.row && c >= g.col && c < g.col + g.cols, g.rows, 0);
  }

  shiftRight(g: Geometry): void {
    this.moveCells((r, c) => c >= g.col && r >= g.row && r < g.row + g.rows, 0, g.cols);
  }

  private moveCells(moves: (r: number, c: number) => boolean, dr: number, dc: number): void {
    const moved: [number, number, Cell][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (!moves(r, c)) continue;
      this.cells.delete(key);
      moved.push([r + dr, c + dc, cell]);
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
  }
}

export class MockTable {
  showTotals = false;
  constructor(
    public name: string,
    public sheet: MockSheet,
    public geometry: Geometry
  ) {}

  /** The body as Office gives `formulas`: constants as they are, formulas as text. */
  bodyContents(): (Value | { error: string })[][] {
    const g = this.geometry;
    return Array.from({ length: g.rows - 1 }, (_, r) =>
      Array.from({ length: g.cols }, (_, c) => this.sheet.content(g.row + 1 + r, g.col + c))
    );
  }

  header(): Value[] {
    const g = this.geometry;
    return Array.from({ length: g.cols }, (_, c) => this.sheet.content(g.row, g.col + c) as Value);
  }
}

type NameTarget = { sheet: MockSheet; row: number; col: number } | { formula: string };

export class MockWorkbook {
  readonly sheets: MockSheet[] = [];
  readonly tables: MockTable[] = [];
  readonly names = new Map<string, NameTarget>();
  active: MockSheet;
  activeCell = { row: 0, col: 0 };

  constructor(sheets: MockSheet[]) {
    this.sheets.push(...sheets);
    this.active = sheets[0];
  }

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): MockTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
}

/** The request context: a queue of operations that `sync()` runs, and the count of syncs. */
export class MockContext {
  syncs = 0;
  private queue: (() => void)[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly state: MockWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }

  record(sheet: MockSheet, what: string, geometry?: Geometry): void {
    sheet.writes.push({ sync: this.syncs, what, geometry });
  }
}

function propList(props: string | string[]): string[] {
  return (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
}

/** A collection loads "items/…" properties, all filled from one snapshot of its items. */
function itemsOnly(props: string | string[], collection: string): string[] {
  const list = propList(props);
  const other = list.find((p) => !p.startsWith("items/"));
  if (other !== undefined) throw new Error(`mock: ${collection}.${other} not modelled`);
  return ["items"];
}

/** A proxy whose properties can be read only after a sync has loaded them. */
abstract class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: MockContext) {}

  load(props: string | string[]): this {
    const list = propList(props);
    this.ctx.enqueue(() => {
      const exists = this.exists();
      this.nullState = !exists;
      if (exists) for (const p of list) this.loaded.set(p, this.fetch(p));
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new Error("PropertyNotLoaded: isNullObject (sync first)");
    return this.nullState;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.loaded.get(prop) as T;
  }

  /** Seeds a property as a collection load does for its items. */
  seed(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
    this.nullState = false;
  }

  protected exists(): boolean {
    return true;
  }

  protected abstract fetch(prop: string): unknown;
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly tables: TablesProxy;
  readonly names: NamesProxy;

  constructor(private readonly ctx: MockContext) {
    this.worksheets = new WorksheetsProxy(ctx);
    this.tables = new TablesProxy(ctx);
    this.names = new NamesProxy(ctx);
  }

  getActiveCell(): RangeProxy {
    const state = this.ctx.state;
    return new RangeProxy(
      this.ctx,
      () => state.active,
      () => ({ ...state.activeCell, rows: 1, cols: 1 })
    );
  }
}

class WorksheetsProxy extends Loadable {
  get items(): SheetProxy[] {
    return this.read("items");
  }

  protected fetch(): unknown {
    const existing = this.loaded.get("items") as SheetProxy[] | undefined;
    if (existing) return existing;
    return this.ctx.state.sheets.map((s) => {
      const proxy = new SheetProxy(this.ctx, () => s);
      proxy.seed("name", s.name);
      proxy.seed("visibility", s.visibility);
      return proxy;
    });
  }

  override load(props: string | string[]): this {
    return super.load(itemsOnly(props, "worksheets"));
  }

  getActiveWorksheet(): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.state.active);
  }

  getItem(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => {
      const sheet = this.ctx.state.sheet(name);
      if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
      return sheet;
    });
  }

  add(name: string): SheetProxy {
    let created: MockSheet | undefined;
    this.ctx.enqueue(() => {
      if (this.ctx.state.sheet(name)) throw new Error(`ItemAlreadyExists: worksheet ${name}`);
      created = new MockSheet(name);
      this.ctx.state.sheets.push(created);
    });
    return new SheetProxy(this.ctx, () => {
      if (!created) throw new Error("mock: sheet used before it was added");
      return created;
    });
  }
}

class SheetProxy extends Loadable {
  readonly tables: SheetTablesProxy;

  constructor(
    ctx: MockContext,
    readonly target: () => MockSheet
  ) {
    super(ctx);
    this.tables = new SheetTablesProxy(ctx, target);
  }

  get name(): string {
    return this.read("name");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  protected fetch(prop: string): unknown {
    if (prop === "name") return this.target().name;
    if (prop === "visibility") return this.target().visibility;
    throw new Error(`mock: worksheet.${prop} not modelled`);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("mock: only valuesOnly used ranges are modelled");
    return new RangeProxy(this.ctx, this.target, () => this.target().usedGeometry());
  }

  getRange(address?: string): RangeProxy {
    if (address !== undefined) throw new Error("mock: only the whole-sheet getRange() is modelled");
    return new RangeProxy(this.ctx, this.target, () => ({
      row: 0,
      col: 0,
      rows: SHEET_ROWS,
      cols: 16_384,
    }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this.target, () => ({ row, col, rows, cols }));
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.active = this.target();
    });
  }
}

class SheetTablesProxy {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet
  ) {}

  add(range: RangeProxy, hasHeaders: boolean): TableProxy {
    let created: MockTable | undefined;
    this.ctx.enqueue(() => {
      if (!hasHeaders) throw new Error("mock: tables without headers are not modelled");
      const g = range.geometry();
      if (!g) throw new Error("mock: table on a null range");
      created = new MockTable(`Table${this.ctx.state.tables.length + 1}`, this.sheet(), g);
      this.ctx.state.tables.push(created);
      this.ctx.record(this.sheet(), "tables.add", g);
    });
    return new TableProxy(this.ctx, () => {
      if (!created) throw new Error("mock: table used before it was added");
      return created;
    });
  }
}

class TablesProxy extends Loadable {
  get items(): TableProxy[] {
    return this.read("items");
  }

  override load(props: string | string[]): this {
    return super.load(itemsOnly(props, "tables"));
  }

  protected fetch(): unknown {
    const existing = this.loaded.get("items") as TableProxy[] | undefined;
    if (existing) return existing;
    return this.ctx.state.tables.map((t) => {
      const proxy = new TableProxy(this.ctx, () => t);
      proxy.seed("name", t.name);
      proxy.worksheet.seed("name", t.sheet.name);
      return proxy;
    });
  }
}

class TableProxy extends Loadable {
  readonly worksheet: SheetProxy;

  constructor(
    ctx: MockContext,
    private readonly target: () => MockTable
  ) {
    super(ctx);
    this.worksheet = new SheetProxy(ctx, () => target().sheet);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.ctx.enqueue(() => {
      this.target().name = value;
    });
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  set showTotals(value: boolean) {
    this.ctx.enqueue(() => {
      const t = this.target();
      if (t.showTotals !== value)
        t.geometry = { ...t.geometry, rows: t.geometry.rows + (value ? 1 : -1) };
      t.showTotals = value;
    });
  }

  protected fetch(prop: string): unknown {
    if (prop === "name") return this.target().name;
    if (prop === "showTotals") return this.target().showTotals;
    throw new Error(`mock: table.${prop} not modelled`);
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.target().sheet,
      () => this.target().geometry
    );
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.target().sheet,
      () => ({ ...this.target().geometry, rows: 1 })
    );
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.target().sheet,
      () => {
        const t = this.target();
        const g = t.geometry;
        return { ...g, row: g.row + 1, rows: g.rows - 1 - (t.showTotals ? 1 : 0) };
      }
    );
  }

  resize(range: RangeProxy): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      const g = range.geometry();
      if (!g || g.row !== t.geometry.row)
        throw new Error("InvalidArgument: the header must stay in its row");
      t.geometry = g;
      this.ctx.record(t.sheet, "table.resize", g);
    });
  }
}

class NamesProxy {
  constructor(private readonly ctx: MockContext) {}

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name);
  }

  add(name: string, reference: RangeProxy | string): void {
    this.ctx.enqueue(() => {
      if (this.ctx.state.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
      if (typeof reference === "string") {
        this.ctx.state.names.set(name, { formula: reference });
        return;
      }
      const g = reference.geometry();
      if (!g) throw new Error("mock: name on a null range");
      this.ctx.state.names.set(name, { sheet: reference.sheet(), row: g.row, col: g.col });
    });
  }
}

class NamedItemProxy extends Loadable {
  constructor(
    ctx: MockContext,
    private readonly name: string
  ) {
    super(ctx);
  }

  get type(): string {
    return this.read("type");
  }

  protected override exists(): boolean {
    return this.ctx.state.names.has(this.name);
  }

  protected fetch(prop: string): unknown {
    if (prop !== "type") throw new Error(`mock: name.${prop} not modelled`);
    const target = this.ctx.state.names.get(this.name);
    if (!target || "formula" in target) return "Double";
    return this.ctx.state.sheets.includes(target.sheet) ? "Range" : "Error";
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.names.delete(this.name);
    });
  }
}

type Matrix = unknown[][];

function cellValue(content: Value | { error: string }): Value {
  if (typeof content === "object") return content.error;
  // A formula's result is Excel's business; the catalog never reads one back.
  return typeof content === "string" && content.startsWith("=") ? "" : content;
}

function valueType(content: Value | { error: string }): string {
  if (typeof content === "object") return "Error";
  if (content === "") return "Empty";
  if (typeof content === "number") return "Double";
  if (typeof content === "boolean") return "Boolean";
  return "String";
}

function insideTableBody(state: MockWorkbook, sheet: MockSheet, row: number, col: number): boolean {
  return state.tables.some((t) => {
    const g = t.geometry;
    return (
      t.sheet === sheet &&
      row > g.row &&
      row < g.row + g.rows &&
      col >= g.col &&
      col < g.col + g.cols
    );
  });
}

class RangeProxy extends Loadable {
  readonly format: {
    horizontalAlignment?: string;
    font: { bold?: boolean };
    autofitColumns(): void;
  };

  constructor(
    ctx: MockContext,
    readonly sheet: () => MockSheet,
    readonly geometry: () => Geometry | null
  ) {
    super(ctx);
    const record = (what: string): void =>
      ctx.enqueue(() => ctx.record(sheet(), what, this.geometry() ?? undefined));
    const font = {
      set bold(_: boolean) {
        record("format.font.bold");
      },
    };
    this.format = {
      set horizontalAlignment(_: string) {
        record("format.horizontalAlignment");
      },
      font,
      autofitColumns: () => record("format.autofitColumns"),
    };
  }

  protected override exists(): boolean {
    return this.geometry() !== null;
  }

  private grid<T>(f: (content: Value | { error: string }, cell: Cell | undefined) => T): T[][] {
    const g = this.geometry() as Geometry;
    const sheet = this.sheet();
    return Array.from({ length: g.rows }, (_, r) =>
      Array.from({ length: g.cols }, (_, c) => {
        const cell = sheet.cell(g.row + r, g.col + c);
        return f(cell?.content ?? "", cell);
      })
    );
  }

  protected fetch(prop: string): unknown {
    const g = this.geometry() as Geometry;
    switch (prop) {
      case "values":
        return this.grid(cellValue);
      case "valueTypes":
        return this.grid(valueType);
      case "formulas":
        return this.grid((content) => (typeof content === "object" ? content.error : content));
      case "numberFormat":
        return this.grid((_, cell) => cell?.format ?? "General");
      case "rowIndex":
        return g.row;
      case "columnIndex":
        return g.col;
      case "rowCount":
        return g.rows;
      case "columnCount":
        return g.cols;
      case "address": {
        const first = `${columnLetters(g.col + 1)}${g.row + 1}`;
        const last = `${columnLetters(g.col + g.cols)}${g.row + g.rows}`;
        return `${quotedSheet(this.sheet().name)}!${first === last ? first : `${first}:${last}`}`;
      }
      default:
        throw new Error(`mock: range.${prop} not modelled`);
    }
  }

  get values(): Matrix {
    return this.read("values");
  }
  set values(v: Matrix) {
    this.write("values", v, (cell, value) => ({ ...cell, content: value as Value }));
  }
  get valueTypes(): Matrix {
    return this.read("valueTypes");
  }
  get formulas(): Matrix {
    return this.read("formulas");
  }
  set formulas(v: Matrix) {
    this.write("formulas", v, (cell, value) => ({ ...cell, content: value as Value }));
  }
  get numberFormat(): Matrix {
    return this.read("numberFormat");
  }
  set numberFormat(v: Matrix) {
    this.write("numberFormat", v, (cell, value) => ({ ...cell, format: String(value) }));
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }

  /** One queued assignment of a whole matrix, checked against the range's size as Office does. */
  private write(what: string, matrix: Matrix, apply: (cell: Cell, value: unknown) => Cell): void {
    this.ctx.enqueue(() => {
      const g = this.geometry();
      const sheet = this.sheet();
      if (!g) throw new Error("mock: write to a null range");
      if (matrix.length !== g.rows || matrix.some((row) => row.length !== g.cols)) {
        throw new Error(`InvalidArgument: ${what} is not ${g.rows}×${g.cols}`);
      }
      matrix.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = { row: g.row + r, col: g.col + c };
          if (typeof value === "string" && value.startsWith("=") && value.includes("[@")) {
            if (!insideTableBody(this.ctx.state, sheet, at.row, at.col)) {
              throw new Error(`InvalidArgument: structured reference outside a table (${value})`);
            }
          }
          const old = sheet.cell(at.row, at.col) ?? { content: "", format: "General" };
          const next = apply(old, value);
          if (next.content === "" && next.format === "General")
            sheet.cells.delete(`${at.row},${at.col}`);
          else sheet.cells.set(`${at.row},${at.col}`, next);
        })
      );
      this.ctx.record(sheet, what, g);
    });
  }

  insert(shift: "Down" | "Right"): void {
    this.ctx.enqueue(() => {
      const g = this.geometry() as Geometry;
      const sheet = this.sheet();
      if (shift === "Down") sheet.shiftDown(g);
      else sheet.shiftRight(g);
      this.ctx.record(sheet, `insert ${shift}`, g);
    });
  }

  clear(applyTo?: string): void {
    this.ctx.enqueue(() => {
      const g = this.geometry() as Geometry;
      const sheet = this.sheet();
      if (applyTo !== "All") throw new Error("mock: only clear('All') is modelled");
      for (let r = g.row; r < g.row + g.rows; r++) {
        for (let c = g.col; c < g.col + g.cols; c++) sheet.cells.delete(`${r},${c}`);
      }
      this.ctx.record(sheet, "clear", g);
    });
  }

  getSpecialCellsOrNullObject(cellType: string): AreasProxy {
    if (cellType !== "Visible") throw new Error(`mock: special cells ${cellType} not modelled`);
    return new AreasProxy(this.ctx, this.sheet);
  }
}

/** The visible cells of a whole sheet, addressed as Excel does: one block per run of shown rows. */
class AreasProxy extends Loadable {
  constructor(
    ctx: MockContext,
    private readonly sheet: () => MockSheet
  ) {
    super(ctx);
  }

  get address(): string {
    return this.read("address");
  }

  private runs(): [number, number][] {
    const hidden = [...this.sheet().hiddenRows].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    let from = 1;
    for (const h of hidden) {
      if (h > from) runs.push([from, h - 1]);
      from = Math.max(from, h + 1);
    }
    if (from <= SHEET_ROWS) runs.push([from, SHEET_ROWS]);
    return runs;
  }

  protected override exists(): boolean {
    return this.runs().length > 0;
  }

  protected fetch(prop: string): unknown {
    if (prop !== "address") throw new Error(`mock: areas.${prop} not modelled`);
    const sheet = quotedSheet(this.sheet().name);
    return this.runs()
      .map(([a, b]) => `${sheet}!${a}:${b}`)
      .join(", ");
  }
}

/** The mock as the adapter's parameter type: it implements only the members the adapter uses. */
export function asContext(ctx: MockContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
