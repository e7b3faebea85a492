/**
 * A cost–benefit table in the shape economists keep it: one line per cost or benefit, per actor,
 * with a yearly amount that starts in a given year, lasts some years and may fade (drop-off).
 */
import { CellValue, Grid, foldWord, isBlank, parseNumericText } from "./cells";
import { SiError, isSiError, naError, numError, valueError } from "./errors";

export type LineType = "cost" | "benefit";

export interface CbaLine {
  item: string;
  type: LineType;
  actor: string;
  amount: number;
  start: number;
  years: number;
  dropoff: number;
  /** The line's row in the table, the header row being 1 (for messages that name the row). */
  row: number;
}

type Column = "item" | "type" | "actor" | "amount" | "start" | "years" | "dropoff";

/** Header words, Swedish and English, compared after folding case, accents and separators. */
const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  item: ["Post", "Item"],
  type: ["Typ", "Type"],
  actor: ["Aktör", "Actor"],
  amount: ["Belopp", "Amount"],
  start: ["Startår", "Start year"],
  years: ["Antal år", "Years"],
  dropoff: ["Avtagande", "Drop-off"],
};

const TYPES: Readonly<Record<LineType, readonly string[]>> = {
  cost: ["Kostnad", "Kostnader", "Cost", "Costs"],
  benefit: ["Nytta", "Nyttor", "Benefit", "Benefits"],
};

function columnOf(header: CellValue): Column | undefined {
  if (typeof header !== "string") return undefined;
  const w = foldWord(header);
  return (Object.keys(HEADERS) as Column[]).find((col) =>
    HEADERS[col].some((h) => foldWord(h) === w)
  );
}

function typeOf(v: string): LineType | undefined {
  const w = foldWord(v);
  return (Object.keys(TYPES) as LineType[]).find((t) => TYPES[t].some((s) => foldWord(s) === w));
}

/** Reads the lines; the first row holds the headers, columns we do not know are ignored. */
export function parseLines(grid: Grid): CbaLine[] | SiError {
  if (grid.length === 0) return valueError("missingColumn", { arg: "lines", column: "Typ/Type" });
  const cols = new Map<Column, number>();
  grid[0].forEach((h, i) => {
    if (isSiError(h)) return;
    const col = columnOf(h);
    if (col && !cols.has(col)) cols.set(col, i);
  });
  if (!cols.has("type")) return valueError("missingColumn", { arg: "lines", column: "Typ/Type" });
  if (!cols.has("amount"))
    return valueError("missingColumn", { arg: "lines", column: "Belopp/Amount" });
  const lines: CbaLine[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = parseLine(grid[r], cols, r + 1);
    if (isSiError(line)) return line;
    if (line) lines.push(line);
  }
  return lines;
}

function parseLine(
  row: CellValue[],
  cols: Map<Column, number>,
  rowNo: number
): CbaLine | undefined | SiError {
  const cell = (c: Column): CellValue | undefined => {
    const i = cols.get(c);
    return i === undefined ? undefined : row[i];
  };
  for (const v of row) if (isSiError(v)) return v;
  const rawType = cell("type");
  const rawAmount = cell("amount");
  if (isBlank(rawType) && isBlank(rawAmount)) return undefined; // an empty line, kept for layout
  if (typeof rawType !== "string") return valueError("lineType", { arg: "lines", row: rowNo });
  const type = typeOf(rawType);
  if (!type) return valueError("lineType", { arg: "lines", row: rowNo, got: rawType });
  const amount = lineNumber(rawAmount, rowNo, "Belopp/Amount", 0);
  if (isSiError(amount)) return amount;
  const start = lineNumber(cell("start"), rowNo, "Startår/Start year", 1);
  if (isSiError(start)) return start;
  if (start < 1 || !Number.isInteger(start))
    return numError("lineStart", { arg: "lines", row: rowNo });
  const years = lineNumber(cell("years"), rowNo, "Antal år/Years", 1);
  if (isSiError(years)) return years;
  if (years < 0 || !Number.isInteger(years))
    return numError("lineYears", { arg: "lines", row: rowNo });
  const dropoff = lineNumber(cell("dropoff"), rowNo, "Avtagande/Drop-off", 0);
  if (isSiError(dropoff)) return dropoff;
  if (dropoff < 0 || dropoff > 1) return numError("lineDropoff", { arg: "lines", row: rowNo });
  const item = cell("item");
  const actor = cell("actor");
  return {
    item: isBlank(item) ? "" : String(item),
    type,
    actor: isBlank(actor) ? "" : String(actor).trim(),
    amount,
    start,
    years,
    dropoff,
    row: rowNo,
  };
}

function lineNumber(
  v: CellValue | undefined,
  row: number,
  column: string,
  fallback: number
): number | SiError {
  if (isBlank(v)) return fallback;
  if (typeof v === "number")
    return Number.isFinite(v) ? v : numError("lineNumber", { arg: "lines", row, column });
  const n = typeof v === "string" ? parseNumericText(v) : undefined;
  return n === undefined ? valueError("lineNumber", { arg: "lines", row, column }) : n;
}

/** The last year any line reaches; 0 when there are no lines. */
export function lastYear(lines: readonly CbaLine[]): number {
  return lines.reduce((m, l) => (l.years > 0 ? Math.max(m, l.start + l.years - 1) : m), 0);
}

/** Yearly cost and benefit series, year 1 at index 0, for `horizon` years. */
export function lineFlows(
  lines: readonly CbaLine[],
  horizon: number
): { costs: number[]; benefits: number[] } {
  const costs = new Array<number>(horizon).fill(0);
  const benefits = new Array<number>(horizon).fill(0);
  for (const l of lines) {
    const target = l.type === "cost" ? costs : benefits;
    const end = Math.min(l.start + l.years - 1, horizon);
    let amount = l.amount;
    for (let y = l.start; y <= end; y++) {
      target[y - 1] += amount;
      amount *= 1 - l.dropoff;
    }
  }
  return { costs, benefits };
}

/** Actors in order of first appearance; a line without an actor belongs to "". */
export function actorsOf(lines: readonly CbaLine[]): string[] {
  const seen = new Map<string, string>();
  for (const l of lines)
    if (!seen.has(l.actor.toLowerCase())) seen.set(l.actor.toLowerCase(), l.actor);
  return [...seen.values()];
}

/** Lines of one actor, matched case-insensitively (possibly none). */
export function linesOf(lines: readonly CbaLine[], actor: string): CbaLine[] {
  const key = actor.trim().toLowerCase();
  return lines.filter((l) => l.actor.toLowerCase() === key);
}

/** Lines of one actor the user named; #N/A when the actor has none. */
export function linesOfActor(lines: readonly CbaLine[], actor: string): CbaLine[] | SiError {
  const hit = linesOf(lines, actor);
  return hit.length > 0 ? hit : naError("noSuchActor", { actor });
}
