/**
 * Formula text as an xlsx file stores it (no "=", English names, commas), read token by token:
 * enough to move a shared formula to another cell, to find the functions a formula calls, and to
 * turn the file's spelling into HyperFormula's. A token-level pass, not a parser: string literals,
 * quoted sheet names and structured references are skipped whole, so "A1" inside text or a sheet
 * called 'B2' is never taken for a reference.
 */
import { columnLetters } from "../core/cells";
import { NAMESPACE, findFunction } from "../catalog";

type Kind = "string" | "quoted" | "bracket" | "error" | "number" | "word" | "other";

interface Token {
  kind: Kind;
  text: string;
}

const ERROR_LITERAL =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)/i;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
// Names, references, function names and unquoted sheet names: Excel allows letters of any script.
const WORD = /^[A-Za-z_\\$\u00C0-\uFFFF][A-Za-z0-9_.$\\?\u00C0-\uFFFF]*/;

/** The end of a run delimited by `quote`, where a doubled quote stands for one. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** The end of a bracketed run, nested brackets included (`Table1[[#This Row],[Cost]]`). */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
    // An apostrophe escapes the next character inside structured references.
    else if (text[i] === "'") i++;
  }
  return text.length;
}

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const c = formula[i];
    let kind: Kind = "other";
    let end = i + 1;
    let m: RegExpExecArray | null;
    if (c === '"') [kind, end] = ["string", quotedEnd(formula, i, '"')];
    else if (c === "'") [kind, end] = ["quoted", quotedEnd(formula, i, "'")];
    else if (c === "[") [kind, end] = ["bracket", bracketEnd(formula, i)];
    else if (c === "#" && (m = ERROR_LITERAL.exec(rest))) [kind, end] = ["error", i + m[0].length];
    else if ((m = NUMBER.exec(rest))) [kind, end] = ["number", i + m[0].length];
    else if ((m = WORD.exec(rest))) [kind, end] = ["word", i + m[0].length];
    tokens.push({ kind, text: formula.slice(i, end) });
    i = end;
  }
  return tokens;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;
const MAX_ROW = 1048576;
const MAX_COL = 16384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function isCall(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.text === "(";
}

/** Beside a colon: the half of a whole-column (`A:C`) or whole-row (`1:3`) range. */
function inRange(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.text === ":" || tokens[i - 1]?.text === ":";
}

function shifted(n: number, by: number, max: number): number | undefined {
  const to = n + by;
  return to >= 1 && to <= max ? to : undefined;
}

/** One reference token moved by (rows, cols); `#REF!` when it would leave the sheet, as in Excel. */
function shiftReference(tokens: Token[], i: number, rows: number, cols: number): string {
  const { text, kind } = tokens[i];
  if (kind === "word" && !isCall(tokens, i) && tokens[i + 1]?.text !== "!") {
    let m = CELL.exec(text);
    // Past column XFD it is a name (Excel's names may not look like cells within the sheet).
    if (m && columnNumber(m[2]) <= MAX_COL) {
      const col = m[1] ? columnNumber(m[2]) : shifted(columnNumber(m[2]), cols, MAX_COL);
      const row = m[3] ? Number(m[4]) : shifted(Number(m[4]), rows, MAX_ROW);
      return col === undefined || row === undefined
        ? "#REF!"
        : `${m[1]}${columnLetters(col)}${m[3]}${row}`;
    }
    if (inRange(tokens, i) && (m = COLUMN.exec(text))) {
      const col = m[1] ? columnNumber(m[2]) : shifted(columnNumber(m[2]), cols, MAX_COL);
      return col === undefined ? "#REF!" : `${m[1]}${columnLetters(col)}`;
    }
  }
  if ((kind === "number" || kind === "word") && inRange(tokens, i)) {
    const m = ROW.exec(text);
    if (m) {
      const row = m[1] ? Number(m[2]) : shifted(Number(m[2]), rows, MAX_ROW);
      return row === undefined ? "#REF!" : `${m[1]}${row}`;
    }
  }
  return text;
}

/**
 * A shared formula as it reads in a cell `rows` below and `cols` right of its master: relative
 * references move, absolute ones ($) stay, exactly as Excel fills a formula.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const tokens = tokenize(formula);
  return tokens.map((_, i) => shiftReference(tokens, i, rows, cols)).join("");
}

const FILE_PREFIXES = /^(?:_xlfn\.|_xlws\.)+/i;
// Excel saves an add-in's custom function SI.CBA as _xldudf_SI_CBA (the dot becomes "_").
const CUSTOM_FUNCTION = new RegExp(`^_xldudf_${NAMESPACE}_(\\w+)$`, "i");

/** A function name as HyperFormula knows it: no file prefixes, SI functions as SI.ID. */
export function engineFunctionName(name: string): string {
  const bare = name.replace(FILE_PREFIXES, "").toUpperCase();
  const custom = CUSTOM_FUNCTION.exec(bare);
  if (custom && findFunction(custom[1])) return `${NAMESPACE}.${custom[1].toUpperCase()}`;
  return bare;
}

/** The functions a formula calls, as engine names (`SUM`, `SI.CBA`), each once. */
export function calledFunctions(formula: string): string[] {
  const tokens = tokenize(formula);
  const names = tokens
    .filter((t, i) => t.kind === "word" && isCall(tokens, i))
    .map((t) => engineFunctionName(t.text));
  return [...new Set(names)];
}

/**
 * The function whose call is the whole formula (`SI.CBATABLE(…)`, not `SI.CBATABLE(…)*2`), as
 * an engine name; undefined when the formula is anything else.
 */
export function outermostCall(formula: string): string | undefined {
  const tokens = tokenize(formula).filter((t) => t.text.trim() !== "");
  if (tokens[0]?.kind !== "word" || !isCall(tokens, 0)) return undefined;
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text === "(") depth++;
    else if (tokens[i].text === ")" && --depth === 0)
      return i === tokens.length - 1 ? engineFunctionName(tokens[0].text) : undefined;
  }
  return undefined;
}

export function isSiFunction(engineName: string): boolean {
  return engineName.startsWith(`${NAMESPACE}.`);
}

/**
 * The file's formula as HyperFormula reads it. Function names lose the file prefixes; numbers
 * with an exponent are written with a small "e", the only spelling HyperFormula's parser takes.
 */
export function engineFormula(formula: string): string {
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      if (t.kind === "word" && isCall(tokens, i)) return engineFunctionName(t.text);
      if (t.kind === "number") return t.text.toLowerCase();
      return t.text;
    })
    .join("");
}
