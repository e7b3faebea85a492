/**
 * `si-kalkyl recalc` on a 10,000-row workbook where each row is one investment over 30 years:
 * SI.CBA in one copy, the same net present value with native NPV in the other, both recalculated
 * by the same engine in one run. Times the whole recalc (xlsx bytes → evaluation → xlsx bytes) and
 * the evaluation alone, and checks that both copies agree before printing the ratio.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { recalcCommand } from "../src/cli/recalc";
import { columnLetters } from "../src/core/cells";
import { evaluate, writeSheetResults } from "../src/engine/workbook";
import { loadXlsxDirect } from "../src/engine/xlsx-file";
import { patchXlsx } from "../src/engine/xlsx-patch";
import { series } from "./core-tasks";

const ROWS = 10_000;
const YEARS = 30;
const RATE = 0.035;

/** Columns: A label, then 30 years of costs, 30 of benefits, the result; the rate in the corner. */
const COSTS = { from: 2, to: 1 + YEARS };
const BENEFITS = { from: 2 + YEARS, to: 1 + 2 * YEARS };
const RESULT = 2 + 2 * YEARS;
const RATE_CELL = `$${columnLetters(RESULT + 2)}$1`;

function span(from: number, to: number, row: number): string {
  return `${columnLetters(from)}${row}:${columnLetters(to)}${row}`;
}

/** SI.CBA(costs, benefits, rate): the npv with the first year undiscounted (timing 0). */
export function siFormula(row: number): string {
  return `SI.CBA(${span(COSTS.from, COSTS.to, row)},${span(BENEFITS.from, BENEFITS.to, row)},${RATE_CELL})`;
}

/** The same number natively: year 0 as it is, years 1… through NPV (which discounts from year 1). */
export function nativeFormula(row: number): string {
  const c0 = `${columnLetters(COSTS.from)}${row}`;
  const b0 = `${columnLetters(BENEFITS.from)}${row}`;
  const c = span(COSTS.from + 1, COSTS.to, row);
  const b = span(BENEFITS.from + 1, BENEFITS.to, row);
  return `${b0}-${c0}+NPV(${RATE_CELL},${b})-NPV(${RATE_CELL},${c})`;
}

/** The workbook as Excel would save a filled-down column: one shared formula for all rows. */
export async function buildWorkbook(file: string, formula: (row: number) => string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kalkyl");
  ws.getCell(1, 1).value = "Insats";
  ws.getCell(1, RESULT).value = "Nettonuvärde";
  ws.getCell(1, RESULT + 1).value = "Ränta";
  ws.getCell(1, RESULT + 2).value = RATE;
  const master = `${columnLetters(RESULT)}2`;
  for (let r = 0; r < ROWS; r++) {
    const row = ws.getRow(r + 2);
    const { costs, benefits } = series(YEARS, r);
    row.getCell(1).value = `Insats ${r + 1}`;
    costs.forEach((v, t) => (row.getCell(COSTS.from + t).value = v));
    benefits.forEach((v, t) => (row.getCell(BENEFITS.from + t).value = v));
    row.getCell(RESULT).value =
      r === 0
        ? ({
            formula: formula(2),
            shareType: "shared",
            ref: `${master}:${columnLetters(RESULT)}${ROWS + 1}`,
          } as ExcelJS.CellValue)
        : { sharedFormula: master };
  }
  await wb.xlsx.writeFile(file);
}

interface Phases {
  /** xlsx bytes → engine input (the sheet XML read directly, as the command does). */
  read: number;
  /** HyperFormula builds its graph and computes every formula. */
  evaluation: number;
  /** Results as cell writes, and the input file patched with them. */
  write: number;
  results: number[];
}

/** The pipeline of `si-kalkyl recalc` step by step, to see where the time goes. */
async function phases(input: string, output: string): Promise<Phases> {
  const t0 = performance.now();
  const bytes = readFileSync(input);
  const read = loadXlsxDirect(bytes);
  if (!read) throw new Error(`${input} is not read directly`);
  const t1 = performance.now();
  const ev = evaluate(read.input);
  const t2 = performance.now();
  const { writes } = writeSheetResults(read.cells, read.input, ev);
  writeFileSync(output, patchXlsx(bytes, writes, false));
  const t3 = performance.now();
  const results = Array.from({ length: ROWS }, (_, r) =>
    Number(ev.hf.getCellValue({ sheet: 0, row: r + 1, col: RESULT - 1 }))
  );
  ev.hf.destroy();
  return { read: t1 - t0, evaluation: t2 - t1, write: t3 - t2, results };
}

/** The whole recalc as users run it: `si-kalkyl recalc in.xlsx -o out.xlsx`. */
async function whole(input: string, output: string): Promise<number> {
  const t = performance.now();
  const io = { out: () => undefined, err: (text: string) => void process.stderr.write(text) };
  const code = await recalcCommand(
    { input, output, valuesOnly: false, report: false, lang: "en" },
    io
  );
  if (code !== 0) throw new Error(`recalc of ${input} failed`);
  return performance.now() - t;
}

function disagreement(a: number[], b: number[]): string | undefined {
  for (let i = 0; i < a.length; i++) {
    if (!(Math.abs(a[i] - b[i]) <= 1e-9 * Math.max(1, Math.abs(b[i]))))
      return `row ${i + 2}: ${a[i]} vs ${b[i]}`;
  }
  return undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const RUNS = 3;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the comparison and returns the lines to print. */
export async function recalcFigures(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "si-kalkyl-bench-"));
  try {
    const si = path.join(dir, "si.xlsx");
    const native = path.join(dir, "native.xlsx");
    await buildWorkbook(si, siFormula);
    await buildWorkbook(native, nativeFormula);
    // Warm-up: the first recalc also loads and compiles ExcelJS's and HyperFormula's code.
    await whole(native, path.join(dir, "warmup.xlsx"));
    // The machine's noise (garbage collection of a 1 GB heap) is large: median of three, interleaved.
    const totals = { si: [] as number[], native: [] as number[] };
    for (let k = 0; k < RUNS; k++) {
      totals.native.push(await whole(native, path.join(dir, "native-out.xlsx")));
      totals.si.push(await whole(si, path.join(dir, "si-out.xlsx")));
    }
    const n = { total: median(totals.native), ...(await phases(native, path.join(dir, "n.xlsx"))) };
    const s = { total: median(totals.si), ...(await phases(si, path.join(dir, "s.xlsx"))) };
    const differ = disagreement(s.results, n.results);
    if (differ) throw new Error(`SI.CBA and native NPV disagree at ${differ}`);
    const line = (name: string, t: typeof s) =>
      `  ${name} whole recalc ${seconds(t.total)} (median of ${RUNS}), evaluation alone ${seconds(t.evaluation)}` +
      ` (read ${seconds(t.read)}, write ${seconds(t.write)})`;
    return [
      `recalc, ${ROWS.toLocaleString("en-US")} rows × ${YEARS}-year series (results agree within 1e-9):`,
      line("SI.CBA workbook:    ", s),
      line("native NPV workbook:", n),
      `  SI.CBA / native: whole recalc ${(s.total / n.total).toFixed(2)}×, evaluation ${(s.evaluation / n.evaluation).toFixed(2)}×` +
        ` (target ≤ 1.5×: ${s.total / n.total <= 1.5 ? "met" : "NOT met"})`,
      `  target whole recalc < 5 s: ${s.total < 5000 ? "met" : "NOT met"} (${seconds(s.total)})`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  recalcFigures().then(
    (lines) => console.log(lines.join("\n")),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    }
  );
}
