/**
 * The copy for readers without the add-in, made from the bytes of an xlsx: every cell whose
 * formula calls an SI function keeps its cached result and loses the formula; Excel's own formulas
 * stay; a new first sheet says what the copy is, when and from what it was made, and how many
 * formulas were replaced. Pure over bytes and safe in the browser (fflate, no Node modules), so the
 * task pane can run it on the file Office hands it; the input is never modified.
 *
 * Each part is edited as text in place, as src/engine/xlsx-patch.ts does for `recalc`: what the
 * copy does not need to change (styles, tables, charts, names, validation, Excel 365's metadata)
 * is carried over as it was.
 *
 * - Shared formulas: the master (`<f t="shared" ref=… si=…>text</f>`) holds the text; its
 *   dependants (`<f t="shared" si=…/>`) only point at it. When the master calls SI, every
 *   dependant of that `si` in the sheet becomes a value too, or it would point at nothing.
 * - Array and dynamic-array formulas keep their anchor's value and lose `cm` (the dynamic-array
 *   flag) with the formula; the other cells of the array hold plain values already.
 * - A string result becomes an inline string (`t="inlineStr"`): `t="str"` is the type of a formula
 *   string, and a value cell with it is not what Excel itself writes.
 * - Excel's calculation chain lists formula cells by sheet; it is dropped (with its content-type
 *   override and relationship) because one that names cells without formulas makes Excel repair
 *   the file, and Excel builds a new one.
 * - The note sheet goes first, so every sheet-scoped defined name (`localSheetId`, a 0-based sheet
 *   position) moves up by one, and it becomes the active tab (the other sheets lose `tabSelected`,
 *   or Excel would open with two sheets grouped).
 * - A table column whose calculated-column formula calls SI loses that formula: its cells are
 *   values now, and Excel would fill the SI call into a row a reader adds.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from "fflate";
import type { Lang } from "../i18n/lang";
import { shareNoteText, type ShareNoteText } from "../i18n/share";
import { MAYBE_SI, callsSiFunction } from "./si-formula";
import {
  attribute,
  escapeXml,
  folderOf,
  parseAttributes,
  parseRelationships,
  relationshipKind,
  relsPartOf,
  rootNamespace,
  rootPrefix,
  unescapeXml,
  type Relationship,
} from "./xml";

/** The bytes are not an xlsx workbook this transform can read; the message says what they are. */
export class ShareFileError extends Error {}

export interface NoteInput {
  readonly lang: Lang;
  /** When the copy was made (the caller's clock, so tests are deterministic). */
  readonly madeAt: Date;
  /** The source file's name; absent when Office does not say (a workbook never saved). */
  readonly source?: string;
}

export interface ValuesOnlyCopy {
  readonly bytes: Uint8Array;
  /** Cells whose SI formula became its value. */
  readonly replaced: number;
  /** Of those, cells without a finished value (#BUSY!, #GETTING_DATA, or none cached). */
  readonly pending: number;
  /** The sheets where formulas were replaced, in the workbook's order. */
  readonly sheets: readonly string[];
  /** The note sheet's name in the copy. */
  readonly noteSheet: string;
  /** "xlsm" for a workbook with macros (Excel refuses one named .xlsx), else "xlsx". */
  readonly extension: "xlsx" | "xlsm";
}

