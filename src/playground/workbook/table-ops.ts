/**
 * The edits of tables (ListObjects), with Excel's rules: headers are unique text, a table without
 * headers gets `Column1`… and its data moves down one row, rows added to a table grow it (and
 * fill its calculated columns), a deleted row closes up. Every change of a table's area or name
 * re-resolves the structured references of every formula.
 */
import { Lang } from "../../i18n/lang";
import { Area, CellInput, ModelError } from "../model";
import { areaOf, cellKey, checkArea, inArea, intersects, keyCol, keyRow } from "./areas";
import { WorkbookCore } from "./core";
import { isFormula, modelValue } from "./engine-cells";
import { deleteTableIn, renameColumnIn, renameTableIn } from "./formula-text";
import { resolveStructured } from "../../engine/structured";
import { checkName, columnWord, sameName, uniqueHeaders } from "./naming";
import { applyShift } from "./shift";
import { SheetState, checkUnprotected, keysIn } from "./sheet-state";
import {
  DEFAULT_TABLE_STYLE,
  TableState,
  bodyRows,
  calculatedFormulas,
  defaultTableName,
  findTable,
  headerText,
  tableDef,
} from "./tables";

function nameTaken(core: WorkbookCore, name: string, except?: TableState): boolean {
  const table = findTable(core.tables.values(), name);
  return (
    (table !== undefined && table !== except) || core.names.some((n) => sameName(n.info.name, name))
  );
}

function checkTableName(core: WorkbookCore, name: string, except?: TableState): void {
  checkName(name, "table name");
  if (nameTaken(core, name, except))
    throw new ModelError("ItemAlreadyExists", `the name ${name} is already taken`);
}

function checkNoOverlap(core: WorkbookCore, s: SheetState, area: Area, except?: TableState): void {
  for (const t of core.tablesOn(s.id)) {
    if (t !== except && intersects(t.area, area))
      throw new ModelError("InvalidArgument", `a table cannot overlap the table ${t.name}`);
  }
}

/** A header cell's text: a formula's value, a constant as Excel writes it as text. */
function cellText(core: WorkbookCore, s: SheetState, row: number, col: number): string {
  const input = s.inputs.get(cellKey(row, col)) ?? null;
  if (!isFormula(input)) return headerText(input);
  core.fresh();
  const v = modelValue(core.hf.getCellValue(core.address(s, row, col)));
  return typeof v === "object" && v !== null ? v.error : headerText(v);
}

/** Header names from the header row, written back where Excel changes them (text, unique). */
function headersFromRow(
  core: WorkbookCore,
  s: SheetState,
  row: number,
  left: number,
  width: number
): string[] {
  const texts = Array.from({ length: width }, (_, j) => cellText(core, s, row, left + j));
  const names = uniqueHeaders(texts, core.lang);
  writeHeaders(core, s, row, left, names);
  return names;
}

function writeHeaders(
  core: WorkbookCore,
  s: SheetState,
  row: number,
  left: number,
  names: string[]
): void {
  const differs = names.some((n, j) => s.inputs.get(cellKey(row, left + j)) !== n);
  if (differs) core.writeBlock(s, row, left, [names]);
}

/** The cells of `columns`' columns from `row` down move `count` rows (up when negative). */
function shiftRows(
  core: WorkbookCore,
  s: SheetState,
  columns: Area,
  row: number,
  count: number
): void {
  applyShift(core, s, {
    sheet: s.name,
    axis: "rows",
    from: columns.left,
    to: columns.right,
    at: row,
    count,
  });
}

export function addTable(
  core: WorkbookCore,
  s: SheetState,
  given: Area,
  hasHeaders: boolean,
  name?: string
): TableState {
  const area = { ...checkArea(given) };
  checkUnprotected(s);
  if (name !== undefined) checkTableName(core, name);
  const grown = hasHeaders ? area : { ...area, bottom: area.bottom + 1 };
  // A header row alone gets one empty data row, as Excel makes an empty table.
  if (grown.bottom === grown.top) grown.bottom++;
  checkArea(grown);
  // Without headers the data moves down, and a table right below with it.
  checkNoOverlap(core, s, hasHeaders ? grown : area);
  const width = area.right - area.left + 1;
  const table: TableState = {
    id: String(core.nextId()),
    name: name ?? defaultTableName(core.lang, (n) => nameTaken(core, n)),
    sheetId: s.id,
    area: grown,
    showHeaders: true,
    showTotals: false,
    style: DEFAULT_TABLE_STYLE,
    columns: [],
  };
  if (!hasHeaders) {
    // Office.js: "Excel will automatically generate a header and shift the data down by one row."
    shiftRows(core, s, area, area.top, 1);
    const names = uniqueHeaders(
      Array.from({ length: width }, () => ""),
      core.lang
    );
    core.writeBlock(s, area.top, area.left, [names]);
    table.columns = names;
  } else table.columns = headersFromRow(core, s, area.top, area.left, width);
  core.tables.set(table.id, table);
  core.tablesChanged();
  return table;
}

