/**
 * Uncertain amounts in a cost–benefit line table, and how they are drawn.
 *
 * A line with Låg/Low and Hög/High is uncertain in its Belopp/Amount; Fördelning/Distribution says
 * how (triangular by default). Draws are reproducible on every platform:
 *
 * - **Generator.** xoroshiro128+ (Blackman & Vigna, 2018) from `pure-rand` 8, seeded with
 *   `xoroshiro128plus(fmix32(seed))`, where fmix32 is MurmurHash3's 32-bit finaliser (a bijection, so
 *   different seeds give different generators, and neighbouring seeds start far apart). The line in
 *   table row r (the header is row 1) draws from its own stream: that generator jumped r − 1 times
 *   (each jump is 2^64 steps). A line's draws therefore do not depend on the other lines: making
 *   another line uncertain, or changing its distribution, leaves this line's draws as they were.
 * - **Uniforms.** Each uniform takes one 32-bit output x of the stream: u = (x + ½)/2^32 (x read as
 *   unsigned), exact in binary floating point and strictly inside (0, 1).
 * - **Sampling**, one line at a time, one draw per iteration:
 *   triangular, uniform and normal by the inverse of the distribution function, one uniform per draw
 *   (normal through Acklam's rational approximation of the normal quantile, relative error below
 *   1.15·10⁻⁹); Beta-PERT as a + (b − a)·X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β),
 *   α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a), each gamma by Marsaglia and Tsang's method
 *   (ACM TOMS 26:363, 2000): two uniforms per attempt (one for a normal through the same quantile,
 *   one to accept), an attempt accepted with probability above 0.95 for these shapes (1 ≤ α, β ≤ 5).
 *   A line whose range is empty (Låg = Hög) draws nothing: its amount is fixed.
 *
 * Everything is IEEE-754 arithmetic and square roots, which every JavaScript engine computes
 * identically, except Math.log in the normal tails (u < 0.02425 or u > 0.97575) and in the rare
 * PERT attempts the squeeze does not decide: Math.log is the same on every V8 host (Excel on Windows
 * and the web in Edge/Chrome, Node) and may differ in the last binary digit on another engine.
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { CbaLine, parseLines } from "./cbalines";
import { CellValue, Grid, foldWord, isBlank, parseNumericText } from "./cells";
import { SiError, isSiError, numError, valueError } from "./errors";

export type Distribution = "triangular" | "uniform" | "pert" | "normal";

/** Words for each distribution, Swedish and English, matched after folding case and accents. */
export const DISTRIBUTION_WORDS: Readonly<Record<Distribution, readonly string[]>> = {
  triangular: ["triangel", "triangular", "triangulär", "triangelfördelning"],
  uniform: ["likformig", "uniform", "rektangulär", "likformig fördelning"],
  pert: ["pert", "beta-pert", "betapert"],
  normal: ["normal", "normalfördelning", "normalfördelad"],
};

/** The 95th percentile of the standard normal as the contract gives it: sd = (Hög − Låg)/(2·1.644854). */
export const Z95 = 1.644854;

export interface Uncertainty {
  low: number;
  high: number;
  distribution: Distribution;
}

export interface UncertainLine extends CbaLine {
  /** The line's row in the table, the header being row 1 (for messages and the line's stream). */
  row: number;
  /** Absent: the amount is fixed. */
  uncertainty?: Uncertainty;
}

type Extra = "low" | "high" | "distribution";
const EXTRA_HEADERS: Readonly<Record<Extra, readonly string[]>> = {
  low: ["Låg", "Low"],
  high: ["Hög", "High"],
  distribution: ["Fördelning", "Distribution"],
};

function distributionOf(v: string): Distribution | undefined {
  const w = foldWord(v);
  return (Object.keys(DISTRIBUTION_WORDS) as Distribution[]).find((d) =>
    DISTRIBUTION_WORDS[d].some((s) => foldWord(s) === w)
  );
}

