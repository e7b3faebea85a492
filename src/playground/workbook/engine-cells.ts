/**
 * A cell's input as HyperFormula content, and HyperFormula's values as the model shows them.
 * Formulas go through the headless engine's own path (src/engine/workbook.ts `formulaCell`:
 * structured references resolved, file prefixes dropped, SUMPRODUCT in array context), so a cell
 * computes here exactly as `si-kalkyl recalc` computes it.
 */
import { DetailedCellError, RawCellContent } from "hyperformula";
import { reportValue } from "../../engine/engine";
import { siResult } from "../../engine/spill";
import { engineFormula } from "../../engine/formula";
import { TableDef, resolveStructured } from "../../engine/structured";
import { engineValue, formulaCell } from "../../engine/workbook";
import { CellInput, CellValue, ErrorValue, ModelError } from "../model";
import { withoutDeletedSheets } from "./formula-text";

/** What the model keeps of a formula cell besides its input. */
export interface FormulaEntry {
  /** The formula without "=", in Excel's spelling. */
  text: string;
  /** What HyperFormula holds for it. */
  content: RawCellContent;
  /** Shown instead of the engine's value: the engine cannot compute the formula. */
  error?: ErrorValue;
  /** The formula is an SI call whose spill HyperFormula pads (src/engine/spill.ts). */
  siSpill: boolean;
  /** The value the file had cached, kept for a formula the engine cannot compute. */
  cached?: CellValue;
}

export function isFormula(input: CellInput): input is string {
  return typeof input === "string" && input.length > 1 && input.startsWith("=");
}

/** Office.js refuses NaN and infinities; so does the model, before anything changes. */
export function checkInput(input: CellInput): void {
  const ok =
    input === null ||
    typeof input === "string" ||
    typeof input === "boolean" ||
    (typeof input === "number" && Number.isFinite(input));
  if (!ok) throw new ModelError("InvalidArgument", `a cell cannot hold ${String(input)}`);
}

/** An input as stored: the empty string is an empty cell, as in Excel. */
export function normalInput(input: CellInput): CellInput {
  return input === "" || input === undefined ? null : input;
}

/** A constant as HyperFormula content (text keeps a leading apostrophe so "1" stays text). */
export function constantContent(input: CellInput): RawCellContent {
  return engineValue(input, false);
}

function cachedContent(cached: CellValue): RawCellContent {
  return engineValue(cached, false);
}

/** Where a formula sits, 0-based, and the sheet's name (structured references need both). */
export interface FormulaPlace {
  sheet: string;
  row: number;
  col: number;
}

/**
 * The engine's view of a formula. A formula calling a function HyperFormula lacks shows the value
 * the file had cached, or #NAME? saying which function.
 */
export function compileFormula(
  text: string,
  at: FormulaPlace,
  tables: readonly TableDef[],
  cached?: CellValue
): FormulaEntry {
  const f = formulaCell(
    { sheet: at.sheet, row: at.row + 1, col: at.col + 1 },
    withoutDeletedSheets(text),
    { shared: false },
    null,
    tables
  );
  const siSpill = siResult(text);
  if (f.unsupported) {
    if (cached !== undefined) return { text, content: cachedContent(cached), siSpill, cached };
    const error = { error: "#NAME?", message: f.unsupported.replace(/; the cell keeps.*$/, "") };
    return { text, content: "#NAME?", error, siSpill };
  }
  return { text, content: f.engineText, siSpill, cached };
}

/**
 * A formula HyperFormula's parser refuses shows the file's cached value when there is one (as
 * `si-kalkyl recalc` does); without one the engine's parse error is shown as #NAME?.
 */
export function withCachedFallback(
  entry: FormulaEntry,
  parses: (formula: string) => boolean
): FormulaEntry {
  if (entry.cached === undefined || typeof entry.content !== "string") return entry;
  if (!entry.content.startsWith("=") || parses(entry.content)) return entry;
  return { ...entry, content: cachedContent(entry.cached) };
}

/** A HyperFormula value as the model shows it; a formula the parser refused is #NAME?. */
export function modelValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) {
    const r = reportValue(v);
    const error = v.type === "ERROR" ? "#NAME?" : "error" in r ? r.error : "#VALUE!";
    const message = "error" in r && r.message ? r.message : undefined;
    return message ? { error, message } : { error };
  }
  if (v === undefined) return null;
  if (typeof v === "object" && v !== null) return Number(v as unknown as number);
  return v as CellValue;
}

/** A defined name's formula as HyperFormula takes it (structured references resolved). */
export function nameExpression(formula: string, defs: readonly TableDef[]): string {
  return `=${engineFormula(resolveStructured(formula.replace(/^=/, ""), undefined, defs))}`;
}
