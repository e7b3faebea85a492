/**
 * Känslighetsanalys (Osäkerhet): how sure a Kalkyl is. It reads the Kalkyl's line table
 * (`SI_Kalkyl`, with its Låg/Hög columns) and its named rate and horizon, and shows
 * - the one-way sensitivity per line (`SI.SENSITIVITY`, with a row for the discount rate between
 *   two rates typed in here), sorted by swing: the data of a tornado chart;
 * - a Monte Carlo simulation of the NPV (`SI.CBASIM`, iterations and seed typed in here): the
 *   summary table, a 20-bin histogram, and the probability that the effort pays off in words.
 *
 * Every figure is a live formula over the Kalkyl's table, so it follows the table as it changes;
 * the simulation is seeded, so the sheet does not change on recalculation. No Kalkyl in the
 * workbook: each formula is a line saying to insert it, as the decision paper does.
 *
 * The sheet reads the first `SI_Kalkyl` of the workbook, or the one the task pane chose
 * (`PlanOptions.sources`). The task pane draws native charts over the areas `OSAKERHET_LAYOUT`
 * keeps free (src/excel/kalkyl-uncertainty.ts); ExcelJS cannot draw charts, so the file written by
 * `si-kalkyl template` carries the same cells without them.
 *
 * The spills' size: HyperFormula fixes an array's area before evaluating it, so the output words
 * ("tabell"/"table", "histogram") are typed into the formulas; the sensitivity spill reserves one row per
 * line of the table plus the rate's row, and the rows below it are kept empty.
 */
import { OSAKERHET_TEXT } from "../../i18n/sheets/osakerhet";
import { SheetBuilder, formula } from "../builder";
import { cellRef, text, wholeTable } from "../refs";
import { Content, Template } from "../spec";
import { FORMATS } from "../styles";

/** Rows of the sensitivity spill that get the kronor format (lines in the table, and the rate). */
const SENSITIVITY_ROWS = 40;
/** SI.CBASIM's "histogram": 20 equal-width bins. */
const HISTOGRAM_BINS = 20;
/** SI.CBASIM's "table": mean, sd, p5, p50, p95, probpositive, in that order. */
const SUMMARY_ROWS = 6;

/** Where things are, for the task pane's charts (1-based rows and columns). */
export const OSAKERHET_LAYOUT = {
  /** The SI.SENSITIVITY spill's anchor (Post, NPV låg, NPV hög, swing), under its header row. */
  sensitivity: { row: 7, col: 8 },
  /** The SI.CBASIM histogram spill's anchor (bin start, bin end, count), under its header row. */
  histogram: { row: 7, col: 4, rows: HISTOGRAM_BINS },
  /** The SI.CBASIM summary table's anchor (label, value). */
  summary: { row: 21, col: 1, rows: SUMMARY_ROWS },
  /** The base-case NPV. */
  baseNpv: { row: 16, col: 2 },
  /** Cells kept empty for the charts: right of the sensitivity block, and below the histogram. */
  tornadoChart: { from: "M5", to: "T24" },
  histogramChart: { from: "A31", to: "F48" },
} as const;

