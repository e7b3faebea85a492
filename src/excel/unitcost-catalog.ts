/**
 * The live unit-cost catalog in the open workbook: import a sheet (or the whole workbook) into the
 * table SI_Enhetskostnader on the sheet "Enhetskostnader (SI)", read the catalog back, and insert a
 * formula that uses it. Each function takes the request context so tests can hand it a mock.
 *
 * Round trips: an import makes at most three `context.sync()` calls whatever the number of rows —
 * (1) what is there: sheets, tables, the SI_Prisår name, and the active sheet's cells; (2) the
 * other sheets' cells (whole workbook) and the existing table (re-import); (3) every write. An import
 * of the active sheet into a new catalog needs only (1) and (3).
 *
 * Requires ExcelApi 1.13 (Table.resize) and 1.9 (getSpecialCells); every host with the shared
 * runtime the add-in needs has both.
 */
import type { Lang } from "../i18n/lang";
import { UnitCostImportError, importUnitCosts } from "../import/unitcosts";
import type { SheetGrid, UnitCostImport } from "../import/types";
import {
  CATALOG_SHEET,
  CATALOG_TABLE,
  COLUMNS,
  DEFAULT_PRICE_YEAR,
  PRICE_YEAR_LABEL,
  PRICE_YEAR_NAME,
  UPRATED_HEADER,
  buildCatalog,
  catalogRowsFromValues,
  type CatalogContents,
  type CatalogRow,
  type ExistingTable,
  type FormulaCell,
} from "./catalog-table";
import { gridOf, queueSheetRead, type QueuedSheet } from "./read-sheets";
import type { ImportOutcome, ImportScope } from "./unitcost-outcome";
import { unitCostFormula } from "./unitcost-formula";

export interface ImportOptions {
  readonly scope: ImportScope;
  /** Language of the importer's report. */
  readonly lang: Lang;
}

/** Row of the table's header on a new catalog sheet (0-based): the price year and its label sit above. */
const HEADER_ROW = 2;
const YEAR_COLUMN = COLUMNS.indexOf(UPRATED_HEADER);

/** Sheet and table names are case-insensitive in Excel. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

interface PendingTable {
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

function queueTableRead(table: Excel.Table): PendingTable {
  table.load("showTotals");
  const header = table.getHeaderRowRange();
  header.load(["formulas", "rowIndex", "columnIndex", "columnCount"]);
  const body = table.getDataBodyRange();
  body.load(["formulas", "numberFormat", "rowCount"]);
  return { table, header, body };
}

function existingOf(read: PendingTable): ExistingTable {
  return {
    header: read.header.formulas[0] as FormulaCell[],
    body: read.body.formulas as FormulaCell[][],
    numberFormats: read.body.numberFormat as string[][],
  };
}

/** Writes the body in one `numberFormat` and one `formulas` assignment (formats first: "@" keeps text as text). */
function writeBody(
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  contents: CatalogContents
): void {
  if (contents.body.length === 0) return;
  const target = sheet.getRangeByIndexes(row, col, contents.body.length, contents.header.length);
  target.numberFormat = contents.numberFormats;
  target.formulas = contents.body;
}

/** The label and the named year cell above the year column, at `row`. */
function writePriceYear(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  name: Excel.NamedItem
): void {
  const label = sheet.getRangeByIndexes(row, col + YEAR_COLUMN - 1, 1, 1);
  label.values = [[PRICE_YEAR_LABEL]];
  label.format.horizontalAlignment = "Right";
  label.format.font.bold = true;
  const year = sheet.getRangeByIndexes(row, col + YEAR_COLUMN, 1, 1);
  year.numberFormat = [["0"]];
  year.format.font.bold = true;
  if (!name.isNullObject && name.type !== "Error") {
    // The user already defines SI_Prisår elsewhere: show it, and leave it where they keep it.
    year.formulas = [[`=${PRICE_YEAR_NAME}`]];
    return;
  }
  // A name left pointing at #REF! (its sheet deleted) is replaced, not duplicated.
  if (!name.isNullObject) name.delete();
  year.values = [[DEFAULT_PRICE_YEAR]];
  context.workbook.names.add(PRICE_YEAR_NAME, year);
}

function createCatalog(
  context: Excel.RequestContext,
  contents: CatalogContents,
  name: Excel.NamedItem
): void {
  const sheet = context.workbook.worksheets.add(CATALOG_SHEET);
  writePriceYear(context, sheet, 0, 0, name);
  const width = contents.header.length;
  sheet.getRangeByIndexes(HEADER_ROW, 0, 1, width).values = [contents.header];
  // The table must exist before the body is written: its formulas use structured references.
  const table = sheet.tables.add(
    sheet.getRangeByIndexes(HEADER_ROW, 0, 1 + contents.body.length, width),
    true
  );
  table.name = CATALOG_TABLE;
  writeBody(sheet, HEADER_ROW + 1, 0, contents);
  table.getRange().format.autofitColumns();
  sheet.activate();
}

/**
 * Rewrites the table in place, so every formula elsewhere that refers to SI_Enhetskostnader keeps
 * working: cells are inserted below (and to the right) before the table grows, so nothing of the
 * user's under it is overwritten, and rows it gives up are cleared.
 */
