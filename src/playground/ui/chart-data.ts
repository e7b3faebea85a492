/**
 * A chart's series from its source range, the way Excel lays them out: series by columns when
 * the range has more rows than columns (or when told), a text first row or column naming the
 * series and the categories.
 */
import type { Area, CellValue, ChartInfo } from "../model";

export interface Series {
  name: string;
  values: number[];
}

export interface ChartData {
  categories: string[];
  series: Series[];
}

const text = (v: CellValue): string =>
  v === null ? "" : typeof v === "object" ? v.error : String(v);

const isLabel = (v: CellValue): boolean => typeof v === "string" || v === null;

export function chartData(
  chart: Pick<ChartInfo, "source" | "seriesBy">,
  valueAt: (row: number, col: number) => CellValue
): ChartData {
  const a: Area = chart.source;
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  const byColumns = chart.seriesBy === "Columns" || (chart.seriesBy !== "Rows" && rows >= cols);
  // Read as a grid of lines (one per series) whatever the orientation.
  const lines = byColumns ? cols : rows;
  const points = byColumns ? rows : cols;
  const at = (line: number, point: number): CellValue =>
    byColumns ? valueAt(a.top + point, a.left + line) : valueAt(a.top + line, a.left + point);
  const header =
    lines > 1 || points > 1
      ? Array.from({ length: lines }, (_, l) => at(l, 0)).every(isLabel)
      : false;
  const labels =
    points > 1 && lines > 1 && Array.from({ length: points }, (_, p) => at(0, p)).every(isLabel);
  const firstPoint = header ? 1 : 0;
  const firstLine = labels ? 1 : 0;
  const categories = Array.from({ length: points - firstPoint }, (_, i) =>
    labels ? text(at(0, i + firstPoint)) : String(i + 1)
  );
  const series = Array.from({ length: lines - firstLine }, (_, i) => {
    const line = i + firstLine;
    return {
      name: header ? text(at(line, 0)) : String(i + 1),
      values: categories.map((_, p) => {
        const v = at(line, p + firstPoint);
        return typeof v === "number" ? v : 0;
      }),
    };
  });
  return { categories, series };
}

/** A category label short enough to sit under its bars. */
export function shortLabel(label: string, max = 14): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
