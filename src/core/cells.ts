/**
 * The host-neutral shape of spreadsheet values. Hosts convert their own values into these before
 * calling the catalog: a blank cell is null, an omitted argument is undefined, a range is a grid.
 */
import { SiError } from "./errors";

export type Scalar = number | string | boolean | null;
export type CellValue = Scalar | SiError;
export type Grid = CellValue[][];
/** One argument as the catalog receives it: a single value, a range, or undefined when omitted. */
export type Arg = CellValue | Grid | undefined;

/** What a function gives back: one value, or a grid that spills. */
export type OutCell = number | string | SiError;
export type Result = OutCell | OutCell[][];

export function isGrid(a: Arg): a is Grid {
  return Array.isArray(a);
}

/** Blank means: an empty cell, an empty-text cell, or an omitted argument. */
export function isBlank(v: CellValue | undefined): v is null | undefined | "" {
  return v === null || v === undefined || v === "";
}

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Text that is a plain number ("12", " -0.5 ", "1e3"): numbers stored as text are common after imports. */
export function parseNumericText(s: string): number | undefined {
  return NUMERIC_TEXT.test(s) ? Number(s) : undefined;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Folded words seen before: option words and headers repeat in every call, folding them does not. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 10_000;

/**
 * Folds case, accents and separators so option words and headers match however they are typed:
 * "Återbetalningstid", "aterbetalningstid" and "ÅTERBETALNINGSTID" are the same word.
 */
export function foldWord(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const folded = s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(s, folded);
  return folded;
}
