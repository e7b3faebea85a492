/**
 * The recalculated copy as the input file with only the written cells changed. Every part of the
 * xlsx that no cell write touches (charts, pivot tables, styles, tables, names, data validation,
 * Excel 365's dynamic-array metadata, …) is copied byte for byte, compressed as it was; in the
 * sheets that change, each written cell's `<c>` element is rewritten in place and everything
 * between them is kept as text. ExcelJS's own writer would rebuild the whole file from its model,
 * which loses what ExcelJS does not model and takes most of the time of a recalc.
 *
 * A formula the cell keeps is written back with the file's own `<f>` element (shared, array and
 * `aca` attributes intact) unless its array range changes.
 */
import { CellWrite, XlsxValue, excelSerial } from "./workbook";
import { columnLetters } from "../core/cells";
import { columnNumber } from "./formula";
import { OutEntry, ZipEntry, readZipEntry, writeZip, zipEntries } from "./zip";

/** The file has a structure this writer does not handle; ExcelJS's writer is the fallback. */
export class PatchError extends Error {}

// --- small XML helpers ------------------------------------------------------------------------

// Control characters are not allowed in XML; Excel writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

function unescapeXml(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] !== "#") return named[e] ?? whole;
    return String.fromCodePoint(
      e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
    );
  });
}

interface Attribute {
  name: string;
  raw: string;
  value: string;
}

function parseAttributes(s: string): Attribute[] {
  return [...s.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => ({
    name: m[1],
    raw: m[0],
    value: unescapeXml(m[2].slice(1, -1)),
  }));
}

function attribute(attrs: Attribute[], name: string): string | undefined {
  return attrs.find((a) => a.name === name)?.value;
}

// --- the parts of the package -----------------------------------------------------------------

/** Resolves a relationship target against the folder of the part that points to it. */
function resolveTarget(folder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** Sheet name → the part holding its cells, from workbook.xml and its relationships. */
export function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    const id = attribute(a, "Id");
    const target = attribute(a, "Target");
    if (id && target) targets.set(id, resolveTarget("xl", target));
  }
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    const name = attribute(a, "name");
    const id = a.find((x) => /^\w+:id$/.test(x.name))?.value;
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part) parts.set(name, part);
  }
  return parts;
}

