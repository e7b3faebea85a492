/** The formula the task pane inserts for a catalog row. Pure: no Office.js. */
import { CATALOG_TABLE, PRICE_YEAR_NAME } from "./catalog-table";

/** Text as an Excel string literal: quoted, with every `"` doubled. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * `=SI.UNITCOST("…", SI_Enhetskostnader[#All], SI_Prisår)`: the row's Id when it has one (stable
 * when the national name is reworded), else its name.
 */
export function unitCostFormula(row: {
  readonly id: string | null;
  readonly name: string;
}): string {
  const key = row.id !== null && row.id.trim() !== "" ? row.id : row.name;
  return `=SI.UNITCOST(${excelString(key)}, ${CATALOG_TABLE}[#All], ${PRICE_YEAR_NAME})`;
}
