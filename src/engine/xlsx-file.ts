/**
 * xlsx bytes ↔ ExcelJS workbook, with what ExcelJS alone does not give: a one-line reason when a
 * file is not a usable xlsx, a size check before anything large is built in memory, the workbook's
 * defined names as the file has them (ExcelJS keeps only plain ranges, and drops constants such as
 * a named discount rate and every sheet-level scope), and a list of the parts ExcelJS cannot carry
 * over into the copy.
 */
import type * as ExcelJS from "exceljs";
import { getHeapStatistics } from "node:v8";
import type { DefinedName } from "./workbook";
import { sheetParts } from "./xlsx-patch";
import type { TableDef } from "./structured";
import { correctHeaderRows } from "./tables";
import { DirectRead, parseTable, readXlsxDirect } from "./xlsx-read";
import { ZipEntry, readZipEntry, writeZip, zipEntries } from "./zip";

/** A file that cannot be recalculated; the message says why, in one line. */
export class XlsxError extends Error {}

export interface LoadedXlsx {
  workbook: ExcelJS.Workbook;
  definedNames: DefinedName[];
  /** Parts of the input the copy will not have (charts, pivot tables, …). */
  lost: string[];
}

export interface LoadOptions {
  /** The most bytes of sheet XML to load (uncompressed); default from the memory Node may use. */
  maxSheetBytes?: number;
}

/**
 * Memory per byte of sheet XML while a workbook is read, evaluated and written (ExcelJS's cell
 * objects dominate). Measured: 55 MB of XML peaked at 1.6 GB, 224 MB (a 50 MB xlsx of numbers)
 * at 7.2 GB, about 30 bytes per byte; 40 leaves room for the garbage collector.
 */
const HEAP_PER_SHEET_BYTE = 40;

/** The largest sheet XML (uncompressed) that fits in the heap this process may grow to. */
export function defaultMaxSheetBytes(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / HEAP_PER_SHEET_BYTE);
}

const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function checkSignature(bytes: Buffer): void {
  if (bytes.subarray(0, 8).equals(OLE2_SIGNATURE)) {
    throw new XlsxError(
      "not an xlsx workbook: an Excel 97-2003 (.xls) file or a password-protected workbook; save it as an unprotected .xlsx"
    );
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new XlsxError("not an xlsx workbook (not a zip archive)");
  }
}

