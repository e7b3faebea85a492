/**
 * A1 addresses as Office.js takes and gives them, over the model's 0-based areas: "C4", "$C$4",
 * "A1:D5", whole columns "B:D", whole rows "4:4", optionally after a sheet ("Blad1!A1",
 * "'Min flik'!A1:B2"); and the address Excel gives back ("Blad1!A1:B2", "'Enhetskostnader (SI)'!A:C").
 */
import { columnLetters } from "../../core/cells";
import { columnNumber } from "../../engine/formula";
import type { Area } from "../model";
import { MAX_COLS, MAX_ROWS, inSheet } from "../workbook/areas";
import { officeError } from "./errors";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const SHEET_ROWS = MAX_ROWS;
export const SHEET_COLUMNS = MAX_COLS;

export const WHOLE_SHEET: Area = {
  top: 0,
  left: 0,
  bottom: SHEET_ROWS - 1,
  right: SHEET_COLUMNS - 1,
};

export interface SheetAddress {
  /** The sheet named before "!", unquoted; undefined when the address has none. */
  readonly sheet?: string;
  readonly area: Area;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;
const COLUMN = /^\$?([A-Z]{1,3})$/i;
const ROW = /^\$?(\d+)$/;

function cellOf(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  return m ? { row: Number(m[2]) - 1, col: columnNumber(m[1]) - 1 } : undefined;
}

function ordered(a: Area): Area {
  return {
    top: Math.min(a.top, a.bottom),
    left: Math.min(a.left, a.right),
    bottom: Math.max(a.top, a.bottom),
    right: Math.max(a.left, a.right),
  };
}

function areaOf(ref: string): Area | undefined {
  const [from, to = from, extra] = ref.split(":");
  if (extra !== undefined) return undefined;
  const a = cellOf(from);
  const b = cellOf(to);
  if (a && b) return ordered({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  const c1 = COLUMN.exec(from);
  const c2 = COLUMN.exec(to);
  if (c1 && c2 && ref.includes(":"))
    return ordered({
      top: 0,
      left: columnNumber(c1[1]) - 1,
      bottom: SHEET_ROWS - 1,
      right: columnNumber(c2[1]) - 1,
    });
  const r1 = ROW.exec(from);
  const r2 = ROW.exec(to);
  if (r1 && r2 && ref.includes(":"))
    return ordered({
      top: Number(r1[1]) - 1,
      left: 0,
      bottom: Number(r2[1]) - 1,
      right: SHEET_COLUMNS - 1,
    });
  return undefined;
}

/** Splits "'It''s'!A1" into the sheet ("It's") and the reference ("A1"). */
function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  const prefix = address.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(prefix);
  return { sheet: quoted ? quoted[1].replace(/''/g, "'") : prefix, ref: address.slice(bang + 1) };
}

/** Parses one area; InvalidArgument, as Excel answers, for anything else. */
export function parseAddress(address: string): SheetAddress {
  const { sheet, ref } = splitSheet(address.trim());
  const area = areaOf(ref.trim());
  if (!area || !inSheet(area))
    throw officeError("InvalidArgument", `The address "${address}" is not a valid range.`);
  return sheet === undefined ? { area } : { sheet, area };
}

/** "A1:B2, C3" (RangeAreas) as its areas, split at commas outside quoted sheet names. */
export function parseAreas(addresses: string): SheetAddress[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < addresses.length; i++) {
    if (addresses[i] === "'") quoted = !quoted;
    else if (addresses[i] === "," && !quoted) {
      parts.push(addresses.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(addresses.slice(start));
  return parts.filter((p) => p.trim() !== "").map(parseAddress);
}

/**
 * A sheet name as Excel writes it before "!": bare when it is letters, digits, "_" and "." (any
 * script's letters: Excel writes Känslighetsanalys!A1) and cannot be read as a reference; else
 * quoted, apostrophes doubled.
 */
export function sheetRef(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Z]{1,3}\d+$/i.test(name) &&
    !/^(R\d*C?\d*|C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:B2", "A:C" for whole columns, "1:4" for whole rows, as Excel writes them. */
export function localAddress(area: Area, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeColumns = area.top === 0 && area.bottom === SHEET_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === SHEET_COLUMNS - 1;
  if (wholeRows) return `${d}${area.top + 1}:${d}${area.bottom + 1}`;
  if (wholeColumns)
    return `${d}${columnLetters(area.left + 1)}:${d}${columnLetters(area.right + 1)}`;
  const first = `${d}${columnLetters(area.left + 1)}${d}${area.top + 1}`;
  const last = `${d}${columnLetters(area.right + 1)}${d}${area.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}

/** "Blad1!A1:B2", as Range.address gives it. */
export function fullAddress(sheet: string, area: Area, absolute = false): string {
  return `${sheetRef(sheet)}!${localAddress(area, absolute)}`;
}

export function rows(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columns(area: Area): number {
  return area.right - area.left + 1;
}

export function intersection(a: Area, b: Area): Area | undefined {
  const cut = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return cut.top > cut.bottom || cut.left > cut.right ? undefined : cut;
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