export const OSAKERHET: Template = {
  id: "osakerhet",
  sheetName: { sv: OSAKERHET_TEXT.sv.sheet, en: OSAKERHET_TEXT.en.sheet },
  tables: {},
  names: {},
  build(ctx) {
    const t = OSAKERHET_TEXT[ctx.lang];
    const L = OSAKERHET_LAYOUT;
    const b = new SheetBuilder(
      "osakerhet",
      ctx.sheet,
      [44, 18, 3, 16, 16, 10, 3, 36, 18, 18, 16],
      true
    );
    b.header(t.title, t.subtitle, 11);
    const table = ctx.find("SI_Kalkyl");
    const foundRate = table ? ctx.find("SI_Diskonteringsranta") : undefined;
    const foundHorizon = table ? ctx.find("SI_Horisont") : undefined;
    b.cell(3, 1, table ? t.source(table) : t.missing, {
      style: table ? "note" : "warning",
      merge: { rows: 1, cols: 6 },
    });
    /** A formula over the Kalkyl's table, or the line saying to insert it. */
    const over = (build: (lines: string) => string): Content =>
      table ? formula(build(wholeTable(table))) : t.missing;
    // Until an amount is typed in, the single results stay blank (the spills say "no lines").
    const none = table ? `COUNT(${table}[#Data])=0` : "";

    b.cell(5, 1, t.assumptions, { style: "heading" });
    // The Kalkyl's own cells, so that a change there changes everything here.
    const rate = b.field(6, 1, t.rate, foundRate ? formula(`=${foundRate}`) : 0.035, {
      format: FORMATS.percent,
    });
    const horizon = b.field(7, 1, t.horizon, foundHorizon ? formula(`=${foundHorizon}`) : 10, {
      format: FORMATS.integer,
    });
    const rateLow = b.field(8, 1, t.rateLow, 0.01, { format: FORMATS.percent });
    const rateHigh = b.field(9, 1, t.rateHigh, 0.05, { format: FORMATS.percent });
    const iterations = b.field(10, 1, t.iterations, 10_000, { format: FORMATS.count });
    const seed = b.field(11, 1, t.seed, 1, { format: FORMATS.integer });
    // Notes wrap in merged blocks, not in taller rows: the spills beside them share the rows.
    b.cell(12, 1, t.seedNote, { style: "note", merge: { rows: 2, cols: 2 } });

    const sim = (lines: string, output: string) =>
      `SI.CBASIM(${[lines, rate, horizon, iterations, seed, text(output)].join(",")})`;

    b.cell(15, 1, t.results, { style: "heading" });
    b.field(
      L.baseNpv.row,
      1,
      t.baseNpv,
      over((lines) => `=IF(${none},"",SI.CBATABLE(${lines},${rate},${horizon}))`),
      { format: FORMATS.kronor, style: "result" }
    );
    // In words, rounded to whole per cent: ROUND, not TEXT, whose format codes depend on Excel's locale.
    b.cell(
      17,
      1,
      over(
        (lines) =>
          `=IF(${none},"",${text(t.probability)}&ROUND(${sim(lines, t.outputs.probability)}*100,0)&${text(t.percentSign)})`
      ),
      { style: "result", merge: { rows: 1, cols: 2 } }
    );

    b.cell(19, 1, t.simulation, { style: "heading" });
    [t.measure, t.value].forEach((h, i) =>
      b.cell(L.summary.row - 1, 1 + i, h, { style: "gridHeader" })
    );
    b.cell(
      L.summary.row,
      L.summary.col,
      over((lines) => `=${sim(lines, t.outputs.table)}`),
      {
        spill: true,
      }
    );
    for (let k = 0; k < SUMMARY_ROWS; k++) {
      const last = k === SUMMARY_ROWS - 1; // the probability
      b.cell(L.summary.row + k, 2, null, {
        format: last ? FORMATS.percentWhole : FORMATS.kronor,
      });
    }
    b.cell(L.summary.row + SUMMARY_ROWS, 1, t.distributionNote, {
      style: "note",
      merge: { rows: 3, cols: 2 },
    });

    // The histogram: 20 rows, always.
    b.cell(5, L.histogram.col, t.histogram, { style: "heading" });
    [t.binFrom, t.binTo, t.count].forEach((h, i) =>
      b.cell(6, L.histogram.col + i, h, { style: "gridHeader" })
    );
    b.cell(
      L.histogram.row,
      L.histogram.col,
      over((lines) => `=${sim(lines, t.outputs.histogram)}`),
      {
        spill: true,
        format: FORMATS.kronor,
      }
    );
    for (let k = 0; k < HISTOGRAM_BINS; k++) {
      const row = L.histogram.row + k;
      if (k > 0) b.cell(row, L.histogram.col, null, { format: FORMATS.kronor });
      b.cell(row, L.histogram.col + 1, null, { format: FORMATS.kronor });
      b.cell(row, L.histogram.col + 2, null, { format: FORMATS.count });
    }

    // The sensitivity: one row per uncertain line and one for the rate; nothing below it.
    const s = L.sensitivity;
    b.cell(5, s.col, t.sensitivity, { style: "heading" });
    [t.item, t.npvLow, t.npvHigh, t.swing].forEach((h, i) =>
      b.cell(6, s.col + i, h, { style: "gridHeader" })
    );
    b.cell(
      s.row,
      s.col,
      over((lines) => `=SI.SENSITIVITY(${[lines, rate, horizon, rateLow, rateHigh].join(",")})`),
      { spill: true }
    );
    for (let k = 0; k < SENSITIVITY_ROWS; k++)
      for (let c = 1; c <= 3; c++) b.cell(s.row + k, s.col + c, null, { format: FORMATS.kronor });
    b.conditional({
      ref: `${cellRef(s.row, s.col + 1)}:${cellRef(s.row + SENSITIVITY_ROWS - 1, s.col + 2)}`,
      formula: `=AND(ISNUMBER(${cellRef(s.row, s.col + 1)}),${cellRef(s.row, s.col + 1)}<0)`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
    return b.build("#7030A0");
  },
};
