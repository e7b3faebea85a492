/** xlsx bytes ↔ ExcelJS: checks before loading, defined names, and the zip helpers under them. */
import ExcelJS from "exceljs";
import {
  XlsxError,
  defaultMaxSheetBytes,
  loadXlsx,
  parseDefinedNames,
  saveXlsx,
} from "../../src/engine/xlsx-file";
import { crc32, readZipEntry, writeZip, zipEntries } from "../../src/engine/zip";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function part(bytes: Buffer, name: string): string {
  return readZipEntry(
    bytes,
    zipEntries(bytes).find((e) => e.name === name)!
  ).toString("utf8");
}

describe("parseDefinedNames", () => {
  it("reads names with their text and the sheet of sheet-level names", () => {
    const xml = `<x:workbook xmlns:x="main"><x:sheets><x:sheet name="Indata" sheetId="3" r:id="rId1"/><x:sheet sheetId="1" name="O&apos;Brien" r:id="rId2"/></x:sheets>
      <x:definedNames><x:definedName name="Ranta">0.035</x:definedName>
      <x:definedName localSheetId="1" name="Kostnader">'O''Brien'!$A$1:$C$1</x:definedName>
      <x:definedName name="Text" hidden="1">"a&amp;b"&lt;&gt;"c"</x:definedName></x:definedNames></x:workbook>`;
    expect(parseDefinedNames(xml)).toEqual([
      { name: "Ranta", text: "0.035" },
      { name: "Kostnader", text: "'O''Brien'!$A$1:$C$1", sheet: "O'Brien" },
      { name: "Text", text: '"a&b"<>"c"' },
    ]);
  });
});

describe("loadXlsx", () => {
  it("says what a file is when it is not an xlsx workbook", async () => {
    const ods = writeZip([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: Buffer.from("<office:document-content/>") },
    ]);
    await expect(loadXlsx(ods)).rejects.toThrow(
      new XlsxError("not an xlsx workbook: an OpenDocument file (.ods); save it as .xlsx")
    );
    await expect(loadXlsx(Buffer.from("PK"))).rejects.toThrow(/not a zip archive/);
  });

  it("refuses a workbook whose sheets would not fit in memory, before loading it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = 1;
    const bytes = await bytesOf(wb);
    await expect(loadXlsx(bytes, { maxSheetBytes: 10 })).rejects.toThrow(
      /too large to recalculate in memory/
    );
    expect((await loadXlsx(bytes)).workbook.worksheets).toHaveLength(1);
    expect(defaultMaxSheetBytes()).toBeGreaterThan(10e6);
  });

  it("refuses a workbook with a sheet ExcelJS skips (a part not named sheet<N>.xml)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = 1;
    const bytes = await bytesOf(wb);
    const renamed = writeZip(
      zipEntries(bytes).map((e) => ({
        name: e.name.replace("worksheets/sheet1.xml", "worksheets/blad.xml"),
        data: Buffer.from(
          readZipEntry(bytes, e)
            .toString()
            .replace(/sheet1\.xml/g, "blad.xml")
        ),
      }))
    );
    await expect(loadXlsx(renamed)).rejects.toThrow(
      new XlsxError('the sheet "Blad1" (xl/worksheets/blad.xml) could not be read')
    );
  });

  it("lists the parts ExcelJS cannot carry over", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1");
    const bytes = await bytesOf(wb);
    const entries = zipEntries(bytes).map((e) => ({ name: e.name, data: readZipEntry(bytes, e) }));
    const withChart = writeZip([
      ...entries,
      { name: "xl/charts/chart1.xml", data: Buffer.from("<c:chartSpace/>") },
    ]);
    expect((await loadXlsx(withChart)).lost).toEqual(["charts"]);
  });
});

describe("saveXlsx (ExcelJS's writer, the fallback)", () => {
  it("keeps the file's defined names: constants, formulas and sheet scopes", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Indata");
    wb.addWorksheet("Kalkyl");
    const names = [
      { name: "Ranta", text: "0.035" },
      { name: "Lokal", text: "Kalkyl!$A$1", sheet: "Kalkyl" },
      { name: "Dubbel", text: 'IF(Indata!$A$1>0,"ja","nej")' },
    ];
    const saved = await saveXlsx(wb, names);
    expect(parseDefinedNames(part(saved, "xl/workbook.xml"))).toEqual(names);
    expect((await loadXlsx(saved)).definedNames).toEqual(names);
  });
});

describe("zip", () => {
  it("computes CRC-32 as zip does", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("writes archives it reads back, UTF-8 names included", async () => {
    const zip = writeZip([
      { name: "å/ä.txt", data: Buffer.from("hej då") },
      { name: "tom", data: Buffer.alloc(0) },
    ]);
    const entries = zipEntries(zip);
    expect(entries.map((e) => [e.name, readZipEntry(zip, e).toString()])).toEqual([
      ["å/ä.txt", "hej då"],
      ["tom", ""],
    ]);
    const copy = writeZip(entries.map((e) => ({ copy: e, from: zip })));
    expect(copy.equals(zip)).toBe(true);
  });
});
