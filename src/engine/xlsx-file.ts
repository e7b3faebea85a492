/**
 * xlsx bytes ↔ ExcelJS workbook, with what ExcelJS alone does not give: a one-line reason when a
 * file is not a usable xlsx, a size check before anything large is built in memory, the workbook's
 * defined names as the file has them (ExcelJS keeps only plain ranges, and drops constants such as
 * a named discount rate and every sheet-level scope), and a list of the parts ExcelJS cannot carry
 * over into the copy. The steps over the parts' XML are src/engine/xlsx-parts.ts's, which the
 * playground runs in the browser; this file unzips with zip.ts.
 */
import type * as ExcelJS from "exceljs";
import { getHeapStatistics } from "node:v8";
import type { DefinedName } from "./workbook";
import { sheetParts } from "./xlsx-patch";
import {
  XlsxError,
  XlsxParts,
  checkSignature,
  checkWorkbookPart,
  damaged,
  fileTables,
  forExcelJsParts,
  keepDefinedNames,
  loadIntoExcelJs,
  parseDefinedNames,
} from "./xlsx-parts";
import { DirectRead, readXlsxDirect, zipParts } from "./xlsx-read";
import { ZipEntry, writeZip, zipEntries } from "./zip";

export { XlsxError, parseDefinedNames };

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

function entries(bytes: Buffer): Map<string, ZipEntry> {
  try {
    return new Map(zipEntries(bytes).map((e) => [e.name.replace(/^\//, ""), e]));
  } catch (e) {
    throw damaged(e);
  }
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

function readDefinedNames(parts: XlsxParts): DefinedName[] {
  try {
    return parseDefinedNames(parts.text("xl/workbook.xml") ?? "");
  } catch (e) {
    throw damaged(e);
  }
}

// --- load and save ------------------------------------------------------------------------------

/**
 * ExcelJS reads worksheets only from parts named xl/worksheets/sheet<N>.xml, as Excel names them;
 * a sheet it skipped would be computed as missing, so such a workbook is refused.
 */
function checkAllSheetsRead(parts: XlsxParts, workbook: ExcelJS.Workbook): void {
  const rels = parts.text("xl/_rels/workbook.xml.rels");
  const book = parts.text("xl/workbook.xml");
  if (rels === undefined || book === undefined)
    throw new XlsxError("a damaged xlsx file: xl/_rels/workbook.xml.rels is missing");
  const read = new Set(workbook.worksheets.map((ws) => ws.name));
  for (const [name, part] of sheetParts(book, rels)) {
    if (part.startsWith("xl/worksheets/") && !read.has(name)) {
      throw new XlsxError(`the sheet "${name}" (${part}) could not be read`);
    }
  }
}

interface Checked {
  files: Map<string, ZipEntry>;
  parts: XlsxParts;
  definedNames: DefinedName[];
}

/** The checks every workbook passes before it is read; its parts and defined names. */
function checked(bytes: Buffer, options: LoadOptions): Checked {
  checkSignature(bytes);
  const files = entries(bytes);
  checkWorkbookPart((name) => files.has(name));
  checkSize(files, options.maxSheetBytes ?? defaultMaxSheetBytes());
  const parts = zipParts(bytes, files);
  return { files, parts, definedNames: readDefinedNames(parts) };
}

/**
 * The engine's input read without ExcelJS (src/engine/xlsx-read.ts), after the same checks as
 * `loadXlsx`; undefined when the workbook has something only ExcelJS's reading handles.
 */
export function loadXlsxDirect(bytes: Buffer, options: LoadOptions = {}): DirectRead | undefined {
  const { parts, definedNames } = checked(bytes, options);
  return readXlsxDirect(parts, definedNames);
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
 * The bytes ExcelJS is given (src/engine/xlsx-parts.ts `forExcelJsParts`). The file itself is not
 * changed: copies are patched from the original bytes.
 */
function forExcelJs(bytes: Buffer, { files, parts }: Checked): Buffer {
  const changed = forExcelJsParts(parts);
  if (!changed.size) return bytes;
  return writeZip(
    [...files].map(([name, e]) => {
      const text = changed.get(name);
      return text === undefined
        ? { copy: e, from: bytes }
        : { name: e.name, data: Buffer.from(text, "utf8") };
    })
  );
}

export async function loadXlsx(bytes: Buffer, options: LoadOptions = {}): Promise<LoadedXlsx> {
  const input = checked(bytes, options);
  // Loaded here, not at start-up: the direct reading (loadXlsxDirect) does not need it.
  const workbook = new (await excelJs()).Workbook();
  await loadIntoExcelJs(workbook, forExcelJs(bytes, input), fileTables(input.parts));
  checkAllSheetsRead(input.parts, workbook);
  return { workbook, definedNames: input.definedNames, lost: lostParts(input.files) };
}

/** The workbook as xlsx bytes; `definedNames` from `loadXlsx` keeps every name of the input. */
export async function saveXlsx(
  workbook: ExcelJS.Workbook,
  definedNames?: DefinedName[]
): Promise<Buffer> {
  if (definedNames) keepDefinedNames(workbook, definedNames);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
