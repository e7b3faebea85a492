/** Standardised mean difference (Cohen's d, Hedges' g) with its standard error and 95 % interval. */
import { SiError, finite, numError } from "./errors";

export type EffectSizeType = "g" | "d";
export type EffectSizeOutput = "value" | "se" | "lower" | "upper";

export interface Group {
  mean: number;
  sd: number;
  n: number;
}

/** The two-sided 95 % normal quantile. */
export const Z95 = 1.959964;

export function effectSize(
  t: Group,
  c: Group,
  type: EffectSizeType,
  output: EffectSizeOutput
): number | SiError {
  if (t.n < 2) return numError("atLeastTwo", { arg: "n_t" });
  if (c.n < 2) return numError("atLeastTwo", { arg: "n_c" });
  if (t.sd < 0) return numError("nonNegative", { arg: "sd_t" });
  if (c.sd < 0) return numError("nonNegative", { arg: "sd_c" });
  const n = t.n + c.n;
  const pooled = Math.sqrt(((t.n - 1) * t.sd * t.sd + (c.n - 1) * c.sd * c.sd) / (n - 2));
  if (!(pooled > 0)) return numError("pooledSd");
  const d = (t.mean - c.mean) / pooled;
  const se = Math.sqrt(n / (t.n * c.n) + (d * d) / (2 * n));
  const j = type === "g" ? 1 - 3 / (4 * n - 9) : 1;
  const value = j * d;
  const seOut = j * se;
  switch (output) {
    case "value":
      return finite(value);
    case "se":
      return finite(seOut);
    case "lower":
      return finite(value - Z95 * seOut);
    case "upper":
      return finite(value + Z95 * seOut);
  }
}
