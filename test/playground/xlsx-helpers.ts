/** The headless engine of `si-kalkyl recalc` as the judge of what the playground writes. */
import { strFromU8, unzipSync } from "fflate";
import { deserialize, serialize } from "v8";
import { recalcBytes } from "../../src/cli/recalc";
import type { SheetReport } from "../../src/engine/workbook";
import { sheetParts } from "../../src/engine/xlsx-patch";
import type { Area, SheetSnapshot, WorkbookSnapshot } from "../../src/playground/model";

export { emptySheet } from "../../src/playground/ui/workbook-files";

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

/** An xlsx package's parts as text, by name. */
export function packageXml(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  return new Map(Object.keys(parts).map((name) => [name, strFromU8(parts[name])]));
}

/**
 * Table name → column → `<calculatedColumnFormula>`, read from the table parts with regular
 * expressions of their own (not the code that wrote them).
 */
export function calculatedColumnsIn(
  parts: Map<string, string>
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, xml] of parts) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const table = /<table\b[^>]*\sdisplayName="([^"]*)"/.exec(xml)![1];
    for (const m of xml.matchAll(
      /<tableColumn\b[^>]*\sname="([^"]*)"[^>]*>\s*<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g
    ))
      (out[table] ??= {})[m[1]] = m[2];
  }
  return out;
}

/** Sheet name → its array formulas as "A5:B6" (their range), each with its dynamic-array mark. */
export function arrayFormulasIn(
  parts: Map<string, string>
): Record<string, { ref: string; dynamic: boolean }[]> {
  const byName = sheetParts(
    parts.get("xl/workbook.xml")!,
    parts.get("xl/_rels/workbook.xml.rels")!
  );
  const out: Record<string, { ref: string; dynamic: boolean }[]> = {};
  for (const [sheet, part] of byName) {
    const found = [...parts.get(part)!.matchAll(/<c\b([^>]*)>\s*<f\b([^>]*)>/g)].flatMap((m) => {
      if (!/\bt="array"/.test(m[2])) return [];
      return [{ ref: /\bref="([^"]*)"/.exec(m[2])![1], dynamic: /\bcm="1"/.test(m[1]) }];
    });
    if (found.length) out[sheet] = found;
  }
  return out;
}
