/**
 * What ExcelJS cannot write, added afterwards: calculated table columns (Excel fills them into a
 * new row) and the dynamic-array flag on the spilling per-actor formula (Excel 365 spills it
 * instead of showing =@SI.CBATABLE(…)); and the file still reads and recalculates cleanly.
 */
import { templateWorkbook } from "../../src/cli/template";
import { readZipEntry, zipEntries } from "../../src/engine/zip";
import { withCalculatedColumns, withDynamicArrays } from "../../src/templates/xlsx-finish";
import { bufferIo } from "../engine/xlsx-helpers";

jest.setTimeout(60_000);

function parts(bytes: Buffer): Map<string, string> {
  return new Map(zipEntries(bytes).map((e) => [e.name, readZipEntry(bytes, e).toString("utf8")]));
}

describe("the finished template file", () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    const { bytes } = await templateWorkbook(
      ["riskmatris", "kalkyl"],
      { lang: "sv", example: true },
      bufferIo()
    );
    files = parts(bytes);
  });

  it("gives every calculated column its formula in the table part, in the file's spelling", () => {
    const risks = [...files.entries()].find(
      ([n, x]) => n.startsWith("xl/tables/") && x.includes('name="SI_Risker"')
    )![1];
    expect(risks).toMatch(
      /<tableColumn id="5" name="Poäng"[^>]*><calculatedColumnFormula>_xldudf_SI_RISKSCORE\(SI_Risker\[\[#This Row\],\[Sannolikhet\]\],SI_Risker\[\[#This Row\],\[Påverkan\]\]\)<\/calculatedColumnFormula><\/tableColumn>/
    );
    // Typed-in columns stay plain.
    expect(risks).toMatch(/<tableColumn id="2" name="Riskbeskrivning"[^>]*\/>/);
    // A comparison with text in it is escaped as XML wants.
    expect(risks).toContain(`COUNTIF(SI_Risker[[#Data],[Rangtal]],"&gt;"&amp;`);
  });

  it("marks the spilling formula as a dynamic array, with the metadata part Excel needs", () => {
    const sheet = [...files.entries()].find(
      ([n, x]) => n.startsWith("xl/worksheets/") && x.includes("SI_CBATABLE")
    )![1];
    expect(sheet).toMatch(/<c r="D7"[^>]* cm="1"><f t="array" ref="D7:G9">_xldudf_SI_CBATABLE\(/);
    expect(files.get("xl/metadata.xml")).toContain('<xda:dynamicArrayProperties fDynamic="1"');
    expect(files.get("[Content_Types].xml")).toContain('PartName="/xl/metadata.xml"');
    expect(files.get("xl/_rels/workbook.xml.rels")).toContain('Target="metadata.xml"');
  });
});

describe("the finishing edits", () => {
  it("leave a part without calculated columns or array formulas as it was", () => {
    const table =
      '<table name="T"><tableColumns count="1"><tableColumn id="1" name="A"/></tableColumns></table>';
    expect(withCalculatedColumns(table, new Map([["t", new Map([["B", "1"]])]]))).toBe(table);
    expect(withDynamicArrays('<c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>')).toBe(false);
  });

  it("do not mark an array formula twice", () => {
    const marked = '<c r="A1" cm="1"><f t="array" ref="A1:A2">X()</f></c>';
    expect(withDynamicArrays(marked)).toBe(false);
  });
});
