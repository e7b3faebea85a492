/**
 * The engine's input read straight from the sheet XML, without ExcelJS: for `si-kalkyl recalc`,
 * whose copy is the input with the results patched in (src/engine/xlsx-patch.ts), ExcelJS's model
 * of every cell is not needed, and building it took most of the time and memory of a recalc.
 *
 * The reading gives what ExcelJS's reading gives `readWorkbook` (src/engine/workbook.ts), cell
 * for cell. Whatever it does not handle the same way for certain (date formats, the 1904 date
 * system, namespace prefixes, cells without a reference, …) makes it decline: `readXlsxDirect`
 * returns undefined and the caller reads the workbook with ExcelJS as before.
 */
import { RawCellContent, Sheets } from "hyperformula";
import { columnNumber, shiftFormula } from "./formula";
import {
  DefinedName,
  EngineInput,
  FormulaCell,
  SheetCells,
  XlsxValue,
  clearArrayRanges,
  engineValue,
  formulaCell,
  parseArea,
  setContent,
} from "./workbook";
import { TableDef } from "./structured";
import { XlsxParts, attr, decline, parseTable, xmlText } from "./xlsx-parts";
import { sheetParts } from "./xlsx-patch";
import { ZipEntry, readZipEntry } from "./zip";

/** The text of `<t>` elements (ExcelJS also decodes Excel's `_xHHHH_` escapes there). */
function tText(s: string): string {
  return xmlText(s).replace(/_x([0-9A-F]{4})_/g, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16))
  );
}

/** A string item (`<si>`, `<is>`): its text runs joined, phonetic runs left out. */
function stringItem(xml: string): string {
  const body = xml.indexOf("<rPh") < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += tText(m[1] ?? "");
  return text;
}

// Fast attribute reading for the attributes of every cell.
const R_ATTR = /(?:^|\s)r\s*=\s*["']([A-Z]+)(\d+)["']/;
const T_ATTR = /(?:^|\s)t\s*=\s*["'](\w+)["']/;
const S_ATTR = /(?:^|\s)s\s*=\s*["'](\d+)["']/;

// --- styles: a date format would make ExcelJS read numbers as dates -----------------------------

const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

function looksLikeDate(code: string): boolean {
  const plain = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyhse]/i.test(plain.replace(/General/gi, ""));
}

function checkStyles(xml: string | undefined): void {
  if (xml === undefined) return;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "numFmtId");
    if (id !== undefined) custom.set(Number(id), attr(m[1], "formatCode") ?? "");
  }
  const xfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(xml)?.[0] ?? "";
  for (const m of xfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    const code = custom.get(id);
    if (DATE_FORMAT_IDS.has(id) || (code !== undefined && looksLikeDate(code)))
      decline("a date format");
  }
}

// --- sheets -------------------------------------------------------------------------------------

interface Master {
  text: string;
  row: number;
  col: number;
}

function mergedCells(xml: string): Set<number> {
  const covered = new Set<number>();
  for (const m of xml.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
    const ref = attr(m[1], "ref");
    if (!ref) continue;
    const a = parseArea(ref);
    for (let row = a.top; row <= a.bottom; row++)
      for (let col = a.left; col <= a.right; col++)
        if (row !== a.top || col !== a.left) covered.add(key(row, col));
  }
  return covered;
}

function key(row: number, col: number): number {
  return row * 16_384 + col;
}

/** A formula's cached result as ExcelJS reads it (`<v>` after the `t` of its cell). */
function formulaResult(t: string | undefined, v: string | undefined): XlsxValue {
  if (!v) return null;
  if (t === "str") return xmlText(xmlText(v));
  if (t === "b") return parseInt(xmlText(v), 10) !== 0;
  if (t === "e") return { error: xmlText(v) } as XlsxValue;
  if (t === undefined || t === "n") return parseFloat(xmlText(v));
  return decline(`a formula result of type ${t}`);
}

/** A value cell as ExcelJS reads it; undefined for a cell with no value. */
function cellValue(
  t: string | undefined,
  v: string | undefined,
  is: string | undefined,
  strings: string[]
): unknown {
  if (t === "inlineStr") return is === undefined ? undefined : stringItem(is);
  if (v === undefined) return undefined;
  switch (t) {
    case "s": {
      const s = strings[parseInt(xmlText(v), 10)];
      return s === undefined ? decline("a shared string out of range") : s;
    }
    case "str":
      return xmlText(xmlText(v));
    case "b":
      return parseInt(xmlText(v), 10) !== 0;
    case "e":
      return { error: xmlText(v) };
    case undefined:
    case "n":
      return parseFloat(xmlText(v));
    default:
      return decline(`a cell of type ${t}`);
  }
}

