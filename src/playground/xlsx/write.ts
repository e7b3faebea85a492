/**
 * The playground's `WorkbookSnapshot` → .xlsx bytes, in the browser with ExcelJS. Formulas are
 * written as Excel stores them (src/templates/file-formula.ts: `SI.CBA(` becomes
 * `_xldudf_SI_CBA(`, the only spelling Excel takes for the add-in's functions), with the values
 * the page computed as cached results when it passes them, so that a viewer, the Dela view's
 * values-only copy and `si-kalkyl recalc` see numbers. A formula that spills is written as an
 * array formula over its spill, its other cells as values, as the engine's own writer does. The
 * file is then finished as `si-kalkyl template` finishes its own (src/templates/
 * xlsx-finish-parts.ts): spills flagged as dynamic arrays (not legacy `{=…}` arrays), and each
 * table's calculated columns named in its table part.
 */
import type * as ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { keepDefinedNames } from "../../engine/xlsx-parts";
import { thisRowForFile } from "../../engine/structured";
import { fileFormula } from "../../templates/file-formula";
import { finishedParts, type CalculatedColumns } from "../../templates/xlsx-finish-parts";
import type { Area, CellInput, CellValue, SheetSnapshot, WorkbookSnapshot } from "../model";
import { isFormula } from "../workbook/engine-cells";
import { uniqueHeaders } from "../workbook/naming";
import { bodyRows, calculatedFormulas, headerText } from "../workbook/tables";
import { refOf, tableHere } from "./areas";
import { loadExcelJs } from "./exceljs";
import { pointsToWidth, styleOf } from "./looks";
import { partsOf, repack } from "./package";
import { exceljsConditionalRule, exceljsValidation } from "./rules";

/** What the page knows of a cell beyond its input: its computed value, and whether a spill filled it. */
export interface ComputedCell {
  value: CellValue;
  spilled?: boolean;
}

export interface WriteOptions {
  /** The computed cell at a sheet's (0-based) row and column, to be written as cached results. */
  cellAt?: (sheet: string, row: number, col: number) => ComputedCell | undefined;
}

type ExcelJsValue = ExcelJS.CellValue;

function resultOf(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object") return { error: value.error };
  return value;
}

/** The spill a formula at (row, col) fills: the run of spilled cells right of it and below it. */
function spillOf(
  at: (row: number, col: number) => ComputedCell | undefined,
  row: number,
  col: number
): Area {
  let right = col;
  while (at(row, right + 1)?.spilled) right++;
  let bottom = row;
  while (at(bottom + 1, col)?.spilled) bottom++;
  return { top: row, left: col, bottom, right };
}

interface SheetWriter {
  ws: ExcelJS.Worksheet;
  sheet: SheetSnapshot;
  at: (row: number, col: number) => ComputedCell | undefined;
  cached: Map<string, CellValue>;
  /** The calculated columns of the tables written so far, for the finishing. */
  calculated: CalculatedColumns;
}

const key = (row: number, col: number): string => `${row},${col}`;

/** A cell's value for ExcelJS: a constant, or a formula with its result (and array range). */
function cellValue(w: SheetWriter, row: number, col: number, input: CellInput): ExcelJsValue {
  if (!isFormula(input)) return input as ExcelJsValue;
  const computed = w.at(row, col);
  const result = resultOf(computed ? computed.value : w.cached.get(key(row, col)));
  const formula = fileFormula(thisRowForFile(input, tableHere(w.sheet.tables, row, col)));
  const spill = computed ? spillOf(w.at, row, col) : undefined;
  if (spill && (spill.bottom > row || spill.right > col)) {
    return { formula, shareType: "array", ref: refOf(spill), result } as unknown as ExcelJsValue;
  }
  return { formula, ...(result === undefined ? {} : { result }) } as ExcelJsValue;
}

function writeSpills(w: SheetWriter, inputs: Map<string, CellInput>): void {
  for (const { row, col, input } of w.sheet.cells) {
    if (!isFormula(input) || !w.at(row, col)) continue;
    const spill = spillOf(w.at, row, col);
    for (let r = spill.top; r <= spill.bottom; r++) {
      for (let c = spill.left; c <= spill.right; c++) {
        if ((r === row && c === col) || inputs.has(key(r, c))) continue;
        const result = resultOf(w.at(r, c)?.value);
        if (result !== undefined) w.ws.getCell(r + 1, c + 1).value = result as ExcelJsValue;
      }
    }
  }
}

/** The column names ExcelJS is given: the header row's texts, as Excel makes headers of them. */
function headerNames(inputs: Map<string, CellInput>, t: SheetSnapshot["tables"][number]): string[] {
  const texts: string[] = [];
  for (let col = t.area.left; col <= t.area.right; col++)
    texts.push(t.showHeaders ? headerText(inputs.get(key(t.area.top, col))) : "");
  // Without a header row the columns get Excel's English "Column1"…: a snapshot has no language.
  return uniqueHeaders(texts, "en");
}

