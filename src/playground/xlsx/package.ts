/**
 * The xlsx package (a zip of XML parts) as the browser reads it, with fflate: what ExcelJS needs
 * done to the bytes before it reads them, and what it does not read at all (defined names as the
 * file has them, table parts as Excel writes them). XML is read with the DOM's own parser.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";

/** A file that cannot be opened; the message says why, in one line. */
export class XlsxReadError extends Error {}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The package's parts by name, after the checks that give a one-line reason. */
export function unpack(bytes: Uint8Array): Unzipped {
  if (startsWith(bytes, OLE2_SIGNATURE))
    throw new XlsxReadError(
      "not an xlsx workbook: an Excel 97-2003 (.xls) file or a password-protected workbook"
    );
  if (!startsWith(bytes, ZIP_SIGNATURE))
    throw new XlsxReadError("not an xlsx workbook (not a zip archive)");
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes);
  } catch (e) {
    throw new XlsxReadError(`a damaged xlsx file: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!parts["xl/workbook.xml"]) {
    if (parts["content.xml"] && parts["mimetype"])
      throw new XlsxReadError("not an xlsx workbook: an OpenDocument file (.ods)");
    throw new XlsxReadError("a zip archive but not an xlsx workbook (it has no xl/workbook.xml)");
  }
  return parts;
}

export function partText(parts: Unzipped, name: string): string | undefined {
  const bytes = parts[name];
  return bytes ? strFromU8(bytes) : undefined;
}

function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}

/** Elements by local name, whatever namespace prefix the file gives them. */
function elements(doc: Document | Element, localName: string): Element[] {
  return [...doc.getElementsByTagNameNS("*", localName)];
}

/**
 * ExcelJS cannot read a `<tableColumn>` with children, and Excel writes one for every calculated
 * column (`<calculatedColumnFormula>`) and totals formula (src/engine/xlsx-file.ts's `forExcelJs`
 * does the same in Node). The children only say what Excel fills into new rows: the cells keep
 * their formulas. Returns the bytes unchanged when no table has such a column.
 */
export function forExcelJs(bytes: Uint8Array, parts: Unzipped): Uint8Array {
  const changed: Record<string, Uint8Array> = {};
  for (const name of Object.keys(parts)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const doc = parseXml(strFromU8(parts[name]));
    const columns = elements(doc, "tableColumn").filter((c) => c.childNodes.length > 0);
    if (columns.length === 0) continue;
    for (const column of columns) column.replaceChildren();
    changed[name] = strToU8(new XMLSerializer().serializeToString(doc));
  }
  if (Object.keys(changed).length === 0) return bytes;
  return zipSync({ ...parts, ...changed });
}

/** A defined name of workbook.xml; `sheet` for one scoped to a sheet. */
export interface FileName {
  name: string;
  /** The name's formula as the file has it, without "=". */
  text: string;
  sheet?: string;
  hidden: boolean;
  comment?: string;
}

export function definedNames(parts: Unzipped): FileName[] {
  const doc = parseXml(partText(parts, "xl/workbook.xml") ?? "");
  const sheets = elements(doc, "sheet").map((s) => s.getAttribute("name") ?? "");
  return elements(doc, "definedName").flatMap((n) => {
    const name = n.getAttribute("name");
    if (!name) return [];
    const local = n.getAttribute("localSheetId");
    const comment = n.getAttribute("comment");
    return [
      {
        name,
        text: n.textContent ?? "",
        ...(local === null ? {} : { sheet: sheets[Number(local)] }),
        hidden: n.getAttribute("hidden") === "1" || n.getAttribute("hidden") === "true",
        ...(comment ? { comment } : {}),
      },
    ];
  });
}

/** A table part's name, range and header-row count, as `correctHeaderRows` wants them. */
export interface FileTable {
  name: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
  sheet: string;
}

export function tableParts(parts: Unzipped): FileTable[] {
  return Object.keys(parts)
    .filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name))
    .flatMap((name) => {
      const table = elements(parseXml(strFromU8(parts[name])), "table")[0];
      const tableName = table?.getAttribute("displayName") ?? table?.getAttribute("name");
      const ref = table?.getAttribute("ref");
      if (!table || !tableName || !ref) return [];
      return [
        {
          name: tableName,
          ref,
          // The schema's defaults, which Excel leaves out of the file.
          headerRows: Number(table.getAttribute("headerRowCount") ?? "1"),
          totalsRows: Number(table.getAttribute("totalsRowCount") ?? "0"),
          columns: elements(table, "tableColumn").map((c) => c.getAttribute("name") ?? ""),
          sheet: "",
        },
      ];
    });
}