const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Excel recalculates on opening anyway (fullCalcOnLoad); the cached values are for the rest. */
export function withFullCalcOnLoad(workbookXml: string): string {
  const prefix = /<(\w+:)?workbook\b/.exec(workbookXml)?.[1] ?? "";
  const calcPr = new RegExp(`<${prefix}calcPr\\b([^>]*?)\\s*(/?)>`);
  const m = calcPr.exec(workbookXml);
  if (m) {
    const kept = parseAttributes(m[1]).filter((a) => a.name !== "fullCalcOnLoad");
    const attrs = [...kept.map((a) => a.raw), 'fullCalcOnLoad="1"'].join(" ");
    return workbookXml.replace(calcPr, `<${prefix}calcPr ${attrs}${m[2] ? "/" : ""}>`);
  }
  const next = new RegExp(`<${prefix}(?:${AFTER_CALC_PR.join("|")})\\b|</${prefix}workbook>`).exec(
    workbookXml
  );
  if (!next) throw new PatchError("workbook.xml has no end");
  const at = next.index;
  return `${workbookXml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
}

// --- cells --------------------------------------------------------------------------------------

interface Original {
  attrs: Attribute[];
  /** The cell's `<f>` element as the file has it. */
  f?: string;
}

function formulaElement(p: string, w: CellWrite, original: Original | undefined): string {
  const f = original?.f;
  const formula = w.formula!;
  if (f && formula.arrayRef === undefined) return f;
  const fAttrs = f ? parseAttributes(/^<[\w:]+\b([^>]*?)\/?>/.exec(f)?.[1] ?? "") : [];
  if (f && attribute(fAttrs, "t") === "array" && attribute(fAttrs, "ref") === formula.arrayRef)
    return f;
  const attrs = formula.arrayRef ? ` t="array" ref="${formula.arrayRef}"` : "";
  return `<${p}f${attrs}>${escapeXml(formula.text)}</${p}f>`;
}

/** `t` and the value element(s) of a value; a string outside a formula is an inline string. */
function valueParts(
  p: string,
  v: XlsxValue,
  inFormula: boolean,
  date1904: boolean
): { t?: string; body: string } {
  if (v === null || v === undefined) return { body: "" };
  if (typeof v === "number") return { body: `<${p}v>${String(v)}</${p}v>` };
  if (v instanceof Date) return { body: `<${p}v>${String(excelSerial(v, date1904))}</${p}v>` };
  if (typeof v === "boolean") return { t: "b", body: `<${p}v>${v ? 1 : 0}</${p}v>` };
  if (typeof v === "string") {
    if (inFormula) return { t: "str", body: `<${p}v>${escapeXml(v)}</${p}v>` };
    return {
      t: "inlineStr",
      body: `<${p}is><${p}t xml:space="preserve">${escapeXml(v)}</${p}t></${p}is>`,
    };
  }
  return { t: "e", body: `<${p}v>${escapeXml(String(v.error))}</${p}v>` };
}

function renderCell(
  p: string,
  w: CellWrite,
  original: Original | undefined,
  date1904: boolean
): string {
  const f = w.formula ? formulaElement(p, w, original) : "";
  const { t, body } = valueParts(p, w.value, !!w.formula, date1904);
  // The style stays; `t` follows the new value; `cm` (dynamic-array metadata) only with a formula.
  const kept = (original?.attrs ?? []).filter(
    (a) => a.name !== "r" && a.name !== "t" && (w.formula || a.name !== "cm")
  );
  const attrs = [
    `r="${columnLetters(w.col)}${w.row}"`,
    ...kept.map((a) => a.raw),
    ...(t ? [`t="${t}"`] : []),
  ];
  const content = f + body;
  return content ? `<${p}c ${attrs.join(" ")}>${content}</${p}c>` : `<${p}c ${attrs.join(" ")}/>`;
}

const CELL_REF = /^([A-Za-z]+)(\d+)$/;

const R_COLUMN = /(?:^|\s)r\s*=\s*["']([A-Za-z]{1,3})\d+["']/;

/** One row's cells with the written ones replaced and the new ones inserted in column order. */
function patchRow(
  p: string,
  content: string,
  writes: Map<number, CellWrite>,
  date1904: boolean
): string {
  const cellRe = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const fRe = new RegExp(`<${p}f\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}f>)`);
  const pending = [...writes.values()].sort((a, b) => a.col - b.col);
  const out: string[] = [];
  let last = 0;
  let col = 0;
  let m: RegExpExecArray | null;
  while (pending.length && (m = cellRe.exec(content))) {
    // Only the column of most cells matters; attributes are parsed for the written ones alone.
    const letters = R_COLUMN.exec(m[1])?.[1];
    col = letters ? columnNumber(letters) : col + 1;
    if (pending[0].col > col) continue;
    out.push(content.slice(last, m.index));
    while (pending.length && pending[0].col < col)
      out.push(renderCell(p, pending.shift()!, undefined, date1904));
    if (pending[0]?.col === col) {
      const original = { attrs: parseAttributes(m[1]), f: fRe.exec(m[2] ?? "")?.[0] };
      out.push(renderCell(p, pending.shift()!, original, date1904));
    } else out.push(m[0]);
    last = m.index + m[0].length;
  }
  // Cells after the last one written stay as they are; new ones go before the row's end.
  const tail = content.slice(last);
  return (
    out.join("") +
    (pending.length
      ? tail + pending.map((w) => renderCell(p, w, undefined, date1904)).join("")
      : tail)
  );
}

function newRow(p: string, row: number, writes: Map<number, CellWrite>, date1904: boolean): string {
  return `<${p}row r="${row}">${patchRow(p, "", writes, date1904)}</${p}row>`;
}

/** `<dimension>` grown to cover cells written outside it. */
function withDimension(xml: string, p: string, writes: CellWrite[]): string {
  const re = new RegExp(`(<${p}dimension\\b[^>]*?ref=")([^"]*)(")`);
  const m = re.exec(xml);
  const range = m?.[2].split(":");
  const from = range && CELL_REF.exec(range[0]);
  const to = range && CELL_REF.exec(range[1] ?? range[0]);
  if (!m || !from || !to) return xml;
  let [top, left, bottom, right] = [
    Number(from[2]),
    columnNumber(from[1]),
    Number(to[2]),
    columnNumber(to[1]),
  ];
  for (const w of writes) {
    [top, left] = [Math.min(top, w.row), Math.min(left, w.col)];
    [bottom, right] = [Math.max(bottom, w.row), Math.max(right, w.col)];
  }
  const ref = `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
  return xml.replace(re, `$1${ref}$3`);
}

/** A sheet's XML with the writes applied. */
export function patchSheet(xml: string, writes: CellWrite[], date1904: boolean): string {
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const w of writes) {
    if (!byRow.has(w.row)) byRow.set(w.row, new Map());
    byRow.get(w.row)!.set(w.col, w);
  }
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new PatchError("a sheet without sheetData");
  const start = open.index + open[0].length;
  const end = open[1] ? start : xml.indexOf(`</${p}sheetData>`, start);
  if (end < 0) throw new PatchError("a sheet whose sheetData does not end");
  const data = xml.slice(start, end);
  const rowRe = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, "g");
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  let row = 0;
  let m: RegExpExecArray | null;
  while (rows.length && (m = rowRe.exec(data))) {
    const r = /(?:^|\s)r\s*=\s*["'](\d+)["']/.exec(m[1])?.[1];
    row = r ? Number(r) : row + 1;
    if (rows[0] > row) continue;
    out.push(data.slice(last, m.index));
    while (rows.length && rows[0] < row)
      out.push(newRow(p, rows[0], byRow.get(rows.shift()!)!, date1904));
    if (rows[0] === row) {
      rows.shift();
      // `spans` is only a hint and may no longer hold once cells are added.
      const kept = parseAttributes(m[1]).filter((a) => a.name !== "spans");
      const attrs = kept.map((a) => ` ${a.raw}`).join("");
      out.push(`<${p}row${attrs}>${patchRow(p, m[2] ?? "", byRow.get(row)!, date1904)}</${p}row>`);
    } else out.push(m[0]);
    last = m.index + m[0].length;
  }
  out.push(data.slice(last));
  out.push(rows.map((r) => newRow(p, r, byRow.get(r)!, date1904)).join(""));
  const body = open[1] ? `<${p}sheetData>${out.join("")}</${p}sheetData>` : out.join("");
  const patched = open[1]
    ? xml.slice(0, open.index) + body + xml.slice(start)
    : xml.slice(0, start) + body + xml.slice(end);
  return withDimension(patched, p, writes);
}

// --- the package ------------------------------------------------------------------------------

const CALC_CHAIN = "xl/calcChain.xml";

/**
 * Excel's calculation chain lists the formula cells; one that no longer matches the sheets (a
 * formula now a value, a formula now an array formula) makes Excel repair the file. Without it,
 * Excel builds a new one.
 */
function withoutCalcChain(xml: string, element: string, attr: string, values: string[]): string {
  const re = new RegExp(
    `<(?:\\w+:)?${element}\\b[^>]*?${attr}="(?:${values.join("|")})"[^>]*?/>`,
    "g"
  );
  return xml.replace(re, "");
}

/** The input xlsx with the writes applied to its sheets; everything else as it was. */
export function patchXlsx(original: Buffer, writes: CellWrite[], date1904: boolean): Buffer {
  const entries = zipEntries(original);
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name.replace(/^\//, ""), e]));
  const text = (name: string) => {
    const e = byName.get(name);
    if (!e) throw new PatchError(`the file has no ${name}`);
    return readZipEntry(original, e).toString("utf8");
  };
  const workbookXml = text("xl/workbook.xml");
  const relsName = "xl/_rels/workbook.xml.rels";
  const rels = text(relsName);
  const parts = sheetParts(workbookXml, rels);
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    if (!bySheet.has(w.sheet)) bySheet.set(w.sheet, []);
    bySheet.get(w.sheet)!.push(w);
  }
  const replaced = new Map<string, string>([["xl/workbook.xml", withFullCalcOnLoad(workbookXml)]]);
  for (const [sheet, sheetWrites] of bySheet) {
    const part = parts.get(sheet);
    if (!part || !byName.has(part)) throw new PatchError(`no part found for the sheet ${sheet}`);
    replaced.set(part, patchSheet(text(part), sheetWrites, date1904));
  }
  if (byName.has(CALC_CHAIN)) {
    replaced.set(
      relsName,
      withoutCalcChain(rels, "Relationship", "Target", ["calcChain\\.xml", "/xl/calcChain\\.xml"])
    );
    const types = "[Content_Types].xml";
    replaced.set(
      types,
      withoutCalcChain(text(types), "Override", "PartName", ["/xl/calcChain\\.xml"])
    );
  }
  const out: OutEntry[] = entries
    .filter((e) => e.name.replace(/^\//, "") !== CALC_CHAIN)
    .map((e) => {
      const content = replaced.get(e.name.replace(/^\//, ""));
      return content === undefined
        ? { copy: e, from: original }
        : { name: e.name, data: Buffer.from(content, "utf8") };
    });
  return writeZip(out);
}
