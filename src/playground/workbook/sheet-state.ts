/**
 * One sheet of the playground workbook as the model keeps it: inputs, looks and the rest by cell
 * key (src/playground/workbook/areas.ts), and what the last recalculation left of spills.
 */
import {
  Area,
  CellFormat,
  CellInput,
  ConditionalFormatInfo,
  ModelError,
  SheetInfo,
  ValidationInfo,
} from "../model";
import { cellKey, cellsOf, inArea, keyCol, keyRow, union } from "./areas";
import { RawCellContent } from "hyperformula";
import { FormulaEntry, FormulaPlace, constantContent, isFormula } from "./engine-cells";

export interface SheetState {
  id: string;
  name: string;
  /** HyperFormula's id of the sheet. */
  hf: number;
  visibility: SheetInfo["visibility"];
  protected: boolean;
  tabColor?: string;
  /** Non-empty inputs. */
  inputs: Map<number, CellInput>;
  formulas: Map<number, FormulaEntry>;
  numberFormats: Map<number, string>;
  formats: Map<number, CellFormat>;
  merges: Area[];
  widths: Map<number, number>;
  heights: Map<number, number>;
  validations: ValidationInfo[];
  conditionalFormats: ConditionalFormatInfo[];
  selection: Area;
  /** Cells a spill fills (its formula's own cell not included), from the last recalculation. */
  spillCells: Set<number>;
  /** The areas of the spills, formula cell included. */
  spillAreas: Area[];
  /** usedArea's answers until the sheet changes. */
  used?: { all?: Area | null; values?: Area | null };
}

export function newSheetState(id: string, name: string, hf: number): SheetState {
  return {
    id,
    name,
    hf,
    visibility: "Visible",
    protected: false,
    inputs: new Map(),
    formulas: new Map(),
    numberFormats: new Map(),
    formats: new Map(),
    merges: [],
    widths: new Map(),
    heights: new Map(),
    validations: [],
    conditionalFormats: [],
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
    spillCells: new Set(),
    spillAreas: [],
  };
}

/**
 * A cell's (non-empty) input recorded in the sheet's state, a formula with the engine entry
 * `compile` makes of its text; the engine's content for the cell.
 */
export function storeInput(
  s: SheetState,
  row: number,
  col: number,
  input: string | number | boolean,
  compile: (text: string, at: FormulaPlace) => FormulaEntry
): RawCellContent {
  const k = cellKey(row, col);
  s.inputs.set(k, input);
  if (!isFormula(input)) {
    s.formulas.delete(k);
    return constantContent(input);
  }
  const entry = compile(input.slice(1), { sheet: s.name, row, col });
  s.formulas.set(k, entry);
  return entry.content;
}

export function sheetInfo(s: SheetState): SheetInfo {
  const info: SheetInfo = {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
  };
  if (s.tabColor !== undefined) info.tabColor = s.tabColor;
  return info;
}

function keysArea(keys: Iterable<number>, area: Area | null): Area | null {
  let a = area;
  for (const k of keys) {
    const [row, col] = [keyRow(k), keyCol(k)];
    a = union(a, { top: row, left: col, bottom: row, right: col });
  }
  return a;
}

/**
 * Excel's used range: cells with a value (inputs and spills) and, unless `valuesOnly`, cells
 * with a look of their own (formats, number formats, merges) and the tables' areas.
 */
export function computeUsedArea(
  s: SheetState,
  valuesOnly: boolean,
  tableAreas: readonly Area[]
): Area | null {
  let area = keysArea(s.inputs.keys(), null);
  for (const spill of s.spillAreas) area = union(area, spill);
  if (valuesOnly) return area;
  area = keysArea(s.formats.keys(), area);
  area = keysArea(s.numberFormats.keys(), area);
  for (const m of [...s.merges, ...tableAreas]) area = union(area, m);
  return area;
}

function areaSize(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** True when a cell is locked: Excel's default, unless its format says otherwise. */
function locked(s: SheetState, row: number, col: number): boolean {
  return s.formats.get(cellKey(row, col))?.locked !== false;
}

/**
 * A protected sheet refuses writes to its locked cells (every cell unless unlocked), before
 * anything changes. An area larger than the number of unlocked cells must hold a locked one.
 */
export function checkWritable(s: SheetState, area: Area): void {
  if (!s.protected) return;
  let unlocked = 0;
  for (const f of s.formats.values()) if (f.locked === false) unlocked++;
  let blocked = areaSize(area) > unlocked;
  if (!blocked) {
    for (const [row, col] of cellsOf(area)) {
      if (locked(s, row, col)) {
        blocked = true;
        break;
      }
    }
  }
  if (blocked)
    throw new ModelError(
      "AccessDenied",
      `the cell or chart you're trying to change is on a protected sheet (${s.name})`
    );
}

/**
 * What Excel's default sheet protection refuses even on unlocked cells: formatting, merging,
 * tables, rows and columns, validation, objects.
 */
export function checkUnprotected(s: SheetState): void {
  if (s.protected)
    throw new ModelError(
      "AccessDenied",
      `the sheet ${s.name} is protected: unprotect it to change its structure or looks`
    );
}

/** The stored keys of `map` inside `area` (iterating the map, never the area's cells). */
export function keysIn<V>(map: Map<number, V>, area: Area): number[] {
  const out: number[] = [];
  for (const k of map.keys()) if (inArea(area, keyRow(k), keyCol(k))) out.push(k);
  return out;
}
