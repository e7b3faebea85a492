/**
 * Spilled results in files: an SI function's spill is its result without HyperFormula's padding,
 * and a dynamic-array formula as Excel 365 saves it (`cm="1"`, `<f t="array" ref>`, metadata.xml)
 * is recalculated again and again without #SPILL!.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { recalcCommand } from "../../src/cli/recalc";
import { PV60 } from "../../src/catalog/functions/cba";
import { outermostCall } from "../../src/engine/formula";
import { siResult } from "../../src/engine/spill";
import { Recalculated, readWorkbook, recalcWorkbook } from "../../src/engine/workbook";
import { loadXlsx, loadXlsxDirect } from "../../src/engine/xlsx-file";
import { patchXlsx } from "../../src/engine/xlsx-patch";
import { readZipEntry, writeZip, zipEntries } from "../../src/engine/zip";
import { expectClose } from "../helpers/call";
import { bufferIo, formula, readXlsx, result, tempDir } from "./xlsx-helpers";

const dir = tempDir();
afterAll(() => dir.remove());

const ACTORS = 'SI.CBATABLE(A1:F5,0.035,,"actors")';

/** Four cost and benefit lines of two actors in A1:F5. */
function lines(ws: ExcelJS.Worksheet): void {
  ws.addRows([
    ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år"],
    ["Personal", "Kostnad", "Skola", 100, 1, 1],
    ["Lokal", "Kostnad", "Skola", 50, 1, 2],
    ["Placeringar", "Nytta", "Socialtjänst", 60, 2, 2],
    ["Betyg", "Nytta", "Socialtjänst", 40, 2, 3],
  ]);
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function part(bytes: Buffer, name: string): string {
  return readZipEntry(
    bytes,
    zipEntries(bytes).find((e) => e.name === name)!
  ).toString("utf8");
}

/** `recalc --report` on bytes: the copy and the report's sheets. */
async function recalcFile(bytes: Buffer, name: string) {
  const [input, output] = [dir.path(`${name}.xlsx`), dir.path(`${name}-ut.xlsx`)];
  writeFileSync(input, bytes);
  const io = bufferIo();
  const options = { input, output, valuesOnly: false, report: true, lang: "en" as const };
  expect(await recalcCommand(options, io)).toBe(0);
  const report = JSON.parse(io.stdout()) as Pick<Recalculated, "sheets">;
  return { out: readFileSync(output), sheets: report.sheets, stderr: io.stderr() };
}

describe("an SI function's spill", () => {
  it("is the result alone: no rows of 0 for the size HyperFormula reserved", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    lines(ws);
    ws.getCell("H1").value = formula(ACTORS);
    // A native spill keeps Excel's 0 for an empty cell (A6), even at its end.
    ws.getCell("H10").value = formula("TRANSPOSE(A2:A6)");
    const { out, sheets } = await recalcFile(await bytesOf(wb), "actors");
    expect(sheets[0].errors).toEqual([]);
    const copy = (await readXlsx(dir.path("actors-ut.xlsx"))).getWorksheet("Blad1")!;
    expect(out.length).toBeGreaterThan(0);
    expect(result(copy, "H1")).toBe("Skola");
    expect(copy.getCell("H2").value).toBe("Socialtjänst");
    expectClose(
      copy.getCell("K2").value as number,
      100 / 1.035 + 100 / 1.035 ** 2 + 40 / 1.035 ** 3
    );
    for (const ref of ["H3", "I3", "K3", "H4", "K4", "L1", "L2"])
      expect(copy.getCell(ref).value).toBeNull();
    expect(["I10", "L10"].map((r) => copy.getCell(r).value)).toEqual(["Lokal", 0]);
  });

  it("is trimmed only when the formula is the SI call itself", () => {
    expect(siResult(ACTORS)).toBe(true);
    expect(siResult(` _xldudf_SI_CBATABLE(A1:F5) `)).toBe(true);
    expect(siResult(`${ACTORS}*2`)).toBe(false);
    expect(siResult(`IFERROR(${ACTORS},"")`)).toBe(false);
    expect(outermostCall('IF(A1,")",B1:B3)')).toBe("IF");
    expect(outermostCall("A1:A3")).toBeUndefined();
  });

  it("in memory: eight cells written, the corner's included", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    lines(ws);
    ws.getCell("H1").value = formula(ACTORS);
    const { writes } = recalcWorkbook(wb);
    expect(writes.map((w) => `${w.row},${w.col}`).sort()).toEqual(
      ["1,8", "1,9", "1,10", "1,11", "2,8", "2,9", "2,10", "2,11"].sort()
    );
  });
});

