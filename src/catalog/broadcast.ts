/**
 * Element-wise evaluation: every argument may be one value or a range; ranges share one shape,
 * a 1×1 range or a single value is repeated, and the result has the common shape.
 */
import { Arg, CellValue, OutCell, isGrid } from "../core/cells";
import { SiError, valueError } from "../core/errors";

interface Shape {
  rows: number;
  cols: number;
}

function shapeOf(arg: Arg): Shape {
  if (!isGrid(arg)) return { rows: 1, cols: 1 };
  return { rows: arg.length, cols: arg.length === 0 ? 0 : arg[0].length };
}

/** The common shape of the arguments, or #VALUE! naming the two that disagree. */
export function commonShape(args: readonly Arg[], names: readonly string[]): Shape | SiError {
  let shape: Shape = { rows: 1, cols: 1 };
  let owner = -1;
  for (let i = 0; i < args.length; i++) {
    const s = shapeOf(args[i]);
    if (s.rows === 0 || s.cols === 0) return valueError("emptyRange", { arg: names[i] });
    if (s.rows === 1 && s.cols === 1) continue;
    if (owner < 0) {
      shape = s;
      owner = i;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      return valueError("shapeMismatch", {
        arg: names[i],
        other: names[owner],
        shape: `${s.rows}×${s.cols}`,
        otherShape: `${shape.rows}×${shape.cols}`,
      });
    }
  }
  return shape;
}

function cellAt(arg: Arg, r: number, c: number): CellValue | undefined {
  if (!isGrid(arg)) return arg;
  return arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg[r][c];
}

/** Applies `fn` to each position; `fn` sees one cell per argument (undefined when omitted). */
export function elementwise(
  args: readonly Arg[],
  names: readonly string[],
  fn: (cells: (CellValue | undefined)[]) => OutCell
): OutCell[][] | SiError {
  const shape = commonShape(args, names);
  if (shape instanceof SiError) return shape;
  const out: OutCell[][] = new Array(shape.rows);
  const cells = new Array<CellValue | undefined>(args.length);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<OutCell>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let i = 0; i < args.length; i++) cells[i] = cellAt(args[i], r, c);
      row[c] = fn(cells);
    }
    out[r] = row;
  }
  return out;
}