function updateCatalog(
  context: Excel.RequestContext,
  read: PendingTable,
  sheetName: string,
  contents: CatalogContents,
  name: Excel.NamedItem
): void {
  const { table, header, body } = read;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const row0 = header.rowIndex;
  const col0 = header.columnIndex;
  const oldCols = header.columnCount;
  const oldRows = body.rowCount;
  const cols = contents.header.length; // never fewer than oldCols: every old column is kept
  const rows = Math.max(contents.body.length, 1); // a table keeps at least one body row
  const totals = table.showTotals;
  if (totals) table.showTotals = false;
  if (cols > oldCols) {
    sheet.getRangeByIndexes(row0, col0 + oldCols, 1 + oldRows, cols - oldCols).insert("Right");
  }
  if (rows > oldRows)
    sheet.getRangeByIndexes(row0 + 1 + oldRows, col0, rows - oldRows, cols).insert("Down");
  table.resize(sheet.getRangeByIndexes(row0, col0, 1 + rows, cols));
  sheet.getRangeByIndexes(row0, col0, 1, cols).values = [contents.header];
  writeBody(sheet, row0 + 1, col0, contents);
  if (rows < oldRows)
    sheet.getRangeByIndexes(row0 + 1 + rows, col0, oldRows - rows, cols).clear("All");
  if (totals) table.showTotals = true;
  const brokenName = name.isNullObject || name.type === "Error";
  if (brokenName) {
    if (row0 >= 2) writePriceYear(context, sheet, row0 - 2, col0, name);
    else {
      // No room above a table the user moved to the top: the year becomes a named constant.
      if (!name.isNullObject) name.delete();
      context.workbook.names.add(PRICE_YEAR_NAME, `=${DEFAULT_PRICE_YEAR}`);
    }
  }
}

/** The importer's report, or its "no unit-cost table here" (thrown) as an outcome the pane words. */
function runImporter(
  grids: SheetGrid[],
  lang: Lang
): { report: UnitCostImport } | { outcome: ImportOutcome } {
  try {
    return { report: importUnitCosts(grids, { lang }) };
  } catch (e) {
    if (e instanceof UnitCostImportError)
      return { outcome: { kind: "noTable", message: e.message } };
    throw e;
  }
}

/**
 * Imports unit costs from the active sheet or the whole workbook into the catalog. The sources are
 * only read. Nothing is written when the import finds no unit cost, when a sheet of the catalog's
 * name is the user's own, or when the source is the catalog itself.
 */
export async function importUnitCostCatalog(
  context: Excel.RequestContext,
  options: ImportOptions
): Promise<ImportOutcome> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const name = workbook.names.getItemOrNullObject(PRICE_YEAR_NAME);
  name.load("type");
  const active = options.scope === "activeSheet" ? sheets.getActiveWorksheet() : undefined;
  const activeRead = active ? queueSheetRead(active) : undefined;
  await context.sync(); // 1: what is there

  const table = tables.items.find((t) => sameName(t.name, CATALOG_TABLE));
  const catalogSheet = table ? table.worksheet.name : CATALOG_SHEET;
  if (!table && sheets.items.some((s) => sameName(s.name, CATALOG_SHEET))) {
    return { kind: "refused", reason: "userSheet" };
  }
  if (active && sameName(active.name, catalogSheet))
    return { kind: "refused", reason: "catalogIsSource" };

  const reads: QueuedSheet[] = activeRead
    ? [activeRead]
    : sheets.items
        .filter((s) => s.visibility === "Visible" && !sameName(s.name, catalogSheet))
        .map((s) => queueSheetRead(s));
  const existing = table ? queueTableRead(table) : undefined;
  if (!activeRead || existing) await context.sync(); // 2: the other sheets, the table already there

  const imported = runImporter(reads.map(gridOf), options.lang);
  if ("outcome" in imported) return imported.outcome;
  const { report } = imported;
  if (report.items.length === 0) return { kind: "nothing", report };
  const contents = buildCatalog(report.items, existing ? existingOf(existing) : undefined);
  if (existing) updateCatalog(context, existing, catalogSheet, contents, name);
  else createCatalog(context, contents, name);
  await context.sync(); // 3: every write

  const { rows, updated, added, kept, removed } = contents;
  return { kind: "imported", report, rows, created: !existing, updated, added, kept, removed };
}

/** The catalog's rows as the table holds them now (local figures the user typed included). */
export async function readUnitCostCatalog(context: Excel.RequestContext): Promise<CatalogRow[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const table = tables.items.find((t) => sameName(t.name, CATALOG_TABLE));
  if (!table) return [];
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return catalogRowsFromValues([...header.values, ...body.values] as FormulaCell[][]);
}

/** Writes `=SI.UNITCOST(…)` for the row into the active cell and returns that cell's address. */
export async function insertUnitCostFormula(
  context: Excel.RequestContext,
  row: CatalogRow
): Promise<string> {
  const cell = context.workbook.getActiveCell();
  cell.formulas = [[unitCostFormula(row)]];
  cell.load("address");
  await context.sync();
  return cell.address;
}