/** After a write on `s`: a changed header cell renames its column, as Excel does. */
export function syncHeaders(core: WorkbookCore, s: SheetState, written: Area): void {
  let changed = false;
  for (const t of core.tablesOn(s.id)) {
    if (!t.showHeaders) continue;
    const header = { ...t.area, bottom: t.area.top };
    if (!intersects(header, written)) continue;
    const names = headersFromRow(core, s, t.area.top, t.area.left, t.area.right - t.area.left + 1);
    if (names.every((n, j) => n === t.columns[j])) continue;
    names.forEach((n, j) => {
      const old = t.columns[j];
      if (old !== undefined && !sameName(old, n) && !names.some((m) => sameName(m, old)))
        renameColumn(core, t, old, n);
    });
    t.columns = names;
    changed = true;
  }
  if (changed) core.tablesChanged();
}

export function resizeTable(core: WorkbookCore, t: TableState, given: Area): void {
  const area = { ...checkArea(given) };
  const s = core.sheet(t.sheetId);
  checkUnprotected(s);
  if (area.top !== t.area.top || !intersects(area, t.area))
    throw new ModelError(
      "InvalidArgument",
      "the new range must overlap the table and keep its header row in the same row"
    );
  if (area.bottom <= area.top + (t.showHeaders ? 0 : -1) + (t.showTotals ? 1 : 0))
    throw new ModelError("InvalidArgument", "a table needs at least one data row");
  checkNoOverlap(core, s, area, t);
  const width = area.right - area.left + 1;
  t.area = area;
  if (t.showHeaders) t.columns = headersFromRow(core, s, area.top, area.left, width);
  else
    t.columns = uniqueHeaders(
      Array.from({ length: width }, (_, j) => t.columns[j] ?? `${columnWord(core.lang)}${j + 1}`),
      core.lang
    );
  core.tablesChanged();
  core.changed({ kind: "cells", sheetId: s.id });
}

export function addTableRows(
  core: WorkbookCore,
  t: TableState,
  values: readonly CellInput[][],
  index?: number
): void {
  const s = core.sheet(t.sheetId);
  checkUnprotected(s);
  const width = t.area.right - t.area.left + 1;
  if (!Array.isArray(values) || values.some((row) => !Array.isArray(row) || row.length !== width))
    throw new ModelError("InvalidArgument", `each row must have ${width} values`);
  if (values.length === 0) return;
  const body = bodyRows(t);
  const count = body.bottom - body.top + 1;
  const at = index === undefined ? count : index;
  if (!Number.isInteger(at) || at < 0 || at > count)
    throw new ModelError("InvalidArgument", `no row ${String(index)} in the table ${t.name}`);
  const calculated = calculatedFormulas(t, (r, c) => s.inputs.get(cellKey(r, c)) ?? null);
  const row = body.top + at;
  const appended = row === t.area.bottom + 1;
  areaOf(row, t.area.left, values.length, width);
  shiftRows(core, s, t.area, row, values.length);
  // Inserting below the last row does not grow a table by itself (Excel's Range.insert); a table row does.
  if (appended) t.area = { ...t.area, bottom: t.area.bottom + values.length };
  const inputs = values.map((r: readonly CellInput[]) =>
    r.map((v: CellInput, j: number) => (v === null || v === "" ? (calculated[j] ?? null) : v))
  );
  core.writeBlock(s, row, t.area.left, inputs);
  copyRowLooks(s, t, row, values.length);
  core.tablesChanged();
}

/** New rows take the number formats and looks of the data row next to them, as in Excel. */
function copyRowLooks(s: SheetState, t: TableState, row: number, count: number): void {
  const body = bodyRows(t);
  const source = row > body.top ? row - 1 : row + count <= body.bottom ? row + count : undefined;
  if (source === undefined) return;
  for (let col = t.area.left; col <= t.area.right; col++) {
    const nf = s.numberFormats.get(cellKey(source, col));
    const f = s.formats.get(cellKey(source, col));
    for (let r = row; r < row + count; r++) {
      if (nf !== undefined) s.numberFormats.set(cellKey(r, col), nf);
      if (f !== undefined) s.formats.set(cellKey(r, col), { ...f });
    }
  }
}

export function deleteTableRow(core: WorkbookCore, t: TableState, index: number): void {
  const s = core.sheet(t.sheetId);
  checkUnprotected(s);
  const body = bodyRows(t);
  const count = body.bottom - body.top + 1;
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new ModelError("InvalidArgument", `no row ${index} in the table ${t.name}`);
  const row = body.top + index;
  const width = t.area.right - t.area.left + 1;
  if (count === 1) {
    // A table keeps one data row: the last one is emptied instead.
    core.writeBlock(s, row, t.area.left, [Array.from({ length: width }, () => null)]);
    return;
  }
  shiftRows(core, s, t.area, row, -1);
}

