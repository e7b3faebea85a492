/**
 * Excel.Chart over the model's charts: `charts.add(type, source, seriesBy)` and the members the
 * Kalkyl tab sets — name, title, axis titles and placement, legend, series names, x values,
 * overlap and gap width, position over cells — recorded in the model (ChartInfo), whose `props`
 * hold what has no field of its own, in the shape of `ChartProps` below (the page draws from it).
 */
import type { ChartInfo, SheetInfo } from "../model";
import { union } from "../workbook/areas";
import { CollectionObject, PlacedObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { areaOnSheet, sameName } from "./range-arg";
import { geometry } from "./range-read";
import type { RangeProxy } from "./range";
import type { Collect, Session } from "./session";
import { settable } from "./settable";
import {
  ChartAxisProxy,
  ChartSeriesProxy,
  LEGEND_POSITIONS,
  chartById,
  check,
  patchProps,
} from "./chart-parts";

export type { ChartAxisProps, ChartProps, ChartSeriesProps } from "./chart-parts";

/** Excel's size of a new chart (5 in × 3 in), placed at the sheet's start until setPosition. */
const DEFAULT_BOX = { left: 0, top: 0, width: 360, height: 216 };

const SERIES_BY = ["Auto", "Rows", "Columns"];

export class ChartProxy extends PlacedObject<ChartInfo> {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly axes: { categoryAxis: ChartAxisProxy; valueAxis: ChartAxisProxy };
  readonly series: { getItemAt(index: number): ChartSeriesProxy };

  constructor(session: Session, locate: Locate<ChartInfo>) {
    super(session, "Chart", locate);
    const chart = (): ChartInfo => this.target();
    this.title = settable(session, "ChartTitle", ["text"] as const, (_, v) =>
      session.model.updateChart(chart().id, { title: String(v) })
    ) as { text: string };
    this.legend = settable(session, "ChartLegend", ["position", "visible"] as const, (key, v) =>
      patchProps(session, chart(), (props) => {
        const legend = (props.legend ??= {});
        if (key === "visible") legend.visible = v === true;
        else
          legend.position = check(
            LEGEND_POSITIONS.includes(String(v)),
            String(v),
            "legend position"
          );
      })
    ) as { position: string; visible: boolean };
    this.axes = {
      categoryAxis: new ChartAxisProxy(session, chart, "category"),
      valueAxis: new ChartAxisProxy(session, chart, "value"),
    };
    this.series = { getItemAt: (index) => new ChartSeriesProxy(session, chart, index) };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (c) => this.session.model.updateChart(c.id, { name: String(name) }));
  }

  /** Over the cells from `start` to `end` (or `start` alone). */
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.call("setPosition", (c) => {
      const sheet = this.session.model.sheet(c.sheetId);
      if (!sheet) throw officeError("ItemNotFound", "The chart's sheet no longer exists.");
      const a = areaOnSheet(sheet, start);
      const position = end === undefined ? a : union(a, areaOnSheet(sheet, end));
      this.session.model.updateChart(c.id, { position });
    });
  }

  delete(): void {
    this.call("delete", (c) => this.session.model.deleteChart(c.id));
  }

  protected prepareLoad(c: ChartInfo, paths: readonly string[]): Collect {
    const names = paths.length > 0 ? paths : ["id", "name", "left", "top", "width", "height"];
    const sheet = this.session.model.sheet(c.sheetId);
    const box =
      c.position && sheet ? geometry(this.session.model, { sheet, area: c.position }) : DEFAULT_BOX;
    const values: Record<string, unknown> = { id: c.id, name: c.name, ...box };
    for (const n of names)
      if (!(n in values))
        throw officeError("InvalidArgument", `The playground does not model Chart.${n}.`);
    return () => names.forEach((n) => this.props.set(n, values[n]));
  }
}

export class ChartCollectionProxy extends CollectionObject<ChartInfo, ChartProxy> {
  constructor(
    session: Session,
    private readonly sheet: () => SheetInfo
  ) {
    super(session, "ChartCollection");
  }

  protected list(): readonly ChartInfo[] {
    return this.session.model.charts(this.sheet().id);
  }

  protected item(c: ChartInfo): ChartProxy {
    return new ChartProxy(this.session, () => chartById(this.session, c.sheetId, c.id));
  }

  /** A chart of `source` (cells of the same sheet), by rows, columns or as Excel sees fit. */
  add(type: string, source: RangeProxy | string, seriesBy = "Auto"): ChartProxy {
    let added: { sheetId: string; id: string } | undefined;
    this.session.enqueue("ChartCollection.add", () => {
      const sheet = this.sheet();
      if (sheet.protected)
        throw officeError(
          "AccessDenied",
          `The sheet ${sheet.name} is protected: charts cannot be added.`
        );
      check(typeof type === "string" && type !== "", type, "chart type");
      check(SERIES_BY.includes(seriesBy), seriesBy, "series direction");
      const area = areaOnSheet(sheet, source);
      const taken = new Set(this.session.model.charts(sheet.id).map((c) => c.name));
      let n = taken.size + 1;
      while (taken.has(`Chart ${n}`)) n++;
      const info = this.session.model.addChart({
        sheetId: sheet.id,
        name: `Chart ${n}`,
        type,
        source: area,
        seriesBy: seriesBy as ChartInfo["seriesBy"],
        props: {},
      });
      added = { sheetId: sheet.id, id: info.id };
    });
    return new ChartProxy(this.session, () => {
      if (!added) throw officeError("InvalidObjectPath", "The chart was not added.");
      return chartById(this.session, added.sheetId, added.id);
    });
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.session, () => {
      const found = this.list().find((c) => sameName(c.name, name));
      if (!found) throw officeError("ItemNotFound", `The chart "${name}" does not exist.`);
      return found;
    });
  }
}
