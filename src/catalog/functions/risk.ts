import { CellValue, OutCell, isBlank, parseNumericText } from "../../core/cells";
import { SiError, isSiError, valueError } from "../../core/errors";
import { RiskScale, riskLevel, riskScaleOf, riskScore, riskStep } from "../../core/risk";
import { RISK_LEVEL_LABELS } from "../../i18n/labels";
import { Lang } from "../../i18n/lang";
import { elementwise } from "../broadcast";
import { cellNumber } from "../coerce";
import { FunctionSpec, ParamSpec } from "../spec";

const NAMES = ["probability", "impact", "scale"] as const;

function step(v: CellValue | undefined, scale: RiskScale, arg: string): number | SiError {
  if (isSiError(v)) return v;
  if (typeof v === "string" && parseNumericText(v) === undefined) return riskStep(v, scale, arg);
  const n = cellNumber(v, arg);
  return isSiError(n) ? n : riskStep(n as number, scale, arg);
}

/**
 * Score one row of the risk matrix. A row with neither value filled in gives an empty cell, so a
 * whole column of the matrix can be scored before every row is written.
 */
function scoreCells(
  cells: (CellValue | undefined)[]
): { score: number; scale: RiskScale } | SiError | "" {
  const [p, i, s] = cells;
  const n = cellNumber(s, "scale", 5);
  if (isSiError(n)) return n;
  const scale = riskScaleOf(n as number);
  if (isSiError(scale)) return scale;
  if (isBlank(p) && isBlank(i)) return "";
  if (isBlank(p)) return valueError("riskOneBlank", { arg: "probability" });
  if (isBlank(i)) return valueError("riskOneBlank", { arg: "impact" });
  const ps = step(p, scale, "probability");
  if (isSiError(ps)) return ps;
  const is = step(i, scale, "impact");
  if (isSiError(is)) return is;
  return { score: riskScore(ps, is), scale };
}

const PARAMS: readonly ParamSpec[] = [
  {
    name: "probability",
    description:
      "Likelihood: a whole number 1..scale or a word (mycket låg/very low, låg/low, medel/medium, hög/high, mycket hög/very high).",
    range: true,
  },
  {
    name: "impact",
    description: "Impact on the effort, on the same scale as probability.",
    range: true,
  },
  {
    name: "scale",
    description:
      "5 (default) or 3 steps; on 3 steps the words are låg/low, medel/medium, hög/high.",
    optional: true,
    range: true,
  },
];

const ERRORS =
  "#VALUE! an unknown word, TRUE/FALSE, or only one of the two values filled in; #NUM! a number outside 1..scale or a scale other than 5 or 3. Both values blank gives an empty cell.";

export const RISKSCORE: FunctionSpec = {
  id: "RISKSCORE",
  description: "Risk score for the risk matrix: likelihood × impact. Element-wise.",
  params: PARAMS,
  spills: true,
  elementwise: true,
  formula: "score = probability · impact, each a step 1..scale.",
  errors: ERRORS,
  examples: [
    { args: [4, 5], result: 20 },
    { args: ["hög", "medel"], result: 12 },
    { args: ["high", "low", 3], result: 3 },
  ],
  invoke(args) {
    return elementwise(args, NAMES, (cells): OutCell => {
      const r = scoreCells(cells);
      return r === "" || isSiError(r) ? r : r.score;
    });
  },
};

export const RISKLEVEL: FunctionSpec = {
  id: "RISKLEVEL",
  description:
    "Risk level for the risk matrix: Låg/Low, Medel/Medium or Hög/High from likelihood × impact. Element-wise.",
  params: PARAMS,
  spills: true,
  elementwise: true,
  formula:
    "share = probability · impact / scale²: ≤ 0.25 Låg/Low, ≤ 0.5 Medel/Medium, else Hög/High (in the display language).",
  errors: ERRORS,
  examples: [
    { args: [4, 5], result: "High", note: "20/25 = 0.8." },
    { args: [2, 3], result: "Low", note: "6/25 = 0.24." },
    { args: ["låg", "hög", 3], result: "Medium", note: "1·3/9 ≈ 0.33." },
  ],
  invoke(args, lang: Lang) {
    return elementwise(args, NAMES, (cells): OutCell => {
      const r = scoreCells(cells);
      return r === "" || isSiError(r) ? r : RISK_LEVEL_LABELS[lang][riskLevel(r.score, r.scale)];
    });
  },
};
