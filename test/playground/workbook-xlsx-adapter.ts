/**
 * Test-only: an xlsx (as `si-kalkyl template` writes it) read into a WorkbookSnapshot for the
 * playground model — inputs as the file holds them (formulas in Excel's spelling, constants),
 * tables and workbook names — and the values the headless engine cached in it, to compare with.
 */
import type ExcelJS from "exceljs";
import { exceljsTables } from "../../src/engine/tables";
import { DefinedName, parseArea, readWorkbook } from "../../src/engine/workbook";
import type {
  CellInput,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/playground/model";
import { uiFormula } from "../../src/templates/file-formula";

export interface Expected {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** A cell of a spill, not the formula's own. */
  spilled: boolean;
}

/** The cells of each array formula's range other than its anchor (1-based "row:col"). */
function spillCells(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { shareType?: string; ref?: string } | null;
      if (!v || typeof v !== "object" || v.shareType !== "array" || !v.ref) return;
      const a = parseArea(v.ref);
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++)
          if (r !== a.top || c !== a.left) out.add(`${r}:${c}`);
    })
  );
  return out;
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
    const spilled = spillCells(ws);
    const formulas = new Map(
      input.formulas.filter((f) => f.sheet === ws.name).map((f) => [`${f.row}:${f.col}`, f])
    );
    const cells: SheetSnapshot["cells"] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const [r, c] = [Number(cell.row), Number(cell.col)];
        const key = `${r}:${c}`;
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const f = formulas.get(key);
        if (f) {
          cells.push({ row: r - 1, col: c - 1, input: uiFormula(f.text) });
          expected.push({
            sheet: ws.name,
            row: r - 1,
            col: c - 1,
            value: fileValue(f.cached),
            spilled: false,
          });
        } else if (spilled.has(key)) {
          expected.push({
            sheet: ws.name,
            row: r - 1,
            col: c - 1,
            value: fileValue(cell.value),
            spilled: true,
          });
        } else {
          const v = fileValue(cell.value);
          if (v !== null && typeof v !== "object")
            cells.push({ row: r - 1, col: c - 1, input: v as CellInput });
        }
      })
    );
    return {
      name: ws.name,
      cells,
      numberFormats: [],
      formats: [],
      merges: [],
      columnWidths: [],
      rowHeights: [],
      tables: tables
        .filter((t) => t.sheet === ws.name)
        .map((t) => {
          const a = parseArea(t.ref);
          return {
            name: t.name,
            area: { top: a.top - 1, left: a.left - 1, bottom: a.bottom - 1, right: a.right - 1 },
            showHeaders: t.headerRows > 0,
            showTotals: t.totalsRows > 0,
          };
        }),
      validations: [],
      conditionalFormats: [],
      charts: [],
    };
  });
  const workbookNames = names
    .filter((n) => n.sheet === undefined && !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, formula: `=${n.text.replace(/^=/, "")}` }));
  return { snapshot: { sheets, names: workbookNames, settings: {} }, expected };
}