const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const WORKSHEET_REL = `${TRANSITIONAL_RELS}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CONTENT_TYPES = "[Content_Types].xml";
// Values a custom function shows while Excel is still computing it.
const NOT_READY = new Set(["#BUSY!", "#GETTING_DATA"]);
// Already compressed: stored as they are, deflating them again only costs time.
const STORED = /\.(png|jpe?g|gif|emf|wmf|tiff?)$/i;

// --- reading the package ----------------------------------------------------------------------

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function unzip(bytes: Uint8Array): Unzipped {
  if (startsWith(bytes, OLE2_SIGNATURE))
    throw new ShareFileError(
      "an encrypted (password-protected) workbook or an Excel 97-2003 file, not a zip archive"
    );
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new ShareFileError("not a zip archive");
  try {
    return unzipSync(bytes);
  } catch (e) {
    throw new ShareFileError(
      `a damaged zip archive: ${e instanceof Error ? e.message : String(e)}`
    );
  }
}

/** The workbook part, as the package's own relationships name it (xl/workbook.xml in practice). */
function workbookPart(files: Unzipped): string {
  const rels = files["_rels/.rels"];
  const office = rels
    ? parseRelationships(strFromU8(rels), "").find(
        (r) => relationshipKind(r.type) === "officeDocument"
      )
    : undefined;
  const part = office?.part ?? "xl/workbook.xml";
  if (files[part]) {
    if (!part.endsWith(".xml"))
      throw new ShareFileError(`an Excel binary workbook (${part}), not an xlsx`);
    return part;
  }
  throw new ShareFileError(`a zip archive without a workbook part (${part})`);
}

interface SheetEntry {
  readonly name: string;
  /** The `<sheet>` element's relationship, absent in a damaged workbook. */
  readonly rel?: Relationship;
}

function sheetEntries(workbookXml: string, rels: readonly Relationship[]): SheetEntry[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = parseAttributes(m[1]);
    const id = a.find((x) => /(^|:)id$/.test(x.name) && x.name !== "sheetId")?.value;
    return { name: attribute(a, "name") ?? "", rel: id === undefined ? undefined : byId.get(id) };
  });
}

// --- the cells of one worksheet ----------------------------------------------------------------

interface SheetResult {
  readonly xml: string;
  readonly replaced: number;
  readonly pending: number;
}

interface FormulaCell {
  /** The `<c>` start tag's inside (`r="B2" s="3" t="str"`). */
  readonly attrs: string;
  readonly content: string;
  /** The `<f>` element's attributes and text, as written (XML escaped). */
  readonly f: { readonly attrs: string; readonly text: string };
}

function cellPatterns(p: string) {
  return {
    f: new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`),
    v: new RegExp(`<${p}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}v>)`),
  };
}

/** A tag name ends here: white space, ">" or "/>" (so `<c` is not read in `<cols`). */
function endsName(s: string, at: number): boolean {
  const ch = s.charCodeAt(at);
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 62 || ch === 47;
}

/** The start of the `<c` element before `at`, or -1. */
function cellStartBefore(data: string, open: string, at: number): number {
  let k = data.lastIndexOf(open, at);
  while (k >= 0 && !endsName(data, k + open.length)) k = data.lastIndexOf(open, k - 1);
  return k;
}

/**
 * Every cell with a formula in a sheet's `<sheetData>`, found from its `<f>` element: a scan with
 * indexOf, since most cells hold values and a regular expression over every cell of a large
 * sheet costs seconds in the browser. `visit` returns the cell's new XML, or undefined to keep it.
 */
function replaceFormulaCells(
  data: string,
  p: string,
  visit: (cell: FormulaCell) => string | undefined
): string {
  const patterns = cellPatterns(p);
  const [fOpen, cOpen, cClose] = [`<${p}f`, `<${p}c`, `</${p}c>`];
  const out: string[] = [];
  let last = 0;
  let at = 0;
  while ((at = data.indexOf(fOpen, at)) >= 0) {
    if (!endsName(data, at + fOpen.length)) {
      at += fOpen.length;
      continue;
    }
    const start = cellStartBefore(data, cOpen, at);
    const tagEnd = start < 0 ? -1 : data.indexOf(">", start);
    const close = data.indexOf(cClose, at);
    if (start < last || tagEnd < 0 || tagEnd > at || close < 0)
      throw new ShareFileError("a formula outside a cell");
    const content = data.slice(tagEnd + 1, close);
    const m = patterns.f.exec(content);
    const end = close + cClose.length;
    if (m) {
      const f = { attrs: m[1], text: m[2] ?? "" };
      const replaced = visit({ attrs: data.slice(start + cOpen.length, tagEnd), content, f });
      if (replaced !== undefined) {
        out.push(data.slice(last, start), replaced);
        last = end;
      }
    }
    at = end;
  }
  out.push(data.slice(last));
  return out.join("");
}

