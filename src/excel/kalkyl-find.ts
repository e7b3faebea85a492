/**
 * Finding the Kalkyl sheets in what Office.js loaded, as plain data: the SI_Kalkyl tables, the
 * defined names that belong to each, and the per-actor spill. Pure functions, so they are tested
 * without a mock; src/excel/kalkyl-workbook.ts feeds them the loaded proxies' values.
 */
import { columnLetters } from "../core/cells";
import { KALKYL } from "../templates/sheets/kalkyl";
import type {
  KalkylActorSpill,
  KalkylCell,
  KalkylNameRole,
  KalkylNamedCell,
  KalkylRef,
} from "./kalkyl-outcome";

export const KALKYL_ROLES: readonly KalkylNameRole[] = [
  "rate",
  "horizon",
  "fundShare",
  "npv",
  "bcr",
  "payback",
];

/** A table as a collection load gives it. */
export interface FoundTable {
  readonly name: string;
  readonly sheet: string;
}

/** A defined name as a collection load gives it: `value` is the address for a Range name. */
export interface FoundName {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
}

const fold = (s: string): string => s.toLocaleLowerCase("sv");

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `base` or `base_N`, without case, as src/templates/names.ts names copies. */
function isCopyOf(name: string, base: string): boolean {
  return new RegExp(`^${escapeRegExp(base)}(_\\d+)?$`, "i").test(name);
}

/** "_2" of "SI_Kalkyl_2", "" of "SI_Kalkyl". */
function suffixOf(name: string): string {
  return /_\d+$/.exec(name)?.[0] ?? "";
}

/**
 * The sheet and cell of a name that refers to one cell: "Kalkyl!$B$6", "='Kalkyl (2)'!$B$6".
 * Anything else (a range of cells, a constant, #REF!) is undefined: the pane reads and writes
 * single cells only.
 */
export function singleCellOf(reference: unknown): { sheet: string; address: string } | undefined {
  if (typeof reference !== "string") return undefined;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/i.exec(reference.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, address: `${m[3].toUpperCase()}${m[4]}` };
}

/** The name of `role` for a table: one on the table's sheet, the table's own suffix first. */
function nameFor(
  role: KalkylNameRole,
  table: FoundTable,
  names: readonly FoundName[]
): KalkylNamedCell | undefined {
  const base = KALKYL.names[role];
  const onSheet = names.flatMap((n) => {
    if (n.type !== "Range" || !isCopyOf(n.name, base)) return [];
    const cell = singleCellOf(n.value);
    return cell && fold(cell.sheet) === fold(table.sheet)
      ? [{ name: n.name, address: cell.address }]
      : [];
  });
  const suffix = suffixOf(table.name);
  return onSheet.find((n) => suffixOf(n.name) === suffix) ?? onSheet[0];
}

/** Every Kalkyl in the workbook, in table order, each with the named cells on its sheet. */
export function findKalkyls(
  tables: readonly FoundTable[],
  names: readonly FoundName[]
): KalkylRef[] {
  const base = KALKYL.tables.lines;
  return tables
    .filter((t) => isCopyOf(t.name, base))
    .map((t) => {
      const found: Partial<Record<KalkylNameRole, KalkylNamedCell>> = {};
      for (const role of KALKYL_ROLES) {
        const cell = nameFor(role, t, names);
        if (cell) found[role] = cell;
      }
      return { table: t.name, sheet: t.sheet, names: found };
    });
}

/** A cell as Office gives it in `values` and `valueTypes`: an error is its text. */
export function cellOf(value: unknown, type: string | undefined): KalkylCell {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** A loaded range's values as cells. */
export function cellsOf(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[]
): KalkylCell[][] {
  return values.map((row, r) => row.map((v, c) => cellOf(v, types[r]?.[c])));
}

/** A used range as loaded: formulas, values and types, and where it starts (0-based). */
export interface LoadedArea {
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** Does the formula spill the per-actor split of `table`? `SI.CBATABLE(SI_Kalkyl[#All],…,"aktörer")`. */
export function isActorFormula(formula: unknown, table: string): boolean {
  if (typeof formula !== "string") return false;
  const over = new RegExp(`SI\\.CBATABLE\\(\\s*${escapeRegExp(table)}\\[\\[?#All\\]`, "i");
  return over.test(formula) && /"\s*(aktörer|aktorer|actors)\s*"/i.test(formula);
}

/** The split spills four columns: actor, PV costs, PV benefits, net. */
export const ACTOR_COLUMNS = 4;

/**
 * The per-actor spill over `table` in a used range: the first cell whose formula makes it, and
 * the rows shown from there down to the first blank in its column (the template keeps the rows
 * under it empty for it to grow into). An error at the anchor is a row of one error.
 */
export function findActorSpill(area: LoadedArea, table: string): KalkylActorSpill | undefined {
  for (let r = 0; r < area.formulas.length; r++) {
    const c = area.formulas[r].findIndex((f) => isActorFormula(f, table));
    if (c < 0) continue;
    const anchor = `${columnLetters(area.columnIndex + c + 1)}${area.rowIndex + r + 1}`;
    const cell = (row: number, col: number): KalkylCell =>
      cellOf(area.values[row]?.[col], area.valueTypes[row]?.[col]);
    const first = cell(r, c);
    if (first !== null && typeof first === "object") return { anchor, rows: [[first]] };
    const rows: KalkylCell[][] = [];
    for (let row = r; row < area.values.length && cell(row, c) !== null; row++)
      rows.push(Array.from({ length: ACTOR_COLUMNS }, (_, k) => cell(row, c + k)));
    return { anchor, rows };
  }
  return undefined;
}
