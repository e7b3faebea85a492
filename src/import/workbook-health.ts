/**
 * What a workbook holds and how healthy it is, from the cells a host has read: the SI tables and
 * logic models found, cells with Excel errors, red-thread gaps, risks by level, a before–after
 * measurement shown as an effect, and personal identity numbers. Pure: no Office, no DOM; the task
 * pane's Start and Kontroll tabs show the result (src/excel/workbook-scan-*.ts reads the cells).
 *
 * Personal data: every text this module gives back is built from input where each personal
 * identity number has been masked first (`sanitize`), so no digit of one can reach an output, not
 * even through a warning that quotes an indicator cut short. Where one is found, only the sheet and
 * the cell address are given.
 *
 * Decisions:
 * - The result is the same in both languages: the logic-model reader words its warnings in one
 *   language, so it is run in both and each warning carries both texts; everything else is data
 *   the pane words itself (src/i18n/start-check.ts). A language switch needs no new scan.
 * - Sheets are identified by their worksheet id, which Excel's `worksheets.getItem` takes: a sheet
 *   name may itself hold a personal identity number, and is shown masked.
 * - Tables are recognised by the template's name with an optional copy suffix: `SI_Risker_2` is
 *   what the add-in gives a second copy, `SI_Risker2` what Excel gives a copied sheet's table.
 * - The red-thread check reads the 4×4 grid of every sheet that holds the add-in's indicator
 *   table (the sheet the add-in drew); only when there is none is the first grid anywhere read, as
 *   `readLogicModel` does. A converted model's source sheet is then listed, not checked twice.
 * - The indicator table is checked as a table too: an indicator without a data source, and the
 *   aim and the result without an indicator row.
 * - A before–after comparison is taken as presented as an effect when the row's comparison
 *   alternative is the before–after measurement and its effect cell shows a value, or when its
 *   warning column says anything at all (the sheet's own formula decides what to warn about).
 */
import { columnLetters, foldWord } from "../core/cells";
import type { RiskLevel } from "../core/risk";
import { CATALOG_TABLE } from "../excel/catalog-table";
import type { Lang } from "../i18n/lang";
import { RISK_LEVEL_LABELS } from "../i18n/labels";
import { LOGIKMODELL_TEXT } from "../i18n/sheets/logikmodell";
import { RISKMATRIS_TEXT } from "../i18n/sheets/riskmatris";
import { TEMPLATES } from "../templates/index";
import { readLogicModel, type LogicLevel } from "./logicmodel";
import { LOGIC_COLUMNS, LOGIC_SEARCH_ROWS, findLogicGrid, matchLevelName } from "./logicmodel-grid";
import { cellHasPersonalNumber, maskPersonalNumbers } from "./personnummer";
import type { GridCell } from "./types";

// --- input ------------------------------------------------------------------------------------

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A rectangle of cells; `cells[0][0]` is the sheet cell at (`top`, `left`), both 0-based. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly cells: readonly (readonly GridCell[])[];
}

export interface SheetRead {
  readonly id: string;
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** The cells read: the used range, or its first part when the sheet is larger than the cap. */
  readonly block?: CellBlock;
  /** Cells in the sheet's used range (rows × columns), 0 for an empty sheet. */
  readonly usedCells: number;
  /** True when the sheet could not be read at all (too large for Excel to hand over). */
  readonly unread?: boolean;
}

export interface TableRead {
  readonly name: string;
  /** The name of the sheet the table is on, as Excel gives it. */
  readonly sheet: string;
  /** The table's range, header row included, 0-based. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /** Header and body, for the tables whose content is checked (indicators and risks). */
  readonly cells?: readonly (readonly GridCell[])[];
}

export interface WorkbookRead {
  readonly sheets: readonly SheetRead[];
  readonly tables: readonly TableRead[];
}

// --- output -----------------------------------------------------------------------------------

