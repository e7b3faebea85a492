/**
 * An ExcelJS workbook evaluated by the headless engine: its cells become HyperFormula sheets, every
 * formula (native and SI.*) is computed, and the results go back into the same ExcelJS objects as
 * cached values, so that any spreadsheet program or viewer shows numbers. Pure over ExcelJS
 * objects: bytes → ExcelJS is src/engine/xlsx-file.ts's job, and the copy's bytes are the input's
 * with the `writes` returned here patched in (src/engine/xlsx-patch.ts).
 *
 * Decisions a reader of the output should know:
 * - A formula keeps its text exactly as the file had it (`_xlfn.` prefixes, shared and array
 *   formulas, structured references); only its cached result changes. HyperFormula has no
 *   tables: it gets structured references as A1 references (src/engine/structured.ts).
 * - A formula HyperFormula cannot evaluate (unknown function, syntax it does not parse) keeps the
 *   cached value the file had, is reported as #NAME?, and that value (not an error, not 0) is what
 *   the formulas depending on it see.
 * - A formula whose result spills keeps its kind: a plain formula stays plain with the top-left
 *   value, an array formula stays an array formula (its range grown to the spill if need be).
 *   The other cells of the spill get plain cached values. An array formula would let Excel show
 *   the whole spill, but LibreOffice recalculates array formulas on opening and shows #NAME? for
 *   SI functions, while it shows a plain formula's cached values. The price: recalculating the
 *   copy again finds the spill cells filled, which is #SPILL!. Cells of a spill must be empty in
 *   the input: a spill onto anything the user typed is #SPILL!, as in Excel. An SI function's
 *   spill is its result alone, not the size HyperFormula reserved for it (src/engine/spill.ts).
 * - Values only (`valuesOnly`): every formula that calls an SI function becomes its value; native
 *   formulas stay formulas with cached results, so the copy keeps working in Excel without the
 *   add-in and still shows where its numbers come from.
 */
import type { Cell, CellErrorValue, CellValue, ValueType, Workbook, Worksheet } from "exceljs";
import {
  DetailedCellError,
  HyperFormula,
  RawCellContent,
  SerializedNamedExpression,
  Sheets,
} from "hyperformula";
import { Lang } from "../i18n/lang";
import {
  EngineOptions,
  createEngine,
  excelErrorText,
  registerSiFunctions,
  reportValue,
} from "./engine";
import { columnLetters } from "../core/cells";
import {
  calledFunctions,
  columnNumber,
  engineFormula,
  isSiFunction,
  shiftFormula,
} from "./formula";
import { siResult, spillArea } from "./spill";
import { TableDef, resolveStructured } from "./structured";
import { exceljsTables } from "./tables";

/** A defined name as the file has it: `Blad1!$B$2`, `0.035`, …; `sheet` for a sheet-level name. */
export interface DefinedName {
  name: string;
  text: string;
  sheet?: string;
}

/** A cached or computed value as an xlsx cell holds it. */
export type XlsxValue = number | string | boolean | Date | CellErrorValue | null;

