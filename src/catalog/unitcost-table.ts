/**
 * A unit-cost table given to SI.UNITCOST, read by the importer's own rules, and lookups in it: by
 * exact id, else by name folded for case, accents and whitespace.
 */
import { closest } from "fastest-levenshtein";
import { CellValue, foldWord } from "../core/cells";
import { EXCEL_ERROR_TEXT, SiError, isSiError, naError, valueError } from "../core/errors";
import { Lang } from "../i18n/lang";
import { findUnitCostHeader } from "../import/headers";
import { GridCell, UnitCostItem } from "../import/types";
import { importUnitCosts } from "../import/unitcosts";

/** The live catalog's "Använd" column (local figure, else national) wins over the national cost. */
const IN_USE_HEADERS = new Set(["anvand", "used", "inuse"]);

function gridCell(v: CellValue): GridCell {
  return isSiError(v) ? { error: EXCEL_ERROR_TEXT[v.kind] } : v;
}

export function readUnitCostTable(
  grid: readonly CellValue[][],
  arg: string,
  lang: Lang
): UnitCostItem[] | SiError {
  const cells = grid.map((row) => row.map(gridCell));
  const header = findUnitCostHeader(cells);
  if (!header) return valueError("noUnitCostHeader", { arg });
  let items: UnitCostItem[];
  try {
    items = importUnitCosts([{ name: arg, cells }], { lang }).items;
  } catch {
    return valueError("noUnitCostHeader", { arg });
  }
  const inUse = cells[header.row].findIndex(
    (h) => typeof h === "string" && IN_USE_HEADERS.has(foldWord(h))
  );
  if (inUse < 0) return items;
  return items.map((item) => {
    const v = cells[item.row - 1]?.[inUse];
    return typeof v === "number" && Number.isFinite(v) ? { ...item, cost: v } : item;
  });
}

const MAX_SUGGESTIONS = 3;

/** Up to three names closest to `wanted`, nearest first (edit distance on folded names). */
export function closestNames(wanted: string, items: readonly UnitCostItem[]): string[] {
  const pool = new Map(items.map((i) => [foldWord(i.name), i.name]));
  const out: string[] = [];
  const target = foldWord(wanted);
  while (out.length < MAX_SUGGESTIONS && pool.size > 0) {
    const best = closest(target, [...pool.keys()]);
    out.push(pool.get(best)!);
    pool.delete(best);
  }
  return out;
}

export function findItem(
  wanted: string,
  items: readonly UnitCostItem[],
  arg: string
): UnitCostItem | SiError {
  const byId = items.filter((i) => i.id !== null && i.id.trim() === wanted.trim());
  if (byId.length === 1) return byId[0];
  const key = foldWord(wanted);
  const byName = byId.length > 1 ? byId : items.filter((i) => foldWord(i.name) === key);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) {
    const names = byName.map((i) => `"${i.name}" (${i.sheet}!${i.row})`).join(", ");
    return naError("itemAmbiguous", { item: wanted, arg, names });
  }
  if (items.length === 0) return naError("noItems", { arg });
  const near = closestNames(wanted, items).map((n) => `"${n}"`);
  return naError("itemNotFound", { item: wanted, arg, closest: near.join(", ") });
}