/** A place in the workbook a link selects. */
export interface Place {
  /** The worksheet's id (never the user's text): what the service selects by. */
  readonly sheetId: string;
  /** The sheet's name for display, personal identity numbers masked. */
  readonly sheet: string;
  /** A hidden sheet cannot be activated; the pane says so instead of offering a link. */
  readonly hidden: boolean;
  /** A1 areas on the sheet, without the sheet's name ("B7", "C2:C40"); at most MAX_PLACE_AREAS. */
  readonly areas: readonly string[];
}

export type HoldingKind =
  "logicModel" | "riskMatrix" | "calculation" | "unitCosts" | "followUp" | "stakeholders";

export const HOLDING_KINDS: readonly HoldingKind[] = [
  "logicModel",
  "riskMatrix",
  "calculation",
  "unitCosts",
  "followUp",
  "stakeholders",
];

export interface Holding {
  readonly kind: HoldingKind;
  /** The table's name; absent for a logic model kept as a grid on a sheet without the table. */
  readonly table?: string;
  readonly place: Place;
}

export interface ErrorCells {
  readonly place: Place;
  readonly count: number;
}

export type LocalizedText = Readonly<Record<Lang, string>>;

export interface GridWarning {
  readonly level: LogicLevel;
  readonly message: LocalizedText;
}

/** The red-thread check of one logic-model grid. */
export interface LogicModelCheck {
  /** The grid, header row to last level row. */
  readonly place: Place;
  readonly warnings: readonly GridWarning[];
}

export type IndicatorIssue =
  | {
      readonly kind: "noSource";
      readonly table: string;
      /** Absent when the row's level cell names no level. */
      readonly level?: LogicLevel;
      /** The indicator's text, masked. */
      readonly indicator: string;
      /** The row's empty data-source cell. */
      readonly place: Place;
    }
  | {
      readonly kind: "noIndicatorRow";
      readonly table: string;
      readonly level: "aim" | "result";
      /** The table. */
      readonly place: Place;
    };

export interface RiskSummary {
  readonly table: string;
  readonly place: Place;
  readonly counts: Readonly<Record<RiskLevel, number>>;
  /** Rows with something in them whose level is blank, an error or not one of the three. */
  readonly unrated: number;
}

export interface BeforeAfterRow {
  readonly table: string;
  /** The indicator's text, masked; "" when the row has none. */
  readonly indicator: string;
  /** "beforeAfterEffect": a before–after measurement with an effect shown; "warning": the row's warning only. */
  readonly reason: "beforeAfterEffect" | "warning";
  /** The warning column's text, masked; absent when it is empty. */
  readonly warning?: string;
  /** The table row. */
  readonly place: Place;
}

export interface PersonalNumberSheet {
  /** The cells, merged into areas where they touch. */
  readonly place: Place;
  /** Cells holding a personal identity number. */
  readonly count: number;
  /** Areas in all, of which `place.areas` holds the first MAX_PLACE_AREAS. */
  readonly areaCount: number;
}

export interface CappedSheet {
  readonly sheetId: string;
  readonly sheet: string;
  readonly read: number;
  readonly total: number;
}

export interface WorkbookHealth {
  readonly sheetCount: number;
  readonly holdings: readonly Holding[];
  /** Sheets with error cells, in workbook order. */
  readonly errors: readonly ErrorCells[];
  readonly logicModels: readonly LogicModelCheck[];
  readonly indicatorIssues: readonly IndicatorIssue[];
  readonly risks: readonly RiskSummary[];
  readonly beforeAfter: readonly BeforeAfterRow[];
  /** Sheets with personal identity numbers, in workbook order. */
  readonly personalNumbers: readonly PersonalNumberSheet[];
  /** Sheets only partly read. */
  readonly capped: readonly CappedSheet[];
  /** Sheets not read at all. */
  readonly unread: readonly { readonly sheetId: string; readonly sheet: string }[];
}

// --- small helpers ----------------------------------------------------------------------------

/** Stands in for a personal identity number in every text given back; the same in both languages. */
export const PERSONAL_NUMBER_MASK = "••••••-••••";

/** Areas kept per place: enough to select and to list, bounded however scattered the cells are. */
export const MAX_PLACE_AREAS = 500;

