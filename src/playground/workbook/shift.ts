/**
 * Inserting and deleting cells on a sheet (Range.insert / Range.delete, table rows added and
 * deleted): the cells along the shift move with their inputs and looks, tables, merges,
 * validations, conditional formats and charts inside the moving cells move too, and every
 * formula and name in the workbook has its references moved as Excel moves them.
 */
import { Area, ModelError } from "../model";
import { cellKey, intersects, keyCol, keyRow } from "./areas";
import { WorkbookCore } from "./core";
import { constantContent } from "./engine-cells";
import { Shift, movedCell, shiftReferences } from "./references";
import { SheetState, checkUnprotected } from "./sheet-state";

/** The cells a shift moves or deletes: from line `at` on, within the span. */
function movingArea(shift: Shift): Area {
  return shift.axis === "rows"
    ? { top: shift.at, bottom: Number.MAX_SAFE_INTEGER, left: shift.from, right: shift.to }
    : { top: shift.from, bottom: shift.to, left: shift.at, right: Number.MAX_SAFE_INTEGER };
}

/** An area after the shift; null when deleted or cut in a way Excel refuses. */
function movedArea(shift: Shift, a: Area): Area | null {
  const tl = movedCell(shift, a.top, a.left);
  const br = movedCell(shift, a.bottom, a.right);
  if (!tl || !br) return null;
  return { top: tl[0], left: tl[1], bottom: br[0], right: br[1] };
}

/**
 * An area the shift would cut (partly inside the moving cells, not moving as a whole): Excel
 * refuses to move part of a table or a merged cell.
 */
function cut(shift: Shift, a: Area): boolean {
  const moving = movingArea(shift);
  if (!intersects(moving, a)) return false;
  const [cross0, cross1] = shift.axis === "rows" ? [a.left, a.right] : [a.top, a.bottom];
  return cross0 < shift.from || cross1 > shift.to;
}

/** Moves map entries along the shift (deleted ones dropped). */
function moveKeys<V>(map: Map<number, V>, shift: Shift): [number, number, V][] {
  const moved: [number, number, V][] = [];
  const moving = movingArea(shift);
  for (const [k, v] of map) {
    const [row, col] = [keyRow(k), keyCol(k)];
    if (row < moving.top || row > moving.bottom || col < moving.left || col > moving.right)
      continue;
    map.delete(k);
    const to = movedCell(shift, row, col);
    if (to) moved.push([to[0], to[1], v]);
  }
  for (const [row, col, v] of moved) map.set(cellKey(row, col), v);
  return moved;
}

function checkShift(core: WorkbookCore, s: SheetState, shift: Shift): void {
  checkUnprotected(s);
  const tables = core.tablesOn(s.id);
  for (const t of tables) {
    const grows = shift.count > 0 && insideTable(shift, t.area);
    if (!grows && cut(shift, t.area))
      throw new ModelError("InvalidOperation", `this would move part of the table ${t.name}`);
  }
  for (const m of s.merges)
    if (cut(shift, m))
      throw new ModelError("InvalidOperation", "this would move part of a merged cell");
}

/** An insertion strictly inside a table's rows (columns) across its full width grows the table. */
function insideTable(shift: Shift, a: Area): boolean {
  const [line0, line1, cross0, cross1] =
    shift.axis === "rows" ? [a.top, a.bottom, a.left, a.right] : [a.left, a.right, a.top, a.bottom];
  return shift.at > line0 && shift.at <= line1 && cross0 >= shift.from && cross1 <= shift.to;
}

/** A table's area after the shift: moved, grown by an insertion inside, shrunk by a deletion. */
function tableAreaAfter(shift: Shift, a: Area): Area | null {
  if (shift.count > 0 && insideTable(shift, a)) {
    return shift.axis === "rows"
      ? { ...a, bottom: a.bottom + shift.count }
      : { ...a, right: a.right + shift.count };
  }
  if (!intersects(movingArea(shift), a)) return a;
  if (shift.count > 0) return movedArea(shift, a);
  // A deletion inside a table: its lines go, the rest closes up.
  const [line0, line1] = shift.axis === "rows" ? [a.top, a.bottom] : [a.left, a.right];
  const n = -shift.count;
  const [d0, d1] = [shift.at, shift.at + n - 1];
  const first = line0 < d0 ? line0 : line0 > d1 ? line0 - n : d0;
  const last = line1 < d0 ? line1 : line1 > d1 ? line1 - n : d0 - 1;
  if (last < first) return null;
  return shift.axis === "rows"
    ? { ...a, top: first, bottom: last }
    : { ...a, left: first, right: last };
}

/** Applies a shift to the sheet and every formula of the workbook. */
export function applyShift(core: WorkbookCore, s: SheetState, shift: Shift): void {
  checkShift(core, s, shift);
  for (const t of core.tablesOn(s.id)) {
    const next = tableAreaAfter(shift, t.area);
    if (!next) throw new ModelError("InvalidOperation", `this would delete the table ${t.name}`);
  }
  // The engine's copy of the moving cells goes first, then comes back at the new places.
  for (const k of moveKeysPreview(s, shift))
    core.edit().setCellContents(core.address(s, keyRow(k), keyCol(k)), [[null]]);
  const movedInputs = moveKeys(s.inputs, shift);
  moveKeys(s.formulas, shift);
  moveKeys(s.numberFormats, shift);
  moveKeys(s.formats, shift);
  for (const t of core.tablesOn(s.id)) t.area = tableAreaAfter(shift, t.area)!;
  s.merges = s.merges.flatMap((m) => nonNull(movedArea(shift, m)));
  s.validations = s.validations.flatMap((v) => movedItem(shift, v));
  s.conditionalFormats = s.conditionalFormats.flatMap((c) => movedItem(shift, c));
  for (const c of core.charts.values()) {
    if (c.sheetId !== s.id) continue;
    c.source = movedArea(shift, c.source) ?? c.source;
  }
  // References in every formula and name follow the moved cells.
  core.rewriteFormulas((f, at) => shiftReferences(f, at?.sheet, shift));
  core.freshTableDefs();
  for (const [row, col, input] of movedInputs) {
    const entry = s.formulas.get(cellKey(row, col));
    if (entry) {
      const next = core.compile(entry.text, { sheet: s.name, row, col }, entry.cached);
      core.putFormula(s, row, col, next);
    } else core.edit().setCellContents(core.address(s, row, col), [[constantContent(input)]]);
  }
  core.markFreed();
  core.tablesChanged();
  core.changed({ kind: "cells", sheetId: s.id });
}

function nonNull<T>(v: T | null): T[] {
  return v === null ? [] : [v];
}

function movedItem<T extends { area: Area }>(shift: Shift, item: T): T[] {
  if (!intersects(movingArea(shift), item.area)) return [item];
  const area = movedArea(shift, item.area);
  return area ? [{ ...item, area }] : [];
}

/** The keys of the inputs the shift moves or deletes (before they move). */
function moveKeysPreview(s: SheetState, shift: Shift): number[] {
  const moving = movingArea(shift);
  const keys: number[] = [];
  for (const k of s.inputs.keys()) {
    const [row, col] = [keyRow(k), keyCol(k)];
    if (row >= moving.top && row <= moving.bottom && col >= moving.left && col <= moving.right)
      keys.push(k);
  }
  return keys;
}
