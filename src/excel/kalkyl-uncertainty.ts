/**
 * *Osäkerhet* in the Kalkyl tab: inserts the live Känslighetsanalys sheet
 * (src/templates/sheets/osakerhet.ts) for the Kalkyl the user chose, and draws two native Excel
 * charts on it from the sheet's own spills, so that they follow the figures as they change:
 *
 * - **Tornado** (`BarClustered`): per line, the NPV with the line at Låg and at Hög
 *   (`SI.SENSITIVITY`'s second and third columns, two series, their headers as series names, the
 *   first column as category labels). The usual construction: the series overlap fully (overlap
 *   100) so each line is one bar from its low to its high NPV; the category axis is reversed so
 *   that the largest swing, the spill's first row, is at the top, with the value axis kept at the
 *   bottom (the category axis's crossing at its maximum) and the labels at the left edge (tick
 *   labels "Low"); and the value axis crosses the category axis at the base-case NPV, so the bars
 *   grow left and right from it. That crossing is a number, not a cell (Excel has no other way): it
 *   is the base NPV when the chart is inserted, computed from the table as the Kalkyl tab shows it.
 *   The bars themselves stay live; after a large change of the inputs the centre line can be moved
 *   under Format Axis, or the sheet inserted again.
 * - **Histogram** (`ColumnClustered`): the count of simulated NPVs per bin (`SI.CBASIM(…,
 *   "histogram")`'s third column), the bins' start as category labels, gap width 5 so the columns
 *   touch as a histogram's do, no legend.
 *
 * The chart sources are fixed ranges over the spills: the histogram has 20 bins always; the tornado
 * covers one row per line with Låg and Hög when inserted, plus the rate's row. A line given Låg and
 * Hög later is in the spill but not in the chart until the sheet is inserted again.
 *
 * Round trips (`context.sync()`): 3 — (1) the names taken (sheets, tables, defined names), so the
 * sheet gets a free name; (2) the sheet (the templates' renderer, src/templates/render-office.ts);
 * (3) both charts, over the areas the template keeps empty. The charts are their own batch so that
 * a refusal there leaves the sheet in and is said as such (`chartsFailed`).
 *
 * Requirement sets (ExcelApi): drawing the sheet 1.8 (REQUIRED_EXCEL_API); charts.add, titles,
 * legend, setPosition, series names 1.1; ChartSeries.setXAxisValues and gapWidth,
 * ChartAxis.reversePlotOrder and tickLabelPosition 1.7; ChartSeries.overlap, ChartAxis.position and
 * setPositionAt 1.8. So `KALKYL_UNCERTAINTY_API` is 1.8.
 */
import { coreCell, kalkylFigures } from "./kalkyl-figures";
import { parseUncertainLines } from "../core/distributions";
import { isSiError } from "../core/errors";
import { kalkylPaneText } from "../i18n/kalkyl-pane";
import type { Lang } from "../i18n/lang";
import { OSAKERHET_TEXT } from "../i18n/sheets/osakerhet";
import { planSheets } from "../templates/index";
import { areaRef } from "../templates/refs";
import { drawSheet, REQUIRED_EXCEL_API } from "../templates/render-office";
import { KALKYL } from "../templates/sheets/kalkyl";
import { OSAKERHET_LAYOUT } from "../templates/sheets/osakerhet";
import type { KalkylData, KalkylFailure } from "./kalkyl-outcome";
import type { KalkylUncertaintyOutcome, UncertaintyChart } from "./kalkyl-uncertainty-outcome";

export const KALKYL_UNCERTAINTY_API = REQUIRED_EXCEL_API;

/** The histogram's columns barely apart, as a histogram's bars are. */
const HISTOGRAM_GAP = 5;
/** The tornado's bars: each line one bar (low and high series on top of each other). */
const TORNADO_OVERLAP = 100;
const TORNADO_GAP = 40;

/** Lines of the table with both Låg and Hög, as SI.SENSITIVITY counts them; 0 when it cannot. */
export function uncertainLineCount(data: KalkylData): number {
  const lines = parseUncertainLines(data.table.map((row) => row.map(coreCell)));
  return isSiError(lines) ? 0 : lines.filter((l) => l.uncertainty !== undefined).length;
}

/**
 * What the sheet reads, by the names it looks for: this Kalkyl's table and named cells, whatever
 * their suffixes, rather than the workbook's first.
 */
export function sourcesOf(data: KalkylData): Record<string, string> {
  const sources: Record<string, string> = { [KALKYL.tables.lines]: data.ref.table };
  const rate = data.ref.names.rate?.name;
  const horizon = data.ref.names.horizon?.name;
  if (rate !== undefined) sources[KALKYL.names.rate] = rate;
  if (horizon !== undefined) sources[KALKYL.names.horizon] = horizon;
  return sources;
}

