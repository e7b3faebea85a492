/** The effect of an intervention: the change in the target group minus the change the comparison group had anyway. */
import { SiError, div0Error, finite, numError, valueError } from "./errors";

export type EffectScale = "relative" | "absolute" | "ratio";

/** The four measurements; undefined is a blank cell. */
export interface EffectInput {
  targetBefore?: number;
  targetAfter?: number;
  controlBefore?: number;
  controlAfter?: number;
}

export function effect(input: EffectInput, scale: EffectScale): number | SiError {
  const { targetBefore: tb, targetAfter: ta, controlBefore: cb, controlAfter: ca } = input;
  if (ta === undefined) return valueError("missing", { arg: "target_after" });
  // Post-only comparison: no "before" values at all, both "after" values measured.
  if (scale === "absolute" && tb === undefined && cb === undefined && ca !== undefined)
    return finite(ta - ca);
  if (tb === undefined) return valueError("missing", { arg: "target_before" });
  const hasControl = cb !== undefined || ca !== undefined;
  if (hasControl && (cb === undefined || ca === undefined)) {
    return valueError("controlPair", {
      arg: cb === undefined ? "control_before" : "control_after",
    });
  }
  if (scale === "absolute") return finite(hasControl ? ta - tb - (ca! - cb!) : ta - tb);

  const base = baseline(tb, "target_before");
  if (base) return base;
  if (!hasControl) return finite(ta / tb - 1);
  const cbase = baseline(cb!, "control_before");
  if (cbase) return cbase;
  if (scale === "relative") return finite(ta / tb - 1 - (ca! / cb! - 1));
  if (ca === 0) return div0Error("zeroBaseline", { arg: "control_after" });
  if (ca! < 0) return numError("positiveBaseline", { arg: "control_after" });
  return finite(ta / tb / (ca! / cb!) - 1);
}

/** A relative change needs a positive baseline: zero has no relative change, a negative one flips its sign. */
function baseline(v: number, arg: string): SiError | undefined {
  if (v === 0) return div0Error("zeroBaseline", { arg });
  if (v < 0) return numError("positiveBaseline", { arg });
  return undefined;
}