/** Shared-formula index → whether its master calls SI, for one sheet. */
function sharedMasters(data: string, p: string): Map<string, boolean> {
  const masters = new Map<string, boolean>();
  // Only a master has text; a dependant's `<f … si="0"/>` closes at once. Read straight from the
  // `<f>` elements: most cells have none, and no cell needs to be parsed for this.
  const withText = new RegExp(`<${p}f\\b([^>]*)>([^<]+)</${p}f>`, "g");
  for (const m of data.matchAll(withText)) {
    const attrs = parseAttributes(m[1]);
    const si = attribute(attrs, "si");
    if (si !== undefined && attribute(attrs, "t") === "shared")
      masters.set(si, callsSiFunction(unescapeXml(m[2])));
  }
  return masters;
}

function becomesValue(cell: FormulaCell, masters: ReadonlyMap<string, boolean>): boolean {
  const text = cell.f.text;
  if (text.trim() !== "") return callsSiFunction(text.includes("&") ? unescapeXml(text) : text);
  const attrs = parseAttributes(cell.f.attrs);
  const si = attribute(attrs, "si");
  return attribute(attrs, "t") === "shared" && si !== undefined && masters.get(si) === true;
}

/** The cell with its cached result as a value: same address and style, no formula, no `cm`. */
function valueCell(
  p: string,
  cell: FormulaCell,
  patterns: ReturnType<typeof cellPatterns>
): { xml: string; pending: boolean } {
  const attrs = parseAttributes(cell.attrs);
  const t = attribute(attrs, "t");
  const kept = attrs.filter((a) => a.name !== "t" && a.name !== "cm").map((a) => a.raw);
  const v = patterns.v.exec(cell.content)?.[1];
  const open = (type?: string) => `<${p}c ${[...kept, ...(type ? [`t="${type}"`] : [])].join(" ")}`;
  if (v === undefined) return { xml: `${open()}/>`, pending: true };
  if (t === "str") {
    const body = `<${p}is><${p}t xml:space="preserve">${v}</${p}t></${p}is>`;
    return { xml: `${open("inlineStr")}>${body}</${p}c>`, pending: false };
  }
  const type = t === undefined || t === "n" ? undefined : t;
  return {
    xml: `${open(type)}><${p}v>${v}</${p}v></${p}c>`,
    pending: t === "e" && NOT_READY.has(unescapeXml(v).trim().toUpperCase()),
  };
}

/** `tabSelected` off every sheet view: the note sheet is the one selected in the copy. */
function withoutTabSelected(xml: string, p: string): string {
  return xml.replace(
    new RegExp(`<${p}sheetView\\b([^>]*?)(/?)>`, "g"),
    (whole, inner: string, close: string) => {
      const attrs = parseAttributes(inner);
      if (!attrs.some((a) => a.name === "tabSelected")) return whole;
      const kept = attrs.filter((a) => a.name !== "tabSelected").map((a) => ` ${a.raw}`);
      return `<${p}sheetView${kept.join("")}${close}>`;
    }
  );
}

/** A worksheet part with its SI formulas turned into values. */
export function valuesOnlySheet(xml: string): SheetResult {
  const p = rootPrefix(xml, "worksheet");
  const unselected = withoutTabSelected(xml, p);
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(unselected);
  if (!open || open[1]) return { xml: unselected, replaced: 0, pending: 0 };
  const start = open.index + open[0].length;
  const end = unselected.indexOf(`</${p}sheetData>`, start);
  if (end < 0) throw new ShareFileError("a worksheet whose cells do not end");
  const data = unselected.slice(start, end);
  // Most sheets call no SI function: no cell needs to be looked at.
  if (!MAYBE_SI.test(data)) return { xml: unselected, replaced: 0, pending: 0 };
  const masters = data.includes("shared") ? sharedMasters(data, p) : new Map<string, boolean>();
  const patterns = cellPatterns(p);
  let replaced = 0;
  let pending = 0;
  const out = replaceFormulaCells(data, p, (cell) => {
    if (!becomesValue(cell, masters)) return undefined;
    const value = valueCell(p, cell, patterns);
    replaced++;
    if (value.pending) pending++;
    return value.xml;
  });
  if (replaced === 0) return { xml: unselected, replaced, pending };
  return { xml: unselected.slice(0, start) + out + unselected.slice(end), replaced, pending };
}

