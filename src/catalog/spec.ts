/**
 * The declarative description of one SI function. From this one table come the Excel metadata
 * (functions.json and its Swedish twin), the Excel wrappers, the HyperFormula plugin and the docs.
 */
import type { Arg, Result } from "../core/cells";
import type { Lang } from "../i18n/lang";

export interface ParamSpec {
  /** The English name, also the key of the Swedish text in src/i18n/functions.sv.ts. */
  name: string;
  description: string;
  optional?: boolean;
  /** Accepts a range (a row, a column or, for element-wise functions, any shape). */
  range?: boolean;
  /** In an element-wise function: a whole range read as one value (a table), not broadcast. */
  whole?: boolean;
}

export interface Example {
  /** Arguments as typed in a formula: numbers, strings, or arrays for ranges. */
  args: readonly (number | string | null | readonly (number | string | null)[][])[];
  /** The hand-worked result a test checks the implementation against. */
  result: number | string | readonly (readonly (number | string)[])[];
  note?: string;
}

/** What is known of an argument before evaluation: its shape, and its value when typed in the formula. */
export interface ArgShape {
  rows: number;
  cols: number;
  literal?: number | string;
}

export interface Size {
  rows: number;
  cols: number;
}

export interface FunctionSpec {
  /** The id and name in Excel, without the SI namespace: "CBA" is =SI.CBA(). */
  id: string;
  description: string;
  params: readonly ParamSpec[];
  /** True when the result may spill (a range); false when it is always one value. */
  spills: boolean;
  /** Element-wise: each argument may be a value or a range, ranges share one shape. */
  elementwise?: boolean;
  /** The formula in plain words for the documentation. */
  formula: string;
  /** Errors the function returns, for the documentation. */
  errors: string;
  examples: readonly Example[];
  invoke(args: readonly Arg[], lang: Lang): Result;
  /**
   * The largest result this call can give, from the arguments' shapes and literal values. Engines
   * that fix a formula's spill area before evaluating it (HyperFormula) need it; a smaller actual
   * result leaves the rest blank. Omitted: one value, or element-wise broadcasting for element-wise
   * functions.
   */
  resultSize?(args: readonly ArgShape[]): Size;
}