/** What ExcelJS keeps of a formula cell (its typings omit array formulas and `shareType`). */
interface FileFormula {
  formula?: string;
  sharedFormula?: string;
  shareType?: "shared" | "array";
  ref?: string;
  result?: XlsxValue;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One formula cell of the input; rows and columns count from 1 as in ExcelJS. */
export interface FormulaCell {
  /** The ExcelJS cell, when the workbook was read by ExcelJS (src/engine/xlsx-read.ts reads without). */
  cell?: Cell;
  sheet: string;
  row: number;
  col: number;
  /** The formula as the file stores it, without "=" (a shared formula moved to this cell). */
  text: string;
  /** The formula as HyperFormula gets it, with "=". */
  engineText: string;
  si: boolean;
  shared: boolean;
  /** An array formula's range (`<f t="array" ref="…">`). */
  array?: Area;
  /** Why HyperFormula cannot evaluate it; the cell then keeps its cached value. */
  unsupported?: string;
  cached: XlsxValue;
}

export interface EngineInput {
  sheets: Sheets;
  /** Sheet names in workbook order (HyperFormula's `Sheets` is a plain object). */
  sheetNames: string[];
  formulas: FormulaCell[];
  names: DefinedName[];
  /** The tables (ListObjects) whose structured references formulas may use. */
  tables: TableDef[];
  date1904: boolean;
}

export interface CellReport {
  cell: string;
  error: string;
  message: string;
}

export interface SheetReport {
  name: string;
  formulas: number;
  siCells: number;
  errors: CellReport[];
}

export interface RecalcWorkbookOptions {
  lang?: Lang;
  valuesOnly?: boolean;
  /** The file's defined names when known (ExcelJS itself keeps only plain ranges). */
  definedNames?: DefinedName[];
}

// ---------------------------------------------------------------------------------------------
// Reading: ExcelJS cells → HyperFormula contents

// ExcelJS's ValueType values, as constants: ExcelJS itself is loaded only when a workbook is read
// with it (src/engine/xlsx-file.ts), and `si-kalkyl recalc` mostly does without.
const NULL = 0 as ValueType;
const MERGE = 1 as ValueType;
const FORMULA = 6 as ValueType;

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904_OFFSET = 1462;

/** A date as Excel's serial number, the way ExcelJS itself converts (UTC, no time zone). */
export function excelSerial(date: Date, date1904: boolean): number {
  return EPOCH_1900 + date.getTime() / MS_PER_DAY - (date1904 ? EPOCH_1904_OFFSET : 0);
}

/** Error values HyperFormula reads as errors; the newer ones it lacks are #VALUE! to it. */
const ENGINE_ERRORS = new Set([
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#SPILL!",
]);

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((run) => run.text).join("");
}

/** A cell's value as HyperFormula content. Text gets a leading apostrophe so "1" stays text. */
export function engineValue(v: unknown, date1904: boolean): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return `'${v}`;
  if (v instanceof Date) return excelSerial(v, date1904);
  if (typeof v === "object") {
    if ("error" in v) {
      const error = String(v.error);
      return ENGINE_ERRORS.has(error) ? error : "#VALUE!";
    }
    if ("richText" in v && Array.isArray(v.richText))
      return `'${richText(v as { richText: { text: string }[] })}`;
    if ("text" in v) return engineValue(v.text, date1904);
  }
  return null;
}

export function parseArea(ref: string): Area {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = /^([A-Za-z]+)(\d+)$/.exec(from);
  const b = /^([A-Za-z]+)(\d+)$/.exec(to);
  if (!a || !b) throw new Error(`not a cell range: ${ref}`);
  return {
    top: Number(a[2]),
    left: columnNumber(a[1]),
    bottom: Number(b[2]),
    right: columnNumber(b[1]),
  };
}

export function areaRef(area: Area): string {
  const from = `${columnLetters(area.left)}${area.top}`;
  const to = `${columnLetters(area.right)}${area.bottom}`;
  return from === to ? from : `${from}:${to}`;
}

