/**
 * Reading the whole workbook for the Start and Kontroll tabs, and selecting what they found. Each
 * function takes the request context, so tests hand it a mock; workbook-scan-service.ts wraps them
 * in Excel.run and turns failures into outcomes. What the cells mean is
 * src/import/workbook-health.ts's business.
 *
 * Round trips (`context.sync()`):
 * - scan: 2 — (1) the sheets (id, name, visibility) and the tables (name, sheet); (2) for every
 *   sheet at once, the size of its used range and the cells of that range inside A1:AX4000, and
 *   the range of every SI table (with its cells for the indicator and risk tables). A sheet whose
 *   used range reaches beyond A1:AX4000 costs (3): its used range is read again, capped at
 *   CELL_CAP cells — whole rows from the top, as many as fit. Reading first and sizing later would
 *   take 3 round trips for every workbook; most never have such a sheet.
 * - When Excel will not hand over that much in one response (Excel on the web limits a response
 *   to a few megabytes), the reads of that round trip are made again one per sync; a sheet that
 *   is too large even alone is reported as not read (first pass) or keeps its first block (the
 *   capped pass).
 * - select: 1 — activate the sheet, select the areas.
 *
 * Requirement sets: ExcelApi 1.4 to scan (Range.getUsedRangeOrNullObject); selecting several
 * areas at once needs 1.9 (Worksheet.getRanges), one area 1.1.
 */
import { codeOf } from "./office-host";
import { cellOf } from "./read-sheets";
import {
  areaAddress,
  tableContentNeeded,
  tableKind,
  type CellBlock,
  type Place,
  type SheetRead,
  type SheetVisibility,
  type TableRead,
  type WorkbookRead,
} from "../import/workbook-health";
import type { SelectOutcome } from "./workbook-scan-outcome";

export const SCAN_EXCEL_API = "1.4";
export const SELECT_AREAS_EXCEL_API = "1.9";

/** The most cells read of one sheet. */
export const CELL_CAP = 200_000;
/** Read with the sizes in the first pass: 4,000 rows × 50 columns (A:AX), CELL_CAP cells. */
export const FIRST_BLOCK = { rows: 4_000, columns: 50 } as const;
const FIRST_BLOCK_ADDRESS = areaAddress(0, 0, FIRST_BLOCK.rows - 1, FIRST_BLOCK.columns - 1);
/** Areas selected at once: the addresses go to Excel as one string. */
export const MAX_SELECT_AREAS = 100;

/** Office's error code ("ResponsePayloadSizeLimitExceeded"), when the error has one. */

const TOO_LARGE = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

export function isTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && TOO_LARGE.has(code);
}

// --- cells ------------------------------------------------------------------------------------

