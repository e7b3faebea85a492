/**
 * The two inputs the Kalkyl tab writes, as typed and as written: the discount rate is typed as a
 * percentage and written as a fraction (the sheet's cell is formatted as a percentage), the horizon
 * in whole years. The pane checks the text before it calls the service, and the service checks the
 * number again before anything is written. Pure.
 */
import type { KalkylInput, KalkylInputProblem } from "./kalkyl-outcome";

/** Rate −99 % … 100 %: below −100 % discounting has no meaning, above 100 % is surely a typo. */
export const RATE_MIN = -0.99;
export const RATE_MAX = 1;
/** Whole years; the sheet's yearly block shows 20, SI.CBATABLE takes any. */
export const HORIZON_MIN = 1;
export const HORIZON_MAX = 100;

export type ParsedInput =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: KalkylInputProblem };

/**
 * A plain decimal number as a user types it in Swedish or English: "3,5", "3.5", "−2", " 4 %".
 * Returned as text so that scaling by 100 is exact ("4.1" → 0.041, not 0.040999…).
 */
function decimalText(text: string, percent: boolean): string | undefined {
  let s = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  if (percent) s = s.replace(/%$/, "");
  s = s.replace(",", ".");
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? s : undefined;
}

/** Whether a number may be written to `input`'s cell; undefined when it may. */
export function inputProblem(input: KalkylInput, value: number): KalkylInputProblem | undefined {
  if (!Number.isFinite(value)) return "notNumber";
  if (input === "rate") return value >= RATE_MIN && value <= RATE_MAX ? undefined : "outOfRange";
  if (!Number.isInteger(value)) return "notWhole";
  return value >= HORIZON_MIN && value <= HORIZON_MAX ? undefined : "outOfRange";
}

/** The typed text as the value to write: the rate as a fraction, the horizon in years. */
export function parseInput(input: KalkylInput, text: string): ParsedInput {
  if (text.trim() === "") return { ok: false, problem: "empty" };
  const s = decimalText(text, input === "rate");
  if (s === undefined) return { ok: false, problem: "notNumber" };
  const value = input === "rate" ? Number(`${s}e-2`) : Number(s);
  const problem = inputProblem(input, value);
  return problem ? { ok: false, problem } : { ok: true, value };
}
