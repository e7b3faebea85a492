/**
 * The live sheets in the open workbook, as the task pane's Mallar tab uses them: insert templates,
 * turn a logic model into the live Logikmodell sheet, and remove the fictitious example from the
 * active sheet. Each function takes the request context, so tests hand it a mock; the service
 * (template-service.ts) wraps them in Excel.run and words nothing itself.
 *
 * Round trips (`context.sync()`):
 * - insert: 2 whatever the number of sheets (src/templates/render-office.ts).
 * - convert: 2 when the active sheet has the model — (1) what is there (sheets, tables, names) and
 *   the active sheet's cells, (2) the new sheet; 3 when it is on another sheet — (2) every other
 *   visible sheet's cells, (3) the new sheet. Not found: 1, or 2 after reading the other sheets.
 *   So reading takes at most 2 and drawing shares its name look-up with the first read.
 * - remove example: 1 load (the active sheet's tables and used range), then 1 for every write;
 *   nothing to remove is 1 in all.
 */
import type { Lang } from "../i18n/lang";
import { logicText } from "../i18n/logicmodel";
import { readLogicModel, type LogicModel } from "../import/logicmodel";
import { planSheets } from "../templates/index";
import { logicContent } from "../templates/logic-content";
import { cellRef, areaRef } from "../templates/refs";
import { drawSheet, insertTemplates, needsTextPrefix } from "../templates/render-office";
import type { Content, TemplateId } from "../templates/spec";
import { TEMPLATES } from "../templates/index";
import { gridOf, queueSheetRead, type QueuedSheet } from "./read-sheets";
import {
  planExampleRemoval,
  type CellRemoval,
  type SheetSnapshot,
  type TableSnapshot,
} from "./template-example";
import type {
  ConvertOutcome,
  InsertOptions,
  InsertOutcome,
  RemoveExampleOutcome,
} from "./template-outcome";

const fold = (s: string): string => s.toLocaleLowerCase("sv");

/** Inserts the chosen sheets in one go; the first is activated. */
export async function insertTemplateSheets(
  context: Excel.RequestContext,
  ids: readonly TemplateId[],
  options: InsertOptions
): Promise<InsertOutcome> {
  const { sheets } = await insertTemplates(context, ids, {
    lang: options.lang,
    example: options.example,
  });
  return { kind: "inserted", sheets };
}

/** Sheets that are the add-in's own Logikmodell: they hold its indicator table. */
function ownLogicSheets(tables: Excel.TableCollection): Set<string> {
  const base = fold(TEMPLATES.logikmodell.tables.indicators);
  return new Set(
    tables.items
      .filter((t) => fold(t.name.replace(/_\d+$/, "")) === base)
      .map((t) => fold(t.worksheet.name))
  );
}

/**
 * Reads a logic model from the active sheet, or, if it has none, from every other visible sheet
 * in workbook order, and inserts the live Logikmodell sheet filled from it. The add-in's own
 * Logikmodell sheets are never read as a source (their grid is a model too, but a copy of one).
 * The sheets read are never written.
 */
export async function convertLogicModelSheet(
  context: Excel.RequestContext,
  lang: Lang
): Promise<ConvertOutcome> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name,items/visibility");
  tables.load("items/name,items/worksheet/name");
  names.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name"); // queueSheetRead loads it too; said here for the reader (and the linter)
  const activeRead = queueSheetRead(active);
  await context.sync(); // 1: what is there, and the active sheet

  const own = ownLogicSheets(tables);
  let model: LogicModel | undefined = own.has(fold(active.name))
    ? undefined
    : readLogicModel([gridOf(activeRead)], lang);
  if (!model) {
    const others: QueuedSheet[] = worksheets.items
      .filter(
        (s) =>
          s.visibility === "Visible" && fold(s.name) !== fold(active.name) && !own.has(fold(s.name))
      )
      .map((s) => queueSheetRead(s));
    if (others.length > 0) {
      await context.sync(); // 2: the other visible sheets
      model = readLogicModel(others.map(gridOf), lang);
    }
  }
  if (!model) return { kind: "notFound", message: logicText(lang, "notFound") };

  const [spec] = planSheets(
    ["logikmodell"],
    {
      sheets: worksheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
    },
    { lang, example: false, logicModel: logicContent(model) }
  );
  drawSheet(context, spec);
  worksheets.getItem(spec.name).activate();
  await context.sync(); // the new sheet
  return {
    kind: "converted",
    sheet: spec.name,
    source: model.sheet,
    indicators: model.indicators.length,
    warnings: model.warnings.map((w) => ({ level: w.level, message: w.message })),
  };
}

