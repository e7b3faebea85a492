/** The largest result of a call, known before evaluation (see FunctionSpec.resultSize). */
import { ArgShape, FunctionSpec, Size } from "./spec";

const ONE: Size = { rows: 1, cols: 1 };

export function predictSize(spec: FunctionSpec, args: readonly ArgShape[]): Size {
  if (spec.resultSize) return spec.resultSize(args);
  if (!spec.elementwise) return ONE;
  let shape = ONE;
  for (const [i, a] of args.entries()) {
    if (spec.params[i]?.whole || a.rows * a.cols <= 1) continue;
    if (shape === ONE) shape = { rows: a.rows, cols: a.cols };
    else if (a.rows !== shape.rows || a.cols !== shape.cols) return ONE; // the result is one #VALUE!
  }
  return shape;
}
