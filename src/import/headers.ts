/**
 * The header rules of a unit-cost table, shared by the importer and by SI.UNITCOST: which row is the
 * header, which column holds which field, and what the cost header and the lines above it say about
 * the whole column (price year, scale, unit).
 *
 * A header cell names a field by its Swedish or English word, however typed (case, accents,
 * spaces and punctuation are folded with foldWord; a parenthesis is ignored: "Källa (rapport)"):
 *   name      Kostnadspost, Post, Kostnadsslag, Namn, Benämning, Item, Name
 *   cost      Kostnad, Belopp, Schablon, Cost, Amount (also Enhetskostnad, Unit cost), with a year,
 *             a currency or scale word and filler words around it: "Kostnad 2015 (kr)",
 *             "Kostnad (tkr)", "Belopp i 2018 års priser", "Cost, SEK thousands", "Kostnad (kr/dygn)"
 *   unit      Enhet, Unit
 *   priceYear Prisår, Prisnivå, År, Price year, Year
 *   source    Källa, Source
 *   category  Område, Kategori, Category
 *   id        Id, Kod, Code
 * The header is the first row, within the first 30, with a name and a cost column. When two columns
 * name the same field the leftmost is used and the others are listed in `duplicates`.
 */
import { foldWord } from "../core/cells";
import type { GridCell } from "./types";

export type UnitCostField = "name" | "cost" | "unit" | "priceYear" | "source" | "category" | "id";

/** 0-based column of each field found; name and cost are always there. */
export type HeaderColumns = { name: number; cost: number } & Partial<
  Record<Exclude<UnitCostField, "name" | "cost">, number>
>;

export interface UnitCostHeader {
  /** 0-based index of the header row in the grid (sheet row `row + 1`). */
  row: number;
  columns: HeaderColumns;
  /** The year in the cost header ("Kostnad 2015 (kr)" → 2015), else null. */
  costYear: number | null;
  /** Kronor per unit of a plain number in the cost column: 1, 1 000 (tkr), 1 000 000 (mnkr), 10⁹. */
  costScale: number;
  /** A unit in the cost header ("Kostnad (kr/dygn)" → "kr/dygn"), for rows without a unit. */
  costUnit: string | null;
  /** The price year from a line above the header ("Prisnivå: 2018"), else null. */
  yearAbove: number | null;
  /** The leftmost non-empty header cell: where a category heading stands when only it is filled. */
  firstColumn: number;
  /** Further columns naming a field already found: ignored. */
  duplicates: { field: UnitCostField; column: number; used: number }[];
}

/** The default number of rows searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

const FIELD_WORDS: ReadonlyMap<string, UnitCostField> = new Map<string, UnitCostField>([
  ...["kostnadspost", "post", "kostnadsslag", "namn", "benamning", "item", "name"].map(
    (w) => [w, "name"] as const
  ),
  ...["enhet", "unit"].map((w) => [w, "unit"] as const),
  ...["prisar", "prisniva", "ar", "priceyear", "year"].map((w) => [w, "priceYear"] as const),
  ...["kalla", "source"].map((w) => [w, "source"] as const),
  ...["omrade", "kategori", "category"].map((w) => [w, "category"] as const),
  ...["id", "kod", "code"].map((w) => [w, "id"] as const),
]);

const COST_WORDS = new Set([
  "kostnad",
  "belopp",
  "schablon",
  "cost",
  "amount",
  "enhetskostnad",
  "unitcost",
  "schablonkostnad",
  "schablonbelopp",
  "styckkostnad",
]);

/** Scale words of a cost header, folded, with their power of ten; currency words are 0. */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["kr", 0],
  ["kronor", 0],
  ["sek", 0],
  ["tkr", 3],
  ["tsek", 3],
  ["ksek", 3],
  ["tusental", 3],
  ["tusentals", 3],
  ["tusen", 3],
  ["thousand", 3],
  ["thousands", 3],
  ["mnkr", 6],
  ["mkr", 6],
  ["msek", 6],
  ["mn", 6],
  ["milj", 6],
  ["miljoner", 6],
  ["million", 6],
  ["millions", 6],
  ["mdkr", 9],
  ["miljarder", 9],
]);

