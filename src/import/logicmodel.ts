/**
 * The logic-model reader: a logic model (logikmodell) as people already keep it in Excel — a 4×4
 * grid of levels and columns anywhere in a sheet — read into levels and indicators, with the
 * red-thread check (redthread.ts) on top. Pure: no host, no file; it never changes its input.
 *
 * Finding the grid (logicmodel-grid.ts): every sheet in order is searched, and the first that has
 * one is read. A header row within the first 30 rows names the four columns Interventionslogik,
 * Indikatorer, Datakällor, Antaganden/hot (in any order, Swedish or English, loosely typed); the
 * level column is left of the first heading, and its cells name the levels Övergripande syfte och
 * mål (aim), Resultat och utfall (result), Aktiviteter och processmått (activity) and Resurser
 * (resource). A row with an empty level cell continues the level above; the grid ends at a row
 * empty in all its columns or at a level cell that names no level. A level named twice (a merged
 * level cell as ExcelJS gives it, or a level split by another) gathers the texts of all its rows.
 *
 * Decisions:
 * - Indicators and data sources are split at line breaks and semicolons; the intervention logic
 *   and the assumptions are prose, where a semicolon is punctuation, so they are split at line
 *   breaks only. Leading bullets and list numbers ("• ", "- ", "1. ") are dropped.
 * - Data sources are paired per row: the n-th source with the n-th indicator when the counts
 *   match; one source applies to every indicator of the row; otherwise (say two sources for three
 *   indicators) each indicator gets all of the row's sources joined with "; ", since the sheet
 *   does not say which belongs to which. A row without sources gives its indicators none: the
 *   red-thread check reports each one.
 * - `goal` and `assumptions` of an indicator are its row's texts joined with "; ". A continuation
 *   row that leaves them empty takes them from the nearest row above of the same level: the extra
 *   indicator measures the same thing under the same assumptions.
 * - `indicators` come level by level, aim first and resource last (the order of the detailed
 *   model, whether the sheet draws it top-down or bottom-up), and in sheet order within a level.
 *   The same order holds for the warnings of the red-thread check.
 * - The texts in `levels` are listed once each: ExcelJS repeats a merged cell's text in every cell.
 *   An indicator identical in every field to one already read is dropped for the same reason.
 * - An Excel error in a grid cell is not read; it gives a warning naming the level and column.
 * - Hidden rows are read like the others: a logic model is a short text, not a data table.
 */
import { LogicMessageKey, levelName, logicText } from "../i18n/logicmodel";
import type { Lang } from "../i18n/lang";
import {
  CellRead,
  LOGIC_COLUMNS,
  LOGIC_LEVELS,
  LogicColumn,
  LogicGrid,
  LogicRow,
  findLogicGrid,
} from "./logicmodel-grid";
import { redThread } from "./redthread";
import type { SheetGrid } from "./types";

export { redThread };

export type LogicLevel = "aim" | "result" | "activity" | "resource";

export interface LogicIndicator {
  level: LogicLevel;
  goal: string;
  indicator: string;
  dataSource: string;
  assumptions: string;
}

export interface LogicWarning {
  level: LogicLevel;
  message: string;
}

export interface LevelTexts {
  logic: string[];
  indicators: string[];
  sources: string[];
  assumptions: string[];
}

export interface LogicModel {
  /** The sheet the model was found on. */
  sheet: string;
  /** The texts of each level, split into items as described above. */
  levels: Record<LogicLevel, LevelTexts>;
  /** One per indicator, aim first … resource last, sheet order within a level. */
  indicators: LogicIndicator[];
  warnings: LogicWarning[];
}

const LINE_BREAK = /\r\n|\r|\n/;
const LINE_OR_SEMICOLON = /\r\n|\r|\n|;/;
const BULLET = /^(?:[-–—•·*▪◦‣]|\d{1,2}[.)])\s+/;

/** The items of a cell's text: split, bullets dropped, blanks left out. */
function splitText(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim().replace(BULLET, "").trim())
    .filter((part) => part !== "");
}

