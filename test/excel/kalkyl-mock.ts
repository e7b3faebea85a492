/**
 * What the Kalkyl tab needs of Office.js beyond the recording mock of the templates
 * (test/templates/office-mock.ts), built on that mock's workbook: the same sheets, cells, tables
 * and defined names, the same queue, sync count, requirement-set checks and coded errors. A
 * Kalkyl is drawn into it by the real renderer, so the tests read the sheet as the add-in draws it.
 *
 * Added here, in the mock's style (every call queues, `sync()` runs the queue and counts itself,
 * reading what no sync loaded throws PropertyNotLoaded, a failing operation stops its batch):
 * - what Excel shows in formula cells: the mock calculates nothing, so a test says what a
 *   recalculated (or stale) sheet shows with `show` and `showSpill`;
 * - reading: tables by name with their whole range, defined names with type and address and the
 *   cell they name, used ranges, range navigation (last column, offset, resize, entire column,
 *   intersection), the spill of an anchor (ExcelApi 1.12) and range geometry in points (1.10),
 *   from the sheet's column widths and row heights (Excel's defaults, 48 and 15 points, elsewhere);
 * - writing values, refused on a protected sheet as Excel refuses it;
 * - charts: the sheet's charts with their geometry, and a chart added with its source, titles,
 *   legend and position;
 * - a cell in edit mode, which makes every sync fail as Excel's does.
 */
import { columnLetters } from "../../src/core/cells";
import type { Lang } from "../../src/i18n/lang";
import { insertTemplates } from "../../src/templates/render-office";
import {
  addressOf,
  fillSheet,
  parseAddress,
  type Area,
  type ErrorValue,
  type MockSheet,
  type OfficeMock,
  LoadedRange,
  cellType,
  cellValue,
  quotedSheet,
  usedArea,
  propList,
} from "../templates/office-mock";

type Constant = string | number | boolean;

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;
/** Excel's default column width and row height, in points. */
export const DEFAULT_WIDTH = 48;
export const DEFAULT_HEIGHT = 15;

function versionAtLeast(have: string, need: string): boolean {
  const [h1, h2] = have.split(".").map(Number);
  const [n1, n2] = need.split(".").map(Number);
  return h1 > n1 || (h1 === n1 && h2 >= n2);
}

function absolute(area: Area): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  const first = cell(area.top, area.left);
  const last = cell(area.bottom, area.right);
  return first === last ? first : `${first}:${last}`;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MockChart {
  readonly sheet: MockSheet;
  readonly type: string;
  /** The source range's address on its sheet: "D6:F8". */
  readonly source: string;
  readonly seriesBy: string;
  name?: string;
  title?: string;
  categoryTitle?: string;
  valueTitle?: string;
  legend?: string;
  /** The cells `setPosition` was given. */
  position?: { start: string; end: string };
  box: Box;
}

interface Spill {
  readonly sheet: MockSheet;
  readonly anchor: Area;
  readonly area: Area;
}

/** Where a range proxy points once its batch runs. */
interface Where {
  readonly sheet: MockSheet;
  readonly area: Area;
}

export class KalkylMock {
  readonly charts: MockChart[] = [];
  readonly spills: Spill[] = [];
  /** Sheets whose protection refuses writes and new charts. */
  readonly protectedSheets = new Set<string>();
  /** A cell is being edited: every sync fails. */
  editing = false;
  /** Defined names that are not ranges (constants, formulas), as `names.load` lists them. */
  readonly otherNames: { name: string; type: string; value: unknown }[] = [];

  /** The newest ExcelApi set the host has; the workbook is drawn with the mock's own (1.17). */
  excelApi: string;

  constructor(readonly office: OfficeMock) {
    this.excelApi = office.excelApi;
  }

  /** Office.context.requirements.isSetSupported, as the service's host asks it. */
  isSetSupported(name: string, version: string): boolean {
    return name === "ExcelApi" && versionAtLeast(this.excelApi, version);
  }

  get syncs(): number {
    return this.office.syncs;
  }