function inArea(area: Area | undefined, row: number, col: number): boolean {
  return !!area && row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Functions Excel evaluates over arrays without Ctrl+Shift+Enter; HyperFormula needs ARRAYFORMULA. */
const ARRAY_CONTEXT = new Set(["SUMPRODUCT"]);

let knownFunctions: Set<string> | undefined;

function isKnownFunction(name: string): boolean {
  if (!knownFunctions) {
    registerSiFunctions();
    knownFunctions = new Set(
      HyperFormula.getRegisteredFunctionNames("enGB").map((n) => n.toUpperCase())
    );
  }
  return knownFunctions.has(name);
}

/** The file's text of a formula cell: a shared formula's clone is its master's formula, moved. */
function formulaText(ws: Worksheet, cell: Cell, v: FileFormula): string {
  if (v.formula !== undefined) return v.formula.replace(/^=/, "");
  const master = v.sharedFormula ? ws.getCell(v.sharedFormula) : undefined;
  const masterText = master ? (master.value as FileFormula | null)?.formula : undefined;
  if (!master || masterText === undefined) return cell.formula ?? "";
  return shiftFormula(
    masterText.replace(/^=/, ""),
    Number(cell.row) - Number(master.row),
    Number(cell.col) - Number(master.col)
  );
}

function readFormula(ws: Worksheet, cell: Cell, tables: readonly TableDef[]): FormulaCell {
  const v = cell.value as FileFormula;
  // `result` as a property: ExcelJS's `value` copy drops falsy results such as 0 and FALSE.
  const cached = (cell as unknown as { result?: XlsxValue }).result ?? null;
  return formulaCell(
    { sheet: ws.name, row: Number(cell.row), col: Number(cell.col), cell },
    formulaText(ws, cell, v),
    {
      array: v.shareType === "array" ? v.ref : undefined,
      shared: v.sharedFormula !== undefined || v.shareType === "shared",
    },
    cached,
    tables
  );
}

/**
 * A formula cell from its text (a shared formula already moved to it) and its `<f>` kind; the
 * engine's text has the structured references to `tables` resolved.
 */
export function formulaCell(
  at: { sheet: string; row: number; col: number; cell?: Cell },
  text: string,
  kind: { array?: string; shared: boolean },
  cached: XlsxValue,
  tables: readonly TableDef[] = []
): FormulaCell {
  const functions = calledFunctions(text);
  const unknown = functions.filter((f) => !isKnownFunction(f));
  const array = kind.array ? parseArea(kind.array) : undefined;
  const body = engineFormula(resolveStructured(text, at, tables));
  const arrayContext = !!array || functions.some((f) => ARRAY_CONTEXT.has(f));
  return {
    ...at,
    text,
    engineText: arrayContext ? `=ARRAYFORMULA(${body})` : `=${body}`,
    si: functions.some(isSiFunction),
    shared: kind.shared,
    array,
    unsupported: unknown.length
      ? `HyperFormula does not support the function ${unknown.join(", ")}; the cell keeps its cached value`
      : undefined,
    cached,
  };
}

export function setContent(
  data: RawCellContent[][],
  row: number,
  col: number,
  content: RawCellContent
): void {
  const r = (data[row - 1] ??= []);
  r[col - 1] = content;
}

/** Cells of an array formula's range other than its corner hold the old results: not input. */
export function clearArrayRanges(data: RawCellContent[][], formulas: FormulaCell[]): void {
  for (const f of formulas) {
    if (!f.array) continue;
    for (let row = f.array.top; row <= f.array.bottom; row++) {
      for (let col = f.array.left; col <= f.array.right; col++) {
        if ((row !== f.row || col !== f.col) && data[row - 1]?.[col - 1] !== undefined)
          setContent(data, row, col, null);
      }
    }
  }
}

/** The names ExcelJS kept: single ranges only, without their sheet scope. */
export function exceljsNames(workbook: Workbook): DefinedName[] {
  return workbook.definedNames.model
    .filter((n) => n.ranges.length === 1)
    .map((n) => ({ name: n.name, text: n.ranges[0] }));
}

export function readWorkbook(workbook: Workbook, names?: DefinedName[]): EngineInput {
  const date1904 = !!workbook.properties?.date1904;
  const sheets: Sheets = {};
  const sheetNames: string[] = [];
  const formulas: FormulaCell[] = [];
  const tables = exceljsTables(workbook);
  for (const ws of workbook.worksheets) {
    const data: RawCellContent[][] = [];
    const mine: FormulaCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === FORMULA) {
          const f = readFormula(ws, cell, tables);
          mine.push(f);
          setContent(
            data,
            f.row,
            f.col,
            f.unsupported ? engineValue(f.cached, date1904) : f.engineText
          );
        } else if (cell.type !== MERGE) {
          setContent(data, Number(cell.row), Number(cell.col), engineValue(cell.value, date1904));
        }
      });
    });
    clearArrayRanges(data, mine);
    // HyperFormula wants every row as an array; a gap in a row is an empty cell to it.
    for (let i = 0; i < data.length; i++) data[i] ??= [];
    sheets[ws.name] = data;
    sheetNames.push(ws.name);
    // Not push(...mine): a sheet may hold more formulas than a call takes arguments.
    for (const f of mine) formulas.push(f);
  }
  const allNames = names ?? exceljsNames(workbook);
  return { sheets, sheetNames, formulas, names: allNames, tables, date1904 };
}