const ELEMENTS: Record<"v" | "f" | "is", RegExp> = {
  v: /<v\b([^>]*?)(?:\/>|>([\s\S]*?)<\/v>)/,
  f: /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/,
  is: /<is\b([^>]*?)(?:\/>|>([\s\S]*?)<\/is>)/,
};

function element(
  content: string,
  tag: "v" | "f" | "is"
): { attrs: string; text?: string } | undefined {
  const m = ELEMENTS[tag].exec(content);
  return m ? { attrs: m[1], text: m[2] } : undefined;
}

interface ReadSheet {
  data: RawCellContent[][];
  formulas: FormulaCell[];
  cells: SheetCells;
}

function readSheet(
  name: string,
  xml: string,
  strings: string[],
  tables: readonly TableDef[]
): ReadSheet {
  if (!/<worksheet\b/.test(xml)) decline("a sheet with a namespace prefix");
  if (/<hyperlinks\b/.test(xml)) decline("hyperlinks");
  const covered = mergedCells(xml);
  /** Cells ExcelJS sees as something (not empty) though they have no value. */
  const placeholders = new Set<number>();
  const data: RawCellContent[][] = [];
  const formulas: FormulaCell[] = [];
  const masters = new Map<string, Master>();
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  const start = open ? open.index + open[0].length : 0;
  const end = open && !open[1] ? xml.indexOf("</sheetData>", start) : start;
  if (end < 0) decline("a sheet whose sheetData does not end");
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  cellRe.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = cellRe.exec(xml)) && m.index < end) {
    const attrs = m[1];
    const ref = R_ATTR.exec(attrs) ?? decline("a cell without a reference");
    const row = Number(ref[2]);
    const col = columnNumber(ref[1]);
    const t = T_ATTR.exec(attrs)?.[1];
    const content = m[2] ?? "";
    const vAt = content.indexOf("<v");
    const v = vAt < 0 ? undefined : element(content, "v")?.text;
    if (covered.has(key(row, col))) continue;
    const f = content.indexOf("<f") < 0 ? undefined : element(content, "f");
    const ft = f && attr(f.attrs, "t");
    if (f && (f.text || ft)) {
      const cached = formulaResult(t, v);
      let text = xmlText(f.text ?? "").replace(/^=/, "");
      let kind: { array?: string; shared: boolean } = { shared: false };
      if (ft === "shared") {
        const si = attr(f.attrs, "si") ?? decline("a shared formula without si");
        if (attr(f.attrs, "ref") !== undefined) {
          if (!text) decline("a shared formula without text");
          masters.set(si, { text, row, col });
        } else {
          const master = masters.get(si);
          if (!master || text) decline("a shared formula ExcelJS reads otherwise");
          text = shiftFormula(master.text, row - master.row, col - master.col);
        }
        kind = { shared: true };
      } else if (ft === "array") {
        kind = { array: attr(f.attrs, "ref"), shared: false };
      } else if (ft !== undefined) {
        decline(`a formula of type ${ft}`);
      }
      const fc = formulaCell({ sheet: name, row, col }, text, kind, cached, tables);
      formulas.push(fc);
      setContent(data, row, col, fc.unsupported ? engineValue(cached, false) : fc.engineText);
      continue;
    }
    const is = t === "inlineStr" ? element(content, "is")?.text : undefined;
    const value = cellValue(t, v, is, strings);
    if (value !== undefined) setContent(data, row, col, engineValue(value, false));
    else if (!Number(S_ATTR.exec(attrs)?.[1] ?? 0)) placeholders.add(key(row, col));
  }
  clearArrayRanges(data, formulas);
  for (let i = 0; i < data.length; i++) data[i] ??= [];
  const cells: SheetCells = {
    name,
    filled: (row, col) =>
      data[row - 1]?.[col - 1] !== undefined ||
      covered.has(key(row, col)) ||
      placeholders.has(key(row, col)),
    set: () => undefined,
  };
  return { data, formulas, cells };
}

// --- tables -------------------------------------------------------------------------------------

/** ExcelJS finds a sheet's tables only at this target of the sheet's relationships. */
const TABLE_TARGET = /^\.\.\/tables\/table\d+\.xml$/;