  /** The mock as the adapter's parameter type: it implements only the members the adapter uses. */
  get context(): Excel.RequestContext {
    const sync = async (): Promise<void> => {
      if (this.editing) {
        this.office.syncs++;
        throw Object.assign(new Error("Excel is in cell-editing mode."), {
          code: "InvalidOperationInCellEditMode",
        });
      }
      await this.office.sync();
    };
    const context = {
      workbook: {
        tables: new TablesProxy(this),
        names: new NamesProxy(this),
        worksheets: { getItem: (name: string) => new SheetProxy(this, name) },
      },
      sync,
    };
    return context as unknown as Excel.RequestContext;
  }

  sheet(name: string): MockSheet {
    const sheet = this.office.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet "${name}"`);
    return sheet;
  }

  /** Fails at the sync when the host lacks `version`, as Office does. */
  need(version: string, what: string): void {
    if (!versionAtLeast(this.excelApi, version))
      throw new Error(`ApiNotFound: ${what} needs ExcelApi ${version}`);
  }

  /** What Excel shows in a cell after (or without) recalculating; the formula stays. */
  show(sheet: string, address: string, value: Constant | ErrorValue | null): void {
    const area = parseAddress(address);
    const cell = this.sheet(sheet).at(area.top, area.left);
    if (value === null) delete cell.value;
    else cell.value = value;
  }

  /** A spill as Excel shows it: the anchor's formula stays, the values fill the area. */
  showSpill(sheet: string, anchor: string, rows: (Constant | ErrorValue)[][]): void {
    const target = this.sheet(sheet);
    const a = parseAddress(anchor);
    const area: Area = {
      top: a.top,
      left: a.left,
      bottom: a.top + rows.length - 1,
      right: a.left + (rows[0]?.length ?? 1) - 1,
    };
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        target.at(a.top + r, a.left + c).value = v;
      })
    );
    const others = this.spills.filter((s) => s.sheet !== target || addressOf(s.anchor) !== anchor);
    this.spills.splice(0, this.spills.length, ...others, { sheet: target, anchor: a, area });
  }

  /** A chart already on the sheet, at a box in points. */
  addChart(sheet: string, box: Box): void {
    this.charts.push({
      sheet: this.sheet(sheet),
      type: "Pie",
      source: "A1",
      seriesBy: "Auto",
      box,
    });
  }

  chartsOn(sheet: string): MockChart[] {
    const target = this.sheet(sheet);
    return this.charts.filter((c) => c.sheet === target);
  }

  /** The box of an area in points, from the sheet's widths and heights. */
  boxOf(sheet: MockSheet, area: Area): Box {
    const width = (c: number) => sheet.widths.get(c) ?? DEFAULT_WIDTH;
    const height = (r: number) => sheet.heights.get(r) ?? DEFAULT_HEIGHT;
    const sum = (from: number, to: number, size: (i: number) => number) => {
      let s = 0;
      for (let i = from; i <= to; i++) s += size(i);
      return s;
    };
    if (area.bottom - area.top > 10_000) throw new Error("mock: geometry of whole columns");
    return {
      left: sum(1, area.left - 1, width),
      top: sum(1, area.top - 1, height),
      width: sum(area.left, area.right, width),
      height: sum(area.top, area.bottom, height),
    };
  }

  /** Every write on a sheet, by address, in order. */
  writes(sheet: string): string[] {
    return this.sheet(sheet).writes.map((w) => `${w.what} ${w.address}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Cells as Office reads them

function shown(sheet: MockSheet, row: number, col: number): Constant {
  return cellValue(sheet.cell(row, col));
}

function typeOf(sheet: MockSheet, row: number, col: number): string {
  return cellType(sheet.cell(row, col));
}

function matrix<T>(where: Where, f: (sheet: MockSheet, row: number, col: number) => T): T[][] {
  const { sheet, area } = where;
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 200_000)
    throw new Error(`mock: reading ${addressOf(area)} cell by cell`);
  return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) =>
      f(sheet, area.top + r, area.left + c)
    )
  );
}

const GEOMETRY = new Set(["left", "top", "width", "height"]);

// ---------------------------------------------------------------------------------------------
// Ranges

class RangeProxy extends LoadedRange {
  constructor(
    private readonly k: KalkylMock,
    /** Null for a null object; only the …OrNullObject methods make those. */
    private readonly resolve: () => Where | null,
    private readonly nullable = false
  ) {
    super();
  }