// ---------------------------------------------------------------------------------------------
// Evaluating

/** Names HyperFormula can take; Excel's own (`_xlnm.Print_Area`, …) are not used in formulas. */
function engineNames(input: EngineInput, options: EngineOptions): SerializedNamedExpression[] {
  const order = Object.keys(input.sheets); // HyperFormula numbers sheets in this order
  // A name HyperFormula refuses would make the whole build fail: each is tried on an empty twin.
  const probe = createEngine(Object.fromEntries(order.map((s) => [s, []])), options);
  const names: SerializedNamedExpression[] = [];
  for (const n of input.names) {
    if (n.name.startsWith("_xlnm.")) continue;
    const scope = n.sheet === undefined ? undefined : order.indexOf(n.sheet);
    if (scope === -1) continue;
    const text = resolveStructured(n.text.replace(/^=/, ""), undefined, input.tables);
    const expression = `=${engineFormula(text)}`;
    if (!probe.isItPossibleToAddNamedExpression(n.name, expression, scope)) continue;
    probe.addNamedExpression(n.name, expression, scope);
    names.push({ name: n.name, expression, scope });
  }
  probe.destroy();
  return names;
}

export interface Evaluation {
  hf: HyperFormula;
  sheetIds: Map<string, number>;
}

function address(ev: Evaluation, sheet: string, row: number, col: number) {
  return { sheet: ev.sheetIds.get(sheet)!, row: row - 1, col: col - 1 };
}

/**
 * Formulas HyperFormula's parser rejects (a reference to an unknown table, 3-D references, …)
 * get their cached value instead, so the cells that depend on them compute with the value Excel
 * last had.
 */
function replaceUnparsable(ev: Evaluation, input: EngineInput): void {
  const broken = input.formulas.filter((f) => {
    if (f.unsupported) return false;
    const v = ev.hf.getCellValue(address(ev, f.sheet, f.row, f.col));
    return (
      v instanceof DetailedCellError && v.type === "ERROR" && !ev.hf.validateFormula(f.engineText)
    );
  });
  if (!broken.length) return;
  ev.hf.batch(() => {
    for (const f of broken) {
      f.unsupported = "HyperFormula cannot read this formula; the cell keeps its cached value";
      ev.hf.setCellContents(address(ev, f.sheet, f.row, f.col), [
        [engineValue(f.cached, input.date1904)],
      ]);
    }
  });
}

/** Builds the engine over the workbook; every formula is computed once, here. */
export function evaluate(input: EngineInput, lang: Lang = "en"): Evaluation {
  // HyperFormula's default limits are 40,000 rows and 18,278 columns; a worksheet has Excel's.
  const options: EngineOptions = { lang, config: { maxRows: 1_048_576, maxColumns: 16_384 } };
  // Names go in at build time: added afterwards, every formula using one would be computed twice.
  const hf = createEngine(input.sheets, {
    ...options,
    namedExpressions: engineNames(input, options),
  });
  const sheetIds = new Map(input.sheetNames.map((name) => [name, hf.getSheetId(name)!]));
  const ev = { hf, sheetIds };
  replaceUnparsable(ev, input);
  return ev;
}

// ---------------------------------------------------------------------------------------------
// Writing back: results → ExcelJS cells

type Computed = number | string | boolean | DetailedCellError;

