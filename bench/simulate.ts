/**
 * Monte Carlo over a cost–benefit line table: SI.CBASIM beside the way it is done in workbooks
 * today, in one run with the ratio printed.
 *
 * The model: 50 lines over a 30-year horizon at 3.5 %, year 1 undiscounted; 30 of the lines are
 * uncertain, each triangular between Låg (70 % of Belopp), Belopp (the mode) and Hög (140 %).
 *
 * - SI.CBASIM: 100,000 iterations through the catalog (argument coercion included), as Excel and
 *   the engine call it, `output` "table" (mean, sd, percentiles, probability: everything the
 *   Känslighetsanalys sheet shows). Median of a few calls after a warm-up.
 * - The RAND() table: 10,000 rows, one per iteration, evaluated by HyperFormula. Each row draws
 *   every uncertain line's amount with `RAND()` through the same triangular inverse CDF as a
 *   formula (one `RAND()` cell and one draw cell per line: the inverse CDF needs the same number
 *   twice), sums the 30 yearly net flows (`SUMPRODUCT` of the row's draws and each year's
 *   coefficients, plus the fixed lines' flow) and takes the NPV with native `NPV`. Timed is a
 *   fresh recalculation of the whole sheet — what happens on every edit, since RAND() is volatile —
 *   triggered by a change of the rate cell; the build (parsing 910,000 formulas) is reported apart.
 *
 * Both give the same model: the RAND() table's mean NPV must lie within 4 standard errors of
 * SI.CBASIM's, or the comparison is not printed as one. Figures, not assertions.
 */
import { HyperFormula } from "hyperformula";
import { findFunction } from "../src/catalog";
import { columnLetters } from "../src/core/cells";
import type { Arg, Grid, Result } from "../src/core/cells";

const LINES = 50;
const UNCERTAIN = 30;
const YEARS = 30;
const RATE = 0.035;
const ITERATIONS = 100_000;
const TABLE_ROWS = 10_000;
const LOW = 0.7;
const HIGH = 1.4;
const RUNS = 5;
const HF_RUNS = 3;

/** Targets from the issue: the simulation under 150 ms, at least 100× faster per iteration. */
const TARGET_MS = 150;
const TARGET_RATIO = 100;

interface Line {
  cost: boolean;
  amount: number;
  start: number;
  years: number;
  dropoff: number;
  uncertain: boolean;
}

/** 50 realistic lines: costs up front, benefits that start later and fade; 30 uncertain. */
export function modelLines(): Line[] {
  return Array.from({ length: LINES }, (_, i) => {
    const start = 1 + (i % 5);
    return {
      cost: i % 3 === 0,
      amount: 100_000 + 7_919 * i,
      start,
      years: Math.min(5 + ((i * 7) % 26), YEARS - start + 1),
      dropoff: (i % 5) / 20,
      uncertain: i % 5 < 3,
    };
  });
}

/** The line table as the sheet's SI_Kalkyl holds it, header row first. */
export function lineTable(lines: readonly Line[]): Grid {
  const head = ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år", "Avtagande", "Låg", "Hög"];
  const actors = ["Skola", "Socialtjänst", "Region", "Försäkringskassan"];
  return [
    head,
    ...lines.map((l, i) => [
      `Post ${i + 1}`,
      l.cost ? "Kostnad" : "Nytta",
      actors[i % actors.length],
      l.amount,
      l.start,
      l.years,
      l.dropoff,
      l.uncertain ? l.amount * LOW : null,
      l.uncertain ? l.amount * HIGH : null,
    ]),
  ];
}

/** A line's flow per krona of amount in year y (1-based), signed: costs negative. */
function coefficient(l: Line, year: number): number {
  const k = year - l.start;
  if (k < 0 || k >= l.years) return 0;
  return (l.cost ? -1 : 1) * (1 - l.dropoff) ** k;
}

