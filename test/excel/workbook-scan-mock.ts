/**
 * The recording OfficeMock (test/templates/office-mock.ts) with the reads the workbook scan makes
 * and the selection it sets: worksheets with their ids, used ranges of a sheet and of a range,
 * ranges by address with their values, value types and size, tables' ranges, getItem by id or
 * name, activate, Range.select and Worksheet.getRanges(…).select. As in OfficeMock, every call
 * only queues, `sync()` runs the queue and counts itself, reading what no sync loaded throws, and
 * an operation needing a newer ExcelApi than the mock's fails at the sync.
 *
 * It can also refuse a response that is too large, as Excel on the web does (about 5 MB): with
 * `responseCellLimit`, a sync that loads more cells than that fails with
 * ResponsePayloadSizeLimitExceeded, and nothing it loaded may be read.
 */
import { columnLetters } from "../../src/core/cells";
import {
  OfficeMock,
  parseAddress,
  type Area,
  type MockCell,
  type MockSheet,
  type OfficeMockOptions,
  Loaded,
  LoadedRange,
  cellType,
  cellValue,
  usedArea,
  propList,
} from "../templates/office-mock";

export interface ScanMockOptions extends OfficeMockOptions {
  /** Cells one sync may load; more fails the sync as Excel on the web does. */
  responseCellLimit?: number;
}

/** What the last select() chose. */
export interface MockSelection {
  readonly sheet: string;
  readonly areas: readonly string[];
}

