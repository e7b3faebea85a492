/**
 * Monte Carlo simulation of the net present value of a cost–benefit line table (SI.CBASIM).
 *
 * NPV is linear in each line's amount: NPV = Σ sign·amount·factor, with a line's factor the sum over
 * its years of (1 − dropoff)^(y − start)/(1 + rate)^(y − 1 + timing) within the horizon, and sign +1
 * for a benefit, −1 for a cost. So each line's factor is computed once, and an iteration costs one
 * draw per uncertain line: NPV_i = NPV(every line at Belopp) + Σ sign·factor·(X_i − Belopp).
 * The NPV at Belopp is computed exactly as SI.CBATABLE computes it, so a table without uncertain
 * lines gives that NPV in every iteration, to the last digit. How amounts are drawn, and from which
 * generator: src/core/distributions.ts.
 */
import { presentValues } from "./cba";
import { CbaLine, lineFlows } from "./cbalines";
import { UncertainLine, addDeviations, lineStreams } from "./distributions";
import { SiError, finite, isSiError, numError } from "./errors";

export const DEFAULT_ITERATIONS = 10_000;
export const MAX_ITERATIONS = 1_000_000;
export const MIN_ITERATIONS = 2;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 2 ** 32 - 1;
export const HISTOGRAM_BINS = 20;

/** The statistics SI.CBASIM reports, in the order of its table. */
export type SimStatistic = "mean" | "sd" | "p5" | "p50" | "p95" | "probpositive";
export const SIM_STATISTICS: readonly SimStatistic[] = [
  "mean",
  "sd",
  "p5",
  "p50",
  "p95",
  "probpositive",
];

/** One statistic of a finished simulation. */
export function statistic(sim: Simulation, s: SimStatistic): number {
  switch (s) {
    case "mean":
      return sim.mean;
    case "sd":
      return sim.sd;
    case "p5":
      return percentile(sim.sorted, 0.05);
    case "p50":
      return percentile(sim.sorted, 0.5);
    case "p95":
      return percentile(sim.sorted, 0.95);
    case "probpositive":
      return shareAbove0(sim.sorted);
  }
}

export interface SimulationInput {
  lines: readonly UncertainLine[];
  rate: number;
  horizon: number;
  timing: 0 | 1;
  iterations: number;
  seed: number;
}

export interface Simulation {
  /** The NPV with every line at its Belopp: SI.CBATABLE's npv. */
  base: number;
  /** The simulated NPVs, ascending. */
  sorted: Float64Array;
  mean: number;
  /** Standard deviation with divisor n − 1, as Excel's STDEV.S. */
  sd: number;
}

/** The NPV of the lines, computed exactly as SI.CBATABLE computes its npv. */
export function linesNpv(
  lines: readonly CbaLine[],
  horizon: number,
  rate: number,
  timing: 0 | 1
): number {
  const { pvCosts, pvBenefits } = presentValues({ ...lineFlows(lines, horizon), rate, timing });
  return pvBenefits - pvCosts;
}

/** Each line's present value per krona of its amount, signed: + for a benefit, − for a cost. */
export function lineCoefficients(
  lines: readonly CbaLine[],
  horizon: number,
  rate: number,
  timing: 0 | 1
): Float64Array {
  const v = 1 / (1 + rate);
  const discount = new Float64Array(horizon);
  let d = timing === 1 ? v : 1;
  for (let t = 0; t < horizon; t++) {
    discount[t] = d;
    d *= v;
  }
  const out = new Float64Array(lines.length);
  lines.forEach((l, j) => {
    const end = Math.min(l.start + l.years - 1, horizon);
    let g = 1;
    let f = 0;
    for (let y = l.start; y <= end; y++) {
      f += g * discount[y - 1];
      g *= 1 - l.dropoff;
    }
    out[j] = l.type === "benefit" ? f : -f;
  });
  return out;
}

/** Checks iterations and seed: whole numbers within their ranges. */
export function checkIterations(n: number): SiError | undefined {
  return Number.isInteger(n) && n >= MIN_ITERATIONS && n <= MAX_ITERATIONS
    ? undefined
    : numError("iterations", { arg: "iterations" });
}

export function checkSeed(seed: number): SiError | undefined {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED
    ? undefined
    : numError("seed", { arg: "seed" });
}

/** Runs the simulation; the rate must be > −1 and the horizon a whole number ≥ 0. */
export function simulate(input: SimulationInput): Simulation | SiError {
  const bad = checkIterations(input.iterations) ?? checkSeed(input.seed);
  if (bad) return bad;
  const { lines, rate, horizon, timing, iterations: n } = input;
  const base = finite(linesNpv(lines, horizon, rate, timing));
  if (isSiError(base)) return base;
  const coef = lineCoefficients(lines, horizon, rate, timing);
  const dev = new Float64Array(n);
  const streams = lineStreams(input.seed);
  lines.forEach((l, j) => {
    if (l.uncertainty) addDeviations(l.amount, l.uncertainty, coef[j], streams.at(l.row), dev);
  });
  let sum = 0;
  for (let i = 0; i < n; i++) sum += dev[i];
  const meanDev = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const e = dev[i] - meanDev;
    ss += e * e;
  }
  const sd = Math.sqrt(ss / (n - 1));
  for (let i = 0; i < n; i++) dev[i] = base + dev[i];
  dev.sort();
  const mean = base + meanDev;
  if (
    !Number.isFinite(mean) ||
    !Number.isFinite(sd) ||
    !Number.isFinite(dev[0]) ||
    !Number.isFinite(dev[n - 1])
  )
    return numError("overflow");
  return { base, sorted: dev, mean, sd };
}

/** The p-quantile (0 ≤ p ≤ 1) of ascending values, interpolated as Excel's PERCENTILE.INC. */
export function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The share of values above 0. */
export function shareAbove0(sorted: Float64Array): number {
  let count = 0;
  for (let i = sorted.length - 1; i >= 0 && sorted[i] > 0; i--) count++;
  return count / sorted.length;
}

/**
 * 20 equal-width bins over [min, max] of the values: start, end, count. A value on a boundary
 * belongs to the bin it starts; the last bin includes the maximum. All values equal: every bin
 * starts and ends at that value, and the first holds them all.
 */
export function histogram(sorted: Float64Array, bins = HISTOGRAM_BINS): [number, number, number][] {
  const n = sorted.length;
  const min = sorted[0];
  const max = sorted[n - 1];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const k = width > 0 ? Math.min(bins - 1, Math.floor((sorted[i] - min) / width)) : 0;
    counts[k]++;
  }
  return counts.map((count, k) => [
    min + k * width,
    k === bins - 1 ? max : min + (k + 1) * width,
    count,
  ]);
}
