/**
 * Search in the unit-cost catalog as the user types: case- and accent-insensitive ("vard" finds
 * "Vårddygn", "HVB" finds "hvb"), every word of the query must appear somewhere in the row's id,
 * name, category, unit or source, in any order.
 */
import type { CatalogRow } from "../excel/catalog-table";

/** Lower case without diacritics: å, ä → a, ö → o, é → e. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

// Each row's folded text, computed once per row object: the list is refiltered on every keystroke.
const haystacks = new WeakMap<CatalogRow, string>();

function haystack(row: CatalogRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = foldForSearch(
      [row.id, row.name, row.category, row.unit, row.source].filter(Boolean).join(" ")
    );
    haystacks.set(row, text);
  }
  return text;
}

/** The rows matching the query, in catalog order; every row for an empty query. */
export function filterCatalog(rows: readonly CatalogRow[], query: string): CatalogRow[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = haystack(row);
    return words.every((w) => text.includes(w));
  });
}
