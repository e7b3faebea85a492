/**
 * The Kalkyl sheets in the open workbook, as the task pane's Kalkyl tab reads and writes them. Each
 * function takes the request context, so tests hand it a mock; the service (kalkyl-service.ts)
 * wraps them in Excel.run and words nothing itself.
 *
 * Round trips (`context.sync()`):
 * - load: 2 — (1) the tables and defined names, to find every Kalkyl and the names on its sheet;
 *   (2) the chosen table's values, its named cells and its sheet's used range (for the per-actor
 *   spill), in one batch. 1 when the workbook has no Kalkyl.
 * - write an input: 1 — the value into the named cell, and its address back in the same batch.
 */
import { KALKYL_ROLES, cellOf, cellsOf, findActorSpill, findKalkyls } from "./kalkyl-find";
import type {
  KalkylData,
  KalkylInput,
  KalkylLoadOutcome,
  KalkylNameRole,
  KalkylRef,
  KalkylShownCell,
  KalkylWriteOutcome,
} from "./kalkyl-outcome";

const fold = (s: string): string => s.toLocaleLowerCase("sv");

/** Finds every Kalkyl and reads `table` (else the first): its values, named cells and spill. */
export async function loadKalkyl(
  context: Excel.RequestContext,
  table?: string
): Promise<KalkylLoadOutcome> {
  const { tables, names } = context.workbook;
  tables.load("items/name,items/worksheet/name");
  names.load("items/name,items/type,items/value");
  await context.sync(); // 1: what is there

  const kalkyls = findKalkyls(
    tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names.items.map((n) => ({ name: n.name, type: n.type, value: n.value }))
  );
  if (kalkyls.length === 0) return { kind: "none" };
  const ref =
    (table === undefined ? undefined : kalkyls.find((k) => fold(k.table) === fold(table))) ??
    kalkyls[0];

  // `[#All]`: the header row and any totals row too, exactly what SI.CBATABLE is given.
  const whole = tables.getItem(ref.table).getRange();
  whole.load(["values", "valueTypes"]);
  const named = KALKYL_ROLES.flatMap((role) => {
    const cell = ref.names[role];
    if (!cell) return [];
    const range = names.getItem(cell.name).getRange();
    range.load(["values", "valueTypes"]);
    return [{ role, cell, range }];
  });
  const used = context.workbook.worksheets.getItem(ref.sheet).getUsedRangeOrNullObject(true);
  used.load(["formulas", "values", "valueTypes", "rowIndex", "columnIndex"]);
  await context.sync(); // 2: the chosen Kalkyl

  const cells: Partial<Record<KalkylNameRole, KalkylShownCell>> = {};
  for (const { role, cell, range } of named)
    cells[role] = { ...cell, value: cellOf(range.values[0]?.[0], range.valueTypes[0]?.[0]) };
  const actors = used.isNullObject ? undefined : findActorSpill(used, ref.table);
  const data: KalkylData = {
    ref,
    table: cellsOf(whole.values, whole.valueTypes),
    cells,
    ...(actors ? { actors } : {}),
  };
  return { kind: "loaded", kalkyls, data };
}

/**
 * Writes one input into its named cell — through the name, so nothing but that cell is written —
 * and reads back where it went. The value must already have passed `inputProblem`.
 */
export async function writeKalkylInput(
  context: Excel.RequestContext,
  ref: KalkylRef,
  input: KalkylInput,
  value: number
): Promise<KalkylWriteOutcome> {
  const named = ref.names[input];
  if (!named) return { kind: "noNamedCell", input };
  const range = context.workbook.names.getItem(named.name).getRange();
  // A 1×1 matrix: Excel refuses it for a name that has come to mean several cells.
  range.values = [[value]];
  range.load("address");
  await context.sync(); // 1: the write
  return { kind: "written", input, value, address: range.address };
}
