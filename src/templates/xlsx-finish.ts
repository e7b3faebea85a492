/**
 * The finishing of a `si-kalkyl template` file: what ExcelJS cannot write (each calculated table
 * column's formula, the dynamic-array flag on formulas that spill), added to the file it wrote by
 * the edits of src/templates/xlsx-finish-parts.ts; every other part is copied as it was stored.
 */
import { zipParts } from "../engine/xlsx-read";
import { OutEntry, writeZip, zipEntries } from "../engine/zip";
import { fileFormula } from "./file-formula";
import { CalculatedColumns, finishedParts } from "./xlsx-finish-parts";
import { SheetSpec } from "./spec";

export { withCalculatedColumns, withDynamicArrays } from "./xlsx-finish-parts";

/** Table name → column header → the calculated column's formula (file spelling). */
function calculatedColumns(specs: readonly SheetSpec[]): CalculatedColumns {
  const out: CalculatedColumns = new Map();
  for (const t of specs.flatMap((s) => s.tables)) {
    const columns = new Map<string, string>();
    for (const c of t.columns) if (c.formula) columns.set(c.header, fileFormula(c.formula));
    if (columns.size) out.set(t.name.toLowerCase(), columns);
  }
  return out;
}

/** The finished file: calculated columns and dynamic arrays written in. */
export function finishXlsx(bytes: Buffer, specs: readonly SheetSpec[]): Buffer {
  const entries = zipEntries(bytes);
  const parts = zipParts(bytes, new Map(entries.map((e) => [e.name, e])));
  const changed = finishedParts(parts, calculatedColumns(specs));
  const out: OutEntry[] = entries.map((e) => {
    const next = changed.get(e.name);
    changed.delete(e.name);
    return next === undefined
      ? { copy: e, from: bytes }
      : { name: e.name, data: Buffer.from(next, "utf8") };
  });
  for (const [name, data] of changed) out.push({ name, data: Buffer.from(data, "utf8") });
  return writeZip(out);
}
