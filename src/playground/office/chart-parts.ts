/**
 * The parts of a chart the Kalkyl tab sets — its axes and its series — and the shape in which the
 * model keeps them (`ChartInfo.props`, as `ChartProps`), which the page draws from.
 */
import type { Area, ChartInfo } from "../model";
import { officeError } from "./errors";
import { areaOnSheet } from "./range-arg";
import type { RangeProxy } from "./range";
import type { Session } from "./session";
import { settable } from "./settable";

export interface ChartAxisProps {
  title?: string;
  reversePlotOrder?: boolean;
  /** Where the other axis crosses this one: "Automatic", "Maximum", "Minimum", "Custom". */
  position?: string;
  tickLabelPosition?: string;
  /** The value given to setPositionAt (position becomes "Custom"). */
  positionAt?: number;
}

export interface ChartSeriesProps {
  name?: string;
  /** The category labels set with setXAxisValues, on the chart's sheet. */
  xValues?: Area;
  overlap?: number;
  gapWidth?: number;
}

/** What `ChartInfo.props` holds for a chart the add-in drew. */
export interface ChartProps {
  legend?: { position?: string; visible?: boolean };
  axes?: { category?: ChartAxisProps; value?: ChartAxisProps };
  /** By series index, as Chart.series.getItemAt numbers them. */
  series?: ChartSeriesProps[];
}

export const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];
const TICK_LABEL_POSITIONS = ["NextToAxis", "High", "Low", "None"];

export function check<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw officeError("InvalidArgument", `${String(value)} is not a valid ${what}.`);
  return value;
}

export function chartById(session: Session, sheetId: string, id: string): ChartInfo {
  const chart = session.model.charts(sheetId).find((c) => c.id === id);
  if (!chart) throw officeError("ItemNotFound", "The chart no longer exists.");
  return chart;
}

/**
 * How many series Excel makes of a source: one per column (by columns) or row (by rows), less
 * the first column (row) when it holds text, which Excel takes as the category labels.
 */
function seriesCount(session: Session, chart: ChartInfo): number {
  const { source } = chart;
  const height = source.bottom - source.top + 1;
  const width = source.right - source.left + 1;
  // "Auto": Excel makes a series of each row when the range is wider than it is tall.
  const byRows = chart.seriesBy === "Rows" || (chart.seriesBy === "Auto" && width > height);
  const lines = byRows ? height : width;
  if (lines < 2) return lines;
  const labels = [];
  const length = byRows ? source.right - source.left : source.bottom - source.top;
  for (let k = 1; k <= length; k++) {
    const view = byRows
      ? session.model.cell(chart.sheetId, source.top, source.left + k)
      : session.model.cell(chart.sheetId, source.top + k, source.left);
    labels.push(view.value);
  }
  return labels.some((v) => typeof v === "string") ? lines - 1 : lines;
}

/** One chart's props, patched by `change` (a copy: the model keeps what it was given). */
export function patchProps(
  session: Session,
  chart: ChartInfo,
  change: (props: ChartProps) => void
): void {
  const props = JSON.parse(JSON.stringify(chart.props ?? {})) as ChartProps;
  change(props);
  session.model.updateChart(chart.id, { props: props as Record<string, unknown> });
}

type Target = () => ChartInfo;

export class ChartAxisProxy {
  readonly title: { text: string };
  // Set-only, as settable.ts defines them on the instance.
  declare reversePlotOrder: boolean;
  declare position: string;
  declare tickLabelPosition: string;

  constructor(
    private readonly session: Session,
    private readonly chart: Target,
    private readonly which: "category" | "value"
  ) {
    this.title = settable(session, "ChartAxisTitle", ["text"] as const, (_, v) =>
      this.patch((a) => (a.title = String(v)))
    ) as { text: string };
    settable(
      session,
      "ChartAxis",
      ["reversePlotOrder", "position", "tickLabelPosition"] as const,
      (key, v) =>
        this.patch((a) => {
          if (key === "reversePlotOrder") a.reversePlotOrder = v === true;
          else if (key === "position")
            a.position = check(AXIS_POSITIONS.includes(String(v)), String(v), "axis position");
          else
            a.tickLabelPosition = check(
              TICK_LABEL_POSITIONS.includes(String(v)),
              String(v),
              "tick label position"
            );
        }),
      this
    );
  }

  private patch(change: (axis: ChartAxisProps) => void): void {
    patchProps(this.session, this.chart(), (props) => {
      const axes = (props.axes ??= {});
      change((axes[this.which] ??= {}));
    });
  }

  /** Where the other axis crosses this one (ExcelApi 1.8). */
  setPositionAt(value: number): void {
    this.session.enqueue("ChartAxis.setPositionAt", () =>
      this.patch((a) => {
        a.positionAt = check(
          typeof value === "number" && Number.isFinite(value),
          value,
          "axis position"
        );
        a.position = "Custom";
      })
    );
  }
}

export class ChartSeriesProxy {
  // Set-only, as settable.ts defines them on the instance.
  declare name: string;
  declare overlap: number;
  declare gapWidth: number;

  constructor(
    private readonly session: Session,
    private readonly chart: Target,
    private readonly index: number
  ) {
    settable(
      session,
      "ChartSeries",
      ["name", "overlap", "gapWidth"] as const,
      (key, v) =>
        this.patch((s) => {
          if (key === "name") s.name = String(v);
          else if (key === "overlap")
            s.overlap = check(
              typeof v === "number" && v >= -100 && v <= 100,
              v as number,
              "overlap"
            );
          else
            s.gapWidth = check(
              typeof v === "number" && v >= 0 && v <= 500,
              v as number,
              "gap width"
            );
        }),
      this
    );
  }

  private patch(change: (series: ChartSeriesProps) => void): void {
    const chart = this.chart();
    if (this.index >= seriesCount(this.session, chart))
      throw officeError("ItemNotFound", `The chart has no series ${this.index}.`);
    patchProps(this.session, chart, (props) => {
      const series = (props.series ??= []);
      while (series.length <= this.index) series.push({});
      change(series[this.index]);
    });
  }

  /** The category labels (ExcelApi 1.7). */
  setXAxisValues(range: RangeProxy): void {
    this.session.enqueue("ChartSeries.setXAxisValues", () => {
      const chart = this.chart();
      const sheet = this.session.model.sheet(chart.sheetId);
      if (!sheet) throw officeError("ItemNotFound", "The chart's sheet no longer exists.");
      const area = areaOnSheet(sheet, range);
      this.patch((s) => (s.xValues = area));
    });
  }
}
