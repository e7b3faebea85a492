/**
 * Turning raw arguments into typed inputs, with errors that name the argument. Shared by every
 * host, so Excel and the headless engine reject the same input with the same message.
 */
import { Arg, CellValue, foldWord, isBlank, isGrid, parseNumericText } from "../core/cells";
import { SiError, isSiError, numError, valueError } from "../core/errors";

/** The single value of an argument: a 1×1 range counts as a value, a larger range is #VALUE!. */
export function single(arg: Arg, name: string): CellValue | undefined | SiError {
  if (!isGrid(arg)) return arg;
  if (arg.length === 1 && arg[0].length === 1) return arg[0][0];
  if (arg.length === 0 || arg[0].length === 0) return undefined;
  return valueError("expectedSingle", { arg: name });
}

/** A number from one cell. Blank gives `fallback` (undefined when the argument has no default). */
export function cellNumber(
  v: CellValue | undefined,
  name: string,
  fallback: number
): number | SiError;
export function cellNumber(v: CellValue | undefined, name: string): number | undefined | SiError;
export function cellNumber(
  v: CellValue | undefined,
  name: string,
  fallback?: number
): number | undefined | SiError {
  if (isSiError(v)) return v;
  if (isBlank(v)) return fallback;
  if (typeof v === "number") return Number.isFinite(v) ? v : numError("notFinite", { arg: name });
  if (typeof v === "string") {
    const n = parseNumericText(v);
    return n === undefined ? valueError("expectedNumber", { arg: name, got: v }) : n;
  }
  return valueError("expectedNumberBool", { arg: name });
}

/** A number argument; blank or omitted gives `fallback`. */
export function numberArg(arg: Arg, name: string, fallback: number): number | SiError;
export function numberArg(arg: Arg, name: string): number | undefined | SiError;
export function numberArg(arg: Arg, name: string, fallback?: number): number | undefined | SiError {
  const v = single(arg, name);
  if (isSiError(v)) return v;
  return fallback === undefined ? cellNumber(v, name) : cellNumber(v, name, fallback);
}

/** A number from one cell that must be filled in. */
export function requiredCell(v: CellValue | undefined, name: string): number | SiError {
  const n = cellNumber(v, name);
  return n === undefined ? valueError("missing", { arg: name }) : n;
}

/** A number argument that must be present. */
export function requiredNumber(arg: Arg, name: string): number | SiError {
  const n = numberArg(arg, name);
  return n === undefined ? valueError("missing", { arg: name }) : n;
}

/** Option words: canonical value → accepted spellings (Swedish and English), matched case- and accent-insensitively. */
export type OptionTable<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Folded spelling → option, built once per table: folding is the slow part of a lookup. */
const folded = new WeakMap<object, ReadonlyMap<string, string>>();

export function matchOption<T extends string>(
  word: string,
  options: OptionTable<T>
): T | undefined {
  let lookup = folded.get(options);
  if (!lookup) {
    const map = new Map<string, string>();
    for (const key of Object.keys(options) as T[])
      for (const s of options[key]) map.set(foldWord(s), key);
    folded.set(options, map);
    lookup = map;
  }
  return lookup.get(foldWord(word)) as T | undefined;
}

export function optionArg<T extends string>(
  arg: Arg,
  name: string,
  options: OptionTable<T>,
  fallback: NoInfer<T>
): T | SiError {
  const v = single(arg, name);
  if (isSiError(v)) return v;
  if (isBlank(v)) return fallback;
  if (typeof v !== "string")
    return valueError("expectedOption", { arg: name, allowed: allowedList(options) });
  const hit = matchOption(v, options);
  return hit ?? valueError("unknownOption", { arg: name, got: v, allowed: allowedList(options) });
}

function allowedList<T extends string>(options: OptionTable<T>): string {
  return Object.values<readonly string[]>(options)
    .map((spellings) => `"${spellings[0]}"`)
    .join(", ");
}

/**
 * A cash-flow series from a row or a column. A blank cell is 0 and keeps its period, unlike
 * Excel's NPV which skips blanks and shifts every later period.
 */
export function seriesArg(arg: Arg, name: string): number[] | SiError {
  if (arg === undefined) return valueError("missing", { arg: name });
  if (!isGrid(arg)) {
    const n = cellNumber(arg, name, 0);
    return isSiError(n) ? n : [n as number];
  }
  const rows = arg.length;
  const cols = rows === 0 ? 0 : arg[0].length;
  if (rows === 0 || cols === 0) return valueError("emptyRange", { arg: name });
  if (rows > 1 && cols > 1) return valueError("expectedRowOrColumn", { arg: name, rows, cols });
  const out = new Array<number>(rows * cols);
  for (let i = 0; i < out.length; i++) {
    const v = rows === 1 ? arg[0][i] : arg[i][0];
    if (typeof v === "number" && Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    const n = cellNumber(v, name, 0);
    if (isSiError(n))
      return n.key === "propagated"
        ? n
        : new SiError(n.kind, "seriesCell", { arg: name, pos: i + 1 });
    out[i] = n as number;
  }
  return out;
}

/** The whole argument as a grid (a single value becomes 1×1, omitted becomes 0×0). */
export function gridArg(arg: Arg): CellValue[][] {
  if (arg === undefined) return [];
  return isGrid(arg) ? arg : [[arg]];
}

/** The first error among already-coerced values, so a function can check them all at once. */
export function firstError(values: readonly unknown[]): SiError | undefined {
  return values.find(isSiError) as SiError | undefined;
}

type NoErrors<T extends readonly unknown[]> = { [K in keyof T]: Exclude<T[K], SiError> };

/** The values with their error types removed, or the first error among them (argument order). */
export function allOk<T extends readonly unknown[]>(values: T): NoErrors<T> | SiError {
  return firstError(values) ?? (values as unknown as NoErrors<T>);
}

/** The timing switch shared by the cost–benefit functions: 0 or 1. */
export function timingArg(arg: Arg, name: string): 0 | 1 | SiError {
  const t = numberArg(arg, name, 0);
  if (isSiError(t)) return t;
  return t === 0 || t === 1 ? t : numError("timing", { arg: name });
}
