/**
 * The xlsx package's parts as text, for Node (src/engine/xlsx-file.ts, over zip.ts) and the
 * browser (src/playground/xlsx/, over fflate) alike, so nothing here imports a Node module: what a
 * file is when it is not an xlsx workbook, its defined names and table parts as the file has them
 * (ExcelJS drops or misreads both), and what ExcelJS needs done before it reads and before it
 * writes. Each side unzips its own way and hands the parts over as `XlsxParts`.
 */
import type * as ExcelJS from "exceljs";
import { parseAttributes, unescapeXml } from "../share/xml";
import type { TableDef } from "./structured";
import { correctHeaderRows } from "./tables";
import type { DefinedName } from "./workbook";

/** A package's parts by name, however it was unzipped. */
export interface XlsxParts {
  names(): readonly string[];
  /** The part's text (UTF-8); undefined when the package has no such part. */
  text(name: string): string | undefined;
}

/** A file that cannot be read; the message says why, in one line. */
export class XlsxError extends Error {}

// --- what the bytes are -------------------------------------------------------------------------

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Refuses, before unzipping, bytes that are not a zip archive, saying what they are if it can. */
export function checkSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE2_SIGNATURE))
    throw new XlsxError(
      "not an xlsx workbook: an Excel 97-2003 (.xls) file or a password-protected workbook; save it as an unprotected .xlsx"
    );
  if (!startsWith(bytes, ZIP_SIGNATURE))
    throw new XlsxError("not an xlsx workbook (not a zip archive)");
}

/** Refuses an unzipped package without a workbook part (an OpenDocument file, any other zip). */
export function checkWorkbookPart(has: (name: string) => boolean): void {
  if (has("xl/workbook.xml")) return;
  if (has("content.xml") && has("mimetype"))
    throw new XlsxError("not an xlsx workbook: an OpenDocument file (.ods); save it as .xlsx");
  throw new XlsxError("a zip archive but not an xlsx workbook (it has no xl/workbook.xml)");
}

/** The error for a zip (or a part in it) that cannot be read. */
export function damaged(e: unknown): XlsxError {
  return new XlsxError(`a damaged xlsx file: ${e instanceof Error ? e.message : String(e)}`);
}

// --- XML text -----------------------------------------------------------------------------------

/** Text or an attribute value with its entities decoded; most have none, and stay as they are. */
export function xmlText(s: string): string {
  return s.indexOf("&") < 0 ? s : unescapeXml(s);
}

/** One attribute of a start tag's inside, decoded (faster than all of them for one). */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? xmlText(m[1] ?? m[2]) : undefined;
}

/** A workbook ExcelJS reads in place of the sheet XML reader (src/engine/xlsx-read.ts). */
export function decline(why: string): never {
  throw new Error(`left to ExcelJS: ${why}`);
}

// --- workbook.xml: defined names ----------------------------------------------------------------

/** A defined name with what Excel's name manager shows besides its formula. */
export interface FileName extends DefinedName {
  hidden: boolean;
  comment?: string;
}

/** The defined names of workbook.xml, with the sheet of a sheet-level name. */
export function parseFileNames(xml: string): FileName[] {
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map(
    (m) => parseAttributes(m[1]).find((a) => a.name === "name")?.value
  );
  const names: FileName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g
  )) {
    const a = Object.fromEntries(parseAttributes(m[1]).map((x) => [x.name, x.value]));
    if (!a.name) continue;
    const local = a.localSheetId === undefined ? undefined : sheets[Number(a.localSheetId)];
    names.push({
      name: a.name,
      text: xmlText(m[2]),
      ...(local === undefined ? {} : { sheet: local }),
      hidden: a.hidden === "1" || a.hidden === "true",
      ...(a.comment ? { comment: a.comment } : {}),
    });
  }
  return names;
}

/** The defined names as formulas see them: name, text and scope. */
export function parseDefinedNames(xml: string): DefinedName[] {
  return parseFileNames(xml).map(({ name, text, sheet }) =>
    sheet === undefined ? { name, text } : { name, text, sheet }
  );
}

