/**
 * Excel's structured references (`Poster[Belopp]`, `Poster[[#This Row],[Före]]`, `[@Efter]`) as
 * the A1 references HyperFormula reads: HyperFormula has no tables, and a formula it cannot parse
 * would keep its cached value. Pure: formula text, where the formula sits and the workbook's
 * tables in, formula text out. Only the engine's copy of a formula is translated; the file keeps
 * its own text.
 *
 * Every reference becomes absolute ($A$11:$A$15): the engine never moves a formula, and "this
 * row" is the formula's own row number. A reference this module does not understand (an unknown
 * table or column, a combination Excel itself refuses) is left as it is, so HyperFormula fails to
 * parse it and the cell keeps its cached value, reported as unsupported.
 */
import { columnLetters } from "../core/cells";
import { columnNumber, tokenize } from "./formula";

/** An Excel table (ListObject) as formulas see it. */
export interface TableDef {
  /** The name formulas use (the file's `displayName`). */
  name: string;
  sheet: string;
  /** The whole table, header and totals rows included: `A10:J15`. */
  ref: string;
  headerRows: number;
  totalsRows: number;
  /** Column names, left to right. */
  columns: string[];
}

/** Where a formula sits. A defined name sits nowhere: "this row" and `[Col]` then stay as they are. */
export interface FormulaAt {
  sheet: string;
  row: number;
  col: number;
}

type Item = "#ALL" | "#DATA" | "#HEADERS" | "#TOTALS" | "#THIS ROW";

const ITEMS = new Set<string>(["#ALL", "#DATA", "#HEADERS", "#TOTALS", "#THIS ROW"]);

/** What a reference selects: special items (none = the data body) and a column span (none = all). */
interface Spec {
  items: Item[];
  columns?: [string, string];
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function tableArea(ref: string): Area | undefined {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return undefined;
  const [top, left] = [Number(m[2]), columnNumber(m[1])];
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

// --- the text between the brackets ------------------------------------------------------------

/** A name with Excel's escapes undone: inside brackets an apostrophe escapes the next character. */
function unescape(s: string): string {
  return s.replace(/'(.)/gs, "$1");
}

function special(s: string): Item | undefined {
  const name = s.toUpperCase().replace(/\s+/g, " ");
  return ITEMS.has(name) ? (name as Item) : undefined;
}

/** One `[…]` of a list from `start`: its raw text and the index after its `]`. */
function bracketed(s: string, start: number): { raw: string; end: number } | undefined {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === "'") i++;
    else if (s[i] === "[")
      return undefined; // only escaped brackets belong in a name
    else if (s[i] === "]") return { raw: s.slice(start + 1, i), end: i + 1 };
  }
  return undefined;
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === " ") i++;
  return i;
}

/** `[#This Row],[Före]:[Efter]`: special items and at most one column or span, in any order. */
function parseList(s: string): Spec | undefined {
  const items: Item[] = [];
  const columns: string[] = [];
  let span = false;
  let i = skipSpaces(s, 0);
  while (i < s.length) {
    const b = s[i] === "[" ? bracketed(s, i) : undefined;
    if (!b) return undefined;
    if (b.raw.startsWith("#")) {
      const item = special(b.raw);
      if (!item || span) return undefined;
      items.push(item);
    } else {
      if (columns.length && !span) return undefined; // two columns need a colon between them
      columns.push(unescape(b.raw));
    }
    i = skipSpaces(s, b.end);
    span = s[i] === ":";
    if (span && (columns.length !== 1 || b.raw.startsWith("#"))) return undefined;
    if (i < s.length && s[i] !== "," && !span) return undefined;
    if (i < s.length) i = skipSpaces(s, i + 1);
  }
  if (span) return undefined;
  return { items, columns: columns.length ? [columns[0], columns[columns.length - 1]] : undefined };
}

/** `Col`, `#Data`: the one-part form without inner brackets. */
function parseSimple(s: string): Spec | undefined {
  if (s.startsWith("#")) {
    const item = special(s);
    return item ? { items: [item] } : undefined;
  }
  const name = unescape(s);
  return { items: [], columns: [name, name] };
}

