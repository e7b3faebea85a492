/** Writing results into the input file's own XML. */
import ExcelJS from "exceljs";
import { CellWrite } from "../../src/engine/workbook";
import { patchSheet, patchXlsx, withFullCalcOnLoad } from "../../src/engine/xlsx-patch";
import { rawZipData, readZipEntry, writeZip, zipEntries } from "../../src/engine/zip";
import { formula } from "./xlsx-helpers";

const W = (
  row: number,
  col: number,
  value: CellWrite["value"],
  f?: CellWrite["formula"]
): CellWrite => ({
  sheet: "Blad1",
  row,
  col,
  value,
  formula: f,
});

function sheet(data: string, prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}` : "xmlns";
  return `<?xml version="1.0"?><${p}worksheet ${ns}="main"><${p}dimension ref="A1:B2"/><${p}sheetData>${data}</${p}sheetData></${p}worksheet>`;
}

describe("patchSheet", () => {
  it("replaces a formula cell's result, keeping its style, its <f> element and the rest verbatim", () => {
    const xml = sheet(
      `<row r="1" spans="1:2"><c r="A1" s="2"><v>5</v></c><c r="B1" s="7" t="str"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>old</v></c></row>` +
        `<row r="2"><c r="B2"><f t="shared" si="0"/><v>1</v></c></row>`
    );
    const out = patchSheet(
      xml,
      [W(1, 2, 10, { text: "A1*2" }), W(2, 2, true, { text: "A2*2" })],
      false
    );
    expect(out).toContain(
      `<row r="1"><c r="A1" s="2"><v>5</v></c><c r="B1" s="7"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>10</v></c></row>`
    );
    expect(out).toContain(`<c r="B2" t="b"><f t="shared" si="0"/><v>1</v></c>`);
  });

  it("writes strings, errors and dates in the forms Excel reads", () => {
    const out = patchSheet(
      sheet(`<row r="1"><c r="A1"><f>X</f></c><c r="B1"><f>Y</f></c><c r="C1"><f>Z</f></c></row>`),
      [
        W(1, 1, `<a & "b">\u0001`, { text: "X" }),
        W(1, 2, { error: "#N/A" }, { text: "Y" }),
        W(1, 3, new Date(Date.UTC(2024, 0, 1)), { text: "Z" }),
      ],
      false
    );
    expect(out).toContain(
      `<c r="A1" t="str"><f>X</f><v>&lt;a &amp; &quot;b&quot;&gt;_x0001_</v></c>`
    );
    expect(out).toContain(`<c r="B1" t="e"><f>Y</f><v>#N/A</v></c>`);
    expect(out).toContain(`<c r="C1"><f>Z</f><v>45292</v></c>`);
  });

  it("makes a formula an array formula over its spill, and drops <f> for a value", () => {
    const out = patchSheet(
      sheet(
        `<row r="1"><c r="A1" s="1" cm="1"><f>T()</f><v>1</v></c><c r="B1" s="3" cm="1"><f>SI.X()</f><v>1</v></c></row>`
      ),
      [W(1, 1, "Rubrik", { text: "T()", arrayRef: "A1:A3" }), W(1, 2, 4)],
      false
    );
    expect(out).toContain(
      `<c r="A1" s="1" cm="1" t="str"><f t="array" ref="A1:A3">T()</f><v>Rubrik</v></c>`
    );
    expect(out).toContain(`<c r="B1" s="3"><v>4</v></c>`);
  });

  it("inserts new cells in column order and new rows in row order, and grows the dimension", () => {
    const xml = sheet(
      `<row r="2" spans="2:2"><c r="B2"><f>X</f></c></row><row r="5"/><row r="9"><c r="A9"><v>1</v></c></row>`
    );
    const out = patchSheet(
      xml,
      [W(1, 1, 1), W(2, 1, "a"), W(2, 3, 3), W(5, 2, 5), W(7, 30, 7), W(12, 1, 12)],
      false
    );
    expect(out).toContain(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a</t></is></c><c r="B2"><f>X</f></c><c r="C2"><v>3</v></c></row>` +
        `<row r="5"><c r="B5"><v>5</v></c></row><row r="7"><c r="AD7"><v>7</v></c></row>` +
        `<row r="9"><c r="A9"><v>1</v></c></row><row r="12"><c r="A12"><v>12</v></c></row></sheetData>`
    );
    expect(out).toContain(`<dimension ref="A1:AD12"/>`);
  });

  it("handles namespace prefixes, cells and rows without r, and an empty sheetData", () => {
    const xml = sheet(`<x:row><x:c><x:v>1</x:v></x:c><x:c><x:f>A1+1</x:f></x:c></x:row>`, "x");
    expect(patchSheet(xml, [W(1, 2, 2, { text: "A1+1" })], false)).toContain(
      `<x:row><x:c><x:v>1</x:v></x:c><x:c r="B1"><x:f>A1+1</x:f><x:v>2</x:v></x:c></x:row>`
    );
    const empty = `<worksheet xmlns="main"><sheetData/></worksheet>`;
    expect(patchSheet(empty, [W(1, 1, 1)], false)).toBe(
      `<worksheet xmlns="main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`
    );
  });
});