/** The expected NPV, worked out directly: a triangular amount's mean is (a + m + b) / 3. */
function expectedNpv(lines: readonly Line[]): number {
  let npv = 0;
  for (const l of lines) {
    const mean = l.uncertain ? (l.amount * (LOW + 1 + HIGH)) / 3 : l.amount;
    for (let y = 1; y <= YEARS; y++) npv += (mean * coefficient(l, y)) / (1 + RATE) ** (y - 1);
  }
  return npv;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// ---------------------------------------------------------------------------------------------
// The RAND() table

/**
 * Two sheets: "Modell" holds each year's coefficients per uncertain line (rows 1–30, columns
 * A–AD), the fixed lines' flow per year (AE), each uncertain line's triangle (rows 32–35: low,
 * mode, high and the CDF at the mode) and the rate (AG1); "Simulering" one row per iteration.
 */
function randTable(lines: readonly Line[]): { Modell: unknown[][]; Simulering: unknown[][] } {
  const uncertain = lines.filter((l) => l.uncertain);
  const fixed = lines.filter((l) => !l.uncertain);
  const model: unknown[][] = [];
  for (let y = 1; y <= YEARS; y++) {
    const flow = fixed.reduce((s, l) => s + l.amount * coefficient(l, y), 0);
    const row: unknown[] = [...uncertain.map((l) => coefficient(l, y)), flow];
    if (y === 1) row.push(null, RATE);
    model.push(row);
  }
  model.push([]);
  model.push(uncertain.map((l) => l.amount * LOW));
  model.push(uncertain.map((l) => l.amount));
  model.push(uncertain.map((l) => l.amount * HIGH));
  model.push(uncertain.map(() => (1 - LOW) / (HIGH - LOW)));

  const n = uncertain.length;
  const col = (c: number) => columnLetters(c); // 1-based
  const uCol = (j: number) => col(1 + j);
  const xCol = (j: number) => col(1 + n + j);
  const yCol = (y: number) => col(1 + 2 * n + (y - 1));
  const param = (row: number, j: number) => `Modell!$${col(1 + j)}$${row}`;
  const sim: unknown[][] = [];
  for (let r = 1; r <= TABLE_ROWS; r++) {
    const row: unknown[] = [];
    for (let j = 0; j < n; j++) row.push("=RAND()");
    for (let j = 0; j < n; j++) {
      const [u, a, c, b, f] = [
        `${uCol(j)}${r}`,
        param(32, j),
        param(33, j),
        param(34, j),
        param(35, j),
      ];
      row.push(
        `=IF(${u}<${f},${a}+SQRT(${u}*(${b}-${a})*(${c}-${a})),${b}-SQRT((1-${u})*(${b}-${a})*(${b}-${c})))`
      );
    }
    const draws = `${xCol(0)}${r}:${xCol(n - 1)}${r}`;
    for (let y = 1; y <= YEARS; y++)
      row.push(`=SUMPRODUCT(${draws},Modell!$A$${y}:$${col(n)}$${y})+Modell!$${col(n + 1)}$${y}`);
    row.push(`=${yCol(1)}${r}+NPV(Modell!$${col(n + 3)}$1,${yCol(2)}${r}:${yCol(YEARS)}${r})`);
    sim.push(row);
  }
  return { Modell: model, Simulering: sim };
}

interface TableFigures {
  buildMs: number;
  recalcMs: number;
  mean: number;
  sd: number;
}

export function hyperformulaRandTable(lines: readonly Line[]): TableFigures {
  const sheets = randTable(lines);
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(
    sheets as unknown as Parameters<typeof HyperFormula.buildFromSheets>[0],
    {
      licenseKey: "gpl-v3",
    }
  );
  const buildMs = performance.now() - t0;
  const modell = hf.getSheetId("Modell")!;
  const sim = hf.getSheetId("Simulering")!;
  const npvCol = 2 * UNCERTAIN + YEARS; // 0-based: after the RAND() cells, the draws and the years
  const rateAt = { sheet: modell, row: 0, col: UNCERTAIN + 2 };
  const times: number[] = [];
  for (let k = 1; k <= HF_RUNS; k++) {
    // A change of the rate: every RAND() (volatile) and everything under it is computed afresh.
    // The last run sets the rate itself, so the NPVs read below are the model's.
    const t = performance.now();
    hf.setCellContents(rateAt, [[k === HF_RUNS ? RATE : RATE + k * 1e-12]]);
    times.push(performance.now() - t);
  }
  const npvs = hf
    .getRangeValues({
      start: { sheet: sim, row: 0, col: npvCol },
      end: { sheet: sim, row: TABLE_ROWS - 1, col: npvCol },
    })
    .map((r) => Number(r[0]));
  hf.destroy();
  const mean = npvs.reduce((s, v) => s + v, 0) / npvs.length;
  const sd = Math.sqrt(npvs.reduce((s, v) => s + (v - mean) ** 2, 0) / (npvs.length - 1));
  return { buildMs, recalcMs: median(times), mean, sd };
}

// ---------------------------------------------------------------------------------------------
// SI.CBASIM

function scalar(result: Result, what: string): number {
  if (typeof result !== "number") throw new Error(`SI.CBASIM ${what}: ${JSON.stringify(result)}`);
  return result;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const us = (x: number) => `${(x * 1000).toFixed(2)} µs`;
const n = (x: number) => Math.round(x).toLocaleString("en-US");

/** Runs the comparison and returns the lines to print. */
export function simulateFigures(): string[] {
  const CBASIM = findFunction("CBASIM");
  const title = `SI.CBASIM, ${ITERATIONS.toLocaleString("en-US")} iterations over ${LINES} lines (${UNCERTAIN} uncertain, triangular), ${YEARS}-year horizon:`;
  if (!CBASIM) return [title, "  skipped: SI.CBASIM is not in the catalog yet"];
  const lines = modelLines();
  const table = lineTable(lines);
  const call = (output: string, iterations = ITERATIONS, seed = 1) =>
    CBASIM.invoke([table, RATE, YEARS, iterations, seed, output] as Arg[], "en");

  call("table", 1000); // warm-up: JIT
  const times: number[] = [];
  let result: Result = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = call("table");
    times.push(performance.now() - t);
  }
  if (!Array.isArray(result)) throw new Error(`SI.CBASIM table: ${JSON.stringify(result)}`);
  const simMs = median(times);
  const mean = scalar(call("mean"), "mean");
  const sd = scalar(call("sd"), "sd");
  const exact = expectedNpv(lines);

  const rand = hyperformulaRandTable(lines);
  const perSim = simMs / ITERATIONS;
  const perRand = rand.recalcMs / TABLE_ROWS;
  const ratio = perRand / perSim;
  // Two independent estimates of one mean: their difference has sd √(sd₁²/n₁ + sd₂²/n₂).
  const se = Math.sqrt(sd ** 2 / ITERATIONS + rand.sd ** 2 / TABLE_ROWS);
  const z = Math.abs(mean - rand.mean) / se;
  const same = z <= 4;
  return [
    title,
    `  SI.CBASIM (catalog, output "table"): ${ms(simMs)} (median of ${RUNS}), ${us(perSim)} per iteration`,
    `  RAND() table in HyperFormula, ${n(TABLE_ROWS)} rows × ${2 * UNCERTAIN + YEARS + 1} formulas: recalculation ${ms(rand.recalcMs)} (median of ${HF_RUNS}; build ${ms(rand.buildMs)}), ${us(perRand)} per iteration`,
    `  per iteration: SI.CBASIM ${ratio.toFixed(0)}× faster than the RAND() table`,
    `  same model: mean NPV ${n(mean)} kr (SI.CBASIM) vs ${n(rand.mean)} kr (RAND() table), ${z.toFixed(1)} standard errors apart` +
      ` (${same ? "agree" : "DISAGREE"}); exact expectation ${n(exact)} kr; sd ${n(sd)} vs ${n(rand.sd)} kr`,
    `  target simulation < ${TARGET_MS} ms: ${simMs < TARGET_MS ? "met" : "NOT met"} (${ms(simMs)})`,
    `  target ≥ ${TARGET_RATIO}× faster per iteration: ${same && ratio >= TARGET_RATIO ? "met" : "NOT met"} (${ratio.toFixed(0)}×${same ? "" : ", models disagree"})`,
  ];
}

if (require.main === module) {
  try {
    console.log(simulateFigures().join("\n"));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
