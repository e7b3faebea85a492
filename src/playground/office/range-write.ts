/**
 * Writing Range.values, Range.formulas and Range.numberFormat into the model as Excel does: a
 * matrix must have exactly the range's rows and columns (InvalidArgument otherwise), a single value
 * goes into every cell, null leaves a cell as it is, and text is read as if typed (typed.ts).
 */
import type { CellInput } from "../model";
import { columns, rows } from "./address";
import { officeError } from "./errors";
import type { RangeWhere } from "./range-read";
import type { Session } from "./session";
import { typedInput } from "./typed";

type Written = unknown;

/** The matrix a write gives, checked against the range's size, a single value spread over it. */
export function shaped(value: Written, w: RangeWhere, what: string): unknown[][] {
  const height = rows(w.area);
  const width = columns(w.area);
  if (!Array.isArray(value)) {
    return Array.from({ length: height }, () => new Array<unknown>(width).fill(value));
  }
  const ok =
    value.length === height && value.every((row) => Array.isArray(row) && row.length === width);
  if (!ok)
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${height}×${width}).`
    );
  return value as unknown[][];
}

function checkConstant(value: unknown): asserts value is string | number | boolean {
  const ok =
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value));
  if (!ok) throw officeError("InvalidArgument", `A cell cannot take ${String(value)}.`);
}

/** Runs of adjacent cells in one row that are written (null and undefined are skipped). */
function runs<T>(row: readonly (T | null | undefined)[]): { start: number; items: T[] }[] {
  const out: { start: number; items: T[] }[] = [];
  row.forEach((item, c) => {
    if (item === null || item === undefined) return;
    const last = out[out.length - 1];
    if (last && last.start + last.items.length === c) last.items.push(item);
    else out.push({ start: c, items: [item] });
  });
  return out;
}

/**
 * Range.values / Range.formulas: every written cell as typed, in one model call per run of a row.
 * Excel gives a cell whose text it read as a percentage or a date such a format, if it had none.
 */
export function writeContents(session: Session, w: RangeWhere, value: Written, what: string): void {
  const model = session.model;
  const grid = shaped(value, w, what);
  const { sheet, area } = w;
  const implied: { row: number; col: number; format: string }[] = [];
  const inputs: (CellInput | undefined)[][] = grid.map((row, r) =>
    row.map((v, c) => {
      if (v === null || v === undefined) return undefined;
      checkConstant(v);
      // The format matters only to text Excel would read as something else.
      const plain = typeof v !== "string" || typedInput(v, "General", session.locale).input === v;
      const format = plain ? "General" : session.formatOf(sheet.id, area.top + r, area.left + c);
      const typed = typedInput(v, format, session.locale);
      if (typed.numberFormat && (format === "General" || format === ""))
        implied.push({ row: area.top + r, col: area.left + c, format: typed.numberFormat });
      return typed.input;
    })
  );
  inputs.forEach((row, r) => {
    for (const run of runs(row.map((v) => (v === undefined ? undefined : { v }))))
      model.setInputs(sheet.id, area.top + r, area.left + run.start, [run.items.map((i) => i.v)]);
  });
  for (const f of implied) model.setNumberFormats(sheet.id, f.row, f.col, [[f.format]]);
}

/** Range.numberFormat: Excel's format codes as given ("General", "0.0%", "@"). */
export function writeNumberFormats(session: Session, w: RangeWhere, value: Written): void {
  const model = session.model;
  const grid = shaped(value, w, "numberFormat");
  session.noteFormats(w.sheet.id, w.area.top, w.area.left, grid);
  grid.forEach((row, r) => {
    for (const run of runs(row)) {
      run.items.forEach((f) => {
        if (typeof f !== "string")
          throw officeError("InvalidArgument", `A number format must be text, not ${String(f)}.`);
      });
      model.setNumberFormats(w.sheet.id, w.area.top + r, w.area.left + run.start, [
        run.items as string[],
      ]);
    }
  });
}
