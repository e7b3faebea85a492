/**
 * The unit-cost catalog as the workbook holds it: the sheet, table, named cell and columns, and the
 * pure work of turning an import (plus the table already there) into the table's new contents.
 * No Office.js here, so the merge rules are tested without a workbook and the task pane may import
 * the types.
 */
import { foldWord } from "../core/cells";
import { KPI, latestYear } from "../core/priceindex";
import type { UnitCostItem } from "../import/types";

export const CATALOG_SHEET = "Enhetskostnader (SI)";
export const CATALOG_TABLE = "SI_Enhetskostnader";
/** Workbook-scope name of the one cell holding the price year every row is uprated to. */
export const PRICE_YEAR_NAME = "SI_Prisår";
export const PRICE_YEAR_LABEL = "Prisår för jämförelse";
/** The comparison price year of a new catalog: the latest year of the bundled price index. */
export const DEFAULT_PRICE_YEAR = latestYear(KPI);

/**
 * The year column keeps one header, "Kostnad i prisår", whatever year SI_Prisår holds: a header
 * naming a year would be wrong the moment the user changes SI_Prisår, and renaming it would rename
 * the column under every structured reference to it. The year itself sits in SI_Prisår, directly
 * above this column, so it reads as part of the header.
 */
export const UPRATED_HEADER = "Kostnad i prisår";

/** The catalog's own columns, in order. Headers are Swedish in every display language: formulas name them. */
export const COLUMNS = [
  "Id",
  "Kategori",
  "Kostnadspost",
  "Enhet",
  "Kostnad",
  "Prisår",
  "Källa",
  "Lokal kostnad",
  "Använd",
  UPRATED_HEADER,
] as const;
export type ColumnName = (typeof COLUMNS)[number];

export const USED_FORMULA = '=IF([@[Lokal kostnad]]="",[@Kostnad],[@[Lokal kostnad]])';
export const UPRATED_FORMULA = `=SI.UPRATE([@Använd],[@Prisår],${PRICE_YEAR_NAME})`;

/** Text columns get the text format so an Id like "0101" or a name like "1-2 år" stays as typed. */
const TEXT_FORMAT = "@";
const MONEY_FORMAT = "#,##0";
/** For a cost in öre ("12,50 kr per km"), which whole kronor would hide. */
const MONEY_FORMAT_DECIMALS = "#,##0.00";
const YEAR_FORMAT = "0";
const COLUMN_FORMATS: Readonly<Record<ColumnName, string>> = {
  Id: TEXT_FORMAT,
  Kategori: TEXT_FORMAT,
  Kostnadspost: TEXT_FORMAT,
  Enhet: TEXT_FORMAT,
  Kostnad: MONEY_FORMAT,
  Prisår: YEAR_FORMAT,
  Källa: TEXT_FORMAT,
  "Lokal kostnad": MONEY_FORMAT,
  Använd: MONEY_FORMAT,
  [UPRATED_HEADER]: MONEY_FORMAT,
};

/** A cell as `Range.formulas` gives and takes it: a constant, or a formula as text. */
export type FormulaCell = string | number | boolean;

/** One catalog row as the task pane shows it. */
export interface CatalogRow {
  readonly id: string | null;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  /** The national figure, kronor. */
  readonly cost: number | null;
  readonly priceYear: number | null;
  readonly source: string | null;
  /** True when the user's own figure (a number or a formula) overrides the national one. */
  readonly hasLocal: boolean;
  /** The local figure when it is a plain number (a formula's result is only known to Excel). */
  readonly localCost: number | null;
}