const TABLE_PROPERTIES = [
  "items/name",
  "items/showHeaders",
  "items/showTotals",
  "items/columns/items/name",
  "items/columns/items/values",
].join(",");

function snapshotOf(
  sheet: Excel.Worksheet,
  tables: Excel.TableCollection,
  used: Excel.Range
): SheetSnapshot {
  const tableSnapshots: TableSnapshot[] = tables.items.map((t) => ({
    name: t.name,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    columns: t.columns.items.map((c) => ({ name: c.name, values: c.values })),
  }));
  if (used.isNullObject)
    return { name: sheet.name, top: 1, left: 1, values: [], formulas: [], tables: tableSnapshots };
  return {
    name: sheet.name,
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    values: used.values,
    formulas: used.formulas,
    tables: tableSnapshots,
  };
}

/** A content as Range.values takes it: text Excel would read as a number keeps its prefix. */
function writable(content: Content): string | number | boolean {
  if (content === null) return "";
  if (typeof content === "object") return content.formula;
  return typeof content === "string" && needsTextPrefix(content) ? `'${content}` : content;
}

function removeCell(sheet: Excel.Worksheet, cell: CellRemoval): void {
  if (cell.reset === undefined) {
    const { rows, cols } = cell.merge ?? { rows: 1, cols: 1 };
    const area = sheet.getRange(
      areaRef(cell.row, cell.col, cell.row + rows - 1, cell.col + cols - 1)
    );
    if (rows > 1 || cols > 1) area.unmerge();
    area.clear("All");
    return;
  }
  const range = sheet.getRange(cellRef(cell.row, cell.col));
  const value = writable(cell.reset);
  if (typeof cell.reset === "object" && cell.reset !== null) range.formulas = [[value]];
  else range.values = [[value]];
}

/**
 * Removes from the active sheet what is still exactly its template's fictitious example (see
 * template-example.ts for the rules). One load, one write.
 */
export async function removeTemplateExample(
  context: Excel.RequestContext
): Promise<RemoveExampleOutcome> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // The sheet's own tables only: the workbook's could be large, and their values are loaded.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a collection, not a property to load
  const tables = sheet.tables;
  tables.load(TABLE_PROPERTIES);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["values", "formulas", "rowIndex", "columnIndex"]);
  sheet.load("name");
  await context.sync(); // 1: the sheet

  const plan = planExampleRemoval(snapshotOf(sheet, tables, used));
  if (!plan) return { kind: "notTemplate", sheet: sheet.name };
  if (plan.rows === 0 && plan.cells.length === 0)
    return { kind: "nothingLeft", sheet: sheet.name, template: plan.template };

  // Cells first, at the addresses read: deleting table rows moves what is below them.
  plan.cells.forEach((cell) => removeCell(sheet, cell));
  for (const removal of plan.tables) {
    for (const cell of removal.clear) sheet.getRange(cellRef(cell.row, cell.col)).values = [[""]];
    const table = tables.items[removal.table];
    for (const index of removal.deleteRows) table.rows.getItemAt(index).delete();
  }
  await context.sync(); // 2: every write
  return {
    kind: "removed",
    sheet: sheet.name,
    template: plan.template,
    rows: plan.rows,
    cells: plan.cells.length,
  };
}
