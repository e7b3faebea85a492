import { DEFAULT_RATE } from "../../core/cba";
import { Arg } from "../../core/cells";
import { parseUncertainLines } from "../../core/distributions";
import { SiError, finite, isSiError, naError, numError } from "../../core/errors";
import {
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  SIM_STATISTICS,
  SimStatistic,
  checkIterations,
  checkSeed,
  histogram,
  simulate,
  statistic,
} from "../../core/simulate";
import { SIM_LABELS } from "../../i18n/labels";
import { OptionTable, allOk, gridArg, numberArg, optionArg, timingArg } from "../coerce";
import { FunctionSpec, Size } from "../spec";
import { PV60, HORIZON_HELP, RATE_HELP, TIMING_HELP, literalOption } from "./cba";
import { horizonArg } from "./cbatable";

type SimOutput = SimStatistic | "table" | "histogram";

const OUTPUTS: OptionTable<SimOutput> = {
  table: ["table", "tabell"],
  mean: ["mean", "medelvärde", "medel"],
  sd: ["sd", "standardavvikelse", "stdav"],
  p5: ["p5"],
  p50: ["p50", "median"],
  p95: ["p95"],
  probpositive: ["probpositive", "sannolikhet", "andel positiva"],
  histogram: ["histogram"],
};

const TABLE: Size = { rows: SIM_STATISTICS.length, cols: 2 };
const HISTOGRAM: Size = { rows: 20, cols: 3 };

/** The discount rate: a number above −1 (default 3.5 %). */
export function rateArg(arg: Arg, name: string, fallback?: number): number | undefined | SiError {
  const r = fallback === undefined ? numberArg(arg, name) : numberArg(arg, name, fallback);
  if (r === undefined || isSiError(r)) return r;
  return r > -1 ? r : numError("rateDomain", { arg: name });
}

function wholeArg(
  arg: Arg,
  name: string,
  fallback: number,
  check: (n: number) => SiError | undefined
): number | SiError {
  const n = numberArg(arg, name, fallback);
  return isSiError(n) ? n : (check(n) ?? n);
}

export const LINES_HELP =
  'The table SI.CBATABLE reads (Post/Item, Typ/Type, Aktör/Actor, Belopp/Amount, Startår/Start year, Antal år/Years, Avtagande/Drop-off) with the optional columns Låg/Low and Hög/High — a line with both is uncertain in its amount, a line with both blank is fixed — and Fördelning/Distribution: "triangel"/"triangular" (the default: min Låg, mode Belopp, max Hög), "likformig"/"uniform" (Låg to Hög), "pert" (Beta-PERT: min Låg, mode Belopp, max Hög, λ = 4) or "normal" (mean Belopp, Låg and Hög the 5th and 95th percentiles).';

// Hand-worked: a cost of 100 in year 1 against a benefit in years 2–3 (60 a year at 3.5 %: PV60).
const HEAD = ["Post", "Typ", "Belopp", "Startår", "Antal år", "Låg", "Hög"];
const FIXED = [
  ["Post", "Typ", "Belopp", "Startår", "Antal år"],
  ["Personal", "Kostnad", 100, 1, 1],
  ["Färre placeringar", "Nytta", 60, 2, 2],
];
const UNCERTAIN = [
  HEAD,
  ["Personal", "Kostnad", 100, 1, 1, "", ""],
  ["Färre placeringar", "Nytta", 60, 2, 2, 55, 80],
];
const UNLIKELY = [
  [...HEAD, "Fördelning"],
  ["Personal", "Kostnad", 100, 1, 1, "", "", ""],
  ["Färre placeringar", "Nytta", 40, 2, 2, 20, 50, "pert"],
];
const NPV = PV60 - 100;

