/**
 * Excel's rules for the names a workbook holds: sheet names, defined names, table names and table
 * column headers. Broken rules are ModelErrors with the codes Office.js gives (InvalidArgument for
 * a malformed name, ItemAlreadyExists for a taken one; names compare case-insensitively).
 */
import { Lang } from "../../i18n/lang";
import { ModelError } from "../model";

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Excel's limits: at most 31 characters, none of []:*?/\, not blank, no apostrophe at either end. */
export function checkSheetName(name: string): void {
  const bad =
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    sameName(name, "History");
  if (bad) throw new ModelError("InvalidArgument", `"${name}" is not a valid sheet name`);
}

const CELL_LIKE = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const R1C1_LIKE = /^[Rr](\d*)[Cc]?(\d*)$|^[Cc]\d*$/;
const COLUMN_LIMIT = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A1 or R1C1 in disguise: `A1`, `XFD1048576`, `R`, `C`, `R2C3` (`ABCD1` is past XFD, a name). */
function looksLikeReference(name: string): boolean {
  if (R1C1_LIKE.test(name)) return true;
  if (!CELL_LIKE.test(name)) return false;
  return columnNumber(name.replace(/[$\d]/g, "")) <= COLUMN_LIMIT;
}

/**
 * Excel's rule for defined names and table names: a letter, "_" or "\" first, then letters,
 * digits, "_", "." and "\"; at most 255 characters; not a cell reference; not TRUE/FALSE.
 */
export function checkName(name: string, what: "name" | "table name"): void {
  const bad =
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    looksLikeReference(name) ||
    sameName(name, "TRUE") ||
    sameName(name, "FALSE");
  if (bad) throw new ModelError("InvalidArgument", `"${name}" is not a valid ${what}`);
}

/** `base` if free, else `base2`, `base3`… (Excel's suffixes for headers and sheet names). */
export function freeName(base: string, taken: (name: string) => boolean, first = 2): string {
  if (!taken(base)) return base;
  for (let n = first; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}

/** "Column" in the language of the workbook's Excel. */
export function columnWord(lang: Lang): string {
  return lang === "sv" ? "Kolumn" : "Column";
}

/**
 * Table headers as Excel makes them from a header row's texts: an empty header is `Column<n>`
 * (n its position), a repeated one gets the next free number (`Belopp2`).
 */
export function uniqueHeaders(texts: readonly string[], lang: Lang): string[] {
  const out: string[] = [];
  const taken = (name: string) => out.some((h) => sameName(h, name));
  texts.forEach((text, i) => {
    const base = text.trim() === "" ? `${columnWord(lang)}${i + 1}` : text;
    out.push(freeName(base, (n) => taken(n) || (n !== base && texts.some((t) => sameName(t, n)))));
  });
  return out;
}
