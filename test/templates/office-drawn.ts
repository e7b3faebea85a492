/**
 * What the Office.js renderer drew, read from the recording mock (test/templates/office-mock.ts)
 * into the host-neutral DrawnSheet that the ExcelJS side produces too (test/templates/drawn.ts).
 */
import type { DrawnCell, DrawnSheet } from "./drawn";
import { addressOf, type MockCell, type MockSheet, type OfficeMock } from "./office-mock";

/**
 * Office.js widths are points; DrawnSheet's are Excel's character unit. Converted back on its own
 * terms, not with the renderer's constant, so a wrong conversion there shows: a character is the
 * default font's widest digit, 7 px, and a pixel is 0.75 pt at 96 dpi.
 */
const POINTS_PER_CHARACTER = 7 * 0.75;
/** A column never set keeps Excel's default: 64 px, 48 pt. */
const DEFAULT_WIDTH_POINTS = 48;

const round1 = (n: number): number => Math.round(n * 10) / 10;
const upper = (color: string | undefined): string | undefined => color?.toUpperCase();

/** The sheets the mock added, in order; the workbook's own sheets are not drawn. */
export function drawnFromMock(mock: OfficeMock): DrawnSheet[] {
  return mock.added().map((sheet) => drawnSheet(mock, sheet));
}

function drawnSheet(mock: OfficeMock, sheet: MockSheet): DrawnSheet {
  return {
    name: sheet.name,
    cells: drawnCells(sheet),
    merges: sheet.merges.map(addressOf).sort(),
    tables: mock.tables
      .filter((t) => t.sheet === sheet)
      .map((t) => ({ name: t.name, ref: addressOf(t.area), headers: t.headers(), style: t.style })),
    validations: sheet.validations.map((v) => ({
      ref: addressOf(v.area),
      list: v.list ?? [],
      // Excel's default alert is "Stop", which refuses anything outside the list.
      allowOther: (v.errorAlert?.style ?? "Stop") !== "Stop",
    })),
    conditionalFormats: sheet.conditionalFormats.map((c) => ({
      ref: addressOf(c.area),
      formula: c.formula ?? "",
      fill: upper(c.fill) ?? "",
    })),
    names: mock.names
      .filter((n) => n.sheet === sheet)
      .map((n) => ({
        name: n.name,
        ref: `'${sheet.name.replace(/'/g, "''")}'!${absolute(addressOf(n.area))}`,
      })),
    widths: widths(sheet),
    heights: Object.fromEntries(sheet.heights),
    landscape: sheet.pageLayout.orientation === "Landscape",
  };
}

function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function widths(sheet: MockSheet): number[] {
  const last = Math.max(0, ...sheet.widths.keys());
  return Array.from({ length: last }, (_, i) =>
    round1((sheet.widths.get(i + 1) ?? DEFAULT_WIDTH_POINTS) / POINTS_PER_CHARACTER)
  );
}

function drawnCells(sheet: MockSheet): Record<string, DrawnCell> {
  const out: Record<string, DrawnCell> = {};
  for (const [key, cell] of sheet.cells) {
    const drawn = drawnCell(cell);
    if (Object.keys(drawn).length === 0) continue;
    const [row, col] = key.split(",").map(Number);
    out[addressOf({ top: row, left: col, bottom: row, right: col })] = drawn;
  }
  return out;
}

function drawnCell(cell: MockCell): DrawnCell {
  const value = cell.value;
  if (typeof value === "object") throw new Error(`an error value ${value.error} was drawn`);
  const drawn: DrawnCell = {
    value,
    formula: cell.formula,
    format: cell.format,
    bold: cell.bold,
    italic: cell.italic,
    size: cell.size,
    fontColor: upper(cell.fontColor),
    fill: upper(cell.fill),
    wrap: cell.wrap,
  };
  for (const key of Object.keys(drawn) as (keyof DrawnCell)[]) {
    if (drawn[key] === undefined) delete drawn[key];
  }
  return drawn;
}
