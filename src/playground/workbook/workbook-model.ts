/**
 * The playground's workbook (src/playground/model.ts) over HyperFormula with the SI functions.
 * Each public method checks its arguments and Excel's rules before it changes anything, then runs
 * as one batch: one recalculation, one notification. What each edit does lives beside it
 * (sheet-ops.ts, table-ops.ts, shift.ts, snapshot.ts); this class is the door.
 */
import { Lang } from "../../i18n/lang";
import {
  Area,
  CellFormat,
  CellInput,
  CellView,
  ChartInfo,
  ConditionalFormatInfo,
  ModelChange,
  ModelError,
  NameInfo,
  PlaygroundModel,
  Selection,
  SheetInfo,
  TableInfo,
  ValidationInfo,
  WorkbookSnapshot,
} from "../model";
import {
  MAX_COLS,
  MAX_ROWS,
  areaOf,
  cellKey,
  checkArea,
  contains,
  inArea,
  intersects,
  keyCol,
  keyRow,
} from "./areas";
import { WorkbookCore } from "./core";
import { checkInput, modelValue } from "./engine-cells";
import { checkName, sameName } from "./naming";
import { Shift } from "./references";
import { applyShift } from "./shift";
import {
  SheetProps,
  addSheet,
  deleteSheet,
  nextSheetName,
  renameSheet,
  setSheetProps,
} from "./sheet-ops";
import {
  SheetState,
  checkUnprotected,
  checkWritable,
  computeUsedArea,
  keysIn,
  sheetInfo,
} from "./sheet-state";
import { loadSnapshot, takeSnapshot } from "./snapshot";
import {
  TableProps,
  addTable,
  addTableRows,
  convertToRange,
  deleteTable,
  deleteTableRow,
  resizeTable,
  setTableProps,
  syncHeaders,
} from "./table-ops";
import { findTable, tableInfo } from "./tables";

/** Excel's default column width (64 px) and row height (20 px), in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** The most cells one format call may touch: looks are kept per cell. */
const MAX_FORMAT_CELLS = 2_000_000;

const NO_FORMAT: CellFormat = Object.freeze({}) as CellFormat;

function rectangle<T>(rows: readonly T[][], what: string): number {
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r)))
    throw new ModelError("InvalidArgument", `${what} must be rows of values`);
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width))
    throw new ModelError(
      "InvalidArgument",
      `${what} must have the same number of values in every row`
    );
  return width;
}

function checkSize(n: number, what: string): void {
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0)
    throw new ModelError("InvalidArgument", `not a ${what}: ${String(n)}`);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

export class PlaygroundWorkbook implements PlaygroundModel {
  private core: WorkbookCore;

  constructor(
    snapshot: WorkbookSnapshot | undefined,
    readonly lang: Lang
  ) {
    this.core = new WorkbookCore(lang);
    this.core.batch(() => {
      if (snapshot) loadSnapshot(this.core, snapshot);
      else addSheet(this.core, nextSheetName(this.core, lang));
    });
  }

  // --- sheets -----------------------------------------------------------------------------------

  sheets(): readonly SheetInfo[] {
    return this.core.order.map(sheetInfo);
  }

  sheet(id: string): SheetInfo | undefined {
    const s = this.core.byId.get(id);
    return s && sheetInfo(s);
  }

  sheetByName(name: string): SheetInfo | undefined {
    const s = this.core.sheetNamed(name);
    return s && sheetInfo(s);
  }

  /** The name Excel gives a new sheet: the first free "Sheet<n>" ("Blad<n>" in Swedish). */
  nextSheetName(): string {
    return nextSheetName(this.core, this.lang);
  }

  addSheet(name: string, index?: number): SheetInfo {
    return this.core.batch(() => sheetInfo(addSheet(this.core, name, index)));
  }

  renameSheet(id: string, name: string): void {
    const s = this.core.sheet(id);
    this.core.batch(() => renameSheet(this.core, s, name));
  }

  deleteSheet(id: string): void {
    const s = this.core.sheet(id);
    this.core.batch(() => deleteSheet(this.core, s));
  }

  setSheetProps(id: string, props: SheetProps): void {
    const s = this.core.sheet(id);
    this.core.batch(() => setSheetProps(this.core, s, props));
  }

