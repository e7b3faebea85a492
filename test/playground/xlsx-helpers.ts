/** The headless engine of `si-kalkyl recalc` as the judge of what the playground writes. */
import { deserialize, serialize } from "v8";
import { recalcBytes } from "../../src/cli/recalc";
import type { SheetReport } from "../../src/engine/workbook";
import type { Area, SheetSnapshot, WorkbookSnapshot } from "../../src/playground/model";

/**
 * jsdom's window lacks structuredClone, which Node and browsers have (the workbook model uses
 * it); called by the tests that run the model in jsdom.
 */
export function shimStructuredClone(): void {
  (globalThis as { structuredClone?: unknown }).structuredClone ??= <T>(v: T): T =>
    deserialize(serialize(v)) as T;
}

/** Recalculates xlsx bytes exactly as `si-kalkyl recalc --report` does; returns its report. */
export async function recalcReport(
  bytes: Uint8Array
): Promise<{ sheets: SheetReport[]; warnings: string; bytes: Buffer }> {
  let warnings = "";
  const io = { out: () => undefined, err: (text: string) => void (warnings += text) };
  const result = await recalcBytes(
    Buffer.from(bytes),
    { input: "in.xlsx", output: "out.xlsx", valuesOnly: false, report: true, lang: "sv" },
    io
  );
  return { sheets: result.sheets, warnings, bytes: result.bytes };
}

export function emptySheet(name: string, patch: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name,
    cells: [],
    numberFormats: [],
    formats: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    ...patch,
  };
}

export const area = (top: number, left: number, bottom = top, right = left): Area => ({
  top,
  left,
  bottom,
  right,
});

const byPosition = <T extends { row: number; col: number }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => a.row - b.row || a.col - b.col);

/** What a round trip must keep of a sheet, in a stable order. */
export function kept(sheet: SheetSnapshot) {
  return {
    name: sheet.name,
    cells: byPosition(sheet.cells),
    numberFormats: byPosition(sheet.numberFormats),
    formats: byPosition(sheet.formats),
    merges: sheet.merges,
    tables: sheet.tables,
    validations: [...sheet.validations].sort(
      (a, b) => a.area.top - b.area.top || a.area.left - b.area.left
    ),
    columnWidths: sheet.columnWidths.map((c) => ({ col: c.col, width: Math.round(c.width) })),
    rowHeights: sheet.rowHeights,
  };
}

/** Names with Excel's default made explicit: a name is visible unless it says otherwise. */
export function keptWorkbook(s: WorkbookSnapshot) {
  return {
    sheets: s.sheets.map(kept),
    names: s.names.map((n) => ({ ...n, visible: n.visible ?? true })),
  };
}
