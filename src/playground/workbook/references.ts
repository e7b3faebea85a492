/**
 * What Excel does to references when cells move: inserting cells pushes the cells below (or to
 * the right) along, deleting pulls them back, and every reference to a moved cell follows it;
 * a reference to a deleted cell becomes #REF!. A pure mapping of positions (`Shift`) and its
 * application to formula text, token by token over the engine's tokenizer.
 */
import { columnLetters } from "../../core/cells";
import { columnNumber, tokenize } from "../../engine/formula";
import { MAX_COLS, MAX_ROWS } from "./areas";
import { sameName } from "./naming";

/**
 * Cells of one sheet moving along `axis`: "rows" moves cells down (insert) or up (delete) within
 * the columns `from`..`to`; "cols" moves them right or left within the rows `from`..`to`. From
 * line `at` on; `count` > 0 inserts that many lines, < 0 deletes them. 0-based.
 */
export interface Shift {
  sheet: string;
  axis: "rows" | "cols";
  from: number;
  to: number;
  at: number;
  count: number;
}

/** Where a cell goes: its new [row, col], null when deleted, itself when untouched. */
export function movedCell(shift: Shift, row: number, col: number): [number, number] | null {
  const [line, cross] = shift.axis === "rows" ? [row, col] : [col, row];
  if (cross < shift.from || cross > shift.to || line < shift.at) return [row, col];
  let next = line + shift.count;
  if (shift.count < 0) {
    if (line < shift.at - shift.count) return null;
  } else if (next >= (shift.axis === "rows" ? MAX_ROWS : MAX_COLS)) return null;
  next = Math.max(next, 0);
  return shift.axis === "rows" ? [next, col] : [row, next];
}

/** A range's lines after the shift: a deletion shrinks it, an insertion inside grows it. */
function movedSpan(shift: Shift, first: number, last: number): [number, number] | null {
  if (shift.count > 0) {
    const f = first >= shift.at ? first + shift.count : first;
    const l = last >= shift.at ? last + shift.count : last;
    return [f, l];
  }
  const [d0, d1, n] = [shift.at, shift.at - shift.count - 1, -shift.count];
  const f = first < d0 ? first : first > d1 ? first - n : d0;
  const l = last < d0 ? last : last > d1 ? last - n : d0 - 1;
  return l < f ? null : [f, l];
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

interface CellRef {
  colAbs: string;
  col: number;
  rowAbs: string;
  row: number;
}

function parseCell(text: string): CellRef | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const [col, row] = [columnNumber(m[2]) - 1, Number(m[4]) - 1];
  if (col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return undefined;
  return { colAbs: m[1], col, rowAbs: m[3], row };
}

function cellText(c: CellRef, row: number, col: number): string {
  return `${c.colAbs}${columnLetters(col + 1)}${c.rowAbs}${row + 1}`;
}

type Token = ReturnType<typeof tokenize>[number];

function sheetName(t: Token): string {
  return t.kind === "quoted" ? t.text.slice(1, -1).replace(/''/g, "'") : t.text;
}

/** A cell token: a word shaped like A1 that is not a call, a sheet prefix or part of a name. */
function cellAt(tokens: Token[], i: number): CellRef | undefined {
  const t = tokens[i];
  if (t?.kind !== "word" || ["(", "!"].includes(tokens[i + 1]?.text ?? "")) return undefined;
  return parseCell(t.text);
}

/** The reference starting at token i on the shifted sheet, rewritten; undefined: not one. */
function rewrite(
  tokens: Token[],
  i: number,
  shift: Shift
): { text: string; end: number } | undefined {
  const a = cellAt(tokens, i);
  if (!a) return undefined;
  const b = tokens[i + 1]?.text === ":" ? cellAt(tokens, i + 2) : undefined;
  if (!b) {
    const moved = movedCell(shift, a.row, a.col);
    return { text: moved ? cellText(a, moved[0], moved[1]) : "#REF!", end: i };
  }
  const end = i + 2;
  const [top, bottom] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
  const [left, right] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
  const [cross0, cross1, line0, line1] =
    shift.axis === "rows" ? [left, right, top, bottom] : [top, bottom, left, right];
  // Excel moves a range's edges only when the whole range lies in the moving columns (rows).
  if (cross0 < shift.from || cross1 > shift.to) return { text: joined(tokens, i, end), end };
  const span = movedSpan(shift, line0, line1);
  if (!span) return { text: "#REF!", end };
  const [r0, r1, c0, c1] =
    shift.axis === "rows" ? [span[0], span[1], left, right] : [top, bottom, span[0], span[1]];
  return { text: `${cellText(a, r0, c0)}:${cellText(b, r1, c1)}`, end };
}

function joined(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join("");
}

/**
 * `formula` (sitting on `formulaSheet`, or a defined name: undefined) with its references into
 * the shifted cells moved along. Whole-column and whole-row ranges are left as they are.
 */
export function shiftReferences(
  formula: string,
  formulaSheet: string | undefined,
  shift: Shift
): string {
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prefixed = tokens[i + 1]?.text === "!" && ["word", "quoted"].includes(tokens[i].kind);
    const start = prefixed ? i + 2 : i;
    const sheet = prefixed ? sheetName(tokens[i]) : formulaSheet;
    const afterPrefix = !prefixed && tokens[i - 1]?.text === "!";
    const onSheet = sheet !== undefined && sameName(sheet, shift.sheet) && !afterPrefix;
    const r = onSheet ? rewrite(tokens, start, shift) : undefined;
    if (!r) {
      out.push(tokens[i].text);
      continue;
    }
    out.push(r.text === "#REF!" ? "#REF!" : joined(tokens, i, start - 1) + r.text);
    i = r.end;
  }
  return out.join("");
}