/** A table part without the calculated-column formulas that call SI. */
export function valuesOnlyTable(xml: string): string {
  return xml.replace(
    /<((?:\w+:)?calculatedColumnFormula)\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g,
    (whole, _tag: string, text?: string) =>
      text !== undefined && callsSiFunction(unescapeXml(text)) ? "" : whole
  );
}

// --- the note sheet ----------------------------------------------------------------------------

/** `base`, or `base (2)`, `base (3)` … : the first name no sheet has, compared without case. */
function freeSheetName(base: string, taken: readonly string[]): string {
  const folded = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!folded.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!folded.has(name.toLocaleLowerCase())) return name;
  }
}

function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function row(r: number, cells: string[]): string {
  return `<row r="${r}">${cells.join("")}</row>`;
}

/** The note sheet's XML: a few inline strings and the count, in the workbook's namespace. */
export function noteSheetXml(
  text: ShareNoteText,
  info: { madeAt: Date; source: string; replaced: number; pending: number },
  mainNamespace = TRANSITIONAL_MAIN
): string {
  const rows = [
    row(1, [inlineCell("A1", text.title)]),
    row(3, [inlineCell("A3", text.madeLabel), inlineCell("B3", text.madeAt(info.madeAt))]),
    row(4, [inlineCell("A4", text.sourceLabel), inlineCell("B4", info.source)]),
    row(5, [inlineCell("A5", text.replacedLabel), `<c r="B5"><v>${info.replaced}</v></c>`]),
    row(7, [inlineCell("A7", info.replaced > 0 ? text.staticValues : text.noSiFormulas)]),
    ...(info.pending > 0 ? [row(8, [inlineCell("A8", text.pending(info.pending))])] : []),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${escapeXml(mainNamespace)}">` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    '<cols><col min="1" max="1" width="22" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols>' +
    `<sheetData>${rows.join("")}</sheetData>` +
    "</worksheet>"
  );
}

// --- workbook.xml, its relationships and the content types -------------------------------------

/** The prefix bound to the relationships namespace in workbook.xml, declared on the root if none. */
function relationshipsPrefix(xml: string, p: string): { xml: string; prefix: string } {
  for (const ns of [TRANSITIONAL_RELS, STRICT_RELS]) {
    const m = new RegExp(
      `xmlns:(\\w+)\\s*=\\s*["']${ns.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`
    ).exec(xml);
    if (m) return { xml, prefix: m[1] };
  }
  const declared = new Set([...xml.matchAll(/xmlns:(\w+)/g)].map((m) => m[1]));
  let prefix = "r";
  while (declared.has(prefix)) prefix += "r";
  const root = new RegExp(`<${p}workbook\\b`);
  return {
    xml: xml.replace(root, (tag) => `${tag} xmlns:${prefix}="${TRANSITIONAL_RELS}"`),
    prefix,
  };
}