/** A reference's brackets (`[…]`, outer ones included); undefined when it is not a valid one. */
export function parseSpecifier(brackets: string): Spec | undefined {
  if (!brackets.startsWith("[") || !brackets.endsWith("]")) return undefined; // unterminated
  const inner = brackets.slice(1, -1);
  if (inner.trim() === "") return { items: [] };
  if (inner.startsWith("@")) {
    const rest = inner.slice(1);
    const spec =
      rest.trim() === ""
        ? { items: [] }
        : rest.startsWith("[")
          ? parseList(rest)
          : parseSimple(rest);
    return spec && !spec.items.length ? { ...spec, items: ["#THIS ROW"] } : undefined;
  }
  return inner.trimStart().startsWith("[") ? parseList(inner) : parseSimple(inner);
}

// --- resolving ----------------------------------------------------------------------------------

type Rows = { top: number; bottom: number } | "#REF!";

/** The rows a set of special items selects; undefined for a combination Excel refuses. */
function rowsOf(items: Item[], table: TableDef, area: Area, at?: FormulaAt): Rows | undefined {
  const data = { top: area.top + table.headerRows, bottom: area.bottom - table.totalsRows };
  const headers = { top: area.top, bottom: area.top + table.headerRows - 1 };
  const totals = { top: area.bottom - table.totalsRows + 1, bottom: area.bottom };
  const key = [...new Set(items)].sort().join(",");
  let rows: Rows | undefined;
  switch (key) {
    case "":
    case "#DATA":
      rows = data;
      break;
    case "#ALL":
      return { top: area.top, bottom: area.bottom };
    case "#HEADERS":
      rows = headers;
      break;
    case "#TOTALS":
      rows = totals;
      break;
    case "#DATA,#HEADERS":
      rows = { top: area.top, bottom: data.bottom };
      break;
    case "#DATA,#TOTALS":
      rows = { top: data.top, bottom: area.bottom };
      break;
    case "#THIS ROW":
      if (!at) return undefined;
      rows = { top: at.row, bottom: at.row };
      // "This row" is a row of the data body, on whatever sheet the formula is.
      if (at.row < data.top || at.row > data.bottom) return "#REF!";
      break;
    default:
      return undefined;
  }
  return rows.top > rows.bottom ? "#REF!" : rows;
}

function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** A sheet name as a reference prefix: quoted unless plainly a name, apostrophes doubled. */
export function sheetPrefix(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain && !/^[RC]\d*$|^R\d*C\d*$/i.test(sheet)
    ? `${sheet}!`
    : `'${sheet.replace(/'/g, "''")}'!`;
}

/** The A1 reference (or `#REF!`) a reference to `table` stands for; undefined: leave the text. */
function resolve(table: TableDef, spec: Spec, at?: FormulaAt): string | undefined {
  const area = tableArea(table.ref);
  if (!area) return undefined;
  let [left, right] = [area.left, area.right];
  if (spec.columns) {
    const [a, b] = spec.columns.map((c) => table.columns.findIndex((n) => sameName(n, c)));
    if (a < 0 || b < 0) return undefined;
    [left, right] = [area.left + Math.min(a, b), area.left + Math.max(a, b)];
  }
  const rows = rowsOf(spec.items, table, area, at);
  if (rows === undefined || rows === "#REF!") return rows;
  const from = `$${columnLetters(left)}$${rows.top}`;
  const to = `$${columnLetters(right)}$${rows.bottom}`;
  const prefix = at?.sheet === table.sheet ? "" : sheetPrefix(table.sheet);
  return prefix + (from === to ? from : `${from}:${to}`);
}

function tableAt(tables: readonly TableDef[], at: FormulaAt): TableDef | undefined {
  return tables.find((t) => {
    const a = t.sheet === at.sheet ? tableArea(t.ref) : undefined;
    return !!a && at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right;
  });
}

type Token = ReturnType<typeof tokenize>[number];

/** `[1]Blad1!A1`, `[1]!Namn`: a bracket that names another workbook, not a table's column. */
function externalBook(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.text === "!") return true;
  return (next?.kind === "word" || next?.kind === "quoted") && tokens[i + 2]?.text === "!";
}

/**
 * The formula with every structured reference it can resolve written as an A1 reference.
 * `at`: where the formula sits (undefined for a defined name's expression).
 */