/** Words that may stand beside a cost word without changing what the column is. */
const FILLER = new Set([
  "i",
  "in",
  "ar",
  "ars",
  "priser",
  "prisniva",
  "prices",
  "price",
  "level",
  "lopande",
  "fasta",
  "exkl",
  "inkl",
  "excl",
  "incl",
  "moms",
  "vat",
  "per",
]);

/** "kr/dygn", "tkr per år", "/månad", "per elev": a unit of the whole column. */
const PER_UNIT =
  /(?:(?<![\p{L}])(t?kr|mnkr|mkr|kronor|sek|tsek|ksek|msek)\s*)?(?:\/|(?<![\p{L}])per\s+)\s*(\p{L}+)/iu;
/** Words after "per" that say nothing about the unit ("Kostnad per enhet"). */
const NO_UNIT = new Set(["enhet", "unit", "st", "styck"]);
const YEAR_TOKEN = /^(?:19|20)\d\d$/;

/** Parentheses are asides ("Källa (rapport)"); foldWord then ignores case, accents and marks. */
function foldHeader(text: string): string {
  return foldWord(text.replace(/\([^)]*\)/g, " "));
}

export interface CostHeaderInfo {
  year: number | null;
  /** Power of ten of the scale word, 0 when none. */
  exp10: number;
  unit: string | null;
}

/** A cost header's year, scale and unit; undefined when the text is not a cost header. */
export function readCostHeader(text: string): CostHeaderInfo | undefined {
  if (text.length > 100) return undefined;
  let rest = text;
  let unit: string | null = null;
  let exp10: number | undefined;
  const per = PER_UNIT.exec(rest);
  if (per) {
    if (per[1]) exp10 = SCALE_WORDS.get(foldWord(per[1]));
    const word = per[2].toLowerCase();
    if (!NO_UNIT.has(foldWord(word))) unit = `kr/${word}`;
    rest = rest.slice(0, per.index) + " " + rest.slice(per.index + per[0].length);
  }
  let year: number | null = null;
  let years = 0;
  const words: string[] = [];
  for (const token of rest.split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    if (YEAR_TOKEN.test(token)) {
      years++;
      year = Number(token);
      continue;
    }
    const folded = foldWord(token);
    const scale = SCALE_WORDS.get(folded);
    if (scale !== undefined) {
      // "milj. kr": the scale word decides, the currency word beside it adds nothing.
      if (exp10 === undefined || exp10 === 0) exp10 = scale;
      continue;
    }
    if (!FILLER.has(folded)) words.push(folded);
  }
  if (!COST_WORDS.has(words.join(""))) return undefined;
  // Two years in one header ("Kostnad 2015, 2018 års priser") name no single price year.
  return { year: years === 1 ? year : null, exp10: exp10 ?? 0, unit };
}

/** The field a header cell names, with the cost header's details for a cost column. */
export function matchHeaderCell(
  text: string
): { field: UnitCostField; cost?: CostHeaderInfo } | undefined {
  const field = FIELD_WORDS.get(foldHeader(text));
  if (field) return { field };
  const cost = readCostHeader(text);
  return cost ? { field: "cost", cost } : undefined;
}

/** A row read as a header, or undefined when it lacks a name or a cost column. */
export function readHeaderRow(
  row: readonly GridCell[]
): Omit<UnitCostHeader, "row" | "yearAbove"> | undefined {
  const columns: Partial<Record<UnitCostField, number>> = {};
  const duplicates: UnitCostHeader["duplicates"] = [];
  let cost: CostHeaderInfo | undefined;
  let firstColumn = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    if (firstColumn < 0) firstColumn = c;
    if (typeof v !== "string") continue;
    const m = matchHeaderCell(v);
    if (!m) continue;
    const used = columns[m.field];
    if (used !== undefined) {
      duplicates.push({ field: m.field, column: c, used });
      continue;
    }
    columns[m.field] = c;
    if (m.cost) cost = m.cost;
  }
  if (columns.name === undefined || columns.cost === undefined || !cost) return undefined;
  return {
    columns: columns as HeaderColumns,
    costYear: cost.year,
    costScale: 10 ** cost.exp10,
    costUnit: cost.unit,
    firstColumn,
    duplicates,
  };
}

