/**
 * What the Kalkyl tab's *Osäkerhet* needs of Office.js beyond test/excel/kalkyl-mock.ts, in the same
 * style (every call queues, `sync()` runs the queue and counts itself, a failing operation stops its
 * batch, a member the host's ExcelApi lacks fails at the sync):
 * - one context over both mocks: the templates' recording mock (test/templates/office-mock.ts) draws
 *   the new sheet — names taken, worksheets.add, activate — and the Kalkyl mock's ranges are the
 *   charts' sources;
 * - charts as a tornado and a histogram use them: the series a source makes (one per column, named
 *   by a header row of text), series by index, their names, x-axis values, overlap and gap width,
 *   the axes' reversal, crossing position, tick-label position and `setPositionAt`, the legend's
 *   visibility, and the values Excel takes for each (others fail as InvalidArgument);
 * - a refusal of the charts alone (`refuseCharts`), as Excel gives one on a sheet it will not draw on.
 */
import { KalkylMock } from "./kalkyl-mock";
import type { Area, MockSheet } from "../templates/office-mock";
import { addressOf } from "../templates/office-mock";

interface Where {
  readonly sheet: MockSheet;
  readonly area: Area;
}

/** A range proxy of the Kalkyl mock: where it points when the batch runs. */
interface RangeLike {
  where(): Where;
}

export interface MockSeries {
  name?: string;
  /** "I7:I13". */
  values: string;
  xValues?: string;
  overlap?: number;
  gapWidth?: number;
}

export interface MockAxis {
  title?: string;
  reversePlotOrder?: boolean;
  position?: string;
  tickLabelPosition?: string;
  /** What `setPositionAt` was given: where the other axis crosses. */
  positionAt?: number;
}

export interface RichChart {
  readonly sheet: MockSheet;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  name?: string;
  title?: string;
  legend: { position?: string; visible?: boolean };
  readonly series: MockSeries[];
  readonly categoryAxis: MockAxis;
  readonly valueAxis: MockAxis;
  /** The cells `setPosition` was given. */
  position?: { start: string; end: string };
}

const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];
const TICK_LABEL_POSITIONS = ["NextToAxis", "High", "Low", "None"];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"];

/**
 * The series a chart's source gives with `seriesBy` "Columns": one per column, named by the first
 * row when every cell of it is text (as Excel reads a header row), the values below it.
 */
function seriesOf(where: Where): MockSeries[] {
  const { sheet, area } = where;
  const header = Array.from(
    { length: area.right - area.left + 1 },
    (_, c) => sheet.cell(area.top, area.left + c)?.value
  );
  const named = header.every((v) => typeof v === "string" && v !== "");
  return header.map((h, c) => {
    const col = area.left + c;
    const top = named ? area.top + 1 : area.top;
    return {
      name: named ? (h as string) : undefined,
      values: addressOf({ top, bottom: area.bottom, left: col, right: col }),
    };
  });
}

export class UncertaintyMock {
  readonly charts: RichChart[] = [];
  /** When set, adding a chart fails with this message ("GeneralException: …"). */
  refuseCharts: string | undefined;

  constructor(readonly k: KalkylMock) {}

  get office() {
    return this.k.office;
  }

  get syncs(): number {
    return this.k.syncs;
  }

  chartsOn(sheet: string): RichChart[] {
    const target = this.k.sheet(sheet);
    return this.charts.filter((c) => c.sheet === target);
  }

  /**
   * The service's parameter type: the members its calls use, from the two mocks and this one —
   * reading a Kalkyl (tables, names, ranges and used ranges of the Kalkyl mock) as well as drawing
   * the sheet (worksheets and names added through the templates' mock) and its charts.
   */
  get context(): Excel.RequestContext {
    const drawing = this.office.workbook;
    const reading = this.k.context.workbook;
    const charts = (name: string) => new ChartsProxy(this, () => this.k.sheet(name));
    const worksheets = {
      load(props: string) {
        drawing.worksheets.load(props);
        return worksheets;
      },
      get items() {
        return drawing.worksheets.items;
      },
      add: (name: string) => drawing.worksheets.add(name),
      getItem: (name: string) => {
        const drawn = drawing.worksheets.getItem(name);
        const read = reading.worksheets.getItem(name);
        return {
          activate: () => drawn.activate(),
          getRange: (address?: string) => read.getRange(address),
          getUsedRange: (valuesOnly?: boolean) => read.getUsedRange(valuesOnly),
          getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
            read.getUsedRangeOrNullObject(valuesOnly),
          charts: charts(name),
        };
      },
    };
    const names = {
      load(props: string) {
        reading.names.load(props);
        return names;
      },
      get items() {
        return reading.names.items;
      },
      getItem: (name: string) => reading.names.getItem(name),
      add: (name: string, reference: unknown, comment?: string) =>
        (drawing.names.add as (n: string, r: unknown, c?: string) => void)(
          name,
          reference,
          comment
        ),
    };
    const sync = this.k.context.sync;
    const context = { workbook: { worksheets, tables: reading.tables, names }, sync };
    return context as unknown as Excel.RequestContext;
  }
}

class ChartsProxy {
  constructor(
    private readonly u: UncertaintyMock,
    private readonly sheet: () => MockSheet
  ) {}