/** The table's calculated columns by header, in the file's spelling. */
function calculatedColumns(
  inputs: Map<string, CellInput>,
  t: SheetSnapshot["tables"][number],
  headers: readonly string[]
): Map<string, string> {
  const formulas = calculatedFormulas(t, (row, col) => inputs.get(key(row, col)) ?? null);
  const columns = new Map<string, string>();
  formulas.forEach((f, j) => {
    if (f !== undefined) columns.set(headers[j], fileFormula(thisRowForFile(f, t.name)));
  });
  return columns;
}

function writeTables(w: SheetWriter, inputs: Map<string, CellInput>): void {
  for (const t of w.sheet.tables) {
    const body = bodyRows(t);
    const rows: ExcelJsValue[][] = [];
    for (let row = body.top; row <= Math.max(body.top, body.bottom); row++) {
      const values: ExcelJsValue[] = [];
      for (let col = t.area.left; col <= t.area.right; col++)
        values.push(cellValue(w, row, col, inputs.get(key(row, col)) ?? null));
      rows.push(values);
    }
    const headers = headerNames(inputs, t);
    w.ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: refOf({ ...t.area, bottom: t.area.top, right: t.area.left }),
      headerRow: t.showHeaders,
      totalsRow: t.showTotals,
      style: {
        theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: headers.map((name) => ({ name, filterButton: t.showHeaders })),
      rows,
    });
    const calculated = calculatedColumns(inputs, t, headers);
    if (calculated.size) w.calculated.set(t.name.toLowerCase(), calculated);
  }
}

function writeLooks(w: SheetWriter): void {
  for (const { row, col, format } of w.sheet.numberFormats)
    w.ws.getCell(row + 1, col + 1).numFmt = format;
  for (const { row, col, format } of w.sheet.formats) {
    const cell = w.ws.getCell(row + 1, col + 1);
    const style = styleOf(format);
    if (style.fill) cell.fill = style.fill;
    if (style.font) cell.font = style.font;
    if (style.alignment) cell.alignment = style.alignment;
    if (style.protection) cell.protection = style.protection;
  }
  for (const { col, width } of w.sheet.columnWidths)
    w.ws.getColumn(col + 1).width = pointsToWidth(width);
  for (const { row, height } of w.sheet.rowHeights) w.ws.getRow(row + 1).height = height;
  for (const m of w.sheet.merges) w.ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** ExcelJS keeps validations per cell (and joins equal neighbours when it writes). */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function writeRules(w: SheetWriter): void {
  const validations = (w.ws as unknown as WithValidations).dataValidations;
  for (const v of w.sheet.validations) {
    const dv = exceljsValidation({ ...v, sheetId: "" });
    if (!dv) continue;
    for (let row = v.area.top; row <= v.area.bottom; row++)
      for (let col = v.area.left; col <= v.area.right; col++)
        validations.add(w.ws.getCell(row + 1, col + 1).address, dv);
  }
  w.sheet.conditionalFormats.forEach((c, i) => {
    const rule = exceljsConditionalRule(c, i + 1, fileFormula);
    if (rule) w.ws.addConditionalFormatting({ ref: refOf(c.area), rules: [rule] });
  });
}

const STATES: Record<NonNullable<SheetSnapshot["visibility"]>, ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

async function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSnapshot,
  options: WriteOptions,
  calculated: CalculatedColumns
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: STATES[sheet.visibility ?? "Visible"],
    ...(sheet.tabColor
      ? { properties: { tabColor: { argb: `FF${sheet.tabColor.replace("#", "")}` } } }
      : {}),
  });
  const w: SheetWriter = {
    ws,
    sheet,
    at: (row, col) => options.cellAt?.(sheet.name, row, col),
    cached: new Map((sheet.cachedValues ?? []).map((c) => [key(c.row, c.col), c.value])),
    calculated,
  };
  const inputs = new Map(sheet.cells.map((c) => [key(c.row, c.col), c.input]));
  writeTables(w, inputs);
  for (const { row, col, input } of sheet.cells)
    ws.getCell(row + 1, col + 1).value = cellValue(w, row, col, input);
  writeSpills(w, inputs);
  writeLooks(w);
  writeRules(w);
  // No password: the playground's protection is a switch, as Excel's is without one.
  if (sheet.protected) await ws.protect("", {});
}

export async function snapshotToXlsx(
  snapshot: WorkbookSnapshot,
  options: WriteOptions = {}
): Promise<Uint8Array> {
  const ExcelJs = await loadExcelJs();
  const wb = new ExcelJs.Workbook();
  const calculated: CalculatedColumns = new Map();
  for (const sheet of snapshot.sheets) await writeSheet(wb, sheet, options, calculated);
  // Names as the model has them: ExcelJS alone would drop a constant such as "=0,035".
  keepDefinedNames(
    wb,
    snapshot.names.map((n) => ({ name: n.name, text: fileFormula(n.formula) }))
  );
  // Excel recalculates on opening; the cached results are for everything else.
  wb.calcProperties.fullCalcOnLoad = true;
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  const parts = unzipSync(written);
  return repack(written, parts, finishedParts(partsOf(parts), calculated));
}