function addressOf(a: Area): string {
  const first = `${columnLetters(a.left)}${a.top}`;
  const last = `${columnLetters(a.right)}${a.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

export class ScanMock extends OfficeMock {
  readonly responseCellLimit: number;
  selection: MockSelection | undefined;
  /** Cells loaded by the sync now running. */
  loadedCells = 0;
  /** Cells each sync loaded, in order: shows what went in which round trip. */
  readonly cellsPerSync: number[] = [];
  private readonly ids = new WeakMap<MockSheet, string>();
  private nextId = 1;

  constructor(options: ScanMockOptions = {}) {
    super(options);
    this.responseCellLimit = options.responseCellLimit ?? Infinity;
  }

  /** A stable id per sheet, as Excel gives ("{…}"), made of no cell's text. */
  idOf(sheet: MockSheet): string {
    let id = this.ids.get(sheet);
    if (!id) this.ids.set(sheet, (id = `{mock-sheet-${this.nextId++}}`));
    return id;
  }

  sheetByKey(key: string): MockSheet {
    const sheet = this.sheets.find((s) => this.idOf(s) === key) ?? this.sheet(key);
    if (!sheet) throw new Error(`ItemNotFound: worksheet "${key}"`);
    return sheet;
  }

  /** The request context the scan is given. */
  get scanContext(): Excel.RequestContext {
    const context = { workbook: new ScanWorkbook(this), sync: () => this.sync() };
    return context as unknown as Excel.RequestContext;
  }

  override async sync(): Promise<void> {
    this.loadedCells = 0;
    this.enqueue(() => {
      this.cellsPerSync.push(this.loadedCells);
      if (this.loadedCells > this.responseCellLimit)
        throw new Error(`ResponsePayloadSizeLimitExceeded: ${this.loadedCells} cells`);
    });
    return super.sync();
  }
}

class ScanWorkbook {
  readonly worksheets: ScanWorksheets;
  readonly tables: ScanTables;
  constructor(mock: ScanMock) {
    this.worksheets = new ScanWorksheets(mock);
    this.tables = new ScanTables(mock);
  }
}

class ScanWorksheets {
  private loaded: ScanSheet[] | undefined;
  constructor(private readonly mock: ScanMock) {}

  load(props: string | string[]): this {
    const paths = propList(props).map((p) => p.replace(/^items\//, ""));
    this.mock.enqueue(() => {
      this.loaded = this.mock.sheets.map((s) => ScanSheet.loaded(this.mock, s, paths));
    });
    return this;
  }

  get items(): ScanSheet[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: worksheets.items");
    return this.loaded;
  }

  /** By id or name, found when the batch runs. */
  getItem(key: string): ScanSheet {
    return new ScanSheet(this.mock, () => this.mock.sheetByKey(key));
  }
}

class ScanSheet {
  private readonly props = new Loaded("worksheet");
  constructor(
    private readonly mock: ScanMock,
    readonly target: () => MockSheet
  ) {}

  static loaded(mock: ScanMock, sheet: MockSheet, paths: string[]): ScanSheet {
    const proxy = new ScanSheet(mock, () => sheet);
    for (const p of paths) proxy.props.set(p, proxy.property(sheet, p));
    return proxy;
  }

  private property(sheet: MockSheet, path: string): unknown {
    if (path === "name") return sheet.name;
    if (path === "visibility") return sheet.visibility;
    if (path === "id") return this.mock.idOf(sheet);
    throw new Error(`mock: worksheet.${path} not modelled`);
  }

  get name(): string {
    return this.props.get("name");
  }
  get id(): string {
    return this.props.get("id");
  }
  get visibility(): string {
    return this.props.get("visibility");
  }

  getUsedRangeOrNullObject(valuesOnly = false): ScanRange {
    if (!valuesOnly) throw new Error("mock: only valuesOnly used ranges are modelled");
    this.mock.enqueueApi("1.4", "Worksheet.getUsedRangeOrNullObject", () => undefined);
    return new ScanRange(this.mock, this.target, () => usedArea(this.target()));
  }

  getRange(address: string): ScanRange {
    const area = parseAddress(address);
    return new ScanRange(this.mock, this.target, () => area);
  }

  getRanges(address: string): ScanRangeAreas {
    const areas = address.split(/[,;]/).map((a) => parseAddress(a.trim()));
    this.mock.enqueueApi("1.9", "Worksheet.getRanges", () => undefined);
    return new ScanRangeAreas(this.mock, this.target, areas);
  }

  activate(): void {
    this.mock.enqueue(() => {
      const sheet = this.target();
      if (sheet.visibility !== "Visible")
        throw new Error(`InvalidOperation: the sheet "${sheet.name}" is hidden`);
      this.mock.active = sheet;
    });
  }
}

function select(mock: ScanMock, sheet: MockSheet, areas: Area[]): void {
  if (sheet.visibility !== "Visible")
    throw new Error(`InvalidOperation: the sheet "${sheet.name}" is hidden`);
  // Stricter than Excel, which may activate the sheet itself: a test then sees the service do it.
  if (mock.active !== sheet) throw new Error(`InvalidSelection: "${sheet.name}" is not active`);
  mock.selection = { sheet: sheet.name, areas: areas.map(addressOf) };
}

class ScanRange extends LoadedRange {
  constructor(
    private readonly mock: ScanMock,
    private readonly sheet: () => MockSheet,
    private readonly find: () => Area | undefined
  ) {
    super();
  }

  load(props: string | string[]): this {
    const paths = propList(props);
    this.mock.enqueue(() => {
      this.props.clear();
      const area = this.find();
      this.nullState = area === undefined;
      if (!area) return;
      const sheet = this.sheet();
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      const matrix = <T>(f: (c: MockCell | undefined) => T): T[][] =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => f(sheet.cell(area.top + r, area.left + c)))
        );
      for (const p of paths) {
        if (p === "values") {
          this.mock.loadedCells += rows * cols;
          this.props.set(p, matrix(cellValue));
        } else if (p === "valueTypes") {
          this.mock.loadedCells += rows * cols;
          this.props.set(p, matrix(cellType));
        } else if (p === "rowIndex") this.props.set(p, area.top - 1);
        else if (p === "columnIndex") this.props.set(p, area.left - 1);
        else if (p === "rowCount") this.props.set(p, rows);
        else if (p === "columnCount") this.props.set(p, cols);
        else throw new Error(`mock: range.${p} not modelled`);
      }
    });
    return this;
  }

  /** The used cells inside this range; a null object when there are none. */
  getUsedRangeOrNullObject(valuesOnly = false): ScanRange {
    if (!valuesOnly) throw new Error("mock: only valuesOnly used ranges are modelled");
    this.mock.enqueueApi("1.4", "Range.getUsedRangeOrNullObject", () => undefined);
    return new ScanRange(this.mock, this.sheet, () => {
      const within = this.find();
      return within && usedArea(this.sheet(), within);
    });
  }

  select(): void {
    this.mock.enqueue(() => {
      const area = this.find();
      if (!area) throw new Error("ItemNotFound: range");
      select(this.mock, this.sheet(), [area]);
    });
  }
}

class ScanRangeAreas {
  constructor(
    private readonly mock: ScanMock,
    private readonly sheet: () => MockSheet,
    private readonly areas: Area[]
  ) {}

  select(): void {
    this.mock.enqueueApi("1.9", "RangeAreas.select", () =>
      select(this.mock, this.sheet(), this.areas)
    );
  }
}

class ScanTables {
  private loaded: ScanTable[] | undefined;
  constructor(private readonly mock: ScanMock) {}

  load(props: string | string[]): this {
    const paths = propList(props).map((p) => p.replace(/^items\//, ""));
    for (const p of paths)
      if (p !== "name" && p !== "worksheet/name") throw new Error(`mock: table.${p} not modelled`);
    this.mock.enqueue(() => {
      this.loaded = this.mock.tables.map(
        (t) =>
          new ScanTable(
            this.mock,
            t.name,
            paths.includes("worksheet/name") ? t.sheet.name : undefined,
            () => t.sheet,
            () => t.area
          )
      );
    });
    return this;
  }

  get items(): ScanTable[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: tables.items");
    return this.loaded;
  }
}

class ScanTable {
  constructor(
    private readonly mock: ScanMock,
    readonly name: string,
    private readonly sheetName: string | undefined,
    private readonly sheet: () => MockSheet,
    private readonly area: () => Area
  ) {}

  get worksheet(): { name: string } {
    if (this.sheetName === undefined) throw new Error("PropertyNotLoaded: table.worksheet");
    return { name: this.sheetName };
  }

  getRange(): ScanRange {
    return new ScanRange(this.mock, this.sheet, this.area);
  }
}
