/** Price indices and uprating an amount from one price year to another. */
import { KPI_1980_100_CSV } from "./data/kpi-1980-100";
import { SiError, finite, naError, numError } from "./errors";

export interface PriceIndex {
  name: string;
  values: ReadonlyMap<number, number>;
}

/** Parses "year,value" lines; the first line may be a header. */
export function parseIndexCsv(name: string, text: string): PriceIndex {
  const values = new Map<number, number>();
  for (const line of text.trim().split(/\r?\n/)) {
    const [y, v] = line.split(",").map((s) => s.trim());
    const year = Number(y);
    const value = Number(v);
    if (Number.isInteger(year) && Number.isFinite(value)) values.set(year, value);
  }
  return { name, values };
}

export const KPI: PriceIndex = parseIndexCsv("KPI (SCB, 1980=100)", KPI_1980_100_CSV);

export function latestYear(index: PriceIndex): number {
  return Math.max(...index.values.keys());
}

/** "2006–2023", or "2006–2010, 2015" when years are missing in between. */
export function yearSpans(index: PriceIndex): string {
  const years = [...index.values.keys()].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    spans.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return spans.join(", ");
}

function indexOf(index: PriceIndex, year: number, arg: string): number | SiError {
  if (!Number.isInteger(year)) return numError("wholeYear", { arg });
  const v = index.values.get(year);
  return v === undefined
    ? naError("indexYear", { arg, year, years: yearSpans(index), index: index.name })
    : v;
}

/** amount · index[to] / index[from]: the same real value expressed in another year's prices. */
export function uprate(
  amount: number,
  from: number,
  to: number,
  index: PriceIndex
): number | SiError {
  const a = indexOf(index, from, "from_year");
  if (a instanceof SiError) return a;
  const b = indexOf(index, to, "to_year");
  if (b instanceof SiError) return b;
  return finite((amount * b) / a);
}
