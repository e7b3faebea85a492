/**
 * The part of a sheet the grid draws and the sizes it draws it at. Only the used area and a
 * margin are rendered (a few hundred cells for the add-in's sheets), so a large sheet stays fast.
 */
import type { Area, PlaygroundModel } from "../model";

/** Rows and columns drawn past the used area, and the least drawn at all. */
export const MARGIN_ROWS = 20;
export const MARGIN_COLUMNS = 5;
export const MIN_ROWS = 50;
export const MIN_COLUMNS = 12;

export const PX_PER_POINT = 4 / 3;

/** How many rows and columns to draw: the used area, the selection, charts, plus the margin. */
export function drawnExtent(
  used: Area | null,
  also: readonly Area[]
): { rows: number; columns: number } {
  const areas = used ? [used, ...also] : also;
  const bottom = Math.max(-1, ...areas.map((a) => a.bottom));
  const right = Math.max(-1, ...areas.map((a) => a.right));
  return {
    rows: Math.max(MIN_ROWS, bottom + 1 + MARGIN_ROWS),
    columns: Math.max(MIN_COLUMNS, right + 1 + MARGIN_COLUMNS),
  };
}

/** Merged areas by their top-left cell, and the cells they cover. */
export interface MergeMap {
  spans: Map<string, { rows: number; cols: number }>;
  covered: Set<string>;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function mergeMap(merges: readonly Area[]): MergeMap {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    spans.set(cellKey(m.top, m.left), { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  return { spans, covered };
}

/** The merge a cell belongs to, or the cell alone. */
export function mergeOf(merges: readonly Area[], row: number, col: number): Area {
  return (
    merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? {
      top: row,
      left: col,
      bottom: row,
      right: col,
    }
  );
}

/** Pixel sizes of the drawn columns and rows, and where each starts. */
export interface Sizes {
  widths: number[];
  heights: number[];
  left: number[];
  top: number[];
}

function starts(sizes: number[], from: number): number[] {
  const out: number[] = [];
  let at = from;
  for (const s of sizes) {
    out.push(at);
    at += s;
  }
  out.push(at);
  return out;
}

export const ROW_HEADER_PX = 44;
export const COLUMN_HEADER_PX = 22;

export function sheetSizes(
  model: PlaygroundModel,
  sheetId: string,
  extent: { rows: number; columns: number }
): Sizes {
  const widths = Array.from({ length: extent.columns }, (_, c) =>
    Math.round(model.columnWidth(sheetId, c) * PX_PER_POINT)
  );
  const heights = Array.from({ length: extent.rows }, (_, r) =>
    Math.round(model.rowHeight(sheetId, r) * PX_PER_POINT)
  );
  return {
    widths,
    heights,
    left: starts(widths, ROW_HEADER_PX),
    top: starts(heights, COLUMN_HEADER_PX),
  };
}