/** The header of a unit-cost table: the first row within `maxRows` with a name and a cost column. */
export function findUnitCostHeader(
  rows: readonly (readonly GridCell[])[],
  maxRows = HEADER_SEARCH_ROWS
): UnitCostHeader | undefined {
  const end = Math.min(rows.length, maxRows);
  for (let r = 0; r < end; r++) {
    const header = readHeaderRow(rows[r] ?? []);
    if (header) return { row: r, ...header, yearAbove: findPriceYearAbove(rows, r) };
  }
  return undefined;
}

// --- years ----------------------------------------------------------------------------------

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export type YearCell = { kind: "year"; year: number } | { kind: "blank" } | { kind: "unreadable" };

/**
 * A price-year cell: a whole number 1900–2100, a date (its year), or a text with exactly one run
 * of digits that is such a year ("2015", "2015 års priser"); "2015/16" names no single year.
 */
export function readYearCell(cell: GridCell | undefined): YearCell {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR
      ? { kind: "year", year: cell }
      : { kind: "unreadable" };
  }
  if (cell instanceof Date) {
    const year = cell.getUTCFullYear();
    return Number.isNaN(year) ? { kind: "unreadable" } : { kind: "year", year };
  }
  if (typeof cell === "string") {
    if (cell.trim() === "") return { kind: "blank" };
    const runs = cell.match(/\d+/g);
    if (runs?.length === 1 && runs[0].length === 4) return readYearCell(Number(runs[0]));
  }
  return { kind: "unreadable" };
}

/** Texts folded for the price-year line: lower case, accents off, spaces kept. */
function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const PRICE_WORD = "(?:prisar|prisniva|prisbasar|price year|price level|prices|priser)";
/** "Prisnivå: 2018", "Prisår 2018", "Priser i 2018", "Price level: 2018". */
const LABEL_YEAR = new RegExp(
  `^${PRICE_WORD}\\s*[:=]?\\s*(?:(?:i|in|ar|year)\\s+)?((?:19|20)\\d\\d)(?!\\d)`
);
/** "Alla belopp i 2018 års priser", "Figures in 2018 prices". */
const YEAR_PRICES =
  /(?<!\d)((?:19|20)\d\d)\s+(?:ars\s+)?(?:priser|prisniva|prices|price level)(?![a-z])/;
/** "Prisnivå:" alone, the year in the next cell. */
const BARE_LABEL = new RegExp(`^${PRICE_WORD}\\s*[:=]?$`);

/** The price year a row above a header states, or null. */
function rowPriceYear(row: readonly GridCell[]): number | null {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string" || v.length > 200) continue;
    const text = plain(v);
    const m = LABEL_YEAR.exec(text) ?? YEAR_PRICES.exec(text);
    if (m) return Number(m[1]);
    if (BARE_LABEL.test(text)) {
      for (let n = c + 1; n < row.length; n++) {
        const next = readYearCell(row[n]);
        if (next.kind === "year") return next.year;
        if (next.kind === "unreadable") break;
      }
    }
  }
  return null;
}

/**
 * The price year stated on a line above the header ("Prisnivå: 2018", "Prisår 2018", "2018 års
 * priser"), the nearest line winning, searched from the header up to `stopRow` (inclusive).
 */
export function findPriceYearAbove(
  rows: readonly (readonly GridCell[])[],
  headerRow: number,
  stopRow = 0
): number | null {
  for (let r = headerRow - 1; r >= stopRow; r--) {
    const year = rowPriceYear(rows[r] ?? []);
    if (year !== null) return year;
  }
  return null;
}