function computed(ev: Evaluation, sheet: string, row: number, col: number): Computed {
  const v = ev.hf.getCellValue(address(ev, sheet, row, col));
  // Excel shows a reference to an empty cell as 0; HyperFormula gives null in spills.
  if (v === null || v === undefined) return 0;
  if (v instanceof DetailedCellError || typeof v !== "object") return v;
  return Number(v);
}

function xlsxValue(v: Computed): XlsxValue {
  // ExcelJS's error type lists only the errors of Excel 2007; the file takes any (#SPILL!).
  return v instanceof DetailedCellError ? ({ error: excelErrorText(v) } as CellErrorValue) : v;
}

function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** What writing results needs of a sheet: whether a cell holds anything, and setting a value. */
export interface SheetCells {
  name: string;
  /** A cell holds something (a value, a formula, or it is covered by a merge). */
  filled(row: number, col: number): boolean;
  /** A plain value into a cell, in the model the workbook was read into (if any). */
  set(row: number, col: number, value: XlsxValue): void;
}

/** An ExcelJS worksheet as `SheetCells`: results also go into its cells. */
export function exceljsSheet(ws: Worksheet): SheetCells {
  return {
    name: ws.name,
    filled: (row, col) => {
      const cell = ws.findCell(row, col);
      return !!cell && cell.type !== NULL;
    },
    set: (row, col, value) => void (ws.getCell(row, col).value = value as CellValue),
  };
}

interface SheetState {
  ws: SheetCells;
  report: SheetReport;
  writes: CellWrite[];
}

function reportError(state: SheetState, row: number, col: number, v: Computed): void {
  const r = reportValue(v);
  if ("error" in r)
    state.report.errors.push({ cell: cellName(row, col), error: r.error, message: r.message });
}

function isSingle(area: Area): boolean {
  return area.bottom === area.top && area.right === area.left;
}

/** A spill may only fill cells the user left empty (or the formula's own array range). */
function blockedCell(ws: SheetCells, f: FormulaCell, area: Area): string | undefined {
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      if ((row === f.row && col === f.col) || inArea(f.array, row, col)) continue;
      if (ws.filled(row, col)) return cellName(row, col);
    }
  }
  return undefined;
}

/** A plain value into a cell (no formula), recorded for the file. */
function putValue(state: SheetState, row: number, col: number, value: XlsxValue): void {
  state.ws.set(row, col, value);
  state.writes.push({ sheet: state.ws.name, row, col, value });
}

/**
 * The formula's own cell: its formula (plain, shared or array, as it was) with the new cached
 * result, or under the values-only rule the result alone. `array`: the range of an array formula.
 */
function putResult(
  state: SheetState,
  f: FormulaCell,
  result: XlsxValue,
  valuesOnly: boolean,
  array?: Area
): void {
  if (valuesOnly && f.si) return putValue(state, f.row, f.col, result);
  const arrayRef = array && !f.shared ? areaRef(array) : undefined;
  if (f.cell) {
    const next: FileFormula = { ...(f.cell.value as FileFormula), result: result ?? undefined };
    if (arrayRef) Object.assign(next, { shareType: "array", ref: arrayRef });
    f.cell.value = next as CellValue;
  }
  state.writes.push({
    sheet: f.sheet,
    row: f.row,
    col: f.col,
    value: result,
    formula: { text: f.text, arrayRef },
  });
}

const NA = { error: "#N/A" } as CellErrorValue;

/** The spill's other cells as plain values; an old array range larger than the result gets #N/A. */
function writeSpill(ev: Evaluation, state: SheetState, f: FormulaCell, spill: Area): Area {
  const whole = f.array
    ? {
        ...spill,
        bottom: Math.max(spill.bottom, f.array.bottom),
        right: Math.max(spill.right, f.array.right),
      }
    : spill;
  for (let row = whole.top; row <= whole.bottom; row++) {
    for (let col = whole.left; col <= whole.right; col++) {
      if (row === f.row && col === f.col) continue;
      let value: XlsxValue = NA;
      if (inArea(spill, row, col)) {
        const v = computed(ev, f.sheet, row, col);
        reportError(state, row, col, v);
        value = xlsxValue(v);
      }
      putValue(state, row, col, value);
    }
  }
  return whole;
}