function entries(bytes: Buffer): Map<string, ZipEntry> {
  try {
    return new Map(zipEntries(bytes).map((e) => [e.name.replace(/^\//, ""), e]));
  } catch (e) {
    throw new XlsxError(`a damaged xlsx file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function checkWorkbookPart(files: Map<string, ZipEntry>): ZipEntry {
  const part = files.get("xl/workbook.xml");
  if (part) return part;
  if (files.has("content.xml") && files.has("mimetype")) {
    throw new XlsxError("not an xlsx workbook: an OpenDocument file (.ods); save it as .xlsx");
  }
  throw new XlsxError("a zip archive but not an xlsx workbook (it has no xl/workbook.xml)");
}

function megabytes(n: number): string {
  return `${Math.ceil(n / 1e6).toLocaleString("en-US")} MB`;
}

function checkSize(files: Map<string, ZipEntry>, max: number): void {
  let total = 0;
  for (const [name, e] of files) {
    if (name.startsWith("xl/worksheets/") || name === "xl/sharedStrings.xml") total += e.size;
  }
  if (total > max) {
    throw new XlsxError(
      `the workbook is too large to recalculate in memory: its sheets hold ${megabytes(total)} of XML, ` +
        `this process can take about ${megabytes(max)} (more with NODE_OPTIONS=--max-old-space-size=<MB>)`
    );
  }
}

const PARTS_EXCELJS_DROPS: [RegExp, string][] = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/chartsheets\//, "chart sheets"],
  [/^xl\/pivotTables\//, "pivot tables"],
  [/^xl\/(slicers|slicerCaches)\//, "slicers"],
  [/^xl\/externalLinks\//, "links to other workbooks"],
  [/^xl\/vbaProject\.bin$/, "macros"],
];

function lostParts(files: Map<string, ZipEntry>): string[] {
  const lost = new Set<string>();
  for (const name of files.keys()) {
    for (const [pattern, what] of PARTS_EXCELJS_DROPS) if (pattern.test(name)) lost.add(what);
  }
  return [...lost];
}

// --- workbook.xml: sheet order and defined names ------------------------------------------------

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
      );
    return ENTITIES[e] ?? whole;
  });
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = xmlText(m[2] ?? m[3]);
  return out;
}

/** The defined names of workbook.xml, with the sheet of a sheet-level name. */
export function parseDefinedNames(xml: string): DefinedName[] {
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map(
    (m) => attributes(m[1]).name
  );
  const names: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g
  )) {
    const a = attributes(m[1]);
    if (!a.name) continue;
    const local = a.localSheetId === undefined ? undefined : sheets[Number(a.localSheetId)];
    names.push({
      name: a.name,
      text: xmlText(m[2]),
      ...(local === undefined ? {} : { sheet: local }),
    });
  }
  return names;
}

function readDefinedNames(bytes: Buffer, part: ZipEntry): DefinedName[] {
  try {
    return parseDefinedNames(readZipEntry(bytes, part).toString("utf8"));
  } catch (e) {
    throw new XlsxError(`a damaged xlsx file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The file's table parts where ExcelJS reads them; one it cannot read is left to ExcelJS. */
function tableParts(bytes: Buffer, files: Map<string, ZipEntry>): TableDef[] {
  const tables: TableDef[] = [];
  for (const [name, e] of files) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    try {
      tables.push(parseTable(readZipEntry(bytes, e).toString("utf8"), ""));
    } catch {
      // Not a table as Excel writes it: ExcelJS's reading of it stands.
    }
  }
  return tables;
}

// --- load and save ------------------------------------------------------------------------------

/**
 * ExcelJS reads worksheets only from parts named xl/worksheets/sheet<N>.xml, as Excel names them;
 * a sheet it skipped would be computed as missing, so such a workbook is refused.
 */
function checkAllSheetsRead(
  bytes: Buffer,
  files: Map<string, ZipEntry>,
  workbook: ExcelJS.Workbook
): void {
  const rels = files.get("xl/_rels/workbook.xml.rels");
  const book = files.get("xl/workbook.xml");
  if (!rels || !book)
    throw new XlsxError("a damaged xlsx file: xl/_rels/workbook.xml.rels is missing");
  const read = new Set(workbook.worksheets.map((ws) => ws.name));
  const parts = sheetParts(
    readZipEntry(bytes, book).toString("utf8"),
    readZipEntry(bytes, rels).toString("utf8")
  );
  for (const [name, part] of parts) {
    if (part.startsWith("xl/worksheets/") && !read.has(name)) {
      throw new XlsxError(`the sheet "${name}" (${part}) could not be read`);
    }
  }
}

/** The checks every workbook passes before it is read; its parts and defined names. */
function checked(
  bytes: Buffer,
  options: LoadOptions
): { files: Map<string, ZipEntry>; definedNames: DefinedName[] } {
  checkSignature(bytes);
  const files = entries(bytes);
  const part = checkWorkbookPart(files);
  checkSize(files, options.maxSheetBytes ?? defaultMaxSheetBytes());
  return { files, definedNames: readDefinedNames(bytes, part) };
}

/**
 * The engine's input read without ExcelJS (src/engine/xlsx-read.ts), after the same checks as
 * `loadXlsx`; undefined when the workbook has something only ExcelJS's reading handles.
 */
export function loadXlsxDirect(bytes: Buffer, options: LoadOptions = {}): DirectRead | undefined {
  const { files, definedNames } = checked(bytes, options);
  return readXlsxDirect(bytes, files, definedNames);
}

/**
 * ExcelJS, loaded on first use. It is a CommonJS package: compiled to CommonJS the import gives the
 * module itself, run as an ES module (tsx, bench) its exports sit under `default`.
 */
async function excelJs(): Promise<typeof ExcelJS> {
  const mod = (await import("exceljs")) as typeof ExcelJS & { default?: typeof ExcelJS };
  return mod.default ?? mod;
}

/**
 * The bytes ExcelJS is given. ExcelJS cannot parse a `<tableColumn>` with children, and Excel
 * writes one for every calculated column (`<calculatedColumnFormula>`) and totals formula; the
 * children only say what Excel fills into new rows, so ExcelJS gets the columns without them. The
 * file itself is not changed: copies are patched from the original bytes.
 */
export function forExcelJs(bytes: Buffer, files: Map<string, ZipEntry>): Buffer {
  const changed = new Map<string, Buffer>();
  for (const [name, e] of files) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const xml = readZipEntry(bytes, e).toString("utf8");
    const bare = xml.replace(
      /<((?:\w+:)?tableColumn)\b([^>]*?)(?<!\/)>[\s\S]*?<\/\1>/g,
      (_, tag: string, attrs: string) => `<${tag}${attrs}/>`
    );
    if (bare !== xml) changed.set(name, Buffer.from(bare, "utf8"));
  }
  if (!changed.size) return bytes;
  return writeZip(
    [...files.values()].map((e) =>
      changed.has(e.name) ? { name: e.name, data: changed.get(e.name)! } : { copy: e, from: bytes }
    )
  );
}

export async function loadXlsx(bytes: Buffer, options: LoadOptions = {}): Promise<LoadedXlsx> {
  const { files, definedNames } = checked(bytes, options);
  // Loaded here, not at start-up: the direct reading (loadXlsxDirect) does not need it.
  const workbook = new (await excelJs()).Workbook();
  try {
    // ExcelJS's typings want its own Buffer type; Node's is the same thing at run time.
    await workbook.xlsx.load(forExcelJs(bytes, files) as unknown as ExcelJS.Buffer);
  } catch (e) {
    // The zip is sound by now: what fails is ExcelJS's reading of the parts.
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new XlsxError(`the workbook could not be read (ExcelJS: ${message})`);
  }
  checkAllSheetsRead(bytes, files, workbook);
  correctHeaderRows(workbook, tableParts(bytes, files));
  return { workbook, definedNames, lost: lostParts(files) };
}

/** Print areas and titles: ExcelJS writes these itself from each sheet's page setup. */
const WRITTEN_BY_EXCELJS = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/**
 * Makes ExcelJS write the file's own defined names (exact text and scope) instead of the plain
 * ranges it kept. ExcelJS renders each name as `ranges.join(",")` with its `localSheetId`, so one
 * "range" holding the whole text round-trips any name.
 */
function keepDefinedNames(workbook: ExcelJS.Workbook, names: DefinedName[]): void {
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

/** The workbook as xlsx bytes; `definedNames` from `loadXlsx` keeps every name of the input. */
export async function saveXlsx(
  workbook: ExcelJS.Workbook,
  definedNames?: DefinedName[]
): Promise<Buffer> {
  if (definedNames) keepDefinedNames(workbook, definedNames);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