/** The table already in the workbook, as read before a re-import. */
export interface ExistingTable {
  readonly header: readonly FormulaCell[];
  /** Body rows as formulas, so a local figure typed as a formula survives as a formula. */
  readonly body: readonly (readonly FormulaCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

export interface CatalogContents {
  readonly header: string[];
  readonly body: FormulaCell[][];
  readonly numberFormats: string[][];
  readonly rows: CatalogRow[];
  /** Rows of the old table matched to an imported row (their local figures carried over). */
  readonly updated: number;
  readonly added: number;
  /** Old rows no longer in the source, kept because they hold the user's figures. */
  readonly kept: number;
  /** Old rows no longer in the source, dropped because they held nothing of the user's. */
  readonly removed: number;
}

function isEmpty(v: FormulaCell | undefined): boolean {
  return v === undefined || v === "";
}

function text(v: FormulaCell | undefined): string | null {
  if (isEmpty(v)) return null;
  return String(v).trim() || null;
}

function num(v: FormulaCell | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function idKey(id: string | null): string | null {
  const t = id?.trim().toLowerCase();
  return t ? t : null;
}

function nameKey(name: string | null): string | null {
  const f = name === null ? "" : foldWord(name);
  return f === "" ? null : f;
}

/** Where each known column sits in the old header, folded so a retyped accent still matches. */
function columnIndex(header: readonly FormulaCell[]): Map<ColumnName, number> {
  const at = new Map<ColumnName, number>();
  header.forEach((h, i) => {
    const f = foldWord(String(h));
    const col = COLUMNS.find((c) => foldWord(c) === f);
    if (col !== undefined && !at.has(col)) at.set(col, i);
  });
  return at;
}

interface OldRow {
  readonly cells: readonly FormulaCell[];
  readonly formats: readonly string[];
  readonly id: string | null;
  readonly nameKey: string | null;
  used: boolean;
}

/** The user's columns: anything in the old header that is not one of ours, in their order. */
function extraColumns(header: readonly FormulaCell[], known: Map<ColumnName, number>): number[] {
  const ours = new Set(known.values());
  return header.map((_, i) => i).filter((i) => !ours.has(i));
}

function holdsUserData(row: OldRow, localAt: number | undefined, extras: number[]): boolean {
  if (localAt !== undefined && !isEmpty(row.cells[localAt])) return true;
  return extras.some((i) => !isEmpty(row.cells[i]));
}

/** Old rows by Id and by folded name; each old row can be claimed once. */
class OldRows {
  private readonly byId = new Map<string, OldRow[]>();
  private readonly byName = new Map<string, OldRow[]>();

  constructor(readonly rows: OldRow[]) {
    for (const row of rows) {
      if (row.id !== null) push(this.byId, row.id, row);
      if (row.nameKey !== null) push(this.byName, row.nameKey, row);
    }
  }

  /** By Id first; else by name, but never onto an old row that carries a different Id. */
  claim(item: UnitCostItem): OldRow | undefined {
    const id = idKey(item.id);
    const hit =
      (id !== null ? first(this.byId.get(id)) : undefined) ??
      first(this.byName.get(nameKey(item.name) ?? ""), (r) => r.id === null || id === null);
    if (hit) hit.used = true;
    return hit;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function first(
  list: OldRow[] | undefined,
  ok: (r: OldRow) => boolean = () => true
): OldRow | undefined {
  return list?.find((r) => !r.used && ok(r));
}

function readOld(existing: ExistingTable, at: Map<ColumnName, number>): OldRow[] {
  const idAt = at.get("Id");
  const nameAt = at.get("Kostnadspost");
  return existing.body.map((cells, r) => ({
    cells,
    formats: existing.numberFormats[r] ?? [],
    id: idKey(idAt === undefined ? null : text(cells[idAt])),
    nameKey: nameKey(nameAt === undefined ? null : text(cells[nameAt])),
    used: false,
  }));
}

function nationalCells(item: UnitCostItem): Record<ColumnName, FormulaCell> {
  return {
    Id: item.id ?? "",
    Kategori: item.category ?? "",
    Kostnadspost: item.name,
    Enhet: item.unit ?? "",
    Kostnad: item.cost,
    Prisår: item.priceYear ?? "",
    Källa: item.source ?? "",
    "Lokal kostnad": "",
    Använd: USED_FORMULA,
    [UPRATED_HEADER]: UPRATED_FORMULA,
  };
}

/** An old row carried over whole (it left the source but holds the user's figures). */
function keptCells(row: OldRow, at: Map<ColumnName, number>): Record<ColumnName, FormulaCell> {
  const cell = (c: ColumnName): FormulaCell => {
    const i = at.get(c);
    return i === undefined ? "" : (row.cells[i] ?? "");
  };
  return {
    Id: cell("Id"),
    Kategori: cell("Kategori"),
    Kostnadspost: cell("Kostnadspost"),
    Enhet: cell("Enhet"),
    Kostnad: cell("Kostnad"),
    Prisår: cell("Prisår"),
    Källa: cell("Källa"),
    "Lokal kostnad": cell("Lokal kostnad"),
    Använd: USED_FORMULA,
    [UPRATED_HEADER]: UPRATED_FORMULA,
  };
}

function toCatalogRow(cells: Record<ColumnName, FormulaCell>): CatalogRow {
  const local = cells["Lokal kostnad"];
  return {
    id: text(cells.Id),
    category: text(cells.Kategori),
    name: text(cells.Kostnadspost) ?? "",
    unit: text(cells.Enhet),
    cost: num(cells.Kostnad),
    priceYear: num(cells.Prisår),
    source: text(cells.Källa),
    hasLocal: !isEmpty(local),
    localCost: num(local),
  };
}

/**
 * The table's new contents: one row per imported item, in import order, national columns from the
 * import and the user's columns (Lokal kostnad and any column they added) from the matching old
 * row; then old rows that left the source but hold the user's figures, unchanged. Our columns come
 * first in their standard order, the user's added columns after them.
 */
export function buildCatalog(
  items: readonly UnitCostItem[],
  existing?: ExistingTable
): CatalogContents {
  const at = existing ? columnIndex(existing.header) : new Map<ColumnName, number>();
  const extras = existing ? extraColumns(existing.header, at) : [];
  const old = new OldRows(existing ? readOld(existing, at) : []);
  const localAt = at.get("Lokal kostnad");
  const header = [...COLUMNS, ...extras.map((i) => String(existing?.header[i] ?? ""))];
  const body: FormulaCell[][] = [];
  const numberFormats: string[][] = [];
  const rows: CatalogRow[] = [];
  let updated = 0;

  const emit = (cells: Record<ColumnName, FormulaCell>, from: OldRow | undefined): void => {
    const formats = COLUMNS.map((c) => COLUMN_FORMATS[c]);
    const cost = cells.Kostnad;
    if (typeof cost === "number" && !Number.isInteger(cost)) {
      formats[COLUMNS.indexOf("Kostnad")] = MONEY_FORMAT_DECIMALS;
      formats[COLUMNS.indexOf("Använd")] = MONEY_FORMAT_DECIMALS;
    }
    // A format the user gave their local figure stays; Excel's "General" is no choice of theirs.
    const localFormat = from && localAt !== undefined ? from.formats[localAt] : undefined;
    if (localFormat && localFormat !== "General")
      formats[COLUMNS.indexOf("Lokal kostnad")] = localFormat;
    body.push([...COLUMNS.map((c) => cells[c]), ...extras.map((i) => from?.cells[i] ?? "")]);
    numberFormats.push([...formats, ...extras.map((i) => from?.formats[i] ?? "General")]);
    rows.push(toCatalogRow(cells));
  };

  for (const item of items) {
    const match = old.claim(item);
    const cells = nationalCells(item);
    if (match) {
      updated++;
      if (localAt !== undefined) cells["Lokal kostnad"] = match.cells[localAt] ?? "";
    }
    emit(cells, match);
  }
  let kept = 0;
  let removed = 0;
  for (const row of old.rows) {
    if (row.used) continue;
    if (holdsUserData(row, localAt, extras)) {
      kept++;
      emit(keptCells(row, at), row);
    } else if (row.id !== null || row.nameKey !== null) {
      removed++;
    }
  }
  return {
    header,
    body,
    numberFormats,
    rows,
    updated,
    added: items.length - updated,
    kept,
    removed,
  };
}

/** Catalog rows from the table's values (header first), for showing the catalog in the task pane. */
export function catalogRowsFromValues(values: readonly (readonly FormulaCell[])[]): CatalogRow[] {
  const [header, ...body] = values;
  if (!header) return [];
  const at = columnIndex(header);
  const cell = (row: readonly FormulaCell[], c: ColumnName): FormulaCell => {
    const i = at.get(c);
    return i === undefined ? "" : (row[i] ?? "");
  };
  return body
    .map((row) => {
      const cells = Object.fromEntries(COLUMNS.map((c) => [c, cell(row, c)])) as Record<
        ColumnName,
        FormulaCell
      >;
      return toCatalogRow(cells);
    })
    .filter((r) => r.name !== "" || r.id !== null);
}
