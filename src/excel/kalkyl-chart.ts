/**
 * A native Excel chart of a Kalkyl's per-actor split: clustered columns, PV costs beside PV
 * benefits for each actor, drawn from the sheet's own spill (`SI.CBATABLE(…, "aktörer")`) so that
 * it follows the figures as they change — what an economist pastes into a report. It goes to the
 * right of everything on the sheet, level with the results, over cells that are empty and that no
 * other chart covers.
 *
 * Round trips (`context.sync()`): 2 — (1) the spill's size, the used range, the sheet's charts and
 * a few candidate areas to the right of the used range with their geometry; (2) the chart. Nothing
 * is added when there is no split to draw or no free area (1 sync; none without a spill).
 *
 * Requirement sets (ExcelApi): 1.1 charts.add, setPosition, titles, legend; 1.2 getLastColumn,
 * getResizedRange; 1.4 getUsedRange(valuesOnly); 1.10 Range.left/top/width/height; 1.12
 * Range.getSpillingToRangeOrNullObject. So `KALKYL_CHART_API` is 1.12, which every Excel with
 * dynamic arrays — needed for the spill itself — has.
 */
import { columnLetters } from "../core/cells";
import { kalkylPaneText } from "../i18n/kalkyl-pane";
import type { Lang } from "../i18n/lang";
import { isActorFormula } from "./kalkyl-find";
import type { KalkylChartOutcome, KalkylData } from "./kalkyl-outcome";

export const KALKYL_CHART_API = "1.12";

/** The chart covers this many columns and rows (about 380 × 270 points at Excel's defaults). */
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 18;
/** Empty columns left between the contents (or another chart's area) and the chart. */
export const CHART_GAP = 1;
/** Areas tried, one beside the other, before giving up. */
export const CHART_CANDIDATES = 6;

/** A rectangle in points, as Office.js gives ranges (1.10) and charts. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A candidate area as loaded: where, what it holds, and where it lies in points. */
export interface CandidateArea extends Box {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** Without the sheet: "Kalkyl!N5:U22" → "N5:U22". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** The first candidate whose cells are all empty and which no chart covers, if any. */
export function chooseArea(
  candidates: readonly CandidateArea[],
  charts: readonly Box[]
): CandidateArea | undefined {
  return candidates.find(
    (c) =>
      c.values.every((row) => row.every((v) => v === "" || v === null)) &&
      !charts.some((chart) => overlaps(c, chart))
  );
}

/** The spill as loaded: where it is (0-based) and what it shows. */
export interface LoadedSpill {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * The chart's data: the spill's actor, cost and benefit columns with the header row above it (the
 * series names), or undefined when the spill shows no figures to draw. Net is left out: the chart
 * sets what each actor pays beside what it gets back.
 */
export function chartSource(spill: LoadedSpill): string | undefined {
  if (spill.columnCount < 3 || spill.rowCount < 1) return undefined;
  const numbers = spill.values.every(
    (row) => typeof row[1] === "number" && typeof row[2] === "number"
  );
  if (!numbers) return undefined;
  const top = spill.rowIndex === 0 ? 1 : spill.rowIndex; // the header row, 1-based, when there is one
  const left = spill.columnIndex + 1;
  const bottom = spill.rowIndex + spill.rowCount;
  return `${columnLetters(left)}${top}:${columnLetters(left + 2)}${bottom}`;
}

/** The row of an A1 cell address: "D7" → 7. */
function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? "1");
}

/** Inserts the chart of `data`'s per-actor split; see the file comment. */
export async function insertKalkylChart(
  context: Excel.RequestContext,
  data: KalkylData,
  lang: Lang
): Promise<KalkylChartOutcome> {
  if (!data.actors) return { kind: "noSplit" };
  const sheet = context.workbook.worksheets.getItem(data.ref.sheet);
  const anchor = sheet.getRange(data.actors.anchor);
  anchor.load("formulas");
  const spill = anchor.getSpillingToRangeOrNullObject();
  spill.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "values"]);
  // The sheet holds its table, so its used range is never empty.
  const used = sheet.getUsedRange(true);
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a collection, loaded on the next line
  const charts = sheet.charts;
  charts.load("items/left,items/top,items/width,items/height");
  // From the heading above the split (two rows above its first figures) down, level with the results.
  const top = Math.max(1, rowOf(data.actors.anchor) - 2);
  const band = sheet.getRange(`${top}:${top + CHART_ROWS - 1}`);
  const candidates = Array.from({ length: CHART_CANDIDATES }, (_, k) => {
    const area = used
      .getLastColumn()
      .getOffsetRange(0, 1 + CHART_GAP + k * (CHART_COLUMNS + CHART_GAP))
      .getResizedRange(0, CHART_COLUMNS - 1)
      .getEntireColumn()
      .getIntersection(band);
    area.load(["address", "values", "left", "top", "width", "height"]);
    return area;
  });
  await context.sync(); // 1: the spill, the sheet's charts and the areas beside the contents

  if (!isActorFormula(anchor.formulas[0]?.[0], data.ref.table) || spill.isNullObject)
    return { kind: "noSplit" };
  const source = chartSource(spill);
  if (source === undefined) return { kind: "noSplit" };
  const area = chooseArea(candidates, charts.items);
  if (!area) return { kind: "noRoom" };

  const t = kalkylPaneText[lang];
  // Enum values as their strings: the `Excel` enums exist only inside Office.
  const chart = charts.add("ColumnClustered", sheet.getRange(source), "Columns");
  chart.name = t.chartName(data.ref.table);
  chart.title.text = t.chartTitle;
  chart.axes.categoryAxis.title.text = t.chartCategoryAxis;
  chart.axes.valueAxis.title.text = t.chartValueAxis;
  chart.legend.position = "Bottom";
  const [first, last] = localAddress(area.address).split(":");
  chart.setPosition(first, last);
  await context.sync(); // 2: the chart
  return { kind: "inserted", sheet: data.ref.sheet, area: localAddress(area.address), source };
}