export const CBASIM: FunctionSpec = {
  id: "CBASIM",
  description:
    "Monte Carlo simulation of the net present value of a table of cost and benefit lines whose amounts are uncertain: mean, spread, percentiles, the probability that the effort pays off, or a histogram. Reproducible: the same seed gives the same result.",
  params: [
    { name: "lines", description: LINES_HELP, range: true },
    { name: "rate", description: RATE_HELP, optional: true },
    { name: "horizon", description: HORIZON_HELP, optional: true },
    {
      name: "iterations",
      description: "Number of simulated outcomes: default 10,000, at most 1,000,000.",
      optional: true,
    },
    {
      name: "seed",
      description:
        "Where the random numbers start, a whole number from 0 (default 1). The same inputs and seed always give the same result, in Excel and elsewhere, so the workbook does not change on recalculation; another seed gives another, equally valid sample.",
      optional: true,
    },
    {
      name: "output",
      description:
        '"table" (default: a label and a value for each of the following), "mean", "sd", "p5", "p50", "p95", "probpositive" (the share of outcomes with NPV > 0) or "histogram" (20 equal-width bins over the simulated range: start, end, count). Swedish words accepted: "tabell", "medelvärde", "standardavvikelse", "median", "sannolikhet".',
      optional: true,
    },
    { name: "timing", description: TIMING_HELP, optional: true },
  ],
  spills: true,
  formula:
    "NPV is linear in each amount: NPV_i = NPV at Belopp + Σ over the uncertain lines of sign·factor·(X_i − Belopp), with factor = Σ over the line's years of (1 − dropoff)^(y − start)/(1 + rate)^(y − 1 + timing), sign +1 for a benefit and −1 for a cost, X_i the line's i-th draw. Generator: xoroshiro128+ (pure-rand) seeded with MurmurHash3's finaliser of the seed; the line in table row r draws from its own stream, the generator jumped r − 1 times (2^64 steps each); a uniform is u = (x + ½)/2^32 from one 32-bit output x. Triangular, uniform and normal are drawn by the inverse distribution function (normal: Acklam's quantile, relative error < 1.15·10⁻⁹, sd = (Hög − Låg)/(2·1.644854)); PERT as Låg + (Hög − Låg)·X/(X + Y), X ~ Gamma(α), Y ~ Gamma(β), α = 1 + 4(Belopp − Låg)/(Hög − Låg), β = 1 + 4(Hög − Belopp)/(Hög − Låg), each gamma by Marsaglia and Tsang's method (two uniforms per attempt). mean and sd (divisor n − 1, as STDEV.S) of the n NPVs; p5, p50, p95 as PERCENTILE.INC; probpositive = the share with NPV > 0.",
  errors:
    "#VALUE! as SI.CBATABLE, a non-numeric Låg/Hög, only one of Låg and Hög, an unknown distribution or output (the message names the row); #NUM! Låg > Belopp or Belopp > Hög (for uniform: Låg > Hög), iterations not a whole number from 2 to 1,000,000, seed not a whole number from 0 to 4,294,967,295, rate ≤ −1, a bad horizon, timing other than 0/1; #N/A no lines.",
  examples: [
    {
      args: [FIXED],
      result: [
        ["Net present value, mean (SEK)", NPV],
        ["Standard deviation (SEK)", 0],
        ["5th percentile (SEK)", NPV],
        ["Median (SEK)", NPV],
        ["95th percentile (SEK)", NPV],
        ["Probability that the net present value is positive", 1],
      ],
      note: "No line is uncertain: every outcome is SI.CBATABLE's NPV.",
    },
    {
      args: [UNCERTAIN, 0.035, null, 10000, 1, "probpositive"],
      result: 1,
      note: "Even at its lowest, 55 a year, the benefit pays for the cost (NPV 4.48): every outcome is positive.",
    },
    {
      args: [UNLIKELY, 0.035, null, 10000, 1, "probpositive"],
      result: 0,
      note: "Even at its highest, 50 a year, the benefit does not pay for the cost (NPV −5.02): no outcome is positive.",
    },
  ],
  resultSize(args) {
    const output = literalOption(args[5], OUTPUTS);
    if (output === "histogram") return HISTOGRAM;
    if (output === undefined || output === "table") return TABLE;
    return { rows: 1, cols: 1 };
  },
  invoke(args, lang) {
    const lines = parseUncertainLines(gridArg(args[0]));
    if (isSiError(lines)) return lines;
    if (lines.length === 0) return naError("noLines", { arg: "lines" });
    const ok = allOk([
      rateArg(args[1], "rate", DEFAULT_RATE) as number | SiError,
      horizonArg(args[2], lines),
      wholeArg(args[3], "iterations", DEFAULT_ITERATIONS, checkIterations),
      wholeArg(args[4], "seed", DEFAULT_SEED, checkSeed),
      optionArg(args[5], "output", OUTPUTS, "table"),
      timingArg(args[6], "timing"),
    ] as const);
    if (isSiError(ok)) return ok;
    const [rate, horizon, iterations, seed, output, timing] = ok;
    const sim = simulate({ lines, rate, horizon, timing, iterations, seed });
    if (isSiError(sim)) return sim;
    if (output === "table")
      return SIM_STATISTICS.map((s) => [SIM_LABELS[lang][s], finite(statistic(sim, s))]);
    if (output === "histogram")
      return histogram(sim.sorted).map(([start, end, count]) => [
        finite(start),
        finite(end),
        count,
      ]);
    return finite(statistic(sim, output));
  },
};
