/**
 * The state of the playground workbook and its engine: the sheets, tables, names and charts, a
 * HyperFormula instance that holds the engine's copy of every cell, and the machinery every edit
 * goes through — batching (one recalculation, one notification), writing cells, re-resolving
 * structured references when tables change, and reading what a recalculation left of spills.
 * The public interface (src/playground/model.ts) is src/playground/workbook/workbook-model.ts.
 */
import { DetailedCellError, HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import { createEngine, EngineOptions } from "../../engine/engine";
import { spillArea } from "../../engine/spill";
import { FormulaAt, TableDef } from "../../engine/structured";
import { Lang } from "../../i18n/lang";
import { CellInput, CellValue, ChartInfo, ModelChange, ModelError, NameInfo } from "../model";
import { MAX_COLS, MAX_ROWS, cellKey, keyCol, keyRow } from "./areas";
import {
  FormulaEntry,
  FormulaPlace,
  compileFormula,
  nameExpression,
  normalInput,
  withCachedFallback,
} from "./engine-cells";
import { sameName } from "./naming";
import { SheetState, storeInput } from "./sheet-state";
import { TableState, tableDef } from "./tables";

type Listener = (change: ModelChange) => void;

/** The engine as `si-kalkyl recalc` builds it, with Excel's sheet size. */
export function engineOptions(lang: Lang): EngineOptions {
  return { lang, config: { maxRows: MAX_ROWS, maxColumns: MAX_COLS } };
}

/** A defined name with the engine's text of its formula. */
export interface NameState {
  info: NameInfo;
  /** What HyperFormula holds (undefined: HyperFormula refused it, formulas using it get #NAME?). */
  expression?: string;
}

export class WorkbookCore {
  hf: HyperFormula;
  order: SheetState[] = [];
  readonly byId = new Map<string, SheetState>();
  readonly tables = new Map<string, TableState>();
  names: NameState[] = [];
  readonly charts = new Map<string, ChartInfo>();
  settings: Record<string, unknown> = {};
  activeId = "";
  private counter = 0;
  private depth = 0;
  /** The engine's content changed since its last evaluation (it is suspended meanwhile). */
  private stale = false;
  /** A cell became empty: a spill it blocked may fit now. */
  private freed = false;
  private pending: ModelChange[] = [];
  private readonly listeners = new Set<Listener>();
  private defs?: TableDef[];

  constructor(readonly lang: Lang) {
    this.hf = createEngine({}, engineOptions(lang));
  }

  // --- ids, lookups ---------------------------------------------------------------------------

  nextId(): number {
    return ++this.counter;
  }

  sheet(id: string): SheetState {
    const s = this.byId.get(id);
    if (!s) throw new ModelError("ItemNotFound", `no sheet with id ${id}`);
    return s;
  }

  sheetNamed(name: string): SheetState | undefined {
    return this.order.find((s) => sameName(s.name, name));
  }

  table(id: string): TableState {
    const t = this.tables.get(id);
    if (!t) throw new ModelError("ItemNotFound", `no table with id ${id}`);
    return t;
  }

  tablesOn(sheetId: string): TableState[] {
    return [...this.tables.values()].filter((t) => t.sheetId === sheetId);
  }

  address(s: SheetState, row: number, col: number): SimpleCellAddress {
    return { sheet: s.hf, row, col };
  }

  // --- batching and notification ----------------------------------------------------------------

  batch<T>(edits: () => T): T {
    this.depth++;
    try {
      return edits();
    } finally {
      if (--this.depth === 0) this.finish();
    }
  }

  private finish(): void {
    if (this.stale) {
      this.hf.resumeEvaluation();
      this.afterEvaluation();
    }
    const changes = this.pending;
    this.pending = [];
    this.notify(changes);
  }

  /** Values asked for inside a batch: the engine evaluates what is pending first. */
  fresh(): void {
    if (this.stale) {
      this.hf.resumeEvaluation();
      this.afterEvaluation();
    }
  }

  /**
   * The engine, for a change to its content: evaluation waits (suspended) until the batch ends or
   * a value is read, so a batch without reads costs one recalculation.
   */
  edit(): HyperFormula {
    if (!this.stale) {
      this.hf.suspendEvaluation();
      this.stale = true;
    }
    return this.hf;
  }

  changed(change: ModelChange): void {
    const same = (c: ModelChange) =>
      c.kind === change.kind &&
      (c.kind !== "cells" || change.kind !== "cells" || c.sheetId === change.sheetId);
    if (!this.pending.some(same)) this.pending.push(change);
    if (change.kind === "cells") {
      const s = this.byId.get(change.sheetId);
      if (s) s.used = undefined;
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Each distinct change once; "all" stands for every other. A failing listener fails last. */
  private notify(changes: ModelChange[]): void {
    const all = changes.find((c) => c.kind === "all");
    const list = all ? [all] : changes;
    const errors: unknown[] = [];
    for (const change of list) {
      for (const listener of [...this.listeners]) {
        try {
          listener(change);
        } catch (e) {
          errors.push(e);
        }
      }
    }
    if (errors.length) throw errors[0];
  }

  // --- after a recalculation --------------------------------------------------------------------

  /** Runs right after the engine resumed: it is evaluated and not suspended. */
  private afterEvaluation(): void {
    this.stale = false;
    if (this.freed) {
      this.freed = false;
      this.respill();
    }
    this.indexSpills();
  }

  /**
   * HyperFormula decides whether an array fits when its formula is set, never again: a formula
   * blocked by a cell since emptied stays #SPILL!. Setting it once more lets it spill.
   */
  private respill(): void {
    const blocked: [SimpleCellAddress, RawCellContent][] = [];
    for (const s of this.order) {
      for (const [k, f] of s.formulas) {
        const at = this.address(s, keyRow(k), keyCol(k));
        const v = this.hf.getCellValue(at);
        if (v instanceof DetailedCellError && v.type === "SPILL") blocked.push([at, f.content]);
      }
    }
    if (blocked.length)
      this.hf.batch(() => {
        for (const [at, content] of blocked) this.hf.setCellContents(at, [[content]]);
      });
  }

  /** Which cells spills fill, without the padding HyperFormula reserves for SI results. */
  private indexSpills(): void {
    for (const s of this.order) {
      s.spillCells.clear();
      s.spillAreas = [];
      s.used = undefined;
      for (const [k, f] of s.formulas) {
        const at = this.address(s, keyRow(k), keyCol(k));
        if (this.hf.getCellType(at) !== "ARRAYFORMULA") continue;
        const a = spillArea(this.hf, at, f.siSpill);
        const area = { top: a.top - 1, left: a.left - 1, bottom: a.bottom - 1, right: a.right - 1 };
        if (area.bottom === area.top && area.right === area.left) continue;
        s.spillAreas.push(area);
        for (let row = area.top; row <= area.bottom; row++)
          for (let col = area.left; col <= area.right; col++)
            if (row !== at.row || col !== at.col) s.spillCells.add(cellKey(row, col));
      }
    }
  }

  // --- writing cells ----------------------------------------------------------------------------

  tableDefs(): TableDef[] {
    if (!this.defs) {
      this.defs = [...this.tables.values()].map((t) => tableDef(t, this.sheet(t.sheetId).name));
    }
    return this.defs;
  }

  /** Tables changed (added, moved, resized, renamed): every structured reference is resolved again. */
  tablesChanged(): void {
    this.defs = undefined;
    this.reresolve();
  }

  /** The model's record of one cell, and the engine's content for it. */
  private store(s: SheetState, row: number, col: number, raw: CellInput): RawCellContent {
    const k = cellKey(row, col);
    const input = normalInput(raw);
    if (input === null) {
      if (s.inputs.delete(k)) this.freed = true;
      s.formulas.delete(k);
      return null;
    }
    return storeInput(s, row, col, input, (text, at) => this.compile(text, at));
  }

  /** Inputs from (top, left), as one engine operation. */
  writeBlock(s: SheetState, top: number, left: number, inputs: readonly CellInput[][]): void {
    const content = inputs.map((row, i) => row.map((v, j) => this.store(s, top + i, left + j, v)));
    this.edit().setCellContents(this.address(s, top, left), content);
    this.changed({ kind: "cells", sheetId: s.id });
  }

  /** One cell's input (for scattered writes: moves, clears). */
  writeCell(s: SheetState, row: number, col: number, input: CellInput): void {
    this.writeBlock(s, row, col, [[input]]);
  }

  /** A formula entry set as given (a cached value kept, a moved formula recompiled). */
  putFormula(s: SheetState, row: number, col: number, entry: FormulaEntry): void {
    const k = cellKey(row, col);
    s.inputs.set(k, `=${entry.text}`);
    s.formulas.set(k, entry);
    this.edit().setCellContents(this.address(s, row, col), [[entry.content]]);
    this.changed({ kind: "cells", sheetId: s.id });
  }

  /**
   * A formula as the engine takes it, with the tables as they are now; a formula the engine
   * cannot read shows the value the file cached for it, if any.
   */
  compile(text: string, at: FormulaPlace, cached?: CellValue): FormulaEntry {
    const entry = compileFormula(text, at, this.tableDefs(), cached);
    return withCachedFallback(entry, (formula) => this.hf.validateFormula(formula));
  }

  /** Every formula compiled again; the engine gets those whose content changed. */
  reresolve(): void {
    for (const s of this.order) {
      for (const [k, f] of s.formulas) {
        const [row, col] = [keyRow(k), keyCol(k)];
        const next = this.compile(f.text, { sheet: s.name, row, col }, f.cached);
        if (next.content === f.content && !f.error === !next.error) continue;
        s.formulas.set(k, next);
        this.edit().setCellContents(this.address(s, row, col), [[next.content]]);
        this.changed({ kind: "cells", sheetId: s.id });
      }
    }
    this.refreshNames();
  }

  /** A name's formula as HyperFormula takes it (structured references resolved). */
  nameExpression(formula: string): string {
    return nameExpression(formula, this.tableDefs());
  }

  /**
   * Every formula and name rewritten as Excel rewrites them when the workbook's structure changes
   * (`at`: where the formula sits, 1-based; none for a name). The engine gets the new text when
   * the references are next resolved (`tablesChanged`).
   */
  rewriteFormulas(rewrite: (formula: string, at?: FormulaAt) => string): void {
    for (const s of this.order) {
      for (const [k, f] of s.formulas) {
        const text = rewrite(f.text, { sheet: s.name, row: keyRow(k) + 1, col: keyCol(k) + 1 });
        if (text === f.text) continue;
        s.formulas.set(k, { ...f, text, content: undefined });
        s.inputs.set(k, `=${text}`);
      }
    }
    for (const n of this.names) {
      const formula = `=${rewrite(n.info.formula.replace(/^=/, ""))}`;
      if (formula !== n.info.formula) n.info = { ...n.info, formula };
    }
  }

  /** Names whose engine text changed (a table moved) are changed in the engine. */
  refreshNames(): void {
    for (const n of this.names) {
      const expression = this.nameExpression(n.info.formula);
      if (expression === n.expression || n.expression === undefined) continue;
      if (!this.hf.isItPossibleToChangeNamedExpression(n.info.name, expression)) continue;
      this.edit().changeNamedExpression(n.info.name, expression);
      n.expression = expression;
    }
  }

  /** Cells were emptied or moved: a blocked spill may fit now. */
  markFreed(): void {
    this.freed = true;
    this.edit();
  }

  /** The tables as formulas see them, after a change to their areas. */
  freshTableDefs(): TableDef[] {
    this.defs = undefined;
    return this.tableDefs();
  }

  /** The engine replaced (a workbook loaded): pending work belongs to the old one. */
  replaceEngine(hf: HyperFormula): void {
    this.hf.destroy();
    this.hf = hf;
    this.stale = false;
    this.defs = undefined;
    this.edit();
    this.freed = false;
  }
}