/**
 * The tables a sheet's relationships point at, by relationship id. Read before any sheet's
 * cells: a formula may refer to a table on a later sheet.
 */
function relatedTables(sheet: string, part: string, text: Text): Map<string, TableDef> {
  const tables = new Map<string, TableDef>();
  const rels = text(part.replace(/([^/]+)$/, "_rels/$1.rels"));
  for (const m of (rels ?? "").matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const [id, type, target] = ["Id", "Type", "Target"].map((n) => attr(m[1], n));
    if (!id || !type?.endsWith("/table")) continue;
    if (!target || !TABLE_TARGET.test(target)) decline("a table part ExcelJS does not find");
    const xml = text(`xl/tables/${target.slice("../tables/".length)}`) ?? decline(`no ${target}`);
    tables.set(id, parseTable(xml, sheet));
  }
  return tables;
}

/** The sheet's own list of its tables (`<tableParts>`), which is what ExcelJS follows. */
function listedTables(xml: string, related: Map<string, TableDef>): TableDef[] {
  const ids = [...xml.matchAll(/<tablePart\b([^>]*?)\/?>/g)].map((m) => attr(m[1], "r:id"));
  if (ids.length !== related.size || new Set(ids).size !== ids.length)
    decline("tables the sheet does not list once each");
  return ids.map((id) => related.get(id ?? "") ?? decline("a table part ExcelJS does not find"));
}

// --- the workbook -------------------------------------------------------------------------------

export interface DirectRead {
  input: EngineInput;
  cells: SheetCells[];
}

type Text = XlsxParts["text"];

/** A zip's parts (src/engine/zip.ts's entries by name) as the shared XML steps read them. */
export function zipParts(bytes: Buffer, files: Map<string, ZipEntry>): XlsxParts {
  return {
    names: () => [...files.keys()],
    text: (name) => {
      const e = files.get(name);
      return e ? readZipEntry(bytes, e).toString("utf8") : undefined;
    },
  };
}

function read(pkg: XlsxParts, names: DefinedName[]): DirectRead {
  const text: Text = (name) => pkg.text(name);
  const workbookXml = text("xl/workbook.xml") ?? decline("no workbook part");
  const rels = text("xl/_rels/workbook.xml.rels") ?? decline("no workbook relationships");
  if (!/<workbook\b/.test(workbookXml)) decline("a workbook with a namespace prefix");
  if (/<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbookXml))
    decline("the 1904 date system");
  checkStyles(text("xl/styles.xml"));
  const sst = text("xl/sharedStrings.xml");
  const strings = sst
    ? [...sst.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItem(m[1] ?? ""))
    : [];
  const sheets: Sheets = {};
  const sheetNames: string[] = [];
  const formulas: FormulaCell[] = [];
  const cells: SheetCells[] = [];
  const parts = [...sheetParts(workbookXml, rels)].filter(([, p]) =>
    p.startsWith("xl/worksheets/")
  );
  for (const [, part] of parts)
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) decline("a sheet part ExcelJS skips");
  const related = parts.map(([name, part]) => relatedTables(name, part, text));
  const candidates = related.flatMap((r) => [...r.values()]);
  const tables: TableDef[] = [];
  parts.forEach(([name, part], i) => {
    const xml = text(part) ?? decline(`no ${part}`);
    const sheet = readSheet(name, xml, strings, candidates);
    // `<tableParts>` follows `<sheetData>`.
    const tail = xml.slice(Math.max(0, xml.lastIndexOf("</sheetData>")));
    for (const t of listedTables(tail, related[i])) tables.push(t);
    sheets[name] = sheet.data;
    sheetNames.push(name);
    for (const f of sheet.formulas) formulas.push(f);
    cells.push(sheet.cells);
  });
  return { input: { sheets, sheetNames, formulas, names, tables, date1904: false }, cells };
}

/**
 * The engine input of a workbook whose zip and parts `loadXlsx`'s checks have passed; undefined
 * when it has something left to ExcelJS.
 */
export function readXlsxDirect(parts: XlsxParts, names: DefinedName[]): DirectRead | undefined {
  try {
    return read(parts, names);
  } catch (e) {
    if (process.env.SI_DEBUG_DIRECT) console.error("direct read declined:", e);
    // Declined, or something unexpected: ExcelJS's reading gives the verdict and the message.
    return undefined;
  }
}
