/**
 * An .xlsx file → the playground's `WorkbookSnapshot`, in the browser: ExcelJS (its browser
 * build) reads cells, looks, merges, sizes, tables and validations; the package's own parts give
 * what ExcelJS loses (defined names that are not plain ranges, header rows Excel leaves implicit).
 * Formulas are read the way the headless engine reads them (src/engine/workbook.ts's
 * `readWorkbook`: shared formulas moved to each cell, array ranges known) and shown in Excel's
 * spelling: `=SI.CBA(…)`, not the file's `_xldudf_SI_CBA(…)`.
 */
import type * as ExcelJS from "exceljs";
import { exceljsTableModels, exceljsTables } from "../../engine/tables";
import { engineFormula } from "../../engine/formula";
import {
  excelSerial,
  readWorkbook,
  type DefinedName,
  type FormulaCell,
  type XlsxValue,
} from "../../engine/workbook";
import {
  XlsxError,
  fileTables,
  forExcelJsParts,
  loadIntoExcelJs,
  parseFileNames,
  type FileName,
} from "../../engine/xlsx-parts";
import type {
  CellInput,
  CellValue,
  ConditionalFormatInfo,
  NameInfo,
  SheetSnapshot,
  TableInfo,
  ValidationInfo,
  WorkbookSnapshot,
} from "../model";
import { areaOf, rectangles, tableHere } from "./areas";
import { thisRowForDisplay } from "../../engine/structured";
import { loadExcelJs } from "./exceljs";
import { formatOf, widthToPoints } from "./looks";
import { partsOf, repack, unpack } from "./package";
import { conditionalFormatOf, validationOf } from "./rules";

/** A file the playground cannot open; the message says why, in one line. */
export { XlsxError as XlsxReadError };

// ExcelJS's ValueType numbers (its enum is not available from a type-only import).
const MERGE = 1;
const FORMULA = 6;

function textOf(v: unknown): string {
  if (v && typeof v === "object" && "richText" in v)
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  if (v && typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  return String(v);
}

/** A constant cell's value as the model's input. */
function constantInput(v: unknown, date1904: boolean): CellInput {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Date) return excelSerial(v, date1904);
  if (typeof v === "object" && "error" in v) return String((v as { error: unknown }).error);
  return textOf(v);
}

function cachedValue(v: XlsxValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return excelSerial(v, date1904);
  if (typeof v === "object") return { error: String((v as { error: unknown }).error) };
  return v;
}

const key = (row: number, col: number): string => `${row},${col}`;

function inArrayRange(f: FormulaCell, row: number, col: number): boolean {
  const a = f.array;
  return (
    !!a &&
    row >= a.top &&
    row <= a.bottom &&
    col >= a.left &&
    col <= a.right &&
    !(row === f.row && col === f.col)
  );
}

interface SheetContext {
  ws: ExcelJS.Worksheet;
  formulas: FormulaCell[];
  date1904: boolean;
}

function readCells(ctx: SheetContext, out: SheetSnapshot): void {
  const formulas = new Map(ctx.formulas.map((f) => [key(f.row, f.col), f]));
  const arrays = ctx.formulas.filter((f) => f.array);
  ctx.ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const [r, c] = [Number(cell.row), Number(cell.col)];
      const at = { row: r - 1, col: c - 1 };
      const f = formulas.get(key(r, c));
      const covered = arrays.some((a) => inArrayRange(a, r, c));
      if (f) {
        const formula = engineFormula(f.text);
        out.cells.push({
          ...at,
          input: `=${thisRowForDisplay(formula, tableHere(out.tables, at.row, at.col))}`,
        });
        if (f.unsupported)
          (out.cachedValues ??= []).push({ ...at, value: cachedValue(f.cached, ctx.date1904) });
      } else if (Number(cell.type) !== MERGE && Number(cell.type) !== FORMULA && !covered) {
        const input = constantInput(cell.value, ctx.date1904);
        if (input !== null && input !== "") out.cells.push({ ...at, input });
      }
      if (cell.numFmt && cell.numFmt !== "General")
        out.numberFormats.push({ ...at, format: cell.numFmt });
      const format = formatOf(cell.style ?? {});
      if (format) out.formats.push({ ...at, format });
    });
  });
}

function readSizes(ws: ExcelJS.Worksheet, out: SheetSnapshot): void {
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined)
      out.columnWidths.push({ col: i, width: widthToPoints(column.width) });
  });
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined)
      out.rowHeights.push({ row: Number(row.number) - 1, height: row.height });
  });
}

