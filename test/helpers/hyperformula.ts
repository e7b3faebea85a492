/** HyperFormula's own native functions as an independent reference for our numbers. */
import { DetailedCellError, HyperFormula } from "hyperformula";

const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", precisionRounding: 14 });
const sheet = hf.getSheetId(hf.addSheet("Ref"))!;

export function hfEval(formula: string): number | string {
  const v = hf.calculateFormula(formula, sheet);
  if (v instanceof DetailedCellError) return v.value;
  if (typeof v === "number" || typeof v === "string") return v;
  throw new Error(`unexpected HyperFormula result for ${formula}: ${JSON.stringify(v)}`);
}

export function arrayConstant(xs: readonly number[]): string {
  return `{${xs.map((x) => x.toString()).join(",")}}`;
}
