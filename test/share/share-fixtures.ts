/**
 * Workbooks for the share copy's tests, built with ExcelJS and then given, as Excel writes them,
 * what ExcelJS does not write: a calculation chain, a sheet-scoped defined name and the dynamic-
 * array flag (`cm`). Every SI cell carries a cached result, as in a workbook Excel has calculated.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { formula } from "../engine/xlsx-helpers";

/** A part of an xlsx as text. */
export function partText(bytes: Uint8Array, name: string): string | undefined {
  const files = unzipSync(bytes);
  return files[name] ? strFromU8(files[name]) : undefined;
}

/** The xlsx with some parts' text changed (or added), every other part as it was. */
export function withParts(
  bytes: Uint8Array,
  edit: Record<string, (before: string | undefined) => string | undefined>
): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const after = edit[name] ? edit[name](strFromU8(data)) : undefined;
    if (edit[name] && after === undefined) continue;
    out[name] = after === undefined ? data : strToU8(after);
  }
  for (const [name, make] of Object.entries(edit)) {
    if (files[name]) continue;
    const text = make(undefined);
    if (text !== undefined) out[name] = strToU8(text);
  }
  return zipSync(out);
}

/** The cached results of the SI cells of the Kalkyl sheet, worked out by hand for the test. */
export const KALKYL_SI = {
  B1: 13.98165651473781,
  B2: "Hög",
  B3: { error: "#DIV/0!" },
  B5: true,
  C1: 110,
  C2: 220,
  C3: 330,
  E1: "Nettonuvärde",
} as const;

export const CBA = '_xldudf_SI_CBA(Indata!A1:A3,Indata!B1:B3,0.035,"npv")';

/**
 * Two sheets. Indata holds numbers; Kalkyl holds, by cell:
 * - B1 SI (number), B2 SI (text), B3 SI (error), B5 a native IF around an SI call (boolean);
 * - B4 native SUM, B6 native text that only spells an SI call inside a string literal;
 * - C1:C3 a shared SI formula (master C1), D1:D3 a shared native formula (master D1);
 * - E1:E3 an SI array formula (a spill, flagged dynamic with cm="1"), F1 a native array formula.
 * A sheet-scoped name on each sheet, a print area on Kalkyl, a calculation chain, Kalkyl active.
 * SI formulas replaced in the copy, counted by hand: B1 B2 B3 B5 C1 C2 C3 E1 = 8.
 */
export async function kalkylWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const indata = wb.addWorksheet("Indata");
  indata.getCell("A1").value = 100;
  indata.getCell("A2").value = 0;
  indata.getCell("A3").value = 0;
  indata.getCell("B1").value = 0;
  indata.getCell("B2").value = 60;
  indata.getCell("B3").value = 60;
  // ExcelJS writes tabSelected, which its typings lack.
  const selected = { state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView;
  const ws = wb.addWorksheet("Kalkyl", { views: [selected] });
  ws.getCell("A1").value = 1;
  ws.getCell("A2").value = 2;
  ws.getCell("A3").value = 3;
  ws.getCell("B1").value = formula(CBA, { result: KALKYL_SI.B1 });
  ws.getCell("B2").value = formula('_xldudf_SI_RISKLEVEL(3,4,"sv")', { result: KALKYL_SI.B2 });
  ws.getCell("B3").value = formula('_xldudf_SI_EFFECT(0,1,0,0,"relative")', {
    result: KALKYL_SI.B3,
  });
  ws.getCell("B4").value = formula("SUM(Indata!A1:A3)", { result: 100 });
  ws.getCell("B5").value = formula(`IF(${CBA}>0,TRUE,FALSE)`, { result: true });
  ws.getCell("B6").value = formula('"_xldudf_SI_CBA("&"x"', { result: "_xldudf_SI_CBA(x" });
  ws.getCell("C1").value = formula("_xldudf_SI_UPRATE(A1*110,2023,2023)", {
    result: KALKYL_SI.C1,
    shareType: "shared",
    ref: "C1:C3",
  });
  ws.getCell("C2").value = { sharedFormula: "C1", result: KALKYL_SI.C2 } as ExcelJS.CellValue;
  ws.getCell("C3").value = { sharedFormula: "C1", result: KALKYL_SI.C3 } as ExcelJS.CellValue;
  ws.getCell("D1").value = formula("A1*2", { result: 2, shareType: "shared", ref: "D1:D3" });
  ws.getCell("D2").value = { sharedFormula: "D1", result: 4 } as ExcelJS.CellValue;
  ws.getCell("D3").value = { sharedFormula: "D1", result: 6 } as ExcelJS.CellValue;
  ws.getCell("E1").value = formula(`${CBA.slice(0, -6)}"table")`, {
    result: KALKYL_SI.E1,
    shareType: "array",
    ref: "E1:E3",
  });
  ws.getCell("E2").value = "Nyttokostnadskvot";
  ws.getCell("E3").value = 1.139816565147378;
  ws.getCell("F1").value = formula("SUM(A1:A3*2)", { result: 12, shareType: "array", ref: "F1" });
  ws.pageSetup.printArea = "A1:F3";
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 1, activeTab: 1, visibility: "visible" },
  ];
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  return withParts(written, {
    "xl/workbook.xml": (xml) =>
      xml!.replace(
        "</definedNames>",
        '<definedName name="Lokal" localSheetId="0">Indata!$A$1</definedName>' +
          '<definedName name="Kurs" localSheetId="1">Kalkyl!$A$2</definedName></definedNames>'
      ),
    "xl/worksheets/sheet2.xml": (xml) => xml!.replace(/<c r="E1"/, '<c r="E1" cm="1"'),
    "xl/calcChain.xml": () =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<c r="B1" i="2"/><c r="B2"/><c r="B3"/><c r="B4"/><c r="B5"/><c r="B6"/><c r="C1"/>' +
      '<c r="C2"/><c r="C3"/><c r="D1"/><c r="D2"/><c r="D3"/><c r="E1" a="1"/><c r="F1" a="1"/></calcChain>',
    "[Content_Types].xml": (xml) =>
      xml!.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
      ),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml!.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
      ),
  });
}
