/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in cells, found so they can be reported and masked: a unit-cost table should hold none, and the
 * importer never repeats one in any output.
 *
 * A match is YYMMDD-NNNN or YYYYMMDD-NNNN, the separator "-", "+" (100 years or older) or none, not
 * touching other digits; the date must exist (a samordningsnummer adds 60 to the day; a 10-digit
 * form has no century, so 29 February always counts); the last digit is the Luhn check digit over
 * the 10-digit form. In a number cell, the digits of a 10-digit integer or a 12-digit one starting
 * 18, 19 or 20 are checked the same way (a 10-digit form born 2000–2009 has lost its leading zero in
 * a number cell and is not found: 9-digit amounts are far more common than such cells).
 */
import type { GridCell } from "./types";

export type PersonalNumberKind = "personnummer" | "samordningsnummer";

export interface PersonalNumberMatch {
  kind: PersonalNumberKind;
  /** Where the match is in the text. */
  start: number;
  end: number;
}

/** Six or eight date digits, an optional separator, four more; no digit on either side. */
const CANDIDATE = /(?<!\d)(\d{8}|\d{6})([-+]?)(\d{4})(?!\d)/g;
/** Cheap pre-test: texts with fewer digits than the shortest form cannot hold one. */
const TEN_DIGITS = /\d{6}[-+]?\d{4}/;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function leapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Luhn over the ten digits: alternate weights 2 and 1 from the first, digit sums added. */
export function luhnValid(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < ten.length; i++) {
    let d = (ten.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The kind of a date part and serial as one of the forms above, or undefined.
 * `date` is YYMMDD or YYYYMMDD, `serial` the four last digits.
 */
export function personalNumberKind(date: string, serial: string): PersonalNumberKind | undefined {
  let century: number | undefined;
  if (date.length === 8) {
    century = Number(date.slice(0, 2));
    if (century < 18 || century > 20) return undefined;
    date = date.slice(2);
  }
  const yy = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  let day = Number(date.slice(4, 6));
  if (month < 1 || month > 12) return undefined;
  const coordination = day > 60;
  if (coordination) day -= 60;
  const maxDay =
    month === 2 && century !== undefined && !leapYear(century * 100 + yy) ? 28 : DAYS[month - 1];
  if (day < 1 || day > maxDay) return undefined;
  if (!luhnValid(date + serial)) return undefined;
  return coordination ? "samordningsnummer" : "personnummer";
}

/** Every personal identity number in a text. */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  if (text.length < 10 || !TEN_DIGITS.test(text)) return [];
  const found: PersonalNumberMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const kind = personalNumberKind(m[1], m[3]);
    if (kind) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** True when a cell holds a personal identity number, as text or as the digits of a number. */
export function cellHasPersonalNumber(cell: GridCell): boolean {
  if (typeof cell === "string") return findPersonalNumbers(cell).length > 0;
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 1e9 && cell < 21e10) {
    const digits = cell.toString();
    if (digits.length === 10)
      return personalNumberKind(digits.slice(0, 6), digits.slice(6)) !== undefined;
    if (digits.length === 12)
      return personalNumberKind(digits.slice(0, 8), digits.slice(8)) !== undefined;
  }
  return false;
}

/** The text with every personal identity number replaced by `mask`. */
export function maskPersonalNumbers(text: string, mask: string): string {
  const found = findPersonalNumbers(text);
  if (!found.length) return text;
  let out = "";
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.start) + mask;
    at = m.end;
  }
  return out + text.slice(at);
}
