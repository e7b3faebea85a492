/** Valid Swedish personal identity and coordination numbers for property tests. */
import fc from "fast-check";
import { luhnValid } from "../../src/import/personnummer";

/** The Luhn check digit that completes nine digits (YYMMDDNNN). */
export function checkDigit(nine: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(nine + d)) return String(d);
  throw new Error("no check digit");
}

/**
 * A valid number for a date: its century, YYMMDD (day + 60 for a samordningsnummer), the last
 * four digits (serial and check digit), and the whole ten-digit form.
 */
export const personalNumber = fc
  .record({
    year: fc.integer({ min: 1900, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
  })
  .map(({ year, month, day, serial, coordination }) => {
    const pad = (n: number, w = 2) => n.toString().padStart(w, "0");
    const yymmdd = `${pad(year % 100)}${pad(month)}${pad(day + (coordination ? 60 : 0))}`;
    const nine = `${yymmdd}${pad(serial, 3)}`;
    const last4 = `${pad(serial, 3)}${checkDigit(nine)}`;
    return { century: String(year).slice(0, 2), yymmdd, last4, ten: `${yymmdd}${last4}` };
  });