export function maskText(text: string): string {
  return maskPersonalNumbers(text, PERSONAL_NUMBER_MASK);
}

/** A cell as later steps may see it: a personal identity number, as text or number, masked. */
function sanitizeCell(cell: GridCell): GridCell {
  if (typeof cell === "string") return maskText(cell);
  if (typeof cell === "number" && cellHasPersonalNumber(cell)) return PERSONAL_NUMBER_MASK;
  return cell;
}

function sanitizeRows(rows: readonly (readonly GridCell[])[]): GridCell[][] {
  return rows.map((row) => row.map(sanitizeCell));
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col + 1)}${row + 1}`;
}

export function areaAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/**
 * Cells as few A1 areas: runs down each column first, then runs of equal rows side by side
 * merged into rectangles. Sorted by top row, then left column. 0-based coordinates in.
 */
export function compactAreas(cells: readonly CellAt[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byColumn.get(col);
    if (rows) rows.push(row);
    else byColumn.set(col, [row]);
  }
  const runs: { top: number; bottom: number; col: number }[] = [];
  for (const [col, rows] of byColumn) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let top = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ top, bottom: sorted[i - 1], col });
      top = sorted[i];
    }
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.col - b.col);
  const areas: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const run of runs) {
    const last = areas[areas.length - 1];
    if (last && last.top === run.top && last.bottom === run.bottom && last.right + 1 === run.col)
      last.right = run.col;
    else areas.push({ top: run.top, bottom: run.bottom, left: run.col, right: run.col });
  }
  areas.sort((a, b) => a.top - b.top || a.left - b.left);
  return areas.map((a) => areaAddress(a.top, a.left, a.bottom, a.right));
}

const isError = (cell: GridCell | undefined): cell is { error: string } =>
  typeof cell === "object" && cell !== null && !(cell instanceof Date) && "error" in cell;

const isBlank = (cell: GridCell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

const textOf = (cell: GridCell | undefined): string =>
  typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "";

// --- tables -----------------------------------------------------------------------------------

const TABLE_BASES: readonly (readonly [HoldingKind, string])[] = [
  ["logicModel", TEMPLATES.logikmodell.tables.indicators],
  ["riskMatrix", TEMPLATES.riskmatris.tables.risks],
  ["calculation", TEMPLATES.kalkyl.tables.lines],
  ["unitCosts", CATALOG_TABLE],
  ["followUp", TEMPLATES.uppfoljning.tables.periods],
  ["stakeholders", TEMPLATES.intressenter.tables.stakeholders],
];

/** What an SI table holds, by its name (a copy's suffix allowed), or undefined for any other table. */
export function tableKind(name: string): HoldingKind | undefined {
  const folded = name.toLowerCase();
  for (const [kind, base] of TABLE_BASES) {
    const b = base.toLowerCase();
    if (folded === b || (folded.startsWith(b) && /^_?\d+$/.test(folded.slice(b.length))))
      return kind;
  }
  return undefined;
}

/** The tables whose content the scan reads (the others are only listed). */
export function tableContentNeeded(name: string): boolean {
  const kind = tableKind(name);
  return kind === "logicModel" || kind === "riskMatrix";
}

/** The column whose header is one of `headers` (either language, folded), or -1. */
function columnIndex(header: readonly GridCell[], ...headers: string[]): number {
  const wanted = new Set(headers.map(foldWord));
  return header.findIndex((h) => typeof h === "string" && wanted.has(foldWord(h)));
}

const INDICATOR_COLUMNS = {
  level: [LOGIKMODELL_TEXT.sv.columns.level, LOGIKMODELL_TEXT.en.columns.level],
  indicator: [LOGIKMODELL_TEXT.sv.columns.indicator, LOGIKMODELL_TEXT.en.columns.indicator],
  source: [LOGIKMODELL_TEXT.sv.columns.source, LOGIKMODELL_TEXT.en.columns.source],
  alternative: [LOGIKMODELL_TEXT.sv.columns.alternative, LOGIKMODELL_TEXT.en.columns.alternative],
  effect: [LOGIKMODELL_TEXT.sv.columns.effect, LOGIKMODELL_TEXT.en.columns.effect],
  warning: [LOGIKMODELL_TEXT.sv.columns.warning, LOGIKMODELL_TEXT.en.columns.warning],
};

/**
 * How a before–after measurement starts once folded: the sheet's own alternative in either
 * language ("Före–efter-mätning", "Before–after measurement"), and what people type instead
 * ("före-efter", "pre-post").
 */
const BEFORE_AFTER = ["foreefter", "beforeafter", "prepost"];

export function isBeforeAfter(cell: GridCell | undefined): boolean {
  const folded = foldWord(textOf(cell));
  return folded !== "" && BEFORE_AFTER.some((b) => folded.startsWith(b));
}

/** An effect cell "shows a value": a number, or text other than blank. */
const showsValue = (cell: GridCell | undefined): boolean =>
  typeof cell === "number" || (typeof cell === "string" && cell.trim() !== "");

interface TableContext {
  readonly table: TableRead;
  readonly name: string;
  readonly place: (areas: string[]) => Place;
}

/** The table's body rows with their 0-based sheet row; rows blank in every cell are left out. */
function bodyRows(ctx: TableContext, cells: readonly (readonly GridCell[])[]) {
  return cells
    .slice(1)
    .map((row, i) => ({ row, sheetRow: ctx.table.top + 1 + i }))
    .filter(({ row }) => row.some((c) => !isBlank(c)));
}

function checkIndicatorTable(ctx: TableContext, cells: GridCell[][]) {
  const issues: IndicatorIssue[] = [];
  const beforeAfter: BeforeAfterRow[] = [];
  const header = cells[0] ?? [];
  const col = {
    level: columnIndex(header, ...INDICATOR_COLUMNS.level),
    indicator: columnIndex(header, ...INDICATOR_COLUMNS.indicator),
    source: columnIndex(header, ...INDICATOR_COLUMNS.source),
    alternative: columnIndex(header, ...INDICATOR_COLUMNS.alternative),
    effect: columnIndex(header, ...INDICATOR_COLUMNS.effect),
    warning: columnIndex(header, ...INDICATOR_COLUMNS.warning),
  };
  const { left, columns } = ctx.table;
  const rowArea = (sheetRow: number) => areaAddress(sheetRow, left, sheetRow, left + columns - 1);
  const measured = new Set<LogicLevel>();
  for (const { row, sheetRow } of bodyRows(ctx, cells)) {
    const indicator = col.indicator >= 0 ? textOf(row[col.indicator]) : "";
    const levelText = col.level >= 0 ? textOf(row[col.level]) : "";
    const level = levelText === "" ? undefined : matchLevelName(levelText);
    if (indicator !== "" && level) measured.add(level);
    if (indicator !== "" && col.source >= 0 && isBlank(row[col.source]))
      issues.push({
        kind: "noSource",
        table: ctx.name,
        ...(level ? { level } : {}),
        indicator,
        place: ctx.place([cellAddress(sheetRow, left + col.source)]),
      });
    const effectShown =
      col.alternative >= 0 &&
      col.effect >= 0 &&
      isBeforeAfter(row[col.alternative]) &&
      showsValue(row[col.effect]);
    const warning = col.warning >= 0 ? textOf(row[col.warning]) : "";
    if (effectShown || warning !== "")
      beforeAfter.push({
        table: ctx.name,
        indicator,
        reason: effectShown ? "beforeAfterEffect" : "warning",
        ...(warning !== "" ? { warning } : {}),
        place: ctx.place([rowArea(sheetRow)]),
      });
  }
  if (col.indicator >= 0 && col.level >= 0) {
    const whole = areaAddress(
      ctx.table.top,
      left,
      ctx.table.top + ctx.table.rows - 1,
      left + columns - 1
    );
    for (const level of ["aim", "result"] as const)
      if (!measured.has(level))
        issues.push({ kind: "noIndicatorRow", table: ctx.name, level, place: ctx.place([whole]) });
  }
  return { issues, beforeAfter };
}

const RISK_LEVELS: readonly RiskLevel[] = ["low", "medium", "high"];
const RISK_WORDS = new Map<string, RiskLevel>(
  (["sv", "en"] as const).flatMap((lang) =>
    RISK_LEVELS.map((level) => [foldWord(RISK_LEVEL_LABELS[lang][level]), level] as const)
  )
);

/** The level a risk row's level cell names ("Hög", "medium"), or undefined. */
export function riskLevelOf(cell: GridCell | undefined): RiskLevel | undefined {
  return RISK_WORDS.get(foldWord(textOf(cell)));
}

function summariseRisks(ctx: TableContext, cells: GridCell[][]): RiskSummary | undefined {
  const header = cells[0] ?? [];
  const level = columnIndex(
    header,
    RISKMATRIS_TEXT.sv.columns.level,
    RISKMATRIS_TEXT.en.columns.level
  );
  if (level < 0) return undefined;
  const counts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0 };
  let unrated = 0;
  for (const { row } of bodyRows(ctx, cells)) {
    const found = riskLevelOf(row[level]);
    if (found) counts[found]++;
    else unrated++;
  }
  const { top, left, rows, columns } = ctx.table;
  return {
    table: ctx.name,
    place: ctx.place([areaAddress(top, left, top + rows - 1, left + columns - 1)]),
    counts,
    unrated,
  };
}

// --- sheets -----------------------------------------------------------------------------------

interface SheetScan {
  readonly read: SheetRead;
  readonly name: string;
  readonly place: (areas: readonly string[]) => Place;
  /** The block with personal identity numbers masked (the block itself when it held none). */
  readonly clean?: CellBlock;
  readonly errors: CellAt[];
  readonly personal: CellAt[];
}

function scanSheet(read: SheetRead): SheetScan {
  const name = maskText(read.name);
  const hidden = read.visibility !== "Visible";
  const place = (areas: readonly string[]): Place => ({
    sheetId: read.id,
    sheet: name,
    hidden,
    areas: areas.slice(0, MAX_PLACE_AREAS),
  });
  const errors: CellAt[] = [];
  const personal: CellAt[] = [];
  const block = read.block;
  if (!block) return { read, name, place, errors, personal };
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isError(cell)) errors.push({ row: block.top + r, col: block.left + c });
      else if (cellHasPersonalNumber(cell))
        personal.push({ row: block.top + r, col: block.left + c });
    })
  );
  const clean = personal.length > 0 ? { ...block, cells: sanitizeRows(block.cells) } : block;
  return { read, name, place, clean, errors, personal };
}

/**
 * Rows as the logic-model reader wants them: row 0 is the sheet's row 1 (it searches the first 30
 * rows for the header). The rows themselves are shared, not copied: the reader only reads them.
 */
function logicRows(block: CellBlock | undefined): GridCell[][] | undefined {
  // A header below the search rows cannot be found; padding that far would only cost memory.
  if (!block || block.top >= LOGIC_SEARCH_ROWS) return undefined;
  const pad = Array.from({ length: block.top }, () => [] as GridCell[]);
  return [...pad, ...(block.cells as GridCell[][])];
}

/** The grid's area: header row to last level row, level column to last heading. */
function gridArea(rows: GridCell[][], left: number): string | undefined {
  const grid = findLogicGrid(rows);
  if (!grid) return undefined;
  const cols = [grid.levelColumn, ...LOGIC_COLUMNS.map((c) => grid.columns[c])];
  const bottom = grid.rows.length > 0 ? grid.rows[grid.rows.length - 1].row : grid.headerRow;
  return areaAddress(grid.headerRow, left + Math.min(...cols), bottom, left + Math.max(...cols));
}

function checkGrid(scan: SheetScan, rows: GridCell[][], area: string): LogicModelCheck | undefined {
  const grids = [{ name: scan.name, cells: rows }];
  const sv = readLogicModel(grids, "sv");
  const en = readLogicModel(grids, "en");
  if (!sv || !en) return undefined;
  return {
    place: scan.place([area]),
    warnings: sv.warnings.map((w, i) => ({
      level: w.level,
      message: { sv: w.message, en: en.warnings[i]?.message ?? w.message },
    })),
  };
}

// --- the whole workbook -----------------------------------------------------------------------

const fold = (s: string): string => s.toLocaleLowerCase("sv");

export function analyseWorkbook(read: WorkbookRead): WorkbookHealth {
  const scans = read.sheets.map(scanSheet);
  const byName = new Map(scans.map((s) => [fold(s.read.name), s]));

  const holdings: Holding[] = [];
  const indicatorIssues: IndicatorIssue[] = [];
  const beforeAfter: BeforeAfterRow[] = [];
  const risks: RiskSummary[] = [];
  const ownLogicSheets = new Set<SheetScan>();
  for (const table of read.tables) {
    const kind = tableKind(table.name);
    const scan = byName.get(fold(table.sheet));
    if (!kind || !scan) continue;
    const name = maskText(table.name);
    const { top, left, rows, columns } = table;
    const ctx: TableContext = { table, name, place: (areas) => scan.place(areas) };
    holdings.push({
      kind,
      table: name,
      place: scan.place([areaAddress(top, left, top + rows - 1, left + columns - 1)]),
    });
    const cells = table.cells ? sanitizeRows(table.cells) : undefined;
    if (kind === "logicModel") {
      ownLogicSheets.add(scan);
      if (cells) {
        const checked = checkIndicatorTable(ctx, cells);
        indicatorIssues.push(...checked.issues);
        beforeAfter.push(...checked.beforeAfter);
      }
    }
    if (kind === "riskMatrix" && cells) {
      const summary = summariseRisks(ctx, cells);
      if (summary) risks.push(summary);
    }
  }

  // Logic-model grids: every sheet's, once; own sheets are checked, others listed.
  const grids = scans.flatMap((scan) => {
    const rows = logicRows(scan.clean);
    const area = rows && gridArea(rows, scan.clean?.left ?? 0);
    return rows && area ? [{ scan, rows, area }] : [];
  });
  const logicModels: LogicModelCheck[] = [];
  const own = grids.filter((g) => ownLogicSheets.has(g.scan));
  for (const g of own.length > 0 ? own : grids.slice(0, 1)) {
    const check = checkGrid(g.scan, g.rows, g.area);
    if (check) logicModels.push(check);
  }
  for (const g of grids)
    if (!ownLogicSheets.has(g.scan))
      holdings.push({ kind: "logicModel", place: g.scan.place([g.area]) });
  holdings.sort((a, b) => HOLDING_KINDS.indexOf(a.kind) - HOLDING_KINDS.indexOf(b.kind));

  const errors: ErrorCells[] = scans
    .filter((s) => s.errors.length > 0)
    .map((s) => ({ place: s.place(compactAreas(s.errors)), count: s.errors.length }));
  const personalNumbers: PersonalNumberSheet[] = scans
    .filter((s) => s.personal.length > 0)
    .map((s) => {
      const areas = compactAreas(s.personal);
      return { place: s.place(areas), count: s.personal.length, areaCount: areas.length };
    });
  const capped: CappedSheet[] = scans.flatMap((s) => {
    const cells = s.read.block?.cells ?? [];
    const readCells = cells.reduce((n, row) => n + row.length, 0);
    return !s.read.unread && readCells < s.read.usedCells
      ? [{ sheetId: s.read.id, sheet: s.name, read: readCells, total: s.read.usedCells }]
      : [];
  });
  const unread = scans
    .filter((s) => s.read.unread)
    .map((s) => ({ sheetId: s.read.id, sheet: s.name }));

  return {
    sheetCount: read.sheets.length,
    holdings,
    errors,
    logicModels,
    indicatorIssues,
    risks,
    beforeAfter,
    personalNumbers,
    capped,
    unread,
  };
}
