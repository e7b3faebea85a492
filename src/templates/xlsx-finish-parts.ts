/**
 * What ExcelJS cannot write, as edits of the package's XML parts: the formula of each calculated
 * table column (so that Excel fills it into a row the user adds) and the dynamic-array flag on
 * formulas that spill (so that Excel 365 spills them instead of showing `=@SI.CBATABLE(…)` or a
 * legacy `{=…}` array). Browser-safe (no Node modules): `si-kalkyl template` finishes its file
 * with it through src/templates/xlsx-finish.ts and zip.ts, the playground its saved file through
 * fflate.
 */
import { xmlText, type XlsxParts } from "../engine/xlsx-parts";

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

/** Element text as XML wants it (quotes may stay: this is not an attribute). */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Table name (lower case) → column header → the calculated column's formula (file spelling). */
export type CalculatedColumns = Map<string, Map<string, string>>;

/** A table part with `<calculatedColumnFormula>` in the columns that have one. */
export function withCalculatedColumns(xml: string, formulas: CalculatedColumns): string {
  const name = /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
  const columns = name ? formulas.get(xmlText(name).toLowerCase()) : undefined;
  if (!columns) return xml;
  return xml.replace(/<tableColumn\b([^>]*?)\s*\/>/g, (whole, attrs: string) => {
    const header = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const f = header === undefined ? undefined : columns.get(xmlText(header));
    if (f === undefined) return whole;
    return `<tableColumn${attrs}><calculatedColumnFormula>${escapeText(f)}</calculatedColumnFormula></tableColumn>`;
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

/**
 * The parts the finishing changes or adds, by name, as text: table parts with their calculated
 * columns, sheet parts with their dynamic arrays and, when there are any, the metadata part with
 * its content type and relationship. Every other part stays as ExcelJS wrote it.
 */
export function finishedParts(parts: XlsxParts, formulas: CalculatedColumns): Map<string, string> {
  const changed = new Map<string, string>();
  const names = parts.names();
  for (const name of names) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(name)) {
      const xml = parts.text(name) ?? "";
      const next = withCalculatedColumns(xml, formulas);
      if (next !== xml) changed.set(name, next);
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const next = withDynamicArrays(parts.text(name) ?? "");
      if (next !== false) changed.set(name, next);
    }
  }
  const dynamic = [...changed.keys()].some((n) => n.startsWith("xl/worksheets/"));
  if (dynamic && !names.includes(METADATA_PART)) {
    changed.set("[Content_Types].xml", withMetadataType(parts.text("[Content_Types].xml") ?? ""));
    changed.set(
      "xl/_rels/workbook.xml.rels",
      withMetadataRelationship(parts.text("xl/_rels/workbook.xml.rels") ?? "")
    );
    changed.set(METADATA_PART, METADATA_XML);
  }
  return changed;
}
