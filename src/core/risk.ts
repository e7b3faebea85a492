/** Scoring the risk matrix: likelihood × impact on a 5- or 3-step scale, and the level it falls in. */
import { foldWord } from "./cells";
import { SiError, numError, valueError } from "./errors";

export type RiskScale = 3 | 5;
export type RiskLevel = "low" | "medium" | "high";

const WORDS: Readonly<Record<RiskScale, readonly (readonly string[])[]>> = {
  5: [
    ["mycket låg", "very low"],
    ["låg", "low"],
    ["medel", "medium"],
    ["hög", "high"],
    ["mycket hög", "very high"],
  ],
  3: [
    ["låg", "low"],
    ["medel", "medium"],
    ["hög", "high"],
  ],
};

/** Folded word → step, per scale, built once. */
const STEP_OF: Readonly<Record<RiskScale, ReadonlyMap<string, number>>> = {
  5: new Map(
    WORDS[5].flatMap((spellings, i) => spellings.map((s) => [foldWord(s), i + 1] as const))
  ),
  3: new Map(
    WORDS[3].flatMap((spellings, i) => spellings.map((s) => [foldWord(s), i + 1] as const))
  ),
};

export function riskScaleOf(n: number): RiskScale | SiError {
  return n === 5 || n === 3 ? n : numError("riskScale", { arg: "scale" });
}

/** A step on the scale from a number 1..scale or a word; `arg` names the argument in errors. */
export function riskStep(v: number | string, scale: RiskScale, arg: string): number | SiError {
  if (typeof v === "number") {
    return Number.isInteger(v) && v >= 1 && v <= scale ? v : numError("riskStep", { arg, scale });
  }
  const step = STEP_OF[scale].get(foldWord(v));
  if (step !== undefined) return step;
  const words = WORDS[scale].map((s) => s[0]).join(", ");
  return valueError("riskWord", { arg, got: v, words });
}

export function riskScore(probability: number, impact: number): number {
  return probability * impact;
}

/** Level from the score's share of the largest possible score. */
export function riskLevel(score: number, scale: RiskScale): RiskLevel {
  const share = score / (scale * scale);
  if (share <= 0.25) return "low";
  if (share <= 0.5) return "medium";
  return "high";
}
