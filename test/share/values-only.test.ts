/**
 * The values-only copy (src/share/values-only.ts) over real xlsx bytes: built with ExcelJS (and
 * the live sheets' own writer), transformed, then read back with ExcelJS and with the project's
 * reader (src/engine/xlsx-file.ts), and the package's XML checked where the readers do not look.
 */
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { templateWorkbook } from "../../src/cli/template";
import { columnLetters } from "../../src/core/cells";
import { loadXlsx, loadXlsxDirect } from "../../src/engine/xlsx-file";
import { shareNoteText } from "../../src/i18n/share";
import {
  ShareFileError,
  valuesOnlyCopy,
  valuesOnlySheet,
  valuesOnlyTable,
  type NoteInput,
} from "../../src/share/values-only";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { bufferIo } from "../engine/xlsx-helpers";
import { KALKYL_SI, kalkylWorkbook, partText, withParts } from "./share-fixtures";

const MADE_AT = new Date(2026, 10, 23, 14, 5, 30);
const NOTE: NoteInput = { lang: "sv", madeAt: MADE_AT, source: "Kalkyl 2026.xlsx" };

async function readExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings want its own Buffer type; Node's is the same thing at run time.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A cell as ExcelJS reads it: its formula (if any) and its value or cached result. */
function cellOf(ws: ExcelJS.Worksheet, ref: string): { formula?: string; value: unknown } {
  return described(ws.getCell(ref));
}

function described(cell: ExcelJS.Cell): { formula?: string; value: unknown } {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const v = cell.value as { result?: unknown };
    return { formula: cell.formula, value: v.result };
  }
  return { value: cell.value };
}

function cellXml(sheetXml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheetXml);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

