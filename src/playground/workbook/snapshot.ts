/**
 * The workbook as plain data (src/playground/model.ts `WorkbookSnapshot`) and back. Loading builds
 * the engine in one go from the sheets (as `si-kalkyl recalc` does), names included, and swaps it
 * in only when everything was read: a snapshot that cannot be loaded leaves the workbook as it was.
 */
import { RawCellContent, SerializedNamedExpression } from "hyperformula";
import { createEngine } from "../../engine/engine";
import { TableDef } from "../../engine/structured";
import { CellValue, ChartInfo, ModelError, SheetSnapshot, WorkbookSnapshot } from "../model";
import { cellKey, checkArea, keyCol, keyRow } from "./areas";
import { NameState, WorkbookCore, engineOptions } from "./core";
import { compileFormula, nameExpression, normalInput, withCachedFallback } from "./engine-cells";
import { checkSheetName, sameName, uniqueHeaders } from "./naming";
import { sheetId } from "./sheet-ops";
import { SheetState, newSheetState, storeInput } from "./sheet-state";
import { DEFAULT_TABLE_STYLE, TableState, headerText, tableDef, tableInfo } from "./tables";

function clone<T>(v: T): T {
  return structuredClone(v);
}

function sortedKeys<V>(map: Map<number, V>): number[] {
  return [...map.keys()].sort((a, b) => a - b);
}

function sheetSnapshot(core: WorkbookCore, s: SheetState): SheetSnapshot {
  const snap: SheetSnapshot = {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells: sortedKeys(s.inputs).map((k) => ({
      row: keyRow(k),
      col: keyCol(k),
      input: s.inputs.get(k)!,
    })),
    numberFormats: sortedKeys(s.numberFormats).map((k) => ({
      row: keyRow(k),
      col: keyCol(k),
      format: s.numberFormats.get(k)!,
    })),
    formats: sortedKeys(s.formats).map((k) => ({
      row: keyRow(k),
      col: keyCol(k),
      format: clone(s.formats.get(k)!),
    })),
    merges: clone(s.merges),
    columnWidths: [...s.widths].sort((a, b) => a[0] - b[0]).map(([col, width]) => ({ col, width })),
    rowHeights: [...s.heights]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row, height })),
    tables: core
      .tablesOn(s.id)
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((t) => {
        const { id: _, sheetId: __, ...table } = tableInfo(t);
        return table;
      }),
    validations: s.validations.map(({ sheetId: _, ...rest }) => clone(rest)),
    conditionalFormats: s.conditionalFormats.map(({ sheetId: _, ...rest }) => clone(rest)),
    charts: [...core.charts.values()]
      .filter((c) => c.sheetId === s.id)
      .map(({ id: _, sheetId: __, ...rest }) => clone(rest)),
  };
  if (s.tabColor !== undefined) snap.tabColor = s.tabColor;
  const cached = sortedKeys(s.formulas).flatMap((k) => {
    const value = s.formulas.get(k)!.cached;
    return value === undefined ? [] : [{ row: keyRow(k), col: keyCol(k), value: clone(value) }];
  });
  if (cached.length) snap.cachedValues = cached;
  return snap;
}

export function takeSnapshot(core: WorkbookCore): WorkbookSnapshot {
  return {
    sheets: core.order.map((s) => sheetSnapshot(core, s)),
    names: core.names.map((n) => ({ ...n.info })),
    settings: clone(core.settings),
  };
}

// --- loading ------------------------------------------------------------------------------------

function checkSheets(snapshot: WorkbookSnapshot): void {
  if (!snapshot || !Array.isArray(snapshot.sheets) || snapshot.sheets.length === 0)
    throw new ModelError("InvalidArgument", "a workbook needs at least one sheet");
  snapshot.sheets.forEach((sheet, i) => {
    checkSheetName(sheet.name);
    if (snapshot.sheets.slice(0, i).some((o) => sameName(o.name, sheet.name)))
      throw new ModelError("ItemAlreadyExists", `two sheets are named ${sheet.name}`);
  });
}

interface Loaded {
  states: SheetState[];
  tables: TableState[];
  contents: Record<string, RawCellContent[][]>;
  names: NameState[];
  expressions: SerializedNamedExpression[];
}

function headerTexts(sheet: SheetSnapshot, row: number, left: number, width: number): string[] {
  const texts = Array.from({ length: width }, () => "");
  for (const c of sheet.cells)
    if (c.row === row && c.col >= left && c.col < left + width)
      texts[c.col - left] = headerText(c.input);
  return texts;
}

function readTables(core: WorkbookCore, sheet: SheetSnapshot, s: SheetState): TableState[] {
  return (sheet.tables ?? []).map((t) => {
    const area = { ...checkArea(t.area) };
    const width = area.right - area.left + 1;
    const texts = t.showHeaders
      ? headerTexts(sheet, area.top, area.left, width)
      : Array(width).fill("");
    return {
      id: String(core.nextId()),
      name: t.name,
      sheetId: s.id,
      area,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style ?? DEFAULT_TABLE_STYLE,
      columns: uniqueHeaders(texts, core.lang),
    };
  });
}

