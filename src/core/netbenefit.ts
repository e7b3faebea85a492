/** What of a gross effect can be credited to the intervention, after the usual adjustments. */
import { SiError, finite, numError } from "./errors";

export interface Adjustments {
  deadweight: number;
  attribution: number;
  displacement: number;
  optimismBias: number;
}

const SHARE_ARGS: Readonly<Record<keyof Adjustments, string>> = {
  deadweight: "deadweight",
  attribution: "attribution",
  displacement: "displacement",
  optimismBias: "optimism_bias",
};

export function netBenefit(gross: number, adj: Adjustments): number | SiError {
  for (const key of Object.keys(SHARE_ARGS) as (keyof Adjustments)[]) {
    const v = adj[key];
    if (v < 0 || v > 1) return numError("share", { arg: SHARE_ARGS[key] });
  }
  return finite(
    gross *
      (1 - adj.deadweight) *
      (1 - adj.attribution) *
      (1 - adj.displacement) *
      (1 - adj.optimismBias)
  );
}