/** Print areas and titles: ExcelJS writes these itself from each sheet's page setup. */
const WRITTEN_BY_EXCELJS = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/**
 * Makes ExcelJS write the given defined names (exact text and scope) instead of the plain ranges
 * it keeps, which drop constants such as a named discount rate and every sheet-level scope.
 * ExcelJS renders each name as `ranges.join(",")` with its `localSheetId`, so one "range" holding
 * the whole text writes any name. Call it once the sheets are in place.
 */
export function keepDefinedNames(workbook: ExcelJS.Workbook, names: readonly DefinedName[]): void {
  const order = workbook.worksheets.map((ws) => ws.name);
  const model = names
    .filter(
      (n) => !WRITTEN_BY_EXCELJS.has(n.name) && (n.sheet === undefined || order.includes(n.sheet))
    )
    .map((n) => ({
      name: n.name,
      ranges: [n.text],
      ...(n.sheet === undefined ? {} : { localSheetId: order.indexOf(n.sheet) }),
    }));
  Object.defineProperty(workbook.definedNames, "model", { get: () => model, configurable: true });
}

// --- table parts --------------------------------------------------------------------------------

/** A table part (`<table displayName=".." ref=".." headerRowCount="..">`) as formulas see it. */
export function parseTable(xml: string, sheet: string): TableDef {
  const a = /<table\b([^>]*)>/.exec(xml)?.[1] ?? decline("a table with a namespace prefix");
  const name = attr(a, "displayName") ?? attr(a, "name") ?? decline("a table without a name");
  // ExcelJS knows tables of zero or one header and totals row, as Excel makes them.
  const count = (what: string, otherwise: string) => {
    const n = attr(a, what) ?? otherwise;
    return n === "0" || n === "1" ? Number(n) : decline(`a table with ${what} ${n}`);
  };
  return {
    name,
    sheet,
    ref: attr(a, "ref") ?? decline("a table without ref"),
    headerRows: count("headerRowCount", "1"),
    totalsRows: count("totalsRowCount", "0"),
    columns: [...xml.matchAll(/<tableColumn\b([^>]*?)\/?>/g)].map((m) => attr(m[1], "name") ?? ""),
  };
}

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;

/**
 * The package's table parts where ExcelJS reads them (their sheet is left empty: name and range
 * tell them apart); one that is not a table as Excel writes it is left to ExcelJS's reading.
 */
export function fileTables(parts: XlsxParts): TableDef[] {
  return parts.names().flatMap((name) => {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) return [];
    try {
      return [parseTable(parts.text(name) ?? "", "")];
    } catch {
      return [];
    }
  });
}

/**
 * The parts ExcelJS is given instead of the file's. ExcelJS cannot parse a `<tableColumn>` with
 * children, and Excel writes one for every calculated column (`<calculatedColumnFormula>`) and
 * totals formula; the children only say what Excel fills into new rows (the cells keep their
 * formulas), so ExcelJS gets the columns without them. Empty when no table has such a column.
 */
export function forExcelJsParts(parts: XlsxParts): Map<string, string> {
  const changed = new Map<string, string>();
  for (const name of parts.names()) {
    if (!TABLE_PART.test(name)) continue;
    const xml = parts.text(name) ?? "";
    const bare = xml.replace(
      /<((?:\w+:)?tableColumn)\b([^>]*?)(?<!\/)>[\s\S]*?<\/\1>/g,
      (_, tag: string, attrs: string) => `<${tag}${attrs}/>`
    );
    if (bare !== xml) changed.set(name, bare);
  }
  return changed;
}

/**
 * ExcelJS's reading of the bytes made for it (`forExcelJsParts`), with the header rows the file's
 * table parts give (src/engine/tables.ts `correctHeaderRows`); a failure is one line.
 */
export async function loadIntoExcelJs(
  workbook: ExcelJS.Workbook,
  bytes: Uint8Array,
  tables: readonly TableDef[]
): Promise<void> {
  try {
    // ExcelJS reads a Uint8Array in both its builds; its typings want a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    // The zip is sound by now: what fails is ExcelJS's reading of the parts.
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new XlsxError(`the workbook could not be read (ExcelJS: ${message})`);
  }
  correctHeaderRows(workbook, tables);
}
