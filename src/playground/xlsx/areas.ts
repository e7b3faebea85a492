/** Rectangles between the file's A1 spelling (1-based) and the model's 0-based `Area`. */
import { areaRef, parseArea } from "../../engine/workbook";
import type { Area } from "../model";
import { inArea } from "../workbook/areas";

/** "B2:C4" (or "$B$2") → the 0-based area. */
export function areaOf(ref: string): Area {
  const a = parseArea(ref);
  return { top: a.top - 1, left: a.left - 1, bottom: a.bottom - 1, right: a.right - 1 };
}

/** The 0-based area → "B2:C4" ("B2" for one cell). */
export function refOf(area: Area): string {
  return areaRef({
    top: area.top + 1,
    left: area.left + 1,
    bottom: area.bottom + 1,
    right: area.right + 1,
  });
}

/**
 * A set of cells as few rectangles as a simple sweep finds: vertical runs in each column, and
 * neighbouring columns with the same run joined. A validation applied to a range comes back as
 * that range.
 */
export function rectangles(cells: readonly { row: number; col: number }[]): Area[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) byCol.set(col, [...(byCol.get(col) ?? []), row]);
  const runs: Area[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let top = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ top, bottom: rows[i - 1], left: col, right: col });
      top = rows[i];
    }
  }
  const out: Area[] = [];
  for (const run of runs) {
    const joined = out.find(
      (a) => a.top === run.top && a.bottom === run.bottom && a.right === run.left - 1
    );
    if (joined) joined.right = run.right;
    else out.push({ ...run });
  }
  return out;
}

/** The name of the table a cell belongs to: what its `[@Col]` references mean. */
export function tableHere(
  tables: readonly { name: string; area: Area }[],
  row: number,
  col: number
): string | undefined {
  return tables.find((t) => inArea(t.area, row, col))?.name;
}