const ALLOWED = '"triangel"/"triangular", "likformig"/"uniform", "pert", "normal"';

/**
 * The lines as SI.CBATABLE reads them (same columns, same errors first), each with its uncertainty
 * from the optional columns Låg/Low, Hög/High and Fördelning/Distribution. Låg and Hög both blank
 * (an empty cell or empty text): fixed; one of them blank: #VALUE!. Triangular, PERT and normal need
 * Låg ≤ Belopp ≤ Hög, uniform Låg ≤ Hög; otherwise #NUM! naming the row.
 */
export function parseUncertainLines(grid: Grid): UncertainLine[] | SiError {
  const base = parseLines(grid);
  if (isSiError(base)) return base;
  const cols = new Map<Extra, number>();
  grid[0]?.forEach((h, i) => {
    if (typeof h !== "string") return;
    const w = foldWord(h);
    const col = (Object.keys(EXTRA_HEADERS) as Extra[]).find((c) =>
      EXTRA_HEADERS[c].some((s) => foldWord(s) === w)
    );
    if (col && !cols.has(col)) cols.set(col, i);
  });
  const out: UncertainLine[] = [];
  for (const line of base) {
    const cells = grid[line.row - 1];
    const cell = (c: Extra): CellValue | undefined => {
      const i = cols.get(c);
      return i === undefined ? undefined : cells[i];
    };
    const u = uncertaintyOf(line, cell);
    if (isSiError(u)) return u;
    out.push(u ? { ...line, uncertainty: u } : { ...line });
  }
  return out;
}

function uncertaintyOf(
  line: CbaLine,
  cell: (c: Extra) => CellValue | undefined
): Uncertainty | undefined | SiError {
  const row = line.row;
  const rawDist = cell("distribution");
  let distribution: Distribution = "triangular";
  if (!isBlank(rawDist)) {
    const d = typeof rawDist === "string" ? distributionOf(rawDist) : undefined;
    if (!d)
      return valueError("lineDistribution", {
        arg: "lines",
        row,
        got: String(rawDist),
        allowed: ALLOWED,
      });
    distribution = d;
  }
  const rawLow = cell("low");
  const rawHigh = cell("high");
  if (isBlank(rawLow) && isBlank(rawHigh)) return undefined;
  if (isBlank(rawLow) || isBlank(rawHigh))
    return valueError("lineRange", {
      arg: "lines",
      row,
      column: isBlank(rawLow) ? "Låg/Low" : "Hög/High",
    });
  const low = rangeNumber(rawLow, row, "Låg/Low");
  if (isSiError(low)) return low;
  const high = rangeNumber(rawHigh, row, "Hög/High");
  if (isSiError(high)) return high;
  const ordered =
    distribution === "uniform" ? low <= high : low <= line.amount && line.amount <= high;
  if (!ordered)
    return numError(distribution === "uniform" ? "lineOrderUniform" : "lineOrder", {
      arg: "lines",
      row,
    });
  return { low, high, distribution };
}

function rangeNumber(v: CellValue, row: number, column: string): number | SiError {
  if (isSiError(v)) return v;
  if (typeof v === "number")
    return Number.isFinite(v) ? v : numError("lineNumber", { arg: "lines", row, column });
  const n = typeof v === "string" ? parseNumericText(v) : undefined;
  return n === undefined ? valueError("lineNumber", { arg: "lines", row, column }) : n;
}

// ---------------------------------------------------------------------------------------------
// The generator

export type Generator = ReturnType<typeof xoroshiro128plus>;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit words that spreads every bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The generator of a seed (a whole number 0 … 2^32 − 1). */
export function seededGenerator(seed: number): Generator {
  return xoroshiro128plus(fmix32(seed >>> 0));
}

/**
 * Streams for lines in increasing row order: `at(row)` is the seeded generator jumped row − 1
 * times, each stream 2^64 steps from the next.
 */