/** ExcelJS keeps one validation object per `<dataValidation>`, repeated for each of its cells. */
function readValidations(ws: ExcelJS.Worksheet): Omit<ValidationInfo, "sheetId">[] {
  const model = (
    ws as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
    }
  ).dataValidations.model;
  const groups = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const a = areaOf(address);
    groups.set(dv, [...(groups.get(dv) ?? []), { row: a.top, col: a.left }]);
  }
  return [...groups]
    .flatMap(([dv, cells]) => rectangles(cells).map((area) => ({ area, ...validationOf(dv) })))
    .sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
}

function readConditionalFormats(ws: ExcelJS.Worksheet): Omit<ConditionalFormatInfo, "sheetId">[] {
  const list =
    (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? [];
  return list.flatMap((cf) =>
    cf.ref.split(/\s+/).flatMap((ref) =>
      cf.rules.flatMap((rule) => {
        const info = conditionalFormatOf(rule);
        return info ? [{ area: areaOf(ref), ...info }] : [];
      })
    )
  );
}

function tableStyles(ws: ExcelJS.Worksheet): Map<string, string> {
  const styles = new Map<string, string>();
  for (const t of exceljsTableModels(ws)) {
    const name = t.displayName ?? t.name;
    if (name && t.style?.theme) styles.set(name, t.style.theme);
  }
  return styles;
}

function readTables(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): SheetSnapshot["tables"] {
  const styles = tableStyles(ws);
  return exceljsTables(workbook)
    .filter((t) => t.sheet === ws.name)
    .map((t): Omit<TableInfo, "id" | "sheetId"> => ({
      name: t.name,
      area: areaOf(t.ref),
      showHeaders: t.headerRows > 0,
      showTotals: t.totalsRows > 0,
      ...(styles.has(t.name) ? { style: styles.get(t.name) } : {}),
    }));
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

function readSheet(
  workbook: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  formulas: FormulaCell[]
): SheetSnapshot {
  const date1904 = !!workbook.properties?.date1904;
  const tab = ws.properties?.tabColor as Partial<ExcelJS.Color> | undefined;
  const out: SheetSnapshot = {
    name: ws.name,
    visibility: VISIBILITY[ws.state] ?? "Visible",
    protected: !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection
      ?.sheet,
    ...(tab?.argb ? { tabColor: `#${tab.argb.slice(2).toUpperCase()}` } : {}),
    cells: [],
    numberFormats: [],
    formats: [],
    merges: (ws.model.merges ?? []).map(areaOf),
    columnWidths: [],
    rowHeights: [],
    tables: readTables(workbook, ws),
    validations: readValidations(ws),
    conditionalFormats: readConditionalFormats(ws),
    // ExcelJS does not read charts.
    charts: [],
  };
  readCells({ ws, formulas: formulas.filter((f) => f.sheet === ws.name), date1904 }, out);
  readSizes(ws, out);
  return out;
}

/**
 * Workbook-level names, as the model keeps them. Names scoped to one sheet, and Excel's own
 * (`_xlnm.Print_Area` …), have no place in the model and are left out.
 */
export function workbookNames(
  names: readonly (DefinedName & Partial<Pick<FileName, "hidden" | "comment">>)[]
): NameInfo[] {
  return names
    .filter((n) => n.sheet === undefined && !n.name.startsWith("_xlnm."))
    .map((n) => ({
      name: n.name,
      formula: `=${n.text.replace(/^=/, "")}`,
      ...(n.comment ? { comment: n.comment } : {}),
      ...(n.hidden ? { visible: false } : {}),
    }));
}

export async function xlsxToSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const unzipped = unpack(bytes);
  const parts = partsOf(unzipped);
  const names = parseFileNames(parts.text("xl/workbook.xml") ?? "");
  const ExcelJs = await loadExcelJs();
  const workbook = new ExcelJs.Workbook();
  const forExcelJs = repack(bytes, unzipped, forExcelJsParts(parts));
  await loadIntoExcelJs(workbook, forExcelJs, fileTables(parts));
  const { formulas } = readWorkbook(workbook, names);
  return {
    sheets: workbook.worksheets.map((ws) => readSheet(workbook, ws, formulas)),
    names: workbookNames(names),
    settings: {},
  };
}