/** Sheet-scoped names follow their sheet, which is one place further on. */
function withShiftedLocalSheetIds(xml: string): string {
  return xml.replace(
    /(<(?:\w+:)?definedName\b[^>]*?\blocalSheetId\s*=\s*["'])(\d+)(["'])/g,
    (_, a: string, n: string, b: string) => `${a}${Number(n) + 1}${b}`
  );
}

/** Every workbook view opens on the first tab, the note; a workbook without one gets one. */
function withNoteActive(xml: string, p: string): string {
  const view = new RegExp(`<${p}workbookView\\b([^>]*?)(/?)>`, "g");
  if (xml.search(view) >= 0)
    return xml.replace(view, (_, inner: string, close: string) => {
      const kept = parseAttributes(inner)
        .filter((a) => a.name !== "activeTab" && a.name !== "firstSheet")
        .map((a) => ` ${a.raw}`);
      return `<${p}workbookView${kept.join("")} activeTab="0"${close}>`;
    });
  return xml.replace(
    new RegExp(`<${p}sheets\\b`),
    (tag) => `<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews>${tag}`
  );
}

function withNoteSheetEntry(
  xml: string,
  p: string,
  entry: { name: string; sheetId: number; relId: string }
): string {
  const { xml: declared, prefix } = relationshipsPrefix(xml, p);
  const element = `<${p}sheet name="${escapeXml(entry.name)}" sheetId="${entry.sheetId}" ${prefix}:id="${entry.relId}"/>`;
  const sheets = new RegExp(`<${p}sheets\\b[^>]*?>`);
  if (!sheets.test(declared)) throw new ShareFileError("a workbook without a list of sheets");
  return declared.replace(sheets, (tag) => tag + element);
}

function nextSheetId(xml: string): number {
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bsheetId\s*=\s*["'](\d+)["']/g)].map((m) =>
    Number(m[1])
  );
  return Math.max(0, ...ids) + 1;
}

function nextRelationshipId(rels: readonly Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function freePartName(files: Unzipped, folder: string): string {
  const taken = new Set(Object.keys(files).map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${folder ? `${folder}/` : ""}worksheets/sheet${n}.xml`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function withRelationship(xml: string, relationship: string): string {
  const end = /<\/(?:\w+:)?Relationships\s*>/.exec(xml);
  if (!end) throw new ShareFileError("the workbook's relationships part has no end");
  return xml.slice(0, end.index) + relationship + xml.slice(end.index);
}

function withOverride(xml: string, partName: string, contentType: string): string {
  const end = /<\/(?:\w+:)?Types\s*>/.exec(xml);
  if (!end) throw new ShareFileError("[Content_Types].xml has no end");
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  return xml.slice(0, end.index) + override + xml.slice(end.index);
}

/** Content types and relationships without the ones that name `part`. */
function withoutOverride(xml: string, part: string): string {
  return xml.replace(/<(?:\w+:)?Override\b([^>]*?)\/>/g, (whole, inner: string) =>
    (attribute(parseAttributes(inner), "PartName") ?? "").replace(/^\//, "").toLowerCase() ===
    part.toLowerCase()
      ? ""
      : whole
  );
}

/** The workbook part's content type is the macro-enabled one (an .xlsm). */
function isMacroEnabled(typesXml: string, bookPart: string): boolean {
  return [...typesXml.matchAll(/<(?:\w+:)?Override\b([^>]*?)\/>/g)].some((m) => {
    const a = parseAttributes(m[1]);
    return (
      (attribute(a, "PartName") ?? "").replace(/^\//, "").toLowerCase() ===
        bookPart.toLowerCase() && /macroEnabled/i.test(attribute(a, "ContentType") ?? "")
    );
  });
}

// --- the whole copy ------------------------------------------------------------------------------

interface Edits {
  readonly replacedParts: Map<string, string>;
  readonly removedParts: Set<string>;
}

/** The SI formulas of every worksheet as values; the names of the sheets that changed. */
function convertSheets(
  files: Unzipped,
  sheets: readonly SheetEntry[],
  edits: Edits
): { replaced: number; pending: number; changed: string[] } {
  let replaced = 0;
  let pending = 0;
  const changed: string[] = [];
  for (const sheet of sheets) {
    const rel = sheet.rel;
    if (!rel || rel.external || !files[rel.part]) continue;
    const kind = relationshipKind(rel.type);
    if (kind !== "worksheet" && kind !== "chartsheet" && kind !== "dialogsheet") continue;
    const before = strFromU8(files[rel.part]);
    const result =
      kind === "worksheet"
        ? valuesOnlySheet(before)
        : { xml: withoutTabSelected(before, rootPrefix(before, kind)), replaced: 0, pending: 0 };
    if (result.xml !== before) edits.replacedParts.set(rel.part, result.xml);
    replaced += result.replaced;
    pending += result.pending;
    if (result.replaced > 0) changed.push(sheet.name);
  }
  return { replaced, pending, changed };
}

function convertTables(files: Unzipped, edits: Edits): void {
  for (const name of Object.keys(files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const before = strFromU8(files[name]);
    const after = valuesOnlyTable(before);
    if (after !== before) edits.replacedParts.set(name, after);
  }
}

function zipped(files: Unzipped, edits: Edits, added: [string, string][], mtime: Date): Uint8Array {
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (edits.removedParts.has(name)) continue;
    const text = edits.replacedParts.get(name);
    const bytes = text === undefined ? data : strToU8(text);
    out[name] = STORED.test(name) ? [bytes, { level: 0 }] : bytes;
  }
  for (const [name, text] of added) out[name] = strToU8(text);
  // The zip's dates are the copy's: a DOS date cannot hold a year before 1980.
  const time = mtime.getFullYear() >= 1980 ? mtime : new Date(1980, 0, 1);
  return zipSync(out, { level: 6, mtime: time });
}

/**
 * The values-only copy of the workbook in `input`, with the note sheet first. Throws
 * ShareFileError when the bytes are not an xlsx workbook; `input` is never modified.
 */
export function valuesOnlyCopy(input: Uint8Array, note: NoteInput): ValuesOnlyCopy {
  const files = unzip(input);
  const bookPart = workbookPart(files);
  const folder = folderOf(bookPart);
  const relsPart = relsPartOf(bookPart);
  if (!files[relsPart]) throw new ShareFileError(`a workbook without ${relsPart}`);
  if (!files[CONTENT_TYPES]) throw new ShareFileError(`a package without ${CONTENT_TYPES}`);
  let bookXml = strFromU8(files[bookPart]);
  let relsXml = strFromU8(files[relsPart]);
  let typesXml = strFromU8(files[CONTENT_TYPES]);
  const rels = parseRelationships(relsXml, folder);
  const sheets = sheetEntries(bookXml, rels);
  const edits: Edits = { replacedParts: new Map(), removedParts: new Set() };

  const { replaced, pending, changed } = convertSheets(files, sheets, edits);
  convertTables(files, edits);

  for (const chain of rels.filter((r) => relationshipKind(r.type) === "calcChain" && !r.external)) {
    const part = Object.keys(files).find((n) => n.toLowerCase() === chain.part.toLowerCase());
    if (part) edits.removedParts.add(part);
    relsXml = relsXml.replace(chain.element, "");
    typesXml = withoutOverride(typesXml, chain.part);
  }

  const text = shareNoteText[note.lang];
  const noteSheet = freeSheetName(
    text.sheetName,
    sheets.map((s) => s.name)
  );
  const notePart = freePartName(files, folder);
  const relId = nextRelationshipId(rels);
  const worksheetType =
    rels.find((r) => relationshipKind(r.type) === "worksheet")?.type ?? WORKSHEET_REL;
  const p = rootPrefix(bookXml, "workbook");
  bookXml = withNoteSheetEntry(bookXml, p, {
    name: noteSheet,
    sheetId: nextSheetId(bookXml),
    relId,
  });
  bookXml = withNoteActive(withShiftedLocalSheetIds(bookXml), p);
  const target = notePart.slice(folder ? folder.length + 1 : 0);
  relsXml = withRelationship(
    relsXml,
    `<Relationship Id="${relId}" Type="${escapeXml(worksheetType)}" Target="${escapeXml(target)}"/>`
  );
  typesXml = withOverride(typesXml, `/${notePart}`, WORKSHEET_TYPE);
  edits.replacedParts.set(bookPart, bookXml);
  edits.replacedParts.set(relsPart, relsXml);
  edits.replacedParts.set(CONTENT_TYPES, typesXml);

  const noteXml = noteSheetXml(
    text,
    { madeAt: note.madeAt, source: note.source ?? text.unknownSource, replaced, pending },
    rootNamespace(bookXml, "workbook") ?? TRANSITIONAL_MAIN
  );
  const bytes = zipped(files, edits, [[notePart, noteXml]], note.madeAt);
  const extension = isMacroEnabled(typesXml, bookPart) ? "xlsm" : "xlsx";
  return { bytes, replaced, pending, sheets: changed, noteSheet, extension };
}