/** Where the two charts go and what they draw, for a tornado of `rows` rows. */
export function chartPlaces(rows: number): {
  tornado: UncertaintyChart;
  histogram: UncertaintyChart;
} {
  const s = OSAKERHET_LAYOUT.sensitivity;
  const h = OSAKERHET_LAYOUT.histogram;
  const last = s.row + Math.max(1, rows) - 1;
  const hLast = h.row + h.rows - 1;
  return {
    tornado: {
      area: `${OSAKERHET_LAYOUT.tornadoChart.from}:${OSAKERHET_LAYOUT.tornadoChart.to}`,
      // NPV låg and NPV hög with their header row: the series and their names.
      source: areaRef(s.row - 1, s.col + 1, last, s.col + 2),
      categories: areaRef(s.row, s.col, last, s.col),
    },
    histogram: {
      area: `${OSAKERHET_LAYOUT.histogramChart.from}:${OSAKERHET_LAYOUT.histogramChart.to}`,
      // The count with its header.
      source: areaRef(h.row - 1, h.col + 2, hLast, h.col + 2),
      categories: areaRef(h.row, h.col, hLast, h.col),
    },
  };
}

function queueTornado(
  sheet: Excel.Worksheet,
  place: UncertaintyChart,
  data: KalkylData,
  lang: Lang,
  baseNpv: number | undefined
): void {
  const t = kalkylPaneText[lang];
  const chart = sheet.charts.add("BarClustered", sheet.getRange(place.source), "Columns");
  chart.name = t.tornadoName(data.ref.table);
  chart.title.text = t.tornadoTitle;
  const categories = sheet.getRange(place.categories);
  const words = OSAKERHET_TEXT[lang];
  [words.npvLow, words.npvHigh].forEach((name, i) => {
    const series = chart.series.getItemAt(i);
    series.name = name;
    series.setXAxisValues(categories);
    series.overlap = TORNADO_OVERLAP;
    series.gapWidth = TORNADO_GAP;
  });
  const { categoryAxis, valueAxis } = chart.axes;
  categoryAxis.reversePlotOrder = true; // the largest swing, the first row, at the top
  categoryAxis.position = "Maximum"; // and so the value axis stays at the bottom
  categoryAxis.tickLabelPosition = "Low"; // the lines' names at the left edge, clear of the bars
  if (baseNpv !== undefined) valueAxis.setPositionAt(baseNpv); // the bars grow from the base NPV
  valueAxis.title.text = t.tornadoValueAxis;
  chart.legend.position = "Bottom";
  const [from, to] = place.area.split(":");
  chart.setPosition(from, to);
}

function queueHistogram(
  sheet: Excel.Worksheet,
  place: UncertaintyChart,
  data: KalkylData,
  lang: Lang
): void {
  const t = kalkylPaneText[lang];
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(place.source), "Columns");
  chart.name = t.histogramName(data.ref.table);
  chart.title.text = t.histogramTitle;
  const series = chart.series.getItemAt(0);
  series.name = OSAKERHET_TEXT[lang].count;
  series.setXAxisValues(sheet.getRange(place.categories));
  series.gapWidth = HISTOGRAM_GAP;
  chart.axes.categoryAxis.title.text = t.histogramCategoryAxis;
  chart.axes.valueAxis.title.text = t.histogramValueAxis;
  chart.legend.visible = false;
  const [from, to] = place.area.split(":");
  chart.setPosition(from, to);
}

/**
 * Inserts the Känslighetsanalys sheet for `data`'s Kalkyl and its two charts; see the file comment.
 * `classify` words a refusal of the charts' batch as the service words every failure.
 */
export async function insertKalkylUncertainty(
  context: Excel.RequestContext,
  data: KalkylData,
  lang: Lang,
  classify: (error: unknown) => KalkylFailure
): Promise<KalkylUncertaintyOutcome> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync(); // 1: the names taken

  const [spec] = planSheets(
    ["osakerhet"],
    {
      sheets: worksheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
    },
    { lang, example: false, sources: sourcesOf(data) }
  );
  drawSheet(context, spec);
  worksheets.getItem(spec.name).activate();
  await context.sync(); // 2: the sheet

  const uncertainLines = uncertainLineCount(data);
  const places = chartPlaces(uncertainLines + 1); // and the discount rate's row
  const figures = kalkylFigures(data);
  const npv = figures.kind === "figures" ? figures.figures.npv : undefined;
  const baseNpv = typeof npv === "number" ? npv : undefined;
  try {
    const sheet = worksheets.getItem(spec.name);
    queueTornado(sheet, places.tornado, data, lang, baseNpv);
    queueHistogram(sheet, places.histogram, data, lang);
    await context.sync(); // 3: the charts
  } catch (e) {
    return { kind: "chartsFailed", sheet: spec.name, failure: classify(e) };
  }
  return { kind: "inserted", sheet: spec.name, uncertainLines, ...places };
}