/** Table.delete: the table and its cells go; references to it become #REF!, as in Excel. */
export function deleteTable(core: WorkbookCore, t: TableState): void {
  const s = core.sheet(t.sheetId);
  checkUnprotected(s);
  core.tables.delete(t.id);
  clearArea(core, s, t.area);
  core.rewriteFormulas((f) => deleteTableIn(f, t.name));
  core.tablesChanged();
}

/** Table.convertToRange: the cells stay; references to the table become A1 references. */
export function convertToRange(core: WorkbookCore, t: TableState): void {
  const s = core.sheet(t.sheetId);
  checkUnprotected(s);
  const def = tableDef(t, s.name);
  core.tables.delete(t.id);
  core.rewriteFormulas((f, at) => resolveStructured(f, at, [def]));
  core.tablesChanged();
  core.changed({ kind: "cells", sheetId: s.id });
}

/** Contents and looks of an area (the cells a deleted table leaves). */
export function clearArea(core: WorkbookCore, s: SheetState, area: Area): void {
  for (const k of keysIn(s.inputs, area)) core.writeCell(s, keyRow(k), keyCol(k), null);
  for (const k of keysIn(s.formats, area)) s.formats.delete(k);
  for (const k of keysIn(s.numberFormats, area)) s.numberFormats.delete(k);
  core.changed({ kind: "cells", sheetId: s.id });
}

export interface TableProps {
  name?: string;
  showHeaders?: boolean;
  showTotals?: boolean;
  style?: string;
}

export function setTableProps(core: WorkbookCore, t: TableState, props: TableProps): void {
  const s = core.sheet(t.sheetId);
  if (props.name !== undefined && props.name !== t.name) checkTableName(core, props.name, t);
  const structural =
    props.showHeaders !== undefined || props.showTotals !== undefined || props.style !== undefined;
  if (structural) checkUnprotected(s);
  if (props.showHeaders !== undefined && props.showHeaders !== t.showHeaders)
    toggleHeaders(core, s, t);
  if (props.showTotals !== undefined && props.showTotals !== t.showTotals) toggleTotals(core, s, t);
  if (props.style !== undefined) t.style = props.style;
  if (props.name !== undefined && props.name !== t.name) renameTable(core, t, props.name);
  core.tablesChanged();
  core.changed({ kind: "cells", sheetId: s.id });
}

function rowEmpty(s: SheetState, row: number, area: Area): boolean {
  for (let col = area.left; col <= area.right; col++)
    if (s.inputs.has(cellKey(row, col))) return false;
  return true;
}

function toggleHeaders(core: WorkbookCore, s: SheetState, t: TableState): void {
  const blank = Array.from({ length: t.columns.length }, () => null);
  if (t.showHeaders) {
    core.writeBlock(s, t.area.top, t.area.left, [blank]);
    t.area = { ...t.area, top: t.area.top + 1 };
    t.showHeaders = false;
    return;
  }
  const row = t.area.top - 1;
  if (row < 0 || !rowEmpty(s, row, t.area))
    throw new ModelError("InvalidOperation", "the row above the table is not empty");
  core.writeBlock(s, row, t.area.left, [t.columns]);
  t.area = { ...t.area, top: row };
  t.showHeaders = true;
}

/** The totals row's label, in the language of the workbook's Excel. */
function totalWord(lang: Lang): string {
  return lang === "sv" ? "Summa" : "Total";
}

function toggleTotals(core: WorkbookCore, s: SheetState, t: TableState): void {
  if (t.showTotals) {
    core.writeBlock(s, t.area.bottom, t.area.left, [t.columns.map(() => null)]);
    t.area = { ...t.area, bottom: t.area.bottom - 1 };
    t.showTotals = false;
    return;
  }
  const row = t.area.bottom + 1;
  if (!rowEmpty(s, row, t.area))
    throw new ModelError("InvalidOperation", "the row below the table is not empty");
  core.writeBlock(s, row, t.area.left, [
    t.columns.map((_, j) => (j === 0 ? totalWord(core.lang) : null)),
  ]);
  t.area = { ...t.area, bottom: row };
  t.showTotals = true;
}

/** Excel renames a column in every formula that names it. */
function renameColumn(core: WorkbookCore, t: TableState, old: string, name: string): void {
  const inside = (at?: { sheet: string; row: number; col: number }) =>
    !!at && at.sheet === core.sheet(t.sheetId).name && inArea(t.area, at.row - 1, at.col - 1);
  core.rewriteFormulas((f, at) => renameColumnIn(f, t.name, old, name, inside(at)));
}

/** Excel renames the table in every formula and name that uses it. */
function renameTable(core: WorkbookCore, t: TableState, name: string): void {
  const old = t.name;
  t.name = name;
  core.rewriteFormulas((f) => renameTableIn(f, old, name));
}
