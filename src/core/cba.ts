/**
 * Cost–benefit analysis of two yearly cash-flow series. One discounting loop serves every measure,
 * so the measures agree with each other by construction (bcr − 1 = roi, npv = pvb − pvc).
 */
import { SiError, div0Error, finite, naError, numError } from "./errors";

export type Timing = 0 | 1;
export type CbaMeasure =
  "npv" | "bcr" | "roi" | "payback" | "irr" | "pvcosts" | "pvbenefits" | "breakeven";
export const CBA_MEASURES: readonly CbaMeasure[] = [
  "npv",
  "bcr",
  "roi",
  "payback",
  "irr",
  "pvcosts",
  "pvbenefits",
  "breakeven",
];

/** Swedish and UK guidance (ASEK, the Green Book) both use a 3.5 % real discount rate. */
export const DEFAULT_RATE = 0.035;

export interface CbaInput {
  costs: ArrayLike<number>;
  benefits: ArrayLike<number>;
  rate: number;
  /** 0: the first year is year 0 and not discounted; 1: discounted one period, as Excel's NPV. */
  timing: Timing;
}

/** Checks what every measure needs; undefined when the input is usable. */
export function checkCbaInput(input: CbaInput): SiError | undefined {
  if (input.costs.length !== input.benefits.length) {
    return new SiError("VALUE", "lengthMismatch", {
      arg: "benefits",
      other: "costs",
      n: input.benefits.length,
      m: input.costs.length,
    });
  }
  if (!(input.rate > -1)) return numError("rateDomain", { arg: "rate" });
  return undefined;
}

export interface PresentValues {
  pvCosts: number;
  pvBenefits: number;
}

/** Present values of both series in one pass; the factor is multiplied, not raised to a power, for speed. */
export function presentValues(input: CbaInput): PresentValues {
  const { costs, benefits } = input;
  const factor = 1 / (1 + input.rate);
  let d = input.timing === 1 ? factor : 1;
  let pvCosts = 0;
  let pvBenefits = 0;
  for (let t = 0; t < costs.length; t++) {
    pvCosts += costs[t] * d;
    pvBenefits += benefits[t] * d;
    d *= factor;
  }
  return { pvCosts, pvBenefits };
}

/** One measure; the input must already have passed checkCbaInput. */
export function cbaMeasure(
  input: CbaInput,
  measure: CbaMeasure,
  pv: PresentValues = presentValues(input)
): number | SiError {
  const { pvCosts, pvBenefits } = pv;
  switch (measure) {
    case "npv":
      return finite(pvBenefits - pvCosts);
    case "pvcosts":
      return finite(pvCosts);
    case "pvbenefits":
      return finite(pvBenefits);
    case "bcr":
      return pvCosts === 0 ? div0Error("zeroCosts") : finite(pvBenefits / pvCosts);
    case "roi":
      return pvCosts === 0 ? div0Error("zeroCosts") : finite((pvBenefits - pvCosts) / pvCosts);
    case "breakeven":
      return pvBenefits === 0 ? div0Error("zeroBenefits") : finite(pvCosts / pvBenefits);
    case "payback":
      return payback(input);
    case "irr":
      return irr(netFlows(input));
  }
}

/** Convenience: check, then compute one measure. */
export function cba(input: CbaInput, measure: CbaMeasure): number | SiError {
  return checkCbaInput(input) ?? cbaMeasure(input, measure);
}

export function netFlows(input: CbaInput): number[] {
  const out = new Array<number>(input.costs.length);
  for (let t = 0; t < out.length; t++) out[t] = input.benefits[t] - input.costs[t];
  return out;
}

/**
 * Years until the cumulative discounted net first reaches zero (1 when the first year does).
 * A relative tolerance keeps an exact break-even from being lost to rounding.
 */
export function payback(input: CbaInput): number | SiError {
  const factor = 1 / (1 + input.rate);
  let d = input.timing === 1 ? factor : 1;
  let cum = 0;
  let scale = 0;
  for (let t = 0; t < input.costs.length; t++) {
    const net = (input.benefits[t] - input.costs[t]) * d;
    cum += net;
    scale += Math.abs(input.benefits[t] * d) + Math.abs(input.costs[t] * d);
    if (cum >= -1e-12 * scale) return t + 1;
    d *= factor;
  }
  return naError("noPayback", { n: input.costs.length });
}

/**
 * Internal rate of return. With exactly one sign change in the flows, Descartes' rule of signs
 * guarantees exactly one rate above −1; with none there is no rate, and with more there may be
 * several, so both are #NUM! with a message saying which.
 */
export function irr(flows: readonly number[]): number | SiError {
  const nz = flows.map((v, t) => [v, t] as const).filter(([v]) => v !== 0);
  if (nz.length === 0) return numError("irrNoFlows");
  let changes = 0;
  for (let i = 1; i < nz.length; i++)
    if (Math.sign(nz[i][0]) !== Math.sign(nz[i - 1][0])) changes++;
  if (changes === 0) return numError("irrNoSignChange");
  if (changes > 1) return numError("irrNotUnique", { changes });
  // Solve p(x) = Σ v·x^(t−t0) = 0 for the discount factor x = 1/(1+r) > 0, where p(0) ≠ 0.
  const t0 = nz[0][1];
  const coeffs = flows.slice(t0);
  const p = (x: number): number => {
    let s = 0; // Horner's rule, highest power first
    for (let i = coeffs.length - 1; i >= 0; i--) s = s * x + coeffs[i];
    return s;
  };
  const s0 = Math.sign(nz[0][0]);
  let hi = 1;
  while (Math.sign(p(hi)) === s0) {
    hi *= 2;
    if (hi > 1e12) return numError("irrNoSignChange");
  }
  // Bisection until the bracket cannot shrink any further in floating point.
  let lo = 0;
  for (;;) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const pm = p(mid);
    if (pm === 0) return finite(1 / mid - 1);
    if (Math.sign(pm) === s0) lo = mid;
    else hi = mid;
  }
  return finite(1 / ((lo + hi) / 2) - 1);
}