export function resolveStructured(
  formula: string,
  at: FormulaAt | undefined,
  tables: readonly TableDef[]
): string {
  if (!tables.length) return formula;
  // Most formulas name no table: they are not tokenized once more.
  const upper = formula.toUpperCase();
  if (upper.indexOf("[") < 0 && !tables.some((t) => upper.includes(t.name.toUpperCase())))
    return formula;
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const afterSheet = tokens[i - 1]?.text === "!";
    let resolved: string | undefined;
    if (t.kind === "word" && next?.kind === "bracket" && !afterSheet) {
      const table = tables.find((x) => sameName(x.name, t.text));
      const spec = table && parseSpecifier(next.text);
      resolved = table && spec && resolve(table, spec, at);
      if (resolved !== undefined) i++;
    } else if (t.kind === "bracket" && tokens[i - 1]?.kind !== "word" && !externalBook(tokens, i)) {
      // `[@Col]` without a table name: a formula inside the table itself.
      const table = at && tableAt(tables, at);
      const spec = table && parseSpecifier(t.text);
      resolved = table && spec && resolve(table, spec, at);
    } else if (t.kind === "word" && !["(", "!"].includes(next?.text ?? "") && !afterSheet) {
      // A bare table name is its data body. Table names and defined names share one namespace
      // in Excel, so it cannot be a defined name as well.
      const table = tables.find((x) => sameName(x.name, t.text));
      resolved = table && resolve(table, { items: [] }, at);
    }
    out.push(resolved ?? t.text);
  }
  return out.join("");
}

/** `[@Col]`'s brackets in the file's spelling: `[[#This Row],[Col]]`; undefined if not "this row". */
function thisRowBrackets(brackets: string): string | undefined {
  if (!brackets.startsWith("[@") || !brackets.endsWith("]")) return undefined;
  const rest = brackets.slice(2, -1);
  if (rest.trim() === "") return "[#This Row]";
  return rest.startsWith("[") ? `[[#This Row],${rest}]` : `[[#This Row],[${rest}]]`;
}

/**
 * A formula as an xlsx file must hold its "this row" references. `[@Col]` is only how Excel shows
 * them; the file format knows `Table[[#This Row],[Col]]`, with the table named even inside the
 * table itself (`tableHere`, the table the formula sits in). Everything else is left as written.
 */
export function thisRowForFile(formula: string, tableHere?: string): string {
  if (!formula.includes("[@")) return formula;
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      const file = t.kind === "bracket" ? thisRowBrackets(t.text) : undefined;
      if (file === undefined) return t.text;
      if (tokens[i - 1]?.kind === "word") return file;
      return tableHere === undefined ? t.text : `${tableHere}${file}`;
    })
    .join("");
}

/** Letters, digits and underscores: a column Excel names without inner brackets in `[@Col]`. */
const PLAIN_COLUMN = /^\[[\p{L}\p{N}_]+\]$/u;

/** The file's `[[#This Row],[Col]]` brackets as Excel shows them: `[@Col]`; undefined otherwise. */
function thisRowShown(brackets: string): string | undefined {
  const m = /^\[\s*\[#This Row\]\s*(?:,\s*(.*?))?\s*\]$/i.exec(brackets);
  if (m) {
    const rest = m[1] ?? "";
    return rest === "" ? "[@]" : PLAIN_COLUMN.test(rest) ? `[@${rest.slice(1, -1)}]` : `[@${rest}]`;
  }
  return /^\[#This Row\]$/i.test(brackets) ? "[@]" : undefined;
}

/**
 * A formula read from a file as Excel shows it: `Poster[[#This Row],[Belopp]]` becomes
 * `[@Belopp]` inside the table Poster (`tableHere`) and `Poster[@Belopp]` elsewhere; the inverse
 * of thisRowForFile.
 */
export function thisRowForDisplay(formula: string, tableHere?: string): string {
  if (!/#This Row/i.test(formula)) return formula;
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const shown =
      t.kind === "word" && next?.kind === "bracket" ? thisRowShown(next.text) : undefined;
    if (shown === undefined) {
      out.push(t.text);
      continue;
    }
    out.push(tableHere !== undefined && sameName(t.text, tableHere) ? shown : `${t.text}${shown}`);
    i++;
  }
  return out.join("");
}
