import {
  CBA_MEASURES,
  CbaInput,
  CbaMeasure,
  DEFAULT_RATE,
  cbaMeasure,
  checkCbaInput,
  presentValues,
} from "../../core/cba";
import { OutCell } from "../../core/cells";
import { isSiError } from "../../core/errors";
import { MEASURE_LABELS } from "../../i18n/labels";
import { Lang } from "../../i18n/lang";
import {
  OptionTable,
  allOk,
  matchOption,
  numberArg,
  optionArg,
  seriesArg,
  timingArg,
} from "../coerce";
import { ArgShape, FunctionSpec, Size } from "../spec";

export type CbaOption = CbaMeasure | "table";

export const MEASURE_WORDS: OptionTable<CbaMeasure> = {
  npv: ["npv", "nnv", "nettonuvärde"],
  bcr: ["bcr", "nyttokostnadskvot", "kvot"],
  roi: ["roi", "avkastning"],
  payback: ["payback", "återbetalningstid", "återbetalning"],
  irr: ["irr", "internränta"],
  pvcosts: ["pvcosts", "nuvärde kostnader", "pv kostnader"],
  pvbenefits: ["pvbenefits", "nuvärde nyttor", "pv nyttor"],
  breakeven: ["breakeven", "brytpunkt"],
};

const CBA_OPTIONS: OptionTable<CbaOption> = { ...MEASURE_WORDS, table: ["table", "tabell"] };

/** One measure, or the whole table of measures with labels in the display language. */
export function measureResult(
  input: CbaInput,
  measure: CbaOption,
  lang: Lang
): OutCell | OutCell[][] {
  const bad = checkCbaInput(input);
  if (bad) return bad;
  const pv = presentValues(input);
  if (measure !== "table") return cbaMeasure(input, measure, pv);
  return CBA_MEASURES.map((m) => [MEASURE_LABELS[lang][m], cbaMeasure(input, m, pv)]);
}

/** The horizon of the line-table functions (SI.CBATABLE, SI.CBASIM, SI.SENSITIVITY). */
export const HORIZON_HELP = "Number of years to include; default the last year any line reaches.";

export const RATE_HELP =
  "Real discount rate per year, default 0.035 (3.5 %, as in the Swedish transport-appraisal guidance ASEK and the UK Green Book).";
export const TIMING_HELP =
  "0 (default): the first year is year 0 and is not discounted; 1: the first year is discounted one period, exactly as Excel's NPV.";
const MEASURE_HELP =
  '"npv" (default), "bcr", "roi", "payback", "irr", "pvcosts", "pvbenefits", "breakeven" or "table" (Swedish words accepted: "nettonuvärde", "nyttokostnadskvot", "avkastning", "återbetalningstid", "internränta", "brytpunkt", "tabell").';

/** Hand-worked for the examples: 60 in each of the two years after year 0, at 3.5 %. */
export const PV60 = 60 / 1.035 + 60 / 1.035 ** 2;

/** The literal measure word of a call, when it was typed in the formula. */
export function literalOption<T extends string>(
  arg: ArgShape | undefined,
  options: OptionTable<T>
): T | undefined {
  return typeof arg?.literal === "string" ? matchOption(arg.literal, options) : undefined;
}

export const TABLE_SIZE: Size = { rows: CBA_MEASURES.length, cols: 2 };

export const CBA: FunctionSpec = {
  id: "CBA",
  description:
    "Cost–benefit analysis of a cost series and a benefit series (one value per year): net present value, benefit–cost ratio, ROI, payback, IRR, break-even. Blank cells are 0 and keep their year (unlike Excel's NPV, which skips them).",
  params: [
    {
      name: "costs",
      description:
        "What is spent each year (positive kronor), a row or a column. Blank cells are 0 and keep their year.",
      range: true,
    },
    {
      name: "benefits",
      description: "What is saved or gained each year, as long as costs.",
      range: true,
    },
    { name: "rate", description: RATE_HELP, optional: true },
    { name: "measure", description: MEASURE_HELP, optional: true },
    { name: "timing", description: TIMING_HELP, optional: true },
  ],
  spills: true,
  formula:
    "PV(x) = Σ x_t/(1+rate)^(t+timing), t = 0…n−1; npv = PV(benefits) − PV(costs); bcr = PV(benefits)/PV(costs); roi = npv/PV(costs); breakeven = PV(costs)/PV(benefits); payback = first year in which the cumulative discounted net is ≥ 0; irr = the rate where npv = 0.",
  errors:
    "#VALUE! series of different length, text in a series, an unknown measure; #NUM! rate ≤ −1, timing other than 0/1, no IRR or a non-unique IRR; #DIV/0! bcr/roi with PV(costs) = 0, breakeven with PV(benefits) = 0; #N/A no payback within the series.",
  examples: [
    {
      args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "bcr"],
      result: PV60 / 100,
      note: "Kronor back per krona invested.",
    },
    { args: [[[100, 0, 0]], [[0, 60, 60]]], result: PV60 - 100 },
    { args: [[[100, 0, 0]], [[0, 60, 60]], 0, "payback"], result: 3 },
    { args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "breakeven"], result: 100 / PV60 },
    {
      args: [[[100, 0, 0]], [[0, 60, 60]], 0.035, "npv", 1],
      result: (PV60 - 100) / 1.035,
      note: "timing 1 is Excel's NPV.",
    },
  ],
  resultSize: (args) =>
    literalOption(args[3], CBA_OPTIONS) === "table" ? TABLE_SIZE : { rows: 1, cols: 1 },
  invoke(args, lang) {
    const costs = seriesArg(args[0], "costs");
    const benefits = seriesArg(args[1], "benefits");
    const rate = numberArg(args[2], "rate", DEFAULT_RATE);
    const measure = optionArg(args[3], "measure", CBA_OPTIONS, "npv");
    const timing = timingArg(args[4], "timing");
    const ok = allOk([costs, benefits, rate, measure, timing] as const);
    if (isSiError(ok)) return ok;
    const [c, b, r, m, t] = ok;
    return measureResult({ costs: c, benefits: b, rate: r, timing: t }, m, lang);
  },
};