  add(type: string, source: RangeLike, seriesBy: string): ChartProxy {
    let created: RichChart | undefined;
    this.u.office.enqueue(() => {
      this.u.k.need("1.1", "charts.add");
      if (this.u.refuseCharts !== undefined) throw new Error(this.u.refuseCharts);
      const sheet = this.sheet();
      if (this.u.k.protectedSheets.has(sheet.name))
        throw new Error(`AccessDenied: the sheet ${sheet.name} is protected`);
      const from = source.where();
      if (from.sheet !== sheet) throw new Error("mock: a chart of another sheet's cells");
      if (seriesBy !== "Columns") throw new Error(`mock: seriesBy ${seriesBy} not modelled`);
      created = {
        sheet,
        type,
        source: addressOf(from.area),
        seriesBy,
        legend: {},
        series: seriesOf(from),
        categoryAxis: {},
        valueAxis: {},
      };
      this.u.charts.push(created);
      this.u.office.record(sheet, "charts.add", from.area);
    });
    return new ChartProxy(this.u, () => {
      if (!created) throw new Error("mock: chart used before it was added");
      return created;
    });
  }
}

/** Queues `f` on the chart when the batch runs, after checking the host has `version`. */
type Later = (version: string, what: string, f: (c: RichChart) => void) => void;

function checked(ok: boolean, what: string): void {
  if (!ok) throw new Error(`InvalidArgument: ${what}`);
}

class ChartProxy {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly series: { getItemAt(i: number): SeriesProxy };
  readonly axes: { categoryAxis: AxisProxy; valueAxis: AxisProxy };
  private readonly later: Later;

  constructor(
    u: UncertaintyMock,
    private readonly chart: () => RichChart
  ) {
    this.later = (version, what, f) =>
      u.office.enqueue(() => {
        u.k.need(version, what);
        f(this.chart());
      });
    const later = this.later;
    this.title = {
      set text(v: string) {
        later("1.1", "ChartTitle.text", (c) => (c.title = v));
      },
    } as { text: string };
    this.legend = {
      set position(v: string) {
        later("1.1", "ChartLegend.position", (c) => {
          checked(LEGEND_POSITIONS.includes(v), `legend position ${v}`);
          c.legend.position = v;
        });
      },
      set visible(v: boolean) {
        later("1.1", "ChartLegend.visible", (c) => (c.legend.visible = v));
      },
    } as { position: string; visible: boolean };
    this.series = {
      getItemAt: (i: number) =>
        new SeriesProxy(later, (c) => {
          const s = c.series[i];
          if (!s) throw new Error(`ItemNotFound: the chart has no series ${i}`);
          return s;
        }),
    };
    this.axes = {
      categoryAxis: new AxisProxy(later, (c) => c.categoryAxis),
      valueAxis: new AxisProxy(later, (c) => c.valueAxis),
    };
  }

  set name(name: string) {
    this.later("1.1", "Chart.name", (c) => (c.name = name));
  }

  setPosition(start: string, end: string): void {
    this.later("1.1", "Chart.setPosition", (c) => (c.position = { start, end }));
  }
}

class SeriesProxy {
  constructor(
    private readonly later: Later,
    private readonly series: (c: RichChart) => MockSeries
  ) {}

  set name(v: string) {
    this.later("1.1", "ChartSeries.name", (c) => (this.series(c).name = v));
  }

  set overlap(v: number) {
    this.later("1.8", "ChartSeries.overlap", (c) => {
      checked(v >= -100 && v <= 100, `overlap ${v}`);
      this.series(c).overlap = v;
    });
  }

  set gapWidth(v: number) {
    this.later("1.7", "ChartSeries.gapWidth", (c) => {
      checked(v >= 0 && v <= 500, `gap width ${v}`);
      this.series(c).gapWidth = v;
    });
  }

  setXAxisValues(range: RangeLike): void {
    this.later("1.7", "ChartSeries.setXAxisValues", (c) => {
      const w = range.where();
      if (w.sheet !== c.sheet) throw new Error("mock: x-axis values on another sheet");
      this.series(c).xValues = addressOf(w.area);
    });
  }
}

class AxisProxy {
  readonly title: { text: string };

  constructor(
    private readonly later: Later,
    private readonly axis: (c: RichChart) => MockAxis
  ) {
    this.title = {
      set text(v: string) {
        later("1.1", "ChartAxisTitle.text", (c) => (axis(c).title = v));
      },
    } as { text: string };
  }

  set reversePlotOrder(v: boolean) {
    this.later("1.7", "ChartAxis.reversePlotOrder", (c) => (this.axis(c).reversePlotOrder = v));
  }

  set position(v: string) {
    this.later("1.8", "ChartAxis.position", (c) => {
      checked(AXIS_POSITIONS.includes(v), `axis position ${v}`);
      this.axis(c).position = v;
    });
  }

  set tickLabelPosition(v: string) {
    this.later("1.7", "ChartAxis.tickLabelPosition", (c) => {
      checked(TICK_LABEL_POSITIONS.includes(v), `tick label position ${v}`);
      this.axis(c).tickLabelPosition = v;
    });
  }

  setPositionAt(v: number): void {
    this.later("1.8", "ChartAxis.setPositionAt", (c) => {
      checked(Number.isFinite(v), `axis crossing ${v}`);
      this.axis(c).positionAt = v;
    });
  }
}