export function lineStreams(seed: number): { at(row: number): Generator } {
  const g = seededGenerator(seed);
  let jumps = 0;
  return {
    at(row: number): Generator {
      if (row - 1 < jumps) throw new Error("line streams must be taken in increasing row order");
      while (jumps < row - 1) {
        g.jump();
        jumps++;
      }
      return g.clone();
    },
  };
}

const TWO_POW_M32 = 2 ** -32;
const TWO_POW_M33 = 2 ** -33;

/** A uniform strictly inside (0, 1) from one 32-bit output: (x + ½)/2^32. */
export function uniform01(g: Generator): number {
  return (g.next() >>> 0) * TWO_POW_M32 + TWO_POW_M33;
}

// ---------------------------------------------------------------------------------------------
// The normal quantile: Peter J. Acklam's rational approximation (2003), relative error < 1.15e-9.

const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function tail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  return (
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
    ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
  );
}

/** The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (±Infinity at 0 and 1, NaN outside). */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p < P_LOW) return tail(p);
  if (p > 1 - P_LOW) return -tail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

// ---------------------------------------------------------------------------------------------
// Drawing

/**
 * Adds coef·(X_i − amount) to out[i] for i = 0 … out.length − 1, X_i the line's i-th draw: the
 * line's contribution to each iteration's NPV, measured from the NPV at Belopp.
 */
export function addDeviations(
  amount: number,
  u: Uncertainty,
  coef: number,
  g: Generator,
  out: Float64Array
): void {
  const n = out.length;
  const { low: a, high: b } = u;
  if (a === b) {
    const d = coef * (a - amount);
    if (d !== 0) for (let i = 0; i < n; i++) out[i] += d;
    return;
  }
  switch (u.distribution) {
    case "uniform": {
      const w = b - a;
      for (let i = 0; i < n; i++) out[i] += coef * (a + uniform01(g) * w - amount);
      return;
    }
    case "triangular": {
      const c = amount;
      const split = (c - a) / (b - a);
      const k1 = (b - a) * (c - a);
      const k2 = (b - a) * (b - c);
      for (let i = 0; i < n; i++) {
        const p = uniform01(g);
        const x = p < split ? a + Math.sqrt(p * k1) : b - Math.sqrt((1 - p) * k2);
        out[i] += coef * (x - amount);
      }
      return;
    }
    case "normal": {
      const sd = (b - a) / (2 * Z95);
      for (let i = 0; i < n; i++) out[i] += coef * sd * normalQuantile(uniform01(g));
      return;
    }
    case "pert": {
      const alpha = 1 + (4 * (amount - a)) / (b - a);
      const beta = 1 + (4 * (b - amount)) / (b - a);
      const draw = betaSampler(alpha, beta, g);
      const w = b - a;
      for (let i = 0; i < n; i++) out[i] += coef * (a + w * draw() - amount);
      return;
    }
  }
}

/**
 * Draws from Gamma(shape, 1), shape ≥ 1, by Marsaglia and Tsang's method (ACM TOMS 26:363, 2000):
 * d = shape − ⅓, c = 1/√(9d); repeat: x standard normal (Acklam's quantile of one uniform),
 * v = (1 + cx)³, u one more uniform, until v > 0 and u < 1 − 0.0331x⁴ (the squeeze, which
 * decides about 92 % of attempts without a logarithm) or log u < x²/2 + d(1 − v + log v); then d·v.
 */
export function gammaSampler(shape: number, g: Generator): () => number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return () => {
    for (;;) {
      const x = normalQuantile(uniform01(g));
      const t = 1 + c * x;
      const u = uniform01(g);
      if (t <= 0) continue;
      const v = t * t * t;
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };
}

/** Draws from Beta(alpha, beta), alpha, beta ≥ 1, as X/(X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function betaSampler(alpha: number, beta: number, g: Generator): () => number {
  const x = gammaSampler(alpha, g);
  const y = gammaSampler(beta, g);
  return () => {
    const a = x();
    return a / (a + y());
  };
}
