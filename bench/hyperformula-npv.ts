/**
 * The peer: HyperFormula's native NPV over the same 50-year net series, measured as a recalculation
 * of ROWS formulas that all depend on one rate cell (so parsing is not counted, only evaluation).
 */
import { HyperFormula } from "hyperformula";
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
      `=NPV($${colName(rateCol)}$1,A${r + 1}:${colName(YEARS - 1)}${r + 1})`,
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

function colName(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