// --- a dynamic array as Excel 365 saves it -----------------------------------------------------

const METADATA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

/** ExcelJS's file made Excel 365's: `cm="1"` on the formula cell and the metadata part. */
function asDynamicArray(bytes: Buffer, cell: string): Buffer {
  const edits: Record<string, (xml: string) => string> = {
    "xl/worksheets/sheet1.xml": (xml) => xml.replace(`<c r="${cell}"`, `<c r="${cell}" cm="1"`),
    "[Content_Types].xml": (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>'
      ),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdMeta" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>'
      ),
  };
  const entries = zipEntries(bytes).map((e) => {
    const text = readZipEntry(bytes, e);
    const edit = edits[e.name];
    return { name: e.name, data: edit ? Buffer.from(edit(text.toString("utf8"))) : text };
  });
  return writeZip([...entries, { name: "xl/metadata.xml", data: Buffer.from(METADATA) }]);
}

/** E1:F8 as Excel 365 saved `SI.CBA(…,"table")`'s spill: an array formula and its old values. */
async function excel365File(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad1");
  ws.getRow(1).values = [100, 0, 0];
  ws.getRow(2).values = [0, 60, 60];
  const text = 'SI.CBA(A1:C1,A2:C2,0.035,"table")';
  ws.getCell("E1").value = formula(text, { shareType: "array", ref: "E1:F8", result: "old" });
  for (let row = 1; row <= 8; row++) {
    if (row > 1) ws.getCell(row, 5).value = `old ${row}`;
    ws.getCell(row, 6).value = row;
  }
  return asDynamicArray(await bytesOf(wb), "E1");
}

describe("a dynamic-array formula saved by Excel 365", () => {
  it("is an array formula to both readings, whose range is not input", async () => {
    const bytes = await excel365File();
    expect(part(bytes, "xl/worksheets/sheet1.xml")).toMatch(
      /<c r="E1" cm="1"[^>]*><f t="array" ref="E1:F8">/
    );
    const direct = loadXlsxDirect(bytes)!.input;
    const loaded = await loadXlsx(bytes);
    const viaExcelJS = readWorkbook(loaded.workbook, loaded.definedNames);
    for (const input of [direct, viaExcelJS]) {
      expect(input.formulas[0]).toMatchObject({
        row: 1,
        col: 5,
        array: { top: 1, left: 5, bottom: 8, right: 6 },
      });
      expect(input.sheets.Blad1[1][4]).toBeNull(); // E2: an old value of the spill
      expect(input.sheets.Blad1[7][5]).toBeNull(); // F8
    }
  });

  it("keeps cm and its range through two recalculations, without #SPILL!", async () => {
    const first = await recalcFile(await excel365File(), "dynamic");
    const second = await recalcFile(first.out, "dynamic-again");
    for (const { out, sheets, stderr } of [first, second]) {
      expect(sheets[0].errors).toEqual([]);
      expect(stderr).toBe("");
      const xml = part(out, "xl/worksheets/sheet1.xml");
      expect(xml).toMatch(/<c r="E1" cm="1"[^>]*><f t="array" ref="E1:F8">/);
      expect(part(out, "xl/metadata.xml")).toBe(METADATA);
    }
    const copy = (await readXlsx(dir.path("dynamic-again-ut.xlsx"))).getWorksheet("Blad1")!;
    expect(result(copy, "E1")).toBe("Net present value (SEK)");
    expectClose(copy.getCell("F1").value as number, PV60 - 100);
  });

  it("also through ExcelJS's reading, patched into the file", async () => {
    let bytes = await excel365File();
    for (let pass = 0; pass < 2; pass++) {
      const loaded = await loadXlsx(bytes);
      const { sheets, writes } = recalcWorkbook(loaded.workbook, {
        definedNames: loaded.definedNames,
      });
      expect(sheets[0].errors).toEqual([]);
      bytes = patchXlsx(bytes, writes, false);
      expect(part(bytes, "xl/worksheets/sheet1.xml")).toMatch(
        /<c r="E1" cm="1"[^>]*><f t="array" ref="E1:F8">/
      );
    }
  });
});
