/**
 * What the ExcelJS renderer drew, read back from the finished file (after recalculation and the
 * finishing step) into the host-neutral DrawnSheet, so it can be compared with the Office.js
 * renderer's drawing (test/templates/office-drawn.ts).
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../src/core/cells";
import { parseArea } from "../../src/engine/workbook";
import { cellRef } from "../../src/templates/refs";
import { uiFormula } from "../../src/templates/file-formula";
import type { DrawnCell, DrawnSheet } from "./drawn";

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** "FF1F4E79" → "#1F4E79". */
function colour(argb: string | undefined): string | undefined {
  return argb ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

function drawnCell(cell: ExcelJS.Cell): DrawnCell {
  const v = cell.value as unknown;
  const drawn: DrawnCell = {};
  // ExcelJS shows a merged block's value in every cell of it; the file holds it in the first.
  const slave = cell.isMerged && cell.master.address !== cell.address;
  if (slave) {
    // only the look is the cell's own
  } else if (v && typeof v === "object" && "formula" in v)
    drawn.formula = uiFormula((v as { formula: string }).formula);
  else if (v !== null && v !== undefined && typeof v !== "object")
    drawn.value = v as string | number | boolean;
  if (cell.numFmt) drawn.format = cell.numFmt;
  const font = cell.font ?? {};
  if (font.bold) drawn.bold = true;
  if (font.italic) drawn.italic = true;
  // 11 pt is the workbook's default font: ExcelJS reports it for every styled cell.
  if (font.size && font.size !== 11) drawn.size = font.size;
  const fontColor = colour(font.color?.argb);
  if (fontColor) drawn.fontColor = fontColor;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") drawn.fill = colour(fill.fgColor?.argb);
  if (cell.alignment?.wrapText) drawn.wrap = true;
  return drawn;
}

interface CfRule {
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } } };
}

function rowHeights(ws: ExcelJS.Worksheet): Record<number, number> {
  const out: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height) out[row.number] = row.height;
  });
  return out;
}

/** The cells of each array formula's range other than its anchor, by address ("B3"). */
export function spills(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { shareType?: string; ref?: string } | null;
      if (!v || typeof v !== "object" || v.shareType !== "array" || !v.ref) return;
      const a = parseArea(v.ref);
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++)
          if (r !== a.top || c !== a.left) out.add(cellRef(r, c));
    })
  );
  return out;
}

export function drawnFromWorkbook(wb: ExcelJS.Workbook): DrawnSheet[] {
  const names = wb.definedNames.model;
  return wb.worksheets.map((ws) => {
    const cells: Record<string, DrawnCell> = {};
    const spilled = spills(ws);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const d = drawnCell(cell);
        // A spill's other cells hold the recalculated results, not something drawn.
        if (spilled.has(cell.address)) delete d.value;
        if (Object.keys(d).length) cells[cell.address] = d;
      })
    );
    // ExcelJS keeps validations per cell; its typings leave the collection out.
    const perCell = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations
      .model as Record<string, ExcelJS.DataValidation | undefined>;
    const validations = Object.entries(perCell)
      .filter(([, v]) => v)
      .map(([ref, v]) => ({
        ref,
        list: (v!.formulae?.[0] ?? "").replace(/^"|"$/g, "").split(","),
        allowOther: (v!.errorStyle ?? "stop") !== "stop" && v!.errorStyle !== "error",
      }));
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: CfRule[] }[] })
      .conditionalFormattings;
    const last = ws.columnCount;
    return {
      name: ws.name,
      cells,
      merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
      tables: ws.getTables().map((t) => {
        const m = (t as unknown as { table: ExcelJS.TableProperties & { tableRef?: string } })
          .table;
        return {
          name: m.name,
          ref: m.tableRef ?? String(m.ref),
          headers: m.columns.map((c) => c.name),
          style: m.style?.theme ?? "",
        };
      }),
      validations,
      conditionalFormats: cfs.flatMap((c) =>
        c.rules.map((r) => ({
          ref: c.ref,
          formula: uiFormula(r.formulae?.[0] ?? ""),
          fill: colour(r.style?.fill?.bgColor?.argb) ?? "",
        }))
      ),
      names: names
        .filter((n) =>
          n.ranges.some((r) => r.replace(/^'|'?!.*$/g, "").replace(/''/g, "'") === ws.name)
        )
        .map((n) => ({ name: n.name, ref: n.ranges[0] })),
      widths: Array.from({ length: last }, (_, i) => round1(ws.getColumn(i + 1).width ?? 9.140625)),
      landscape: ws.pageSetup.orientation === "landscape",
      heights: rowHeights(ws),
    };
  });
}

export { columnLetters };
