/**
 * The peer: HyperFormula's native NPV over the same 50-year net series, measured as a recalculation
 * of ROWS formulas that all depend on one rate cell (so parsing is not counted, only evaluation).
 */
import { HyperFormula } from "hyperformula";
import { columnLetters } from "../src/core/cells";
import { series } from "./core-tasks";

const ROWS = 2000;
const YEARS = 50;

export function hyperformulaNpvTask(): {
  name: string;
  fn: () => void;
  evaluationsPerCall: number;
} {
  const { costs, benefits } = series(YEARS, 0);
  const net = benefits.map((b, t) => b - costs[t]);
  const rateCol = YEARS + 1; // one empty column, then the rate
  const rows = Array.from({ length: ROWS }, (_, r) => {
    const row: (number | string | null)[] = [
      ...net.map((v) => v + r),
      `=NPV($${columnLetters(rateCol + 1)}$1,A${r + 1}:${columnLetters(YEARS)}${r + 1})`,
      null,
    ];
    if (r === 0) row.push(0.035);
    return row;
  });
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  let k = 0;
  return {
    name: "HyperFormula native NPV, 50-year series (recalc)",
    evaluationsPerCall: ROWS,
    fn: () => {
      k++;
      hf.setCellContents({ sheet: 0, row: 0, col: rateCol }, [[0.035 + (k % 100) * 1e-6]]);
    },
  };
}
