/**
 * The grid's state and what the user does with it: the active cell, the selection (kept in the
 * model, where the task pane sets it too), editing in a cell or in the formula bar, and messages.
 * Grid, formula bar and sheet tabs share one of these, as Excel's do.
 */
import { useCallback, useState } from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import { ModelError, type Area, type PlaygroundModel } from "../model";
import { contains, parseArea, spanning, type Cell } from "./address";
import { editText, type DisplayWords } from "./display";
import { mergeOf } from "./layout";
import { readTyped } from "./typed-input";
import { useModelVersion } from "./use-model";

export interface Editing {
  text: string;
  /** "enter": started by typing, arrows commit and move; "edit": F2, double-click or the bar. */
  mode: "enter" | "edit";
  where: "cell" | "bar";
}

export interface Message {
  kind: "info" | "error";
  text: string;
}

export type Move = "down" | "up" | "right" | "left" | "none";

const STEP: Record<Move, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  none: [0, 0],
};

export interface SheetUi {
  sheetId: string;
  /** The selection on the active sheet (the active cell alone when the model's is elsewhere). */
  selection: Area;
  active: Cell;
  editing: Editing | null;
  message: Message | null;
  locale: string;
  words: DisplayWords;
  select(row: number, col: number, extend: boolean): void;
  move(move: Move, extend: boolean): void;
  startEdit(text: string | undefined, mode: Editing["mode"], where: Editing["where"]): boolean;
  setText(text: string): void;
  /** Writes the edit; false (and a message) when the model refused it, the edit then stays. */
  commit(move: Move): boolean;
  cancel(): void;
  clearSelection(): void;
  goTo(address: string): boolean;
  activate(sheetId: string): void;
  say(message: Message | null): void;
}

function clamp(n: number): number {
  return Math.max(0, n);
}

/** The corner of `area` across from the active cell: where shift+arrow moves. */
function movingCorner(area: Area, active: Cell): Cell {
  return {
    row: active.row === area.bottom ? area.top : area.bottom,
    col: active.col === area.right ? area.left : area.right,
  };
}

/** A selection grown to cover every merge it touches, as Excel's does. */
function withMerges(merges: readonly Area[], area: Area): Area {
  let out = { ...area };
  for (let changed = true; changed;) {
    changed = false;
    for (const m of merges) {
      const touches =
        m.top <= out.bottom && m.bottom >= out.top && m.left <= out.right && m.right >= out.left;
      if (!touches) continue;
      const grown = {
        top: Math.min(out.top, m.top),
        left: Math.min(out.left, m.left),
        bottom: Math.max(out.bottom, m.bottom),
        right: Math.max(out.right, m.right),
      };
      if (
        grown.top !== out.top ||
        grown.left !== out.left ||
        grown.bottom !== out.bottom ||
        grown.right !== out.right
      ) {
        out = grown;
        changed = true;
      }
    }
  }
  return out;
}

export function useSheetUi(
  model: PlaygroundModel,
  locale: string,
  strings: PlaygroundStrings
): SheetUi {
  useModelVersion(model);
  const [anchor, setAnchor] = useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const words: DisplayWords = { trueText: strings.trueText, falseText: strings.falseText };

  const sheetId = model.activeSheetId();
  const modelSelection = model.selection();
  const here = modelSelection.sheetId === sheetId;
  const selection = here
    ? modelSelection.area
    : { top: anchor.row, left: anchor.col, bottom: anchor.row, right: anchor.col };
  // The pane may select elsewhere: the active cell then moves to the selection's first cell.
  const active = contains(selection, anchor.row, anchor.col)
    ? anchor
    : { row: selection.top, col: selection.left };

  const setSelection = useCallback(
    (area: Area, activeCell: Cell) => {
      setAnchor(activeCell);
      model.select(sheetId, withMerges(model.merges(sheetId), area));
    },
    [model, sheetId]
  );

  const select = (row: number, col: number, extend: boolean): void => {
    if (extend) setSelection(spanning(active, { row, col }), active);
    else {
      const m = mergeOf(model.merges(sheetId), row, col);
      setSelection(m, { row: m.top, col: m.left });
    }
  };

  const move = (to: Move, extend: boolean): void => {
    const [dr, dc] = STEP[to];
    if (extend) {
      const corner = movingCorner(selection, active);
      setSelection(
        spanning(active, { row: clamp(corner.row + dr), col: clamp(corner.col + dc) }),
        active
      );
      return;
    }
    // Out of a merge, a step starts from its far edge.
    const m = mergeOf(model.merges(sheetId), active.row, active.col);
    const row = dr > 0 ? m.bottom + dr : active.row + dr;
    const col = dc > 0 ? m.right + dc : active.col + dc;
    select(clamp(row), clamp(col), false);
  };

  const refusesEdits = (row: number, col: number): boolean =>
    !!model.sheet(sheetId)?.protected && model.cell(sheetId, row, col).format.locked !== false;

  const startEdit = (
    text: string | undefined,
    mode: Editing["mode"],
    where: Editing["where"]
  ): boolean => {
    if (refusesEdits(active.row, active.col)) {
      setMessage({ kind: "error", text: strings.protectedRefusal });
      return false;
    }
    const start = text ?? editText(model.cell(sheetId, active.row, active.col), locale, words);
    setEditing({ text: start, mode, where });
    return true;
  };

  const fail = (e: unknown): void => {
    const text =
      e instanceof ModelError && e.code === "AccessDenied"
        ? strings.protectedRefusal
        : strings.editFailed(e instanceof Error ? e.message : String(e));
    setMessage({ kind: "error", text });
  };

  const commit = (to: Move): boolean => {
    if (!editing) return true;
    const typed = readTyped(editing.text, locale, words);
    const { row, col } = active;
    const general = model.cell(sheetId, row, col).numberFormat === "General";
    try {
      model.batch(() => {
        model.setInputs(sheetId, row, col, [[typed.input]]);
        if (typed.numberFormat && general)
          model.setNumberFormats(sheetId, row, col, [[typed.numberFormat]]);
      });
    } catch (e) {
      fail(e);
      return false;
    }
    setEditing(null);
    if (message?.kind === "error") setMessage(null);
    move(to, false);
    return true;
  };

  const clearSelection = (): void => {
    try {
      model.clear(sheetId, selection, "Contents");
    } catch (e) {
      fail(e);
    }
  };

  const goTo = (address: string): boolean => {
    const area = parseArea(address);
    if (!area) {
      setMessage({ kind: "error", text: strings.notAnAddress(address) });
      return false;
    }
    setSelection(area, { row: area.top, col: area.left });
    return true;
  };

  return {
    sheetId,
    selection,
    active,
    editing,
    message,
    locale,
    words,
    select,
    move,
    startEdit,
    setText: (text) => setEditing((e) => (e ? { ...e, text } : e)),
    commit,
    cancel: () => setEditing(null),
    clearSelection,
    goTo,
    activate: (id) => {
      setEditing(null);
      model.activate(id);
    },
    say: setMessage,
  };
}
