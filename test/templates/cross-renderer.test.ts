/**
 * The two renderers draw the same sheets: every template, in both languages, drawn through the
 * Office.js renderer (recording mock) and through the ExcelJS renderer (read back from the file
 * `si-kalkyl template` writes) gives the same cells, formulas, formats, looks, merges, tables,
 * validations, conditional formats, names, widths and page orientation.
 */
import { loadXlsx } from "../../src/engine/xlsx-file";
import { insertTemplates } from "../../src/templates/render-office";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { templateWorkbook } from "../../src/cli/template";
import { parseArea } from "../../src/engine/workbook";
import { cellRef } from "../../src/templates/refs";
import { bufferIo } from "../engine/xlsx-helpers";
import type { DrawnSheet } from "./drawn";
import { drawnFromMock } from "./office-drawn";
import { OfficeMock, installOffice } from "./office-mock";
import { drawnFromWorkbook } from "./xlsx-drawn";

jest.setTimeout(60_000);

/** Ranges as sets of cells, lists sorted: the two hosts group validations and names differently. */
function comparable(sheet: DrawnSheet) {
  const cellsOf = (ref: string) => {
    const a = parseArea(ref);
    const out: string[] = [];
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) out.push(cellRef(r, c));
    return out;
  };
  const widths = [...sheet.widths];
  // Columns after the last one a template sets keep Excel's default on both sides.
  while (widths.length && Math.abs(widths[widths.length - 1] - 9.1) < 0.2) widths.pop();
  return {
    ...sheet,
    widths,
    validations: sheet.validations
      .flatMap((v) => cellsOf(v.ref).map((at) => `${at} ${v.list.join("|")} ${v.allowOther}`))
      .sort(),
    conditionalFormats: sheet.conditionalFormats
      .flatMap((c) => cellsOf(c.ref).map((at) => `${c.ref}@${at} ${c.formula} ${c.fill}`))
      .sort(),
    names: sheet.names.map((n) => `${n.name} ${n.ref.replace(/^'?(.*?)'?!/, "$1!")}`).sort(),
    tables: [...sheet.tables].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe.each(["sv", "en"] as const)("Office.js and ExcelJS draw the same sheets (%s)", (lang) => {
  let office: DrawnSheet[];
  let file: DrawnSheet[];
  beforeAll(async () => {
    const mock = new OfficeMock();
    const restore = installOffice(mock);
    try {
      await insertTemplates(mock.context, TEMPLATE_IDS, { lang });
    } finally {
      restore();
    }
    office = drawnFromMock(mock);
    const { bytes } = await templateWorkbook(TEMPLATE_IDS, { lang, example: true }, bufferIo());
    file = drawnFromWorkbook((await loadXlsx(bytes)).workbook);
  });

  it("draws the same sheets in the same order, each element kind present", () => {
    expect(file.map((s) => s.name)).toEqual(office.map((s) => s.name));
    // Not a comparison of two empty drawings.
    const count = (f: (s: DrawnSheet) => number) => office.reduce((n, s) => n + f(s), 0);
    expect(count((s) => Object.values(s.cells).filter((c) => c.formula).length)).toBeGreaterThan(
      100
    );
    expect(count((s) => s.tables.length)).toBe(6);
    expect(count((s) => s.validations.length)).toBeGreaterThan(5);
    expect(count((s) => s.conditionalFormats.length)).toBeGreaterThan(5);
    expect(count((s) => s.names.length)).toBeGreaterThan(8);
    expect(count((s) => s.merges.length)).toBeGreaterThan(7);
  });

  it.each(TEMPLATE_IDS.map((id, i) => [id, i]))("%s: the same drawing", (_, i) => {
    expect(comparable(file[i as number])).toEqual(comparable(office[i as number]));
  });
});