describe("the values-only copy of a workbook with SI, shared, array and native formulas", () => {
  let input: Uint8Array;
  let before: Uint8Array;
  let copy: ReturnType<typeof valuesOnlyCopy>;

  beforeAll(async () => {
    input = await kalkylWorkbook();
    before = input.slice();
    copy = valuesOnlyCopy(input, NOTE);
  });

  it("counts the SI formulas it replaced (8, counted by hand) and names their sheet", () => {
    expect(copy.replaced).toBe(8);
    expect(copy.pending).toBe(0);
    expect(copy.sheets).toEqual(["Kalkyl"]);
    expect(copy.noteSheet).toBe("Om kopian");
  });

  it("leaves the input bytes as they were", () => {
    expect(Buffer.from(input).equals(Buffer.from(before))).toBe(true);
  });

  it("turns every SI cell into its cached result, read back by ExcelJS", async () => {
    const ws = sheet(await readExcelJs(copy.bytes), "Kalkyl");
    for (const [ref, value] of Object.entries(KALKYL_SI))
      expect([ref, cellOf(ws, ref)]).toEqual([ref, { value }]);
    // The spill's other cells were plain values in the input already.
    expect(cellOf(ws, "E2")).toEqual({ value: "Nyttokostnadskvot" });
    expect(cellOf(ws, "E3")).toEqual({ value: 1.139816565147378 });
  });

  it("keeps the native formulas, shared and array ones included", async () => {
    const ws = sheet(await readExcelJs(copy.bytes), "Kalkyl");
    expect(cellOf(ws, "B4")).toEqual({ formula: "SUM(Indata!A1:A3)", value: 100 });
    expect(cellOf(ws, "B6")).toEqual({
      formula: '"_xldudf_SI_CBA("&"x"',
      value: "_xldudf_SI_CBA(x",
    });
    expect(cellOf(ws, "D1")).toEqual({ formula: "A1*2", value: 2 });
    expect(cellOf(ws, "D2")).toEqual({ formula: "A2*2", value: 4 });
    expect(cellOf(ws, "D3")).toEqual({ formula: "A3*2", value: 6 });
    expect(cellOf(ws, "F1")).toEqual({ formula: "SUM(A1:A3*2)", value: 12 });
    const xml = partText(copy.bytes, "xl/worksheets/sheet2.xml")!;
    expect(cellXml(xml, "D1")).toContain('<f t="shared" ref="D1:D3" si="1">A1*2</f>');
    expect(cellXml(xml, "D2")).toContain('<f t="shared" si="1"/>');
    expect(cellXml(xml, "F1")).toContain('<f t="array" ref="F1">SUM(A1:A3*2)</f>');
  });

  it("writes each value with its type and style, a text as an inline string, without cm", () => {
    const xml = partText(copy.bytes, "xl/worksheets/sheet2.xml")!;
    expect(cellXml(xml, "B1")).toBe('<c r="B1"><v>13.98165651473781</v></c>');
    expect(cellXml(xml, "B2")).toBe(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Hög</t></is></c>'
    );
    expect(cellXml(xml, "B3")).toBe('<c r="B3" t="e"><v>#DIV/0!</v></c>');
    expect(cellXml(xml, "B5")).toBe('<c r="B5" t="b"><v>1</v></c>');
    expect(cellXml(xml, "C2")).toBe('<c r="C2"><v>220</v></c>');
    expect(cellXml(xml, "E1")).toBe(
      '<c r="E1" t="inlineStr"><is><t xml:space="preserve">Nettonuvärde</t></is></c>'
    );
    expect(xml).not.toMatch(/_xldudf_SI_(?!CBA\(x|CBA\(&quot;)/);
  });

  it("puts the note sheet first and active, saying when, from what and how many", async () => {
    const wb = await readExcelJs(copy.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Om kopian", "Indata", "Kalkyl"]);
    const note = sheet(wb, "Om kopian");
    const t = shareNoteText.sv;
    expect(note.getCell("A1").value).toBe(
      "Kopia för läsare utan SI Kalkyl: SI-formlerna är ersatta med sina värden."
    );
    expect(note.getCell("A3").value).toBe("Gjord");
    expect(note.getCell("B3").value).toBe("2026-11-23 14:05");
    expect(note.getCell("A4").value).toBe("Från");
    expect(note.getCell("B4").value).toBe("Kalkyl 2026.xlsx");
    expect(note.getCell("A5").value).toBe(t.replacedLabel);
    expect(note.getCell("B5").value).toBe(8);
    expect(note.getCell("A7").value).toBe(t.staticValues);
    const book = partText(copy.bytes, "xl/workbook.xml")!;
    expect(book).toMatch(/<workbookView [^>]*activeTab="0"/);
    expect(book).not.toMatch(/firstSheet=/);
    expect(book).toMatch(
      /<sheets><sheet name="Om kopian" sheetId="3" r:id="rId\d+"\/><sheet sheetId="1"/
    );
    // Only the note sheet is selected, or Excel would open with two sheets grouped.
    const files = unzipSync(copy.bytes);
    const selected = Object.keys(files).filter((n) =>
      /tabSelected="1"/.test(Buffer.from(files[n]).toString("utf8"))
    );
    expect(selected).toEqual(["xl/worksheets/sheet3.xml"]);
  });

  it("keeps every sheet-scoped name on its sheet, read by the project's reader", async () => {
    const loaded = await loadXlsx(Buffer.from(copy.bytes));
    const scoped = Object.fromEntries(
      loaded.definedNames.filter((n) => n.sheet).map((n) => [n.name, n.sheet])
    );
    expect(scoped).toEqual({ "_xlnm.Print_Area": "Kalkyl", Lokal: "Indata", Kurs: "Kalkyl" });
    const book = partText(copy.bytes, "xl/workbook.xml")!;
    expect(book).toContain('<definedName name="Lokal" localSheetId="1">');
    expect(book).toContain('<definedName name="Kurs" localSheetId="2">');
    // The project's reader reads the cells as ExcelJS does: values where SI was.
    const ws = sheet(loaded.workbook, "Kalkyl");
    expect(cellOf(ws, "B1")).toEqual({ value: KALKYL_SI.B1 });
    expect(cellOf(ws, "C3")).toEqual({ value: KALKYL_SI.C3 });
    expect(cellOf(ws, "D3")).toEqual({ formula: "A3*2", value: 6 });
    expect(sheet(loaded.workbook, "Om kopian").getCell("B5").value).toBe(8);
  });

  it("drops the calculation chain with its content type and relationship", () => {
    const files = unzipSync(copy.bytes);
    expect(files["xl/calcChain.xml"]).toBeUndefined();
    expect(partText(copy.bytes, "[Content_Types].xml")).not.toMatch(/calcChain/);
    expect(partText(copy.bytes, "xl/_rels/workbook.xml.rels")).not.toMatch(/calcChain/);
    expect(partText(input, "xl/_rels/workbook.xml.rels")).toMatch(/calcChain/);
  });

  it("registers the note sheet's part in the content types and the relationships", () => {
    const types = partText(copy.bytes, "[Content_Types].xml")!;
    expect(types).toContain(
      '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    );
    const rels = partText(copy.bytes, "xl/_rels/workbook.xml.rels")!;
    const id = /<sheet name="Om kopian" sheetId="3" r:id="(rId\d+)"/.exec(
      partText(copy.bytes, "xl/workbook.xml")!
    )?.[1];
    expect(rels).toContain(`Id="${id}"`);
    expect(rels).toMatch(
      new RegExp(`Id="${id}" Type="[^"]*/worksheet" Target="worksheets/sheet3.xml"`)
    );
    expect(rels.match(new RegExp(`Id="${id}"`, "g"))).toHaveLength(1);
  });
});

describe("the note sheet", () => {
  it("speaks English, names the workbook when the source is unknown, and says when there is no SI formula", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = {
      formula: "1+1",
      result: 2,
    } as ExcelJS.CellValue;
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const copy = valuesOnlyCopy(input, { lang: "en", madeAt: new Date(2027, 0, 2, 8, 9) });
    expect(copy.replaced).toBe(0);
    expect(copy.sheets).toEqual([]);
    const read = await readExcelJs(copy.bytes);
    expect(read.worksheets.map((w) => w.name)).toEqual(["About this copy", "Sheet1"]);
    const note = sheet(read, "About this copy");
    expect(note.getCell("A1").value).toBe(
      "A copy for readers without SI Kalkyl: the SI formulas are replaced by their values."
    );
    expect(note.getCell("B3").value).toBe("2027-01-02 08:09");
    expect(note.getCell("B4").value).toBe("the workbook");
    expect(note.getCell("B5").value).toBe(0);
    expect(note.getCell("A7").value).toBe(shareNoteText.en.noSiFormulas);
    expect(cellOf(sheet(read, "Sheet1"), "A1")).toEqual({ formula: "1+1", value: 2 });
  });

  it("takes a free name when the workbook already has one (a copy of a copy)", async () => {
    const first = valuesOnlyCopy(await kalkylWorkbook(), NOTE);
    const second = valuesOnlyCopy(first.bytes, { ...NOTE, source: "Kalkyl 2026 (att dela).xlsx" });
    expect(second.noteSheet).toBe("Om kopian (2)");
    expect(second.replaced).toBe(0);
    const wb = await readExcelJs(second.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Om kopian (2)",
      "Om kopian",
      "Indata",
      "Kalkyl",
    ]);
    const loaded = await loadXlsx(Buffer.from(second.bytes));
    expect(loaded.definedNames.find((n) => n.name === "Lokal")?.sheet).toBe("Indata");
    expect(partText(second.bytes, "xl/workbook.xml")).toContain(
      '<definedName name="Lokal" localSheetId="2">'
    );
  });

  it("tells a workbook with macros (.xlsm) from an .xlsx by its content type", async () => {
    const plain = await kalkylWorkbook();
    expect(valuesOnlyCopy(plain, NOTE).extension).toBe("xlsx");
    const macros = withParts(plain, {
      "[Content_Types].xml": (xml) =>
        xml!.replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        ),
    });
    expect(valuesOnlyCopy(macros, NOTE).extension).toBe("xlsm");
  });

  it("counts and notes SI cells that had no finished value", async () => {
    const input = withParts(await kalkylWorkbook(), {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml!
          .replace("<v>13.98165651473781</v>", "")
          .replace('<c r="B3" t="e">', '<c r="B3" t="e" s="0">')
          .replace("<v>#DIV/0!</v>", "<v>#BUSY!</v>"),
    });
    const copy = valuesOnlyCopy(input, NOTE);
    expect(copy.replaced).toBe(8);
    expect(copy.pending).toBe(2);
    const xml = partText(copy.bytes, "xl/worksheets/sheet2.xml")!;
    expect(cellXml(xml, "B1")).toBe('<c r="B1"/>');
    expect(cellXml(xml, "B3")).toBe('<c r="B3" s="0" t="e"><v>#BUSY!</v></c>');
    const note = sheet(await readExcelJs(copy.bytes), "Om kopian");
    expect(note.getCell("A8").value).toBe(shareNoteText.sv.pending(2));
  });
});

describe("one worksheet's XML", () => {
  const main = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

  it("handles a namespace prefix and keeps a shared group whose master is native", () => {
    const xml =
      `<x:worksheet ${main}><x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" s="4" t="str"><x:f>_xldudf_SI_VERSION()</x:f><x:v>0.1.0</x:v></x:c>' +
      '<x:c r="B1"><x:f t="shared" ref="B1:B2" si="0">A1&amp;"x"</x:f><x:v>0.1.0x</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="B2"><x:f t="shared" si="0"/><x:v>x</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    const out = valuesOnlySheet(xml);
    expect(out.replaced).toBe(1);
    expect(out.xml).toContain(
      '<x:c r="A1" s="4" t="inlineStr"><x:is><x:t xml:space="preserve">0.1.0</x:t></x:is></x:c>'
    );
    expect(out.xml).toContain('<x:f t="shared" ref="B1:B2" si="0">A1&amp;"x"</x:f>');
    expect(out.xml).toContain('<x:f t="shared" si="0"/>');
    expect(out.xml).toContain('<x:sheetView workbookViewId="0"/>');
  });

  it("turns every dependant of an SI master into a value, wherever the master stands", () => {
    const xml =
      "<worksheet><sheetData>" +
      '<row r="1"><c r="A1"><f t="shared" si="3"/><v>1</v></c></row>' +
      '<row r="2"><c r="A2"><f t="shared" ref="A1:A3" si="3">_xldudf_SI_RISKSCORE(B2,C2)</f><v>2</v></c></row>' +
      '<row r="3"><c r="A3"><f t="shared" si="3"/><v>3</v></c><c r="B3"><f t="shared" si="4"/><v>9</v></c></row>' +
      "</sheetData></worksheet>";
    const out = valuesOnlySheet(xml);
    expect(out.replaced).toBe(3);
    expect(out.xml).toBe(
      "<worksheet><sheetData>" +
        '<row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="4"/><v>9</v></c></row>' +
        "</sheetData></worksheet>"
    );
  });

  it("knows an SI call from SI text: a string literal, a quoted sheet and another function stay", () => {
    const cells = [
      '<c r="A1"><f>"SI.CBA(1)"</f><v>0</v></c>',
      "<c r=\"A2\"><f>'_xldudf_SI_CBA('!A1</f><v>0</v></c>",
      '<c r="A3"><f>SIN(1)</f><v>0</v></c>',
      '<c r="A4"><f>_xlfn._xldudf_si_effect(1,2)</f><v>1</v></c>',
      '<c r="A5"><f>SI.NEWFUNCTION(1)</f><v>5</v></c>',
    ];
    const out = valuesOnlySheet(
      `<worksheet><sheetData><row r="1">${cells.join("")}</row></sheetData></worksheet>`
    );
    expect(out.replaced).toBe(2);
    expect(out.xml).toContain(cells[0]);
    expect(out.xml).toContain(cells[1]);
    expect(out.xml).toContain(cells[2]);
    expect(out.xml).toContain('<c r="A4"><v>1</v></c><c r="A5"><v>5</v></c>');
  });

  it("drops only the SI calculated-column formulas of a table", () => {
    const table =
      '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A1:C3">' +
      '<tableColumns count="3"><tableColumn id="1" name="A"/>' +
      '<tableColumn id="2" name="B"><calculatedColumnFormula>_xldudf_SI_RISKSCORE(T[[#This Row],[A]],2)</calculatedColumnFormula></tableColumn>' +
      '<tableColumn id="3" name="C"><calculatedColumnFormula>T[[#This Row],[A]]*2</calculatedColumnFormula></tableColumn>' +
      "</tableColumns></table>";
    const out = valuesOnlyTable(table);
    expect(out).toContain('<tableColumn id="2" name="B"></tableColumn>');
    expect(out).toContain(
      "<calculatedColumnFormula>T[[#This Row],[A]]*2</calculatedColumnFormula>"
    );
  });
});

describe("a workbook written with namespace prefixes and without views", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const package_ = zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        "</Types>"
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${RELS}"><x:sheets><x:sheet name="Data" sheetId="7" rel:id="rIdA"/></x:sheets>` +
        '<x:definedNames><x:definedName name="Här" localSheetId="0">Data!$A$1</x:definedName></x:definedNames></x:workbook>'
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdA" Type="${RELS}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1">` +
        '<x:c r="A1"><x:f>_xldudf_SI_RISKSCORE(2,3)</x:f><x:v>6</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    ),
  });

  it("writes the note sheet's entry with the workbook's own prefixes, and a view to open on", () => {
    const copy = valuesOnlyCopy(package_, NOTE);
    expect(copy.replaced).toBe(1);
    const book = partText(copy.bytes, "xl/workbook.xml")!;
    expect(book).toContain(
      '<x:bookViews><x:workbookView activeTab="0"/></x:bookViews><x:sheets><x:sheet name="Om kopian" sheetId="8" rel:id="rId2"/><x:sheet name="Data"'
    );
    expect(book).toContain('<x:definedName name="Här" localSheetId="1">');
    expect(partText(copy.bytes, "xl/_rels/workbook.xml.rels")).toContain(
      `<Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/sheet2.xml"/>`
    );
    expect(partText(copy.bytes, "xl/worksheets/sheet1.xml")).toContain(
      '<x:c r="A1"><x:v>6</x:v></x:c>'
    );
    expect(partText(copy.bytes, "xl/worksheets/sheet2.xml")).toMatch(
      new RegExp(`^<\\?xml[^>]*\\?>\\n<worksheet xmlns="${MAIN}">`)
    );
  });
});

describe("the live sheets, as si-kalkyl template writes them", () => {
  let input: Uint8Array;
  let copy: ReturnType<typeof valuesOnlyCopy>;

  beforeAll(async () => {
    const made = await templateWorkbook(
      [...TEMPLATE_IDS],
      { lang: "sv", example: true },
      bufferIo()
    );
    input = new Uint8Array(made.bytes);
    copy = valuesOnlyCopy(input, NOTE);
  });

  /**
   * Every SI formula cell, by sheet and address, with its cached result, as the engine's direct
   * reader (src/engine/xlsx-read.ts) finds them: a reader independent of the transform's.
   */
  function siFormulas(bytes: Uint8Array): Map<string, unknown> {
    const read = loadXlsxDirect(Buffer.from(bytes));
    if (!read) throw new Error("the direct reader declined the workbook");
    return new Map(
      read.input.formulas
        .filter((f) => f.si)
        .map((f) => [`${f.sheet}!${columnLetters(f.col)}${f.row}`, f.cached])
    );
  }

  it("replaces exactly the SI formula cells, each by its cached result", async () => {
    // The direct reader leaves a workbook with date formats (the risk matrix's) to ExcelJS, which
    // drops a cached 0: these four sheets it reads.
    const ids = ["logikmodell", "kalkyl", "uppskalning", "beslutsunderlag"] as const;
    const made = await templateWorkbook(ids, { lang: "en", example: true }, bufferIo());
    const small = valuesOnlyCopy(new Uint8Array(made.bytes), NOTE);
    const expected = siFormulas(new Uint8Array(made.bytes));
    expect(expected.size).toBeGreaterThan(50);
    expect(small.replaced).toBe(expected.size);
    expect(siFormulas(small.bytes)).toEqual(new Map());
    const loaded = await loadXlsx(Buffer.from(small.bytes));
    for (const [key, value] of expected) {
      const [name, ref] = key.split("!");
      // A plain value now: no formula, the cached result itself.
      expect([key, cellOf(sheet(loaded.workbook, name), ref)]).toEqual([key, { value }]);
    }
  });

  it("leaves no SI call in any sheet or table, and no dynamic-array flag without a formula", () => {
    expect(copy.replaced).toBeGreaterThan(100);
    const files = unzipSync(copy.bytes);
    for (const [name, data] of Object.entries(files)) {
      if (!/^xl\/(worksheets|tables)\//.test(name)) continue;
      const xml = Buffer.from(data).toString("utf8");
      expect([name, /_xldudf_SI_/i.test(xml)]).toEqual([name, false]);
      for (const m of xml.matchAll(/<c\b[^>]*\bcm="1"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g))
        expect(m[1] ?? "").toMatch(/<f\b/);
    }
    // The input had them, so the checks above had something to find.
    expect(partText(input, "xl/worksheets/sheet3.xml")).toMatch(/cm="1"/);
    expect(
      Object.keys(unzipSync(input)).some((n) =>
        /calculatedColumnFormula>_xldudf_SI_/.test(partText(input, n) ?? "")
      )
    ).toBe(true);
  });

  it("keeps the native formulas and the tables", async () => {
    const before = await loadXlsx(Buffer.from(input));
    const after = await loadXlsx(Buffer.from(copy.bytes));
    const native = (wb: ExcelJS.Workbook) =>
      wb.worksheets.flatMap((ws) => {
        const out: string[] = [];
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula && !/_xldudf_SI_/i.test(cell.formula))
              out.push(`${ws.name}!${cell.address}=${cell.formula}`);
          })
        );
        return out;
      });
    expect(native(after.workbook)).toEqual(native(before.workbook));
    expect(native(before.workbook).length).toBeGreaterThan(10);
    const tables = (wb: ExcelJS.Workbook) =>
      wb.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: object }).tables));
    expect(tables(after.workbook)).toEqual(tables(before.workbook));
  });
});

describe("bytes that are not an xlsx workbook", () => {
  it.each<[string, Uint8Array, RegExp]>([
    ["random bytes", strToU8("not a workbook at all"), /not a zip archive/],
    [
      "an encrypted workbook",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /encrypted/,
    ],
    ["a zip of something else", zipSync({ "a.txt": strToU8("a") }), /without a workbook part/],
    [
      "a binary workbook",
      zipSync({
        "_rels/.rels": strToU8(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'
        ),
        "xl/workbook.bin": new Uint8Array([1, 2, 3]),
      }),
      /binary workbook/,
    ],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /damaged/],
  ])("refuses %s with a reason", (_, bytes, reason) => {
    expect(() => valuesOnlyCopy(bytes, NOTE)).toThrow(ShareFileError);
    expect(() => valuesOnlyCopy(bytes, NOTE)).toThrow(reason);
  });
});