interface Size {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface Loaded extends Size {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

function blockOf(range: Loaded): CellBlock {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    cells: range.values.map((row, r) => row.map((v, c) => cellOf(v, range.valueTypes[r]?.[c]))),
  };
}

const sizeOf = (range: Size): Size => ({
  rowIndex: range.rowIndex,
  columnIndex: range.columnIndex,
  rowCount: range.rowCount,
  columnCount: range.columnCount,
});

const fitsFirstBlock = (used: Size): boolean =>
  used.rowIndex + used.rowCount <= FIRST_BLOCK.rows &&
  used.columnIndex + used.columnCount <= FIRST_BLOCK.columns;

/** The used range cut to CELL_CAP cells: its full width, as many rows from the top as fit. */
export function cappedArea(used: Size): string {
  const columns = Math.min(used.columnCount, CELL_CAP);
  const rows = Math.max(1, Math.min(used.rowCount, Math.floor(CELL_CAP / columns)));
  return areaAddress(
    used.rowIndex,
    used.columnIndex,
    used.rowIndex + rows - 1,
    used.columnIndex + columns - 1
  );
}

// --- reading in one round trip, or one by one -------------------------------------------------

/** Reads to queue together; `queue` may be called again after a failed sync (new proxies). */
interface Job {
  /** Queues loads; the returned function takes their results after the sync. */
  queue(): () => void;
  /** Excel would not hand this job's reads over even alone. */
  tooLarge(): void;
}

/**
 * Runs the jobs in one sync; if Excel refuses the response as too large, once more one job per
 * sync, so a workbook too large for one response is still read as far as it can be.
 */
async function runJobs(context: Excel.RequestContext, jobs: readonly Job[]): Promise<void> {
  if (jobs.length === 0) return;
  let collect: (() => void)[];
  try {
    collect = jobs.map((job) => job.queue());
    await context.sync();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    for (const job of jobs) {
      try {
        const one = job.queue();
        // One sync per job is the point here: together they were too large for one response.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        one();
      } catch (alone) {
        if (!isTooLarge(alone)) throw alone;
        job.tooLarge();
      }
    }
    return;
  }
  collect.forEach((take) => take());
}

interface SheetState {
  readonly sheet: Excel.Worksheet;
  used?: Size;
  block?: CellBlock;
  unread?: boolean;
}

function firstPass(state: SheetState): Job {
  return {
    queue() {
      const used = state.sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const block = state.sheet.getRange(FIRST_BLOCK_ADDRESS).getUsedRangeOrNullObject(true);
      block.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
      // Read by runJobs only after the sync that loaded them; the rule cannot see through the closure.
      return () => {
        // eslint-disable-next-line office-addins/call-sync-before-read
        state.used = used.isNullObject ? undefined : sizeOf(used);
        // eslint-disable-next-line office-addins/call-sync-before-read
        state.block = block.isNullObject ? undefined : blockOf(block);
      };
    },
    tooLarge() {
      state.unread = true;
    },
  };
}

function cappedPass(state: SheetState, used: Size): Job {
  return {
    queue() {
      const range = state.sheet.getRange(cappedArea(used));
      range.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
      return () => {
        state.block = blockOf(range);
      };
    },
    // The first block read stays: the sheet is reported as read in part.
    tooLarge() {},
  };
}

interface TableState {
  readonly table: Excel.Table;
  readonly name: string;
  readonly sheet: string;
  read?: TableRead;
}

function tablePass(state: TableState): Job {
  const content = tableContentNeeded(state.name);
  return {
    queue() {
      const range = state.table.getRange();
      // The size for every SI table; the cells only of those whose content is checked.
      if (content) range.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
      else range.load("rowIndex,columnIndex,rowCount,columnCount");
      return () => {
        const size = sizeOf(range);
        state.read = {
          name: state.name,
          sheet: state.sheet,
          top: size.rowIndex,
          left: size.columnIndex,
          rows: size.rowCount,
          columns: size.columnCount,
          ...(content ? { cells: blockOf(range).cells } : {}),
        };
      };
    },
    // Listed without its content is better than not listed.
    tooLarge() {},
  };
}

const VISIBILITIES: readonly string[] = ["Visible", "Hidden", "VeryHidden"];
const visibilityOf = (v: string): SheetVisibility =>
  VISIBILITIES.includes(v) ? (v as SheetVisibility) : "Hidden";

/** Every sheet's cells (capped) and the SI tables, as workbook-health.ts analyses them. */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/id,items/name,items/visibility");
  tables.load("items/name,items/worksheet/name");
  await context.sync(); // 1: what is there

  const sheets: SheetState[] = worksheets.items.map((sheet) => ({ sheet }));
  const siTables: TableState[] = tables.items
    .filter((t) => tableKind(t.name) !== undefined)
    .map((table) => ({ table, name: table.name, sheet: table.worksheet.name }));
  await runJobs(context, [...sheets.map(firstPass), ...siTables.map(tablePass)]); // 2: all cells

  const large = sheets.flatMap((s) => (s.used && !fitsFirstBlock(s.used) ? [s] : []));
  await runJobs(
    context,
    large.map((s) => cappedPass(s, s.used as Size))
  ); // 3, only for a sheet beyond the first block

  const read: SheetRead[] = sheets.map((s) => ({
    id: s.sheet.id,
    name: s.sheet.name,
    visibility: visibilityOf(s.sheet.visibility),
    usedCells: s.used ? s.used.rowCount * s.used.columnCount : 0,
    ...(s.block ? { block: s.block } : {}),
    ...(s.unread ? { unread: true } : {}),
  }));
  return { sheets: read, tables: siTables.flatMap((t) => (t.read ? [t.read] : [])) };
}

// --- selecting --------------------------------------------------------------------------------

/**
 * Activates the place's sheet and selects its areas, all of them at once when the host has
 * ExcelApi 1.9 (`severalAtOnce`), else the first. By the sheet's id: its name may have changed.
 */
export async function selectPlace(
  context: Excel.RequestContext,
  place: Place,
  severalAtOnce: boolean
): Promise<SelectOutcome> {
  const total = place.areas.length;
  const wanted = severalAtOnce ? Math.min(total, MAX_SELECT_AREAS) : Math.min(total, 1);
  const areas = place.areas.slice(0, wanted);
  const sheet = context.workbook.worksheets.getItem(place.sheetId);
  sheet.activate();
  if (areas.length > 1) sheet.getRanges(areas.join(",")).select();
  else sheet.getRange(areas[0] ?? "A1").select();
  await context.sync();
  const limit = wanted >= total ? undefined : severalAtOnce ? "tooMany" : "olderExcel";
  return {
    kind: "selected",
    sheet: place.sheet,
    selected: Math.max(wanted, 1),
    total: Math.max(total, 1),
    ...(limit ? { limit } : {}),
  };
}