  /** Where the range is, when the batch runs; a null object may not be used for more. */
  where(): Where {
    const w = this.resolve();
    if (!w) throw new Error("InvalidObjectPath: a null object was used");
    return w;
  }

  load(props: string | string[]): this {
    const paths = propList(props);
    this.k.office.enqueue(() => {
      if (paths.some((p) => GEOMETRY.has(p))) this.k.need("1.10", "Range geometry");
      const w = this.resolve();
      this.nullState = w === null;
      if (!w) {
        if (!this.nullable) throw new Error("ItemNotFound: the range does not exist");
        return;
      }
      for (const p of paths) this.props.set(p, this.property(w, p));
    });
    return this;
  }

  private property(w: Where, prop: string): unknown {
    const { sheet, area } = w;
    switch (prop) {
      case "values":
        return matrix(w, shown);
      case "valueTypes":
        return matrix(w, typeOf);
      case "formulas":
        return matrix(w, (s, r, c) => s.cell(r, c)?.formula ?? shown(s, r, c));
      case "address":
        return `${quotedSheet(sheet.name)}!${addressOf(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "left":
      case "top":
      case "width":
      case "height":
        return this.k.boxOf(sheet, area)[prop];
      default:
        throw new Error(`mock: range.${prop} not modelled`);
    }
  }

  // A setter replaces the inherited accessor pair: the getter is given again beside it.
  override get values(): unknown[][] {
    return this.props.get("values");
  }
  override set values(m: unknown[][]) {
    this.k.office.enqueue(() => {
      this.k.need("1.1", "Range.values");
      const { sheet, area } = this.where();
      if (this.k.protectedSheets.has(sheet.name))
        throw new Error(`AccessDenied: the sheet ${sheet.name} is protected`);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (m.length !== rows || m.some((row) => row.length !== cols))
        throw new Error(`InvalidArgument: values are not ${rows}×${cols} (${addressOf(area)})`);
      m.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== "number" && typeof v !== "string" && typeof v !== "boolean")
            throw new Error("mock: only constants are written");
          const cell = sheet.at(area.top + r, area.left + c);
          delete cell.formula;
          cell.value = v;
        })
      );
      this.k.office.record(sheet, "values", area);
    });
  }
  get left(): number {
    return this.props.get("left");
  }
  get top(): number {
    return this.props.get("top");
  }
  get width(): number {
    return this.props.get("width");
  }
  get height(): number {
    return this.props.get("height");
  }

  private derived(version: string, what: string, f: (w: Where) => Area): RangeProxy {
    return new RangeProxy(this.k, () => {
      this.k.need(version, what);
      const w = this.where();
      const area = f(w);
      if (area.top < 1 || area.left < 1 || area.bottom > SHEET_ROWS || area.right > SHEET_COLUMNS)
        throw new Error(`InvalidArgument: ${what} leaves the sheet`);
      return { sheet: w.sheet, area };
    });
  }

  getLastColumn(): RangeProxy {
    return this.derived("1.2", "Range.getLastColumn", ({ area }) => ({
      ...area,
      left: area.right,
    }));
  }

  getOffsetRange(rows: number, cols: number): RangeProxy {
    return this.derived("1.1", "Range.getOffsetRange", ({ area }) => ({
      top: area.top + rows,
      bottom: area.bottom + rows,
      left: area.left + cols,
      right: area.right + cols,
    }));
  }

  getResizedRange(rows: number, cols: number): RangeProxy {
    return this.derived("1.2", "Range.getResizedRange", ({ area }) => ({
      ...area,
      bottom: area.bottom + rows,
      right: area.right + cols,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derived("1.1", "Range.getEntireColumn", ({ area }) => ({
      ...area,
      top: 1,
      bottom: SHEET_ROWS,
    }));
  }

  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.derived("1.1", "Range.getIntersection", ({ sheet, area }) => {
      const b = typeof other === "string" ? parseAddress(other) : other.where().area;
      if (typeof other !== "string" && other.where().sheet !== sheet)
        throw new Error("InvalidArgument: ranges on two sheets");
      const cut = {
        top: Math.max(area.top, b.top),
        left: Math.max(area.left, b.left),
        bottom: Math.min(area.bottom, b.bottom),
        right: Math.min(area.right, b.right),
      };
      if (cut.top > cut.bottom || cut.left > cut.right)
        throw new Error("ItemNotFound: the ranges do not intersect");
      return cut;
    });
  }

  getSpillingToRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.k,
      () => {
        this.k.need("1.12", "Range.getSpillingToRangeOrNullObject");
        const { sheet, area } = this.where();
        const spill = this.k.spills.find(
          (s) => s.sheet === sheet && addressOf(s.anchor) === addressOf(area)
        );
        return spill ? { sheet, area: spill.area } : null;
      },
      true
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Collections

class TablesProxy {
  private loaded: unknown[] | undefined;

  constructor(private readonly k: KalkylMock) {}

  load(props: string): this {
    const paths = propList(props);
    this.k.office.enqueue(() => {
      this.loaded = this.k.office.tables.map((t) => {
        const item: Record<string, unknown> = {};
        for (const p of paths) {
          if (p === "items/name") item.name = t.name;
          else if (p === "items/worksheet/name") {
            this.k.need("1.2", "Table.worksheet");
            item.worksheet = { name: t.sheet.name };
          } else throw new Error(`mock: tables.load(${p}) not modelled`);
        }
        return item;
      });
    });
    return this;
  }

  get items(): unknown[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: tables.items");
    return this.loaded;
  }

  getItem(name: string): { getRange(): RangeProxy } {
    return {
      getRange: () =>
        new RangeProxy(this.k, () => {
          const table = this.k.office.table(name);
          if (!table) throw new Error(`ItemNotFound: table "${name}"`);
          return { sheet: table.sheet, area: table.area };
        }),
    };
  }
}

class NamesProxy {
  private loaded: unknown[] | undefined;

  constructor(private readonly k: KalkylMock) {}

  load(props: string): this {
    const paths = propList(props);
    this.k.office.enqueue(() => {
      const ranges = this.k.office.names.map((n) => ({
        name: n.name,
        type: "Range",
        // As Office gives a range name's value: its address.
        value: `${quotedSheet(n.sheet.name)}!${absolute(n.area)}`,
      }));
      this.loaded = [...ranges, ...this.k.otherNames].map((n) => {
        const item: Record<string, unknown> = {};
        for (const p of paths) {
          const key = p.replace(/^items\//, "");
          if (!["name", "type", "value"].includes(key))
            throw new Error(`mock: names.load(${p}) not modelled`);
          item[key] = n[key as "name" | "type" | "value"];
        }
        return item;
      });
    });
    return this;
  }

  get items(): unknown[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: names.items");
    return this.loaded;
  }

  getItem(name: string): { getRange(): RangeProxy } {
    return {
      getRange: () =>
        new RangeProxy(this.k, () => {
          const found = this.k.office.names.find(
            (n) => n.name.toLowerCase() === name.toLowerCase()
          );
          if (!found) throw new Error(`ItemNotFound: name "${name}"`);
          return { sheet: found.sheet, area: found.area };
        }),
    };
  }
}

class SheetProxy {
  readonly charts: ChartsProxy;

  constructor(
    private readonly k: KalkylMock,
    private readonly name: string
  ) {
    this.charts = new ChartsProxy(k, () => k.sheet(name));
  }

  private target = (): MockSheet => this.k.sheet(this.name);

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.k, () => ({
      sheet: this.target(),
      area:
        address === undefined
          ? { top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS }
          : parseAddress(address),
    }));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    if (!valuesOnly) throw new Error("mock: only valuesOnly used ranges are modelled");
    return new RangeProxy(this.k, () => {
      const sheet = this.target();
      const area = usedArea(sheet);
      if (!area) throw new Error("ItemNotFound: the sheet is empty");
      return { sheet, area };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    if (!valuesOnly) throw new Error("mock: only valuesOnly used ranges are modelled");
    return new RangeProxy(
      this.k,
      () => {
        this.k.need("1.4", "Worksheet.getUsedRangeOrNullObject");
        const sheet = this.target();
        const area = usedArea(sheet);
        return area ? { sheet, area } : null;
      },
      true
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

/** An object whose properties can be set (each set queues) but not read. */
function setters<K extends string>(
  keys: readonly K[],
  set: (key: K, value: string) => void
): Record<K, string> {
  const target = {} as Record<K, string>;
  for (const key of keys)
    Object.defineProperty(target, key, {
      set: (value: string) => set(key, value),
      get: () => {
        throw new Error(`PropertyNotLoaded: ${key}`);
      },
    });
  return target;
}

class ChartsProxy {
  private loaded: Box[] | undefined;

  constructor(
    private readonly k: KalkylMock,
    private readonly sheet: () => MockSheet
  ) {}

  load(props: string): this {
    const paths = propList(props).map((p) => p.replace(/^items\//, ""));
    this.k.office.enqueue(() => {
      for (const p of paths)
        if (!["name", "left", "top", "width", "height"].includes(p))
          throw new Error(`mock: charts.load(${p}) not modelled`);
      this.loaded = this.k.charts
        .filter((c) => c.sheet === this.sheet())
        .map((c) => ({ ...c.box }));
    });
    return this;
  }

  get items(): Box[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: charts.items");
    return this.loaded;
  }

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: MockChart | undefined;
    this.k.office.enqueue(() => {
      this.k.need("1.1", "charts.add");
      const sheet = this.sheet();
      if (this.k.protectedSheets.has(sheet.name))
        throw new Error(`AccessDenied: the sheet ${sheet.name} is protected`);
      const from = source.where();
      if (from.sheet !== sheet) throw new Error("mock: a chart of another sheet's cells");
      created = {
        sheet,
        type,
        source: addressOf(from.area),
        seriesBy,
        box: { left: 0, top: 0, width: 360, height: 216 },
      };
      this.k.charts.push(created);
      this.k.office.record(sheet, "charts.add", from.area);
    });
    return new ChartProxy(this.k, () => {
      if (!created) throw new Error("mock: chart used before it was added");
      return created;
    });
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: {
    categoryAxis: { title: { text: string } };
    valueAxis: { title: { text: string } };
  };

  constructor(
    private readonly k: KalkylMock,
    private readonly chart: () => MockChart
  ) {
    const later = (f: (c: MockChart) => void) => k.office.enqueue(() => f(this.chart()));
    this.title = setters(["text"], (_, v) => later((c) => (c.title = v)));
    this.legend = setters(["position"], (_, v) =>
      later((c) => {
        if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(v))
          throw new Error(`InvalidArgument: legend position ${v}`);
        c.legend = v;
      })
    );
    this.axes = {
      categoryAxis: { title: setters(["text"], (_, v) => later((c) => (c.categoryTitle = v))) },
      valueAxis: { title: setters(["text"], (_, v) => later((c) => (c.valueTitle = v))) },
    };
  }

  set name(name: string) {
    this.k.office.enqueue(() => {
      this.chart().name = name;
    });
  }

  setPosition(start: string, end: string): void {
    this.k.office.enqueue(() => {
      this.k.need("1.1", "Chart.setPosition");
      const chart = this.chart();
      const a = parseAddress(start);
      const b = parseAddress(end);
      const area = { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
      chart.position = { start, end };
      chart.box = this.k.boxOf(chart.sheet, area);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// A workbook with a Kalkyl

export interface DrawnKalkyl {
  readonly sheet: string;
  readonly table: string;
}

/**
 * Draws a Kalkyl sheet with the add-in's own renderer (without the example) and types `lines`
 * into its table, as a user would: the table grows to hold them.
 */
export async function drawKalkyl(
  office: OfficeMock,
  lang: Lang,
  lines: (Constant | null)[][]
): Promise<DrawnKalkyl> {
  const { sheets } = await insertTemplates(office.context, ["kalkyl"], { lang, example: false });
  const sheet = sheets[0];
  const table = office.tables.find((t) => t.sheet.name === sheet);
  if (!table) throw new Error(`no table on ${sheet}`);
  if (lines.length > 0) {
    table.area.bottom = table.area.top + lines.length;
    fillSheet(table.sheet, lines, table.area.top + 1, table.area.left);
  }
  // From here on, a write is the adapter's.
  office.syncs = 0;
  for (const s of office.sheets) s.writes.splice(0);
  return { sheet, table: table.name };
}
