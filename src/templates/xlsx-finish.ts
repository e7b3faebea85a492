/**
 * What ExcelJS cannot write, added to the file it wrote: the formula of each calculated table
 * column (so that Excel fills it into a row the user adds) and the dynamic-array flag on formulas
 * that spill (so that Excel 365 spills them instead of showing `=@SI.CBATABLE(…)`). Both are
 * small, well-defined edits of the package's XML; every other part is copied as it was stored.
 */
import { OutEntry, readZipEntry, writeZip, zipEntries } from "../engine/zip";
import { fileFormula } from "./file-formula";
import { SheetSpec } from "./spec";

const METADATA_PART = "xl/metadata.xml";
const METADATA_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

// One cell-metadata record meaning "this array formula is a dynamic array" (XLDAPR), as Excel
// writes it; cells point at it with cm="1".
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" ' +
  'pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" ' +
  'clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst>' +
  '<ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Table name → column header → the calculated column's formula (file spelling). */
function calculatedColumns(specs: readonly SheetSpec[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const t of specs.flatMap((s) => s.tables)) {
    const columns = new Map<string, string>();
    for (const c of t.columns) if (c.formula) columns.set(c.header, fileFormula(c.formula));
    if (columns.size) out.set(t.name.toLowerCase(), columns);
  }
  return out;
}

/** A table part with `<calculatedColumnFormula>` in the columns that have one. */
export function withCalculatedColumns(
  xml: string,
  formulas: Map<string, Map<string, string>>
): string {
  const name = /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
  const columns = name ? formulas.get(unescapeXml(name).toLowerCase()) : undefined;
  if (!columns) return xml;
  return xml.replace(/<tableColumn\b([^>]*?)\s*\/>/g, (whole, attrs: string) => {
    const header = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const f = header === undefined ? undefined : columns.get(unescapeXml(header));
    if (f === undefined) return whole;
    return `<tableColumn${attrs}><calculatedColumnFormula>${escapeXml(f)}</calculatedColumnFormula></tableColumn>`;
  });
}

/** Array formulas in a sheet part marked as dynamic arrays; false when there are none. */
export function withDynamicArrays(xml: string): string | false {
  let changed = false;
  const out = xml.replace(
    /<c\b([^>]*)>(\s*<f\b[^>]*\bt="array")/g,
    (whole, attrs: string, f: string) => {
      if (/\bcm="/.test(attrs)) return whole;
      changed = true;
      return `<c${attrs} cm="1">${f}`;
    }
  );
  return changed ? out : false;
}

function withMetadataType(contentTypes: string): string {
  if (contentTypes.includes(`PartName="/${METADATA_PART}"`)) return contentTypes;
  return contentTypes.replace(
    /<\/Types>\s*$/,
    `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_TYPE}"/></Types>`
  );
}

function withMetadataRelationship(rels: string): string {
  if (rels.includes(METADATA_REL)) return rels;
  const ids = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  return rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`
  );
}

/** The finished file: calculated columns and dynamic arrays written in. */
export function finishXlsx(bytes: Buffer, specs: readonly SheetSpec[]): Buffer {
  const formulas = calculatedColumns(specs);
  const entries = zipEntries(bytes);
  const text = (name: string) => {
    const e = entries.find((x) => x.name === name);
    return e ? readZipEntry(bytes, e).toString("utf8") : undefined;
  };
  const changed = new Map<string, string>();
  for (const e of entries) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(e.name)) {
      const xml = readZipEntry(bytes, e).toString("utf8");
      const next = withCalculatedColumns(xml, formulas);
      if (next !== xml) changed.set(e.name, next);
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      const next = withDynamicArrays(readZipEntry(bytes, e).toString("utf8"));
      if (next !== false) changed.set(e.name, next);
    }
  }
  const dynamic = [...changed.keys()].some((n) => n.startsWith("xl/worksheets/"));
  if (dynamic && !entries.some((e) => e.name === METADATA_PART)) {
    changed.set("[Content_Types].xml", withMetadataType(text("[Content_Types].xml") ?? ""));
    changed.set(
      "xl/_rels/workbook.xml.rels",
      withMetadataRelationship(text("xl/_rels/workbook.xml.rels") ?? "")
    );
    changed.set(METADATA_PART, METADATA_XML);
  }
  const out: OutEntry[] = entries.map((e) => {
    const next = changed.get(e.name);
    changed.delete(e.name);
    return next === undefined
      ? { copy: e, from: bytes }
      : { name: e.name, data: Buffer.from(next, "utf8") };
  });
  for (const [name, data] of changed) out.push({ name, data: Buffer.from(data, "utf8") });
  return writeZip(out);
}