describe("withFullCalcOnLoad", () => {
  it("sets the flag on calcPr, or adds calcPr where the schema wants it", () => {
    expect(
      withFullCalcOnLoad(`<workbook><calcPr calcId="191029" fullCalcOnLoad="0"/></workbook>`)
    ).toBe(`<workbook><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`);
    expect(withFullCalcOnLoad(`<workbook><sheets/><extLst/></workbook>`)).toBe(
      `<workbook><sheets/><calcPr fullCalcOnLoad="1"/><extLst/></workbook>`
    );
    expect(withFullCalcOnLoad(`<x:workbook><x:sheets/></x:workbook>`)).toBe(
      `<x:workbook><x:sheets/><x:calcPr fullCalcOnLoad="1"/></x:workbook>`
    );
  });
});

describe("patchXlsx", () => {
  async function input(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = 2;
    ws.getCell("B1").value = formula("A1*2", { result: 0 });
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // A calculation chain and a chart, as Excel would have them.
    const entries = zipEntries(bytes).map((e) => {
      let data = readZipEntry(bytes, e);
      if (e.name === "[Content_Types].xml") {
        data = Buffer.from(
          data
            .toString()
            .replace(
              "</Types>",
              `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
            )
        );
      }
      if (e.name === "xl/_rels/workbook.xml.rels") {
        data = Buffer.from(
          data
            .toString()
            .replace(
              "</Relationships>",
              `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`
            )
        );
      }
      return { name: e.name, data };
    });
    return writeZip([
      ...entries,
      { name: "xl/calcChain.xml", data: Buffer.from(`<calcChain><c r="B1" i="1"/></calcChain>`) },
      { name: "xl/charts/chart1.xml", data: Buffer.from("<c:chartSpace/>") },
    ]);
  }

  it("changes the written sheets and workbook.xml, drops the calculation chain, copies the rest as stored", async () => {
    const before = await input();
    const after = patchXlsx(before, [W(1, 2, 4, { text: "A1*2" })], false);
    const old = new Map(zipEntries(before).map((e) => [e.name, e]));
    const changed: string[] = [];
    for (const e of zipEntries(after)) {
      if (!rawZipData(after, e).equals(rawZipData(before, old.get(e.name)!))) changed.push(e.name);
    }
    expect(changed.sort()).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const names = zipEntries(after).map((e) => e.name);
    expect(names).not.toContain("xl/calcChain.xml");
    expect(names).toContain("xl/charts/chart1.xml");
    const text = (n: string) =>
      readZipEntry(
        after,
        zipEntries(after).find((e) => e.name === n)!
      ).toString();
    expect(text("[Content_Types].xml")).not.toContain("calcChain");
    expect(text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Blad1")!.getCell("B1").result).toBe(4);
  });
});