function read(core: WorkbookCore, snapshot: WorkbookSnapshot): Loaded {
  checkSheets(snapshot);
  const states = snapshot.sheets.map((sheet) => {
    const s = newSheetState(sheetId(core.nextId()), sheet.name, -1);
    s.visibility = sheet.visibility ?? "Visible";
    s.protected = sheet.protected ?? false;
    if (sheet.tabColor) s.tabColor = sheet.tabColor;
    return s;
  });
  const tables = snapshot.sheets.flatMap((sheet, i) => readTables(core, sheet, states[i]));
  const defs = tables.map((t) => tableDef(t, states.find((s) => s.id === t.sheetId)!.name));
  const probe = createEngine(
    Object.fromEntries(states.map((s) => [s.name, []])),
    engineOptions(core.lang)
  );
  try {
    const names: NameState[] = [];
    const expressions: SerializedNamedExpression[] = [];
    for (const n of snapshot.names ?? []) {
      const expression = nameExpression(n.formula, defs);
      const usable = probe.isItPossibleToAddNamedExpression(n.name, expression);
      if (usable) {
        probe.addNamedExpression(n.name, expression);
        expressions.push({ name: n.name, expression });
      }
      names.push({ info: { ...n }, expression: usable ? expression : undefined });
    }
    const contents: Record<string, RawCellContent[][]> = {};
    snapshot.sheets.forEach((sheet, i) => {
      contents[sheet.name] = readCells(sheet, states[i], defs, (f) => probe.validateFormula(f));
    });
    return { states, tables, contents, names, expressions };
  } finally {
    probe.destroy();
  }
}

function readCells(
  sheet: SheetSnapshot,
  s: SheetState,
  defs: readonly TableDef[],
  parses: (formula: string) => boolean
): RawCellContent[][] {
  const cached = new Map<number, CellValue>();
  for (const c of sheet.cachedValues ?? []) cached.set(cellKey(c.row, c.col), c.value);
  const data: RawCellContent[][] = [];
  for (const c of sheet.cells ?? []) {
    checkArea({ top: c.row, left: c.col, bottom: c.row, right: c.col });
    const input = normalInput(c.input);
    if (input === null) continue;
    const fileValue = cached.get(cellKey(c.row, c.col));
    (data[c.row] ??= [])[c.col] = storeInput(s, c.row, c.col, input, (text, at) =>
      withCachedFallback(compileFormula(text, at, defs, fileValue), parses)
    );
  }
  for (let i = 0; i < data.length; i++) data[i] ??= [];
  for (const f of sheet.numberFormats ?? []) s.numberFormats.set(cellKey(f.row, f.col), f.format);
  for (const f of sheet.formats ?? []) s.formats.set(cellKey(f.row, f.col), clone(f.format));
  s.merges = clone(sheet.merges ?? []);
  for (const w of sheet.columnWidths ?? []) s.widths.set(w.col, w.width);
  for (const h of sheet.rowHeights ?? []) s.heights.set(h.row, h.height);
  s.validations = (sheet.validations ?? []).map((v) => ({ ...clone(v), sheetId: s.id }));
  s.conditionalFormats = (sheet.conditionalFormats ?? []).map((c) => ({
    ...clone(c),
    sheetId: s.id,
  }));
  return data;
}

/** Replaces the whole workbook; nothing changes when the snapshot cannot be read. */
export function loadSnapshot(core: WorkbookCore, snapshot: WorkbookSnapshot): void {
  const loaded = read(core, snapshot);
  const hf = createEngine(loaded.contents, {
    ...engineOptions(core.lang),
    namedExpressions: loaded.expressions,
  });
  core.replaceEngine(hf);
  for (const s of loaded.states) s.hf = hf.getSheetId(s.name)!;
  core.order = loaded.states;
  core.byId.clear();
  for (const s of loaded.states) core.byId.set(s.id, s);
  core.tables.clear();
  for (const t of loaded.tables) core.tables.set(t.id, t);
  core.names = loaded.names;
  core.charts.clear();
  snapshot.sheets.forEach((sheet, i) => {
    for (const c of sheet.charts ?? []) {
      const chart: ChartInfo = {
        ...clone(c),
        id: `{CHART-${core.nextId()}}`,
        sheetId: loaded.states[i].id,
      };
      core.charts.set(chart.id, chart);
    }
  });
  core.settings = clone(snapshot.settings ?? {});
  core.activeId = (loaded.states.find((s) => s.visibility === "Visible") ?? loaded.states[0]).id;
  core.changed({ kind: "all" });
}
