/**
 * Test-only: an xlsx (as `si-kalkyl template` writes it) read into a WorkbookSnapshot for the
 * playground model — inputs as the file holds them (formulas in Excel's spelling, constants),
 * tables and workbook names — and the values the headless engine cached in it, to compare with.
 */
import type ExcelJS from "exceljs";
import { exceljsTables } from "../../src/engine/tables";
import { DefinedName, readWorkbook } from "../../src/engine/workbook";
import type {
  CellInput,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/playground/model";
import { emptySheet } from "../../src/playground/ui/workbook-files";
import { areaOf } from "../../src/playground/xlsx/areas";
import { workbookNames } from "../../src/playground/xlsx/read";
import { uiFormula } from "../../src/templates/file-formula";
import { spills } from "../templates/xlsx-drawn";

export interface Expected {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** A cell of a spill, not the formula's own. */
  spilled: boolean;
}

function fileValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && "error" in v)
    return { error: String((v as { error: unknown }).error) };
  if (typeof v === "object" && "richText" in v)
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  return v as CellValue;
}

export function snapshotFromXlsx(
  wb: ExcelJS.Workbook,
  names: readonly DefinedName[]
): { snapshot: WorkbookSnapshot; expected: Expected[] } {
  const input = readWorkbook(wb, [...names]);
  const tables = exceljsTables(wb);
  const expected: Expected[] = [];
  const sheets: SheetSnapshot[] = wb.worksheets.map((ws) => {
    const spilled = spills(ws);
    const formulas = new Map(
      input.formulas.filter((f) => f.sheet === ws.name).map((f) => [`${f.row}:${f.col}`, f])
    );
    const cells: SheetSnapshot["cells"] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const [r, c] = [Number(cell.row), Number(cell.col)];
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const at = { row: r - 1, col: c - 1 };
        const f = formulas.get(`${r}:${c}`);
        if (f) {
          cells.push({ ...at, input: uiFormula(f.text) });
          expected.push({ sheet: ws.name, ...at, value: fileValue(f.cached), spilled: false });
        } else if (spilled.has(cell.address)) {
          expected.push({ sheet: ws.name, ...at, value: fileValue(cell.value), spilled: true });
        } else {
          const v = fileValue(cell.value);
          if (v !== null && typeof v !== "object") cells.push({ ...at, input: v as CellInput });
        }
      })
    );
    return emptySheet(ws.name, {
      cells,
      tables: tables
        .filter((t) => t.sheet === ws.name)
        .map((t) => ({
          name: t.name,
          area: areaOf(t.ref),
          showHeaders: t.headerRows > 0,
          showTotals: t.totalsRows > 0,
        })),
    });
  });
  return { snapshot: { sheets, names: workbookNames(names), settings: {} }, expected };
}
