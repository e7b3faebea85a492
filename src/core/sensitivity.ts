/**
 * One-way sensitivity of a cost–benefit line table (SI.SENSITIVITY): each uncertain line at its Låg
 * and at its Hög while every other line stays at its Belopp, and optionally the discount rate at a
 * low and a high value — the data of a tornado chart. Each NPV is computed exactly as SI.CBATABLE
 * computes the table's npv, with the one amount (or the rate) changed.
 */
import { UncertainLine } from "./distributions";
import { SiError, finite, isSiError } from "./errors";
import { linesNpv } from "./simulate";

export interface SensitivityInput {
  lines: readonly UncertainLine[];
  rate: number;
  horizon: number;
  timing: 0 | 1;
  /** Both or neither: a row for the discount rate. */
  rates?: { low: number; high: number };
}

export interface SensitivityRow {
  /** The line varied, or undefined for the discount rate. */
  line?: UncertainLine;
  /** NPV with the line at Låg (or at the low rate). */
  low: number;
  /** NPV with the line at Hög (or at the high rate). */
  high: number;
  /** |high − low|. */
  swing: number;
}

function row(line: UncertainLine | undefined, low: number, high: number): SensitivityRow | SiError {
  const l = finite(low);
  if (isSiError(l)) return l;
  const h = finite(high);
  if (isSiError(h)) return h;
  const swing = finite(Math.abs(h - l));
  return isSiError(swing) ? swing : { line, low: l, high: h, swing };
}

/** The rows, largest swing first; equal swings keep the table's order, the rate row last. */
export function sensitivity(input: SensitivityInput): SensitivityRow[] | SiError {
  const { lines, rate, horizon, timing } = input;
  const rows: SensitivityRow[] = [];
  const at = (j: number, amount: number) =>
    linesNpv(
      lines.map((l, k) => (k === j ? { ...l, amount } : l)),
      horizon,
      rate,
      timing
    );
  for (const [j, l] of lines.entries()) {
    if (!l.uncertainty) continue;
    const r = row(l, at(j, l.uncertainty.low), at(j, l.uncertainty.high));
    if (isSiError(r)) return r;
    rows.push(r);
  }
  if (input.rates) {
    const r = row(
      undefined,
      linesNpv(lines, horizon, input.rates.low, timing),
      linesNpv(lines, horizon, input.rates.high, timing)
    );
    if (isSiError(r)) return r;
    rows.push(r);
  }
  // Array.prototype.sort is stable (ES2019), so equal swings keep their order.
  return rows.sort((a, b) => b.swing - a.swing);
}