  /** Moves a sheet to `index` in the tab order (Worksheet.position). */
  moveSheet(id: string, index: number): void {
    const s = this.core.sheet(id);
    if (!Number.isInteger(index) || index < 0 || index >= this.core.order.length)
      throw new ModelError("InvalidArgument", `no sheet position ${index}`);
    this.core.batch(() => {
      this.core.order.splice(this.core.order.indexOf(s), 1);
      this.core.order.splice(index, 0, s);
      this.core.changed({ kind: "sheets" });
    });
  }

  activeSheetId(): string {
    return this.core.activeId;
  }

  activate(id: string): void {
    const s = this.core.sheet(id);
    if (s.visibility !== "Visible")
      throw new ModelError("InvalidOperation", `the sheet ${s.name} is hidden`);
    if (this.core.activeId === id) return;
    this.core.batch(() => {
      this.core.activeId = id;
      this.core.changed({ kind: "sheets" });
      this.core.changed({ kind: "selection" });
    });
  }

  selection(): Selection {
    const s = this.core.sheet(this.core.activeId);
    return { sheetId: s.id, area: { ...s.selection } };
  }

  select(sheetId: string, area: Area): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    if (s.visibility !== "Visible")
      throw new ModelError("InvalidOperation", `the sheet ${s.name} is hidden`);
    this.core.batch(() => {
      if (this.core.activeId !== s.id) this.core.changed({ kind: "sheets" });
      this.core.activeId = s.id;
      s.selection = { ...area };
      this.core.changed({ kind: "selection" });
    });
  }

  // --- cells ------------------------------------------------------------------------------------

  cell(sheetId: string, row: number, col: number): CellView {
    const s = this.core.sheet(sheetId);
    if (!(row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS))
      throw new ModelError("InvalidArgument", `no cell at row ${row}, column ${col}`);
    this.core.fresh();
    const k = cellKey(row, col);
    const input = s.inputs.get(k) ?? null;
    const f = s.formulas.get(k);
    const value = f?.error
      ? { ...f.error }
      : modelValue(this.core.hf.getCellValue(this.core.address(s, row, col)));
    const view: CellView = {
      value,
      input,
      numberFormat: s.numberFormats.get(k) ?? "General",
      format: { ...(s.formats.get(k) ?? NO_FORMAT) },
    };
    if (f) view.formula = input as string;
    if (s.spillCells.has(k)) view.spilled = true;
    return view;
  }

  spillOf(sheetId: string, row: number, col: number): Area | null {
    const s = this.core.sheet(sheetId);
    this.core.fresh();
    const area = s.spillAreas.find((a) => inArea(a, row, col));
    return area ? { ...area } : null;
  }

  usedArea(sheetId: string, valuesOnly = false): Area | null {
    const s = this.core.sheet(sheetId);
    this.core.fresh();
    const cache = (s.used ??= {});
    const key = valuesOnly ? "values" : "all";
    if (cache[key] === undefined) {
      const tables = this.core.tablesOn(s.id).map((t) => t.area);
      cache[key] = computeUsedArea(s, valuesOnly, tables);
    }
    const area = cache[key];
    return area ? { ...area } : null;
  }

  setInputs(sheetId: string, top: number, left: number, inputs: CellInput[][]): void {
    const s = this.core.sheet(sheetId);
    const width = rectangle(inputs, "inputs");
    if (inputs.length === 0 || width === 0) return;
    const area = areaOf(top, left, inputs.length, width);
    for (const row of inputs) for (const v of row) checkInput(v);
    checkWritable(s, area);
    this.core.batch(() => {
      this.core.writeBlock(s, top, left, inputs);
      syncHeaders(this.core, s, area);
    });
  }

  setNumberFormats(sheetId: string, top: number, left: number, formats: string[][]): void {
    const s = this.core.sheet(sheetId);
    const width = rectangle(formats, "number formats");
    if (formats.length === 0 || width === 0) return;
    areaOf(top, left, formats.length, width);
    if (formats.some((r) => r.some((f) => typeof f !== "string")))
      throw new ModelError("InvalidArgument", "a number format is text");
    checkUnprotected(s);
    this.core.batch(() => {
      formats.forEach((r, i) =>
        r.forEach((f, j) => {
          const k = cellKey(top + i, left + j);
          if (f === "General" || f === "") s.numberFormats.delete(k);
          else s.numberFormats.set(k, f);
        })
      );
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  setFormat(sheetId: string, area: Area, patch: Partial<CellFormat>): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (size > MAX_FORMAT_CELLS)
      throw new ModelError(
        "InvalidArgument",
        `the playground formats at most ${MAX_FORMAT_CELLS} cells at once`
      );
    checkUnprotected(s);
    this.core.batch(() => {
      for (let row = area.top; row <= area.bottom; row++)
        for (let col = area.left; col <= area.right; col++)
          patchFormat(s, cellKey(row, col), patch);
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  clear(sheetId: string, area: Area, applyTo: "All" | "Contents" | "Formats"): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    if (!["All", "Contents", "Formats"].includes(applyTo))
      throw new ModelError("InvalidArgument", `no clear ${String(applyTo)}`);
    if (applyTo !== "Contents") checkUnprotected(s);
    else checkWritable(s, area);
    this.core.batch(() => {
      if (applyTo !== "Formats") {
        for (const k of keysIn(s.inputs, area)) this.core.writeCell(s, keyRow(k), keyCol(k), null);
        syncHeaders(this.core, s, area);
      }
      if (applyTo !== "Contents") {
        for (const k of keysIn(s.formats, area)) s.formats.delete(k);
        for (const k of keysIn(s.numberFormats, area)) s.numberFormats.delete(k);
        s.merges = s.merges.filter((m) => !intersects(m, area));
        s.conditionalFormats = s.conditionalFormats.filter((c) => !contains(area, c.area));
      }
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  /** Inserts cells (Range.insert): the cells at and after `area` move down or right. */
  insertCells(sheetId: string, area: Area, shift: "Down" | "Right"): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    const down = shift === "Down";
    this.core.batch(() =>
      applyShift(this.core, s, {
        sheet: s.name,
        axis: down ? "rows" : "cols",
        from: down ? area.left : area.top,
        to: down ? area.right : area.bottom,
        at: down ? area.top : area.left,
        count: down ? area.bottom - area.top + 1 : area.right - area.left + 1,
      })
    );
  }

  /** Deletes cells (Range.delete): the cells after `area` move up or left into their place. */
  deleteCells(sheetId: string, area: Area, shift: "Up" | "Left"): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    const up = shift === "Up";
    const move: Shift = {
      sheet: s.name,
      axis: up ? "rows" : "cols",
      from: up ? area.left : area.top,
      to: up ? area.right : area.bottom,
      at: up ? area.top : area.left,
      count: -(up ? area.bottom - area.top + 1 : area.right - area.left + 1),
    };
    this.core.batch(() => applyShift(this.core, s, move));
  }

  merges(sheetId: string): readonly Area[] {
    return this.core.sheet(sheetId).merges.map((m) => ({ ...m }));
  }

  merge(sheetId: string, area: Area, across: boolean): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    checkUnprotected(s);
    const blocks = across
      ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
          ...area,
          top: area.top + i,
          bottom: area.top + i,
        }))
      : [area];
    for (const t of this.core.tablesOn(s.id))
      if (intersects(t.area, area))
        throw new ModelError("InvalidOperation", `cells of the table ${t.name} cannot be merged`);
    this.core.batch(() => {
      s.merges = s.merges.filter((m) => !intersects(m, area));
      for (const b of blocks) {
        if (b.top === b.bottom && b.left === b.right) continue;
        s.merges.push(b);
        // Excel keeps the top-left value of a merged block.
        for (const k of keysIn(s.inputs, b))
          if (k !== cellKey(b.top, b.left)) this.core.writeCell(s, keyRow(k), keyCol(k), null);
      }
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  unmerge(sheetId: string, area: Area): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    checkUnprotected(s);
    this.core.batch(() => {
      s.merges = s.merges.filter((m) => !intersects(m, area));
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  columnWidth(sheetId: string, col: number): number {
    return this.core.sheet(sheetId).widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(sheetId: string, row: number): number {
    return this.core.sheet(sheetId).heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  setColumnWidth(sheetId: string, col: number, width: number): void {
    const s = this.core.sheet(sheetId);
    checkArea({ top: 0, bottom: 0, left: col, right: col });
    checkSize(width, "column width");
    checkUnprotected(s);
    this.core.batch(() => {
      s.widths.set(col, width);
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  setRowHeight(sheetId: string, row: number, height: number): void {
    const s = this.core.sheet(sheetId);
    checkArea({ top: row, bottom: row, left: 0, right: 0 });
    checkSize(height, "row height");
    checkUnprotected(s);
    this.core.batch(() => {
      s.heights.set(row, height);
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  // --- tables -----------------------------------------------------------------------------------

  tables(): readonly TableInfo[] {
    const order = new Map(this.core.order.map((s, i) => [s.id, i]));
    return [...this.core.tables.values()]
      .sort((a, b) => order.get(a.sheetId)! - order.get(b.sheetId)! || Number(a.id) - Number(b.id))
      .map(tableInfo);
  }

  /** The table named `name` (case-insensitive), as Office's tables.getItem finds it. */
  tableByName(name: string): TableInfo | undefined {
    const t = findTable(this.core.tables.values(), name);
    return t && tableInfo(t);
  }

  /** The column names of a table, left to right. */
  tableColumns(id: string): readonly string[] {
    return [...this.core.table(id).columns];
  }

  addTable(sheetId: string, area: Area, hasHeaders: boolean, name?: string): TableInfo {
    const s = this.core.sheet(sheetId);
    return this.core.batch(() => tableInfo(addTable(this.core, s, area, hasHeaders, name)));
  }

  setTableProps(id: string, props: TableProps): void {
    const t = this.core.table(id);
    this.core.batch(() => setTableProps(this.core, t, props));
  }

  resizeTable(id: string, area: Area): void {
    const t = this.core.table(id);
    this.core.batch(() => resizeTable(this.core, t, area));
  }

  deleteTableRow(id: string, index: number): void {
    const t = this.core.table(id);
    this.core.batch(() => deleteTableRow(this.core, t, index));
  }

  addTableRows(id: string, values: CellInput[][], index?: number): void {
    const t = this.core.table(id);
    for (const row of values) for (const v of row) checkInput(v);
    this.core.batch(() => addTableRows(this.core, t, values, index));
  }

  deleteTable(id: string): void {
    const t = this.core.table(id);
    this.core.batch(() => deleteTable(this.core, t));
  }

  /** Ends the table but keeps its cells (Table.convertToRange). */
  convertTableToRange(id: string): void {
    const t = this.core.table(id);
    this.core.batch(() => convertToRange(this.core, t));
  }

  // --- names ------------------------------------------------------------------------------------

  names(): readonly NameInfo[] {
    return this.core.names.map((n) => ({ ...n.info }));
  }

  addName(name: string, formula: string, comment?: string): NameInfo {
    checkName(name, "name");
    if (
      this.core.names.some((n) => sameName(n.info.name, name)) ||
      findTable(this.core.tables.values(), name)
    )
      throw new ModelError("ItemAlreadyExists", `the name ${name} is already taken`);
    if (typeof formula !== "string" || formula.trim() === "")
      throw new ModelError("InvalidArgument", "a name needs a formula");
    const text = formula.startsWith("=") ? formula : `=${formula}`;
    const expression = this.core.nameExpression(text);
    if (!this.core.hf.validateFormula(expression))
      throw new ModelError("InvalidArgument", `the formula of ${name} cannot be used: ${text}`);
    // A name Excel allows and HyperFormula does not (a backslash in it) is kept, unused.
    const usable = this.core.hf.isItPossibleToAddNamedExpression(name, expression);
    const info: NameInfo = { name, formula: text, visible: true };
    if (comment !== undefined) info.comment = comment;
    return this.core.batch(() => {
      if (usable) this.core.edit().addNamedExpression(name, expression);
      this.core.names.push({ info, expression: usable ? expression : undefined });
      this.core.changed({ kind: "all" });
      return { ...info };
    });
  }

  deleteName(name: string): void {
    const index = this.core.names.findIndex((n) => sameName(n.info.name, name));
    if (index < 0) throw new ModelError("ItemNotFound", `no name ${name}`);
    this.core.batch(() => {
      const [n] = this.core.names.splice(index, 1);
      if (n.expression !== undefined) this.core.edit().removeNamedExpression(n.info.name);
      this.core.changed({ kind: "all" });
    });
  }

  // --- validation, conditional formats, charts ----------------------------------------------------

  validations(sheetId: string): readonly ValidationInfo[] {
    return clone(this.core.sheet(sheetId).validations);
  }

  /** A rule replaces the rules of the cells it covers; an empty rule (`{}`) only clears them. */
  setValidation(info: ValidationInfo): void {
    const s = this.core.sheet(info.sheetId);
    checkArea(info.area);
    checkUnprotected(s);
    this.core.batch(() => {
      s.validations = s.validations.filter((v) => !contains(info.area, v.area));
      if (Object.keys(info.rule ?? {}).length) s.validations.push(clone(info));
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  conditionalFormats(sheetId: string): readonly ConditionalFormatInfo[] {
    return clone(this.core.sheet(sheetId).conditionalFormats);
  }

  addConditionalFormat(info: ConditionalFormatInfo): void {
    const s = this.core.sheet(info.sheetId);
    checkArea(info.area);
    checkUnprotected(s);
    this.core.batch(() => {
      s.conditionalFormats.push(clone(info));
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  /** Removes the conditional formats inside `area` (ConditionalFormatCollection.clearAll). */
  clearConditionalFormats(sheetId: string, area: Area): void {
    const s = this.core.sheet(sheetId);
    checkArea(area);
    checkUnprotected(s);
    this.core.batch(() => {
      s.conditionalFormats = s.conditionalFormats.filter((c) => !intersects(area, c.area));
      this.core.changed({ kind: "cells", sheetId: s.id });
    });
  }

  charts(sheetId: string): readonly ChartInfo[] {
    this.core.sheet(sheetId);
    return [...this.core.charts.values()].filter((c) => c.sheetId === sheetId).map(clone);
  }

  addChart(info: Omit<ChartInfo, "id">): ChartInfo {
    const s = this.core.sheet(info.sheetId);
    checkArea(info.source);
    checkUnprotected(s);
    return this.core.batch(() => {
      const chart: ChartInfo = { ...clone(info), id: `{CHART-${this.core.nextId()}}` };
      this.core.charts.set(chart.id, chart);
      this.core.changed({ kind: "cells", sheetId: s.id });
      return clone(chart);
    });
  }

  updateChart(id: string, patch: Partial<Omit<ChartInfo, "id" | "sheetId">>): void {
    const chart = this.core.charts.get(id);
    if (!chart) throw new ModelError("ItemNotFound", `no chart ${id}`);
    if (patch.source) checkArea(patch.source);
    checkUnprotected(this.core.sheet(chart.sheetId));
    this.core.batch(() => {
      Object.assign(chart, clone(patch));
      this.core.changed({ kind: "cells", sheetId: chart.sheetId });
    });
  }

  deleteChart(id: string): void {
    const chart = this.core.charts.get(id);
    if (!chart) throw new ModelError("ItemNotFound", `no chart ${id}`);
    checkUnprotected(this.core.sheet(chart.sheetId));
    this.core.batch(() => {
      this.core.charts.delete(id);
      this.core.changed({ kind: "cells", sheetId: chart.sheetId });
    });
  }

  // --- settings, batching, events, files --------------------------------------------------------

  settings(): Record<string, unknown> {
    return clone(this.core.settings);
  }

  setSettings(settings: Record<string, unknown>): void {
    this.core.settings = clone(settings);
  }

  batch<T>(edits: () => T): T {
    return this.core.batch(edits);
  }

  subscribe(listener: (change: ModelChange) => void): () => void {
    return this.core.subscribe(listener);
  }

  snapshot(): WorkbookSnapshot {
    this.core.fresh();
    return takeSnapshot(this.core);
  }

  load(snapshot: WorkbookSnapshot): void {
    this.core.batch(() => loadSnapshot(this.core, snapshot));
  }
}

function patchFormat(s: SheetState, k: number, patch: Partial<CellFormat>): void {
  const next: CellFormat = { ...(s.formats.get(k) ?? {}) };
  for (const [key, value] of Object.entries(patch) as [keyof CellFormat, unknown][]) {
    if (value === undefined || value === null) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(next).length) s.formats.set(k, next);
  else s.formats.delete(k);
}