function cellItems(cell: CellRead, column: LogicColumn): string[] {
  if (cell.kind !== "text") return [];
  const prose = column === "logic" || column === "assumptions";
  return splitText(cell.text, prose ? LINE_BREAK : LINE_OR_SEMICOLON);
}

/** The data source of each indicator of a row (see the pairing rule above). */
export function pairSources(indicators: readonly string[], sources: readonly string[]): string[] {
  if (sources.length === indicators.length) return [...sources];
  const all = sources.length === 1 ? sources[0] : sources.join("; ");
  return indicators.map(() => all);
}

function emptyLevels(): Record<LogicLevel, LevelTexts> {
  const levels = {} as Record<LogicLevel, LevelTexts>;
  for (const level of LOGIC_LEVELS)
    levels[level] = { logic: [], indicators: [], sources: [], assumptions: [] };
  return levels;
}

function addOnce(list: string[], items: readonly string[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

const sameIndicator = (a: LogicIndicator, b: LogicIndicator): boolean =>
  a.level === b.level &&
  a.goal === b.goal &&
  a.indicator === b.indicator &&
  a.dataSource === b.dataSource &&
  a.assumptions === b.assumptions;

const COLUMN_KEY: Record<LogicColumn, LogicMessageKey> = {
  logic: "column_logic",
  indicators: "column_indicators",
  sources: "column_sources",
  assumptions: "column_assumptions",
};

/** A row's texts per column, split into items, and a warning for each Excel error among them. */
function rowItems(row: LogicRow, lang: Lang) {
  const items = {} as Record<LogicColumn, string[]>;
  const warnings: LogicWarning[] = [];
  for (const column of LOGIC_COLUMNS) {
    const cell = row.cells[column];
    items[column] = cellItems(cell, column);
    if (cell.kind !== "error") continue;
    const params = {
      column: logicText(lang, COLUMN_KEY[column]),
      level: levelName(lang, row.level),
      error: cell.error,
    };
    warnings.push({ level: row.level, message: logicText(lang, "cellError", params) });
  }
  return { items, warnings };
}

/** The model of the grid found on a sheet. */
function readGrid(sheet: string, grid: LogicGrid, lang: Lang): LogicModel {
  const levels = emptyLevels();
  const byLevel = new Map<LogicLevel, LogicIndicator[]>(LOGIC_LEVELS.map((l) => [l, []]));
  const inherited = new Map<LogicLevel, { goal: string; assumptions: string }>();
  const warnings: LogicWarning[] = [];
  for (const row of grid.rows) {
    const { items, warnings: cellWarnings } = rowItems(row, lang);
    warnings.push(...cellWarnings);
    // LevelTexts has one list per column, under the column's name.
    for (const column of LOGIC_COLUMNS) addOnce(levels[row.level][column], items[column]);
    const above = inherited.get(row.level);
    const goal = items.logic.join("; ") || (above?.goal ?? "");
    const assumptions = items.assumptions.join("; ") || (above?.assumptions ?? "");
    inherited.set(row.level, { goal, assumptions });
    const found = byLevel.get(row.level) ?? [];
    const sources = pairSources(items.indicators, items.sources);
    items.indicators.forEach((indicator, k) => {
      const next = { level: row.level, goal, indicator, dataSource: sources[k], assumptions };
      if (!found.some((seen) => sameIndicator(seen, next))) found.push(next);
    });
  }
  const indicators = LOGIC_LEVELS.flatMap((l) => byLevel.get(l) ?? []);
  return {
    sheet,
    levels,
    indicators,
    warnings: [...warnings, ...redThread(levels, indicators, lang)],
  };
}

/** The first logic model in the sheets, or undefined when no sheet has one. */
export function readLogicModel(grids: readonly SheetGrid[], lang: Lang): LogicModel | undefined {
  for (const sheet of grids) {
    const grid = findLogicGrid(sheet.cells ?? []);
    if (grid) return readGrid(sheet.name, grid, lang);
  }
  return undefined;
}