function writeFormula(
  ev: Evaluation,
  state: SheetState,
  f: FormulaCell,
  valuesOnly: boolean
): void {
  state.report.formulas++;
  if (f.si) state.report.siCells++;
  const here = cellName(f.row, f.col);
  if (f.unsupported) {
    state.report.errors.push({ cell: here, error: "#NAME?", message: f.unsupported });
    if (valuesOnly && f.si) putValue(state, f.row, f.col, f.cached);
    return;
  }
  const spill = spillArea(ev.hf, address(ev, f.sheet, f.row, f.col), siResult(f.text));
  const blocked = isSingle(spill) ? undefined : blockedCell(state.ws, f, spill);
  if (blocked) {
    state.report.errors.push({
      cell: here,
      error: "#SPILL!",
      message: `the spill range is not empty (${blocked})`,
    });
    putResult(state, f, { error: "#SPILL!" } as unknown as CellErrorValue, valuesOnly, f.array);
    return;
  }
  const top = computed(ev, f.sheet, f.row, f.col);
  reportError(state, f.row, f.col, top);
  const whole = isSingle(spill) && !f.array ? spill : writeSpill(ev, state, f, spill);
  putResult(state, f, xlsxValue(top), valuesOnly, f.array ? whole : undefined);
}

/** A cell written back: its new value, and the formula it keeps (none: a plain value). */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: XlsxValue;
  /** `arrayRef`: the cell is (now) an array formula over that range. */
  formula?: { text: string; arrayRef?: string };
}

export interface Recalculated {
  sheets: SheetReport[];
  /** Every cell changed, in the order written, for writing the file (src/engine/xlsx-patch.ts). */
  writes: CellWrite[];
  /** Formula cells HyperFormula cannot evaluate, left with their cached values. */
  unsupported: number;
}

/** Writes every formula's result into its cell, and reports per sheet. */
export function writeResults(
  workbook: Workbook,
  input: EngineInput,
  ev: Evaluation,
  valuesOnly = false
): Recalculated {
  // Excel recalculates on opening anyway; the cached values are for everything else.
  workbook.calcProperties.fullCalcOnLoad = true;
  return writeSheetResults(workbook.worksheets.map(exceljsSheet), input, ev, valuesOnly);
}

/** `writeResults` over any sheet model (the writes are what the file gets). */
export function writeSheetResults(
  cells: SheetCells[],
  input: EngineInput,
  ev: Evaluation,
  valuesOnly = false
): Recalculated {
  const states = new Map<string, SheetState>();
  const writes: CellWrite[] = [];
  for (const ws of cells) {
    states.set(ws.name, {
      ws,
      writes,
      report: { name: ws.name, formulas: 0, siCells: 0, errors: [] },
    });
  }
  for (const f of input.formulas) writeFormula(ev, states.get(f.sheet)!, f, valuesOnly);
  const sheets = [...states.values()].map(({ report }) => ({
    ...report,
    errors: sortByCell(report.errors),
  }));
  const unsupported = input.formulas.filter((f) => f.unsupported).length;
  return { sheets, writes, unsupported };
}

function sortByCell(errors: CellReport[]): CellReport[] {
  const key = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return Number(m[2]) * 20000 + columnNumber(m[1]);
  };
  return errors.sort((a, b) => key(a.cell) - key(b.cell));
}

/** Reads, evaluates and writes back in one go: the workbook is changed in place. */
export function recalcWorkbook(
  workbook: Workbook,
  options: RecalcWorkbookOptions = {}
): Recalculated {
  const input = readWorkbook(workbook, options.definedNames);
  const ev = evaluate(input, options.lang);
  try {
    return writeResults(workbook, input, ev, options.valuesOnly);
  } finally {
    ev.hf.destroy();
  }
}
