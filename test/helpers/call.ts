/** Test helpers: call a catalog function as a formula would, and compare numbers with a tolerance. */
import { Arg, OutCell, Result } from "../../src/core/cells";
import { SiError } from "../../src/core/errors";
import { findFunction } from "../../src/catalog";
import { formatError } from "../../src/i18n/format";
import { Lang } from "../../src/i18n/lang";

export type Literal = number | string | boolean | null | SiError | Literal[][];

/** A literal as a formula would pass it: arrays are ranges, null is a blank cell. */
export function toArg(v: Literal | undefined): Arg {
  return v as Arg;
}

export function call(id: string, args: (Literal | undefined)[], lang: Lang = "en"): Result {
  const spec = findFunction(id);
  if (!spec) throw new Error(`no function ${id}`);
  return spec.invoke(args.map(toArg), lang);
}

/** The single value of a result (unwrapping a 1×1 spill). */
export function one(r: Result): OutCell {
  if (Array.isArray(r)) {
    if (r.length !== 1 || r[0].length !== 1)
      throw new Error(`expected one value, got ${r.length}×${r[0]?.length}`);
    return r[0][0];
  }
  return r;
}

export function num(r: Result): number {
  const v = one(r);
  if (typeof v !== "number") throw new Error(`expected a number, got ${describe(v)}`);
  return v;
}

export function describe(v: OutCell): string {
  return v instanceof SiError ? `${v.kind} ${formatError(v, "en")}` : JSON.stringify(v);
}

/** The error of a result, or a test failure saying what came instead. */
export function err(r: Result): SiError {
  const v = one(r);
  if (!(v instanceof SiError)) throw new Error(`expected an error, got ${describe(v)}`);
  return v;
}

/** |a − b| within a relative tolerance (absolute near 0). */
export function expectClose(actual: number, expected: number, rel = 1e-12): void {
  const tol = rel * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(
      `expected ${expected}, got ${actual} (difference ${actual - expected}, tolerance ${tol})`
    );
  }
}

export function row(values: (number | string | null)[]): Literal[][] {
  return [values];
}

export function column(values: (number | string | null)[]): Literal[][] {
  return values.map((v) => [v]);
}
