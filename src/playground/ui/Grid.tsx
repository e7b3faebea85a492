import * as React from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import type { PlaygroundModel } from "../model";
import { cellAddress, columnName, contains } from "./address";
import { CellEditor } from "./CellEditor";
import { ChartLayer } from "./ChartLayer";
import { digitsThatFit, shownValue } from "./display";
import { GridCell } from "./GridCell";
import {
  COLUMN_HEADER_PX,
  ROW_HEADER_PX,
  cellKey,
  drawnExtent,
  mergeMap,
  sheetSizes,
  type MergeMap,
} from "./layout";
import type { Move, SheetUi } from "./use-sheet-ui";

const KEYS: Record<string, Move> = {
  ArrowDown: "down",
  ArrowUp: "up",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** Keys on the grid when no cell is being edited, as Excel's. */
function onGridKey(ui: SheetUi, e: React.KeyboardEvent): void {
  const arrow = KEYS[e.key];
  if (arrow) ui.move(arrow, e.shiftKey);
  else if (e.key === "Enter") ui.move(e.shiftKey ? "up" : "down", false);
  else if (e.key === "Tab") ui.move(e.shiftKey ? "left" : "right", false);
  else if (e.key === "F2") ui.startEdit(undefined, "edit", "cell");
  else if (e.key === "Delete") ui.clearSelection();
  else if (e.key === "Backspace") ui.startEdit("", "enter", "cell");
  else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)
    ui.startEdit(e.key, "enter", "cell");
  else return;
  e.preventDefault();
}

/** Text runs on over the next cell when it is left-aligned, unwrapped and the next cell is empty. */
function runsOver(
  model: PlaygroundModel,
  sheetId: string,
  merges: MergeMap,
  row: number,
  col: number,
  align: string
): boolean {
  if (align !== "left") return false;
  const next = cellKey(row, col + 1);
  return (
    !merges.covered.has(next) &&
    !merges.spans.has(next) &&
    model.cell(sheetId, row, col + 1).value === null
  );
}

export function Grid(props: {
  model: PlaygroundModel;
  ui: SheetUi;
  strings: PlaygroundStrings;
  /** Hands the page a way to give the grid the keyboard back (after the formula bar). */
  onFocusReady?(focus: () => void): void;
}): React.JSX.Element {
  const { model, ui, strings, onFocusReady } = props;
  const { sheetId } = ui;
  const scroller = React.useRef<HTMLDivElement>(null);
  const dragging = React.useRef(false);
  React.useEffect(() => {
    const stop = (): void => void (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const charts = model.charts(sheetId);
  const extent = drawnExtent(model.usedArea(sheetId), [
    ui.selection,
    ...charts.flatMap((c) => (c.position ? [c.position] : [c.source])),
  ]);
  const sizes = sheetSizes(model, sheetId, extent);
  const merges = mergeMap(model.merges(sheetId));
  const focusGrid = React.useCallback((): void => scroller.current?.focus(), []);
  React.useEffect(() => {
    onFocusReady?.(focusGrid);
  }, [onFocusReady, focusGrid]);

  const cell = (row: number, col: number): React.ReactNode => {
    const key = cellKey(row, col);
    if (merges.covered.has(key)) return null;
    const span = merges.spans.get(key) ?? { rows: 1, cols: 1 };
    const view = model.cell(sheetId, row, col);
    const width = sizes.left[Math.min(col + span.cols, extent.columns)] - sizes.left[col];
    const shown = shownValue(view, ui.locale, ui.words, digitsThatFit(width));
    const isActive = ui.active.row === row && ui.active.col === col;
    const editingHere = isActive && ui.editing?.where === "cell";
    const height = sizes.top[Math.min(row + span.rows, extent.rows)] - sizes.top[row] - 1;
    return (
      <GridCell
        key={key}
        address={cellAddress(row, col)}
        view={view}
        shown={shown}
        rowSpan={span.rows}
        colSpan={span.cols}
        height={height}
        selected={contains(ui.selection, row, col)}
        active={isActive}
        overflow={
          !view.format.wrapText &&
          shown.text !== "" &&
          runsOver(model, sheetId, merges, row, col, shown.align)
        }
        editor={
          editingHere ? (
            <CellEditor ui={ui} label={strings.formulaLabel} onDone={focusGrid} />
          ) : undefined
        }
        onMouseDown={(e) => {
          if (e.button !== 0) return;
          if (ui.editing && !ui.commit("none")) return;
          dragging.current = true;
          ui.select(row, col, e.shiftKey);
          focusGrid();
          e.preventDefault();
        }}
        onMouseEnter={() => {
          if (dragging.current) ui.select(row, col, true);
        }}
        onDoubleClick={() => ui.startEdit(undefined, "edit", "cell")}
      />
    );
  };

  const rows = Array.from({ length: extent.rows }, (_, r) => r);
  const columns = Array.from({ length: extent.columns }, (_, c) => c);
  const width = sizes.left[extent.columns];
  return (
    <div
      className="grid-scroll"
      ref={scroller}
      tabIndex={0}
      aria-label={strings.gridLabel}
      onKeyDown={(e) => {
        if (!ui.editing) onGridKey(ui, e);
      }}
    >
      <table className="grid" role="grid" aria-label={strings.gridLabel} style={{ width }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {columns.map((c) => (
            <col key={c} style={{ width: sizes.widths[c] }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: COLUMN_HEADER_PX }}>
            <th className="corner" />
            {columns.map((c) => (
              <th
                key={c}
                className={
                  c >= ui.selection.left && c <= ui.selection.right ? "header on" : "header"
                }
              >
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r} style={{ height: sizes.heights[r] }}>
              <th
                className={
                  r >= ui.selection.top && r <= ui.selection.bottom ? "header on" : "header"
                }
              >
                {r + 1}
              </th>
              {columns.map((c) => cell(r, c))}
            </tr>
          ))}
        </tbody>
      </table>
      <ChartLayer model={model} sheetId={sheetId} sizes={sizes} strings={strings} />
    </div>
  );
}
