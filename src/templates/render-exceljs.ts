/**
 * The ExcelJS renderer: draws a SheetSpec into an ExcelJS workbook, for the command line. A pure
 * translation of the spec, as src/templates/render-office.ts is for Office.js; what ExcelJS
 * cannot write (calculated table columns, dynamic-array flags) is added to the file afterwards
 * by src/templates/xlsx-finish.ts.
 */
import type {
  Alignment,
  CellValue,
  DataValidation,
  Fill,
  Font,
  Workbook,
  Worksheet,
} from "exceljs";
import { parseArea } from "../engine/workbook";
import { fileFormula } from "./file-formula";
import { cellRef, sheetPrefix } from "./refs";
import { CellSpec, Content, SheetSpec, StyleKey, TableSpec } from "./spec";
import { LOOKS, Look } from "./styles";

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

function font(look: Look): Partial<Font> | undefined {
  if (!look.bold && !look.italic && !look.size && !look.fontColor) return undefined;
  return {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
  };
}

function fill(colour: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(colour) } };
}

/** `spillFrom`: the formula spills from this cell (A1). */
function value(content: Content, spillFrom?: string): CellValue {
  if (content === null || typeof content !== "object") return content;
  const text = fileFormula(content.formula);
  // A formula that spills is an array formula over its own cell; the engine grows the range
  // to the spill when it recalculates, and the file marks it dynamic (xlsx-finish.ts).
  return (
    spillFrom ? { formula: text, shareType: "array", ref: spillFrom } : { formula: text }
  ) as CellValue;
}

function applyLook(ws: Worksheet, row: number, col: number, style?: StyleKey, format?: string) {
  const cell = ws.getCell(row, col);
  if (format) cell.numFmt = format;
  if (!style) return;
  const look = LOOKS[style];
  const f = font(look);
  if (f) cell.font = f;
  if (look.fill) cell.fill = fill(look.fill);
  if (look.wrap) cell.alignment = { wrapText: true, vertical: "top" } as Partial<Alignment>;
}

function drawCell(ws: Worksheet, spec: CellSpec): void {
  const cell = ws.getCell(spec.row, spec.col);
  if (spec.content !== null) {
    cell.value = value(spec.content, spec.spill ? cellRef(spec.row, spec.col) : undefined);
  }
  applyLook(ws, spec.row, spec.col, spec.style, spec.format);
  if (spec.fill) cell.fill = fill(spec.fill);
  if (spec.merge && (spec.merge.rows > 1 || spec.merge.cols > 1)) {
    ws.mergeCells(
      spec.row,
      spec.col,
      spec.row + spec.merge.rows - 1,
      spec.col + spec.merge.cols - 1
    );
  }
}

function drawTable(ws: Worksheet, t: TableSpec): void {
  const rows = t.rows.length ? t.rows : [t.columns.map(() => null)];
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: ws.getCell(t.row, t.col).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as never, showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) =>
      t.columns.map((c, i) => value(c.formula ? { formula: c.formula } : (r[i] ?? null)))
    ),
  });
  if (t.wrapHeaders) {
    t.columns.forEach((_, k) => {
      ws.getCell(t.row, t.col + k).alignment = {
        wrapText: true,
        vertical: "top",
      } as Partial<Alignment>;
    });
  }
  rows.forEach((_, i) =>
    t.columns.forEach((c, k) =>
      applyLook(ws, t.row + 1 + i, t.col + k, c.input ? "input" : undefined, c.format)
    )
  );
}

function cellsOf(ref: string): string[] {
  const a = parseArea(ref);
  const out: string[] = [];
  for (let row = a.top; row <= a.bottom; row++) {
    for (let col = a.left; col <= a.right; col++) out.push(`${row},${col}`);
  }
  return out;
}

/** ExcelJS keeps a sheet's validations per cell; its typings leave the collection out. */
interface WithValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

function drawValidations(ws: Worksheet, spec: SheetSpec): void {
  const validations = (ws as unknown as WithValidations).dataValidations;
  for (const v of spec.validations) {
    for (const at of cellsOf(v.ref)) {
      const [row, col] = at.split(",").map(Number);
      validations.add(ws.getCell(row, col).address, {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.list.join(",")}"`],
        showErrorMessage: true,
        errorStyle: v.allowOther ? "information" : "error",
        ...(v.prompt
          ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text }
          : {}),
      });
    }
  }
}

function drawConditionalFormats(ws: Worksheet, spec: SheetSpec): void {
  spec.conditionalFormats.forEach((c, i) =>
    ws.addConditionalFormatting({
      ref: c.ref,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [fileFormula(c.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } },
            ...(c.fontColor ? { font: { color: { argb: argb(c.fontColor) } } } : {}),
          },
        },
      ],
    })
  );
}

/** Draws one sheet; the workbook must not have a sheet, table or name of the spec's names. */
export function drawSheetExcelJs(wb: Workbook, spec: SheetSpec): Worksheet {
  const ws = wb.addWorksheet(spec.name, {
    ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
    pageSetup: {
      paperSize: 9, // A4
      orientation: spec.print.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, points] of Object.entries(spec.rowHeights))
    ws.getRow(Number(row)).height = points;
  for (const t of spec.tables) drawTable(ws, t);
  for (const c of spec.cells) drawCell(ws, c);
  drawValidations(ws, spec);
  drawConditionalFormats(ws, spec);
  for (const n of spec.names) {
    wb.definedNames.add(`${sheetPrefix(spec.name)}${n.ref}`, n.name);
  }
  return ws;
}
