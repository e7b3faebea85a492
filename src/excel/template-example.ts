/**
 * "Ta bort exemplet": which live sheet the active sheet is, and what on it is still exactly the
 * fictitious example. Pure: it works on one load of the sheet (SheetSnapshot) and returns a plan
 * that src/excel/template-sheets.ts writes. Nothing the user typed is ever in the plan.
 *
 * Recognising the sheet: a table on it named as a template's table (SI_Risker, or SI_Risker_2 where
 * the name was taken); else, for the sheets without tables (Uppskalning, Beslutsunderlag) and for a
 * template whose table was deleted, the title in A1 in either language. The language is the one
 * whose table headers (and title) the sheet has. The template is then built again with its example
 * and without, with the names actually on the sheet, and compared with what the sheet holds:
 * - A table data row goes when every typed-in cell still equals one example row (each example row
 *   accounts for one sheet row), its calculated cells hold formulas (or nothing), and any column the
 *   user added is empty there or a calculated column. When that would empty the table, the first
 *   row stays with its typed-in cells cleared and its formulas kept, as Excel keeps an empty table.
 * - A single example cell is cleared only while it holds exactly the example. A cell the sheet
 *   without example does not have at all (the "fictitious example" note) goes with its look and
 *   merge; the others keep their look and get the empty sheet's content (nothing).
 * Cells are compared where the template put them: a user who moved them has made them theirs.
 */
import type { Lang } from "../i18n/lang";
import { TEMPLATES } from "../templates/index";
import type {
  BuildContext,
  Content,
  SheetSpec,
  TableSpec,
  Template,
  TemplateId,
} from "../templates/spec";
import { TEMPLATE_IDS } from "../templates/spec";

export interface TableSnapshot {
  readonly name: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  /** Each column's name and values (header, data, totals: as Office gives TableColumn.values). */
  readonly columns: readonly {
    readonly name: string;
    readonly values: readonly (readonly unknown[])[];
  }[];
}

/** The active sheet as one load gives it. */
export interface SheetSnapshot {
  readonly name: string;
  /** 1-based row and column of the used range's first cell. */
  readonly top: number;
  readonly left: number;
  /** The used range's values and formulas; empty when the sheet is empty. */
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly tables: readonly TableSnapshot[];
}

export interface CellRemoval {
  readonly row: number;
  readonly col: number;
  /** The merged block the template made, if any. */
  readonly merge?: { readonly rows: number; readonly cols: number };
  /**
   * What the sheet without example holds there; undefined when it has no such cell, and the
   * cell goes with its look and merge.
   */
  readonly reset: Content | undefined;
}

export interface TableRemoval {
  /** Index into SheetSnapshot.tables. */
  readonly table: number;
  /** 0-based data rows to delete, highest first (so each index holds while the others go). */
  readonly deleteRows: readonly number[];
  /** The sheet cells to clear when the table's last example row stays as its blank row. */
  readonly clear: readonly { readonly row: number; readonly col: number }[];
  /** Example rows taken out, the one left blank included. */
  readonly removed: number;
}

export interface ExampleRemovalPlan {
  readonly template: TemplateId;
  readonly lang: Lang;
  readonly cells: readonly CellRemoval[];
  readonly tables: readonly TableRemoval[];
  readonly rows: number;
}

const fold = (s: string): string => s.toLocaleLowerCase("sv");

/** "SI_Risker_2" → "si_risker". */
function baseName(name: string): string {
  return fold(name.replace(/_\d+$/, ""));
}

function isFormula(content: Content): content is { formula: string } {
  return typeof content === "object" && content !== null;
}

/** The used range as a sheet-addressed lookup; cells outside it are empty. */
class Cells {
  constructor(private readonly s: SheetSnapshot) {}

  value(row: number, col: number): unknown {
    return this.s.values[row - this.s.top]?.[col - this.s.left] ?? "";
  }

  /** The formula, or "" for a constant or an empty cell. */
  formula(row: number, col: number): string {
    const f = this.s.formulas[row - this.s.top]?.[col - this.s.left];
    return typeof f === "string" && f.startsWith("=") && f !== this.value(row, col) ? f : "";
  }

  isEmpty(row: number, col: number): boolean {
    return this.value(row, col) === "" && this.formula(row, col) === "";
  }

  /** True while the cell holds exactly `content` (nothing for null). */
  holds(row: number, col: number, content: Content): boolean {
    if (content === null || content === "") return this.isEmpty(row, col);
    if (isFormula(content)) return this.formula(row, col) === content.formula;
    if (this.formula(row, col) !== "") return false;
    const value = this.value(row, col);
    if (typeof content === "number")
      return (
        typeof value === "number" &&
        Math.abs(value - content) <= 1e-9 * Math.max(1, Math.abs(content))
      );
    return value === content;
  }
}

function sameContent(a: Content, b: Content): boolean {
  if (isFormula(a) || isFormula(b)) return isFormula(a) && isFormula(b) && a.formula === b.formula;
  return (a ?? "") === (b ?? "");
}

/** The template's sheet as it would be built on this sheet, with its names as they are there. */
function build(t: Template, lang: Lang, snapshot: SheetSnapshot, example: boolean): SheetSpec {
  const onSheet = (base: string) =>
    snapshot.tables.find((table) => baseName(table.name) === fold(base))?.name ?? base;
  const ctx: BuildContext = {
    lang,
    example,
    sheet: snapshot.name,
    table: (key) => onSheet(t.tables[key] ?? key),
    name: (key) => t.names[key] ?? key,
    find: () => undefined,
  };
  return t.build(ctx);
}

function titleOf(spec: SheetSpec): Content | undefined {
  return spec.cells.find((c) => c.row === 1 && c.col === 1)?.content;
}

/** The template the sheet is, by its tables' names, else by its title. */
function recognise(snapshot: SheetSnapshot, cells: Cells): TemplateId | undefined {
  for (const table of snapshot.tables) {
    const id = TEMPLATE_IDS.find((i) =>
      Object.values(TEMPLATES[i].tables).some((base) => fold(base) === baseName(table.name))
    );
    if (id) return id;
  }
  const title = cells.value(1, 1);
  if (typeof title !== "string" || title === "") return undefined;
  return TEMPLATE_IDS.find((id) =>
    (["sv", "en"] as const).some((lang) => {
      const spec = build(TEMPLATES[id], lang, snapshot, false);
      return titleOf(spec) === title && cells.formula(1, 1) === "";
    })
  );
}

/** The language whose headers and title the sheet has; Swedish when they do not tell. */
function languageOf(t: Template, snapshot: SheetSnapshot, cells: Cells): Lang {
  const score = (lang: Lang): number => {
    const spec = build(t, lang, snapshot, true);
    const headers = new Set(
      snapshot.tables.flatMap((table) => table.columns.map((c) => fold(c.name)))
    );
    const matches = spec.tables
      .flatMap((table) => table.columns)
      .filter((c) => headers.has(fold(c.header))).length;
    return matches + (titleOf(spec) === cells.value(1, 1) ? 1 : 0);
  };
  return score("en") > score("sv") ? "en" : "sv";
}

/** Where the table's first column value (its header, when shown) is on the sheet. */
function locate(
  table: TableSnapshot,
  cells: Cells,
  s: SheetSnapshot
): { row: number; col: number } | undefined {
  const height = table.columns[0]?.values.length ?? 0;
  if (height === 0) return undefined;
  const fits = (row: number, col: number) =>
    table.columns.every((column, j) =>
      column.values.every((v, k) => cells.value(row + k, col + j) === v[0])
    );
  for (let r = 0; r < s.values.length; r++)
    for (let c = 0; c < (s.values[r]?.length ?? 0); c++)
      if (fits(s.top + r, s.left + c)) return { row: s.top + r, col: s.left + c };
  return undefined;
}

/** The example rows still in one table, and how to take them out. */
function tableRemoval(
  index: number,
  table: TableSnapshot,
  spec: TableSpec,
  cells: Cells,
  s: SheetSnapshot
): TableRemoval | undefined {
  const at = locate(table, cells, s);
  if (!at) return undefined;
  const top = at.row + (table.showHeaders ? 1 : 0);
  const count =
    (table.columns[0]?.values.length ?? 0) -
    (table.showHeaders ? 1 : 0) -
    (table.showTotals ? 1 : 0);
  const specColumn = table.columns.map((c) =>
    spec.columns.findIndex((sc) => fold(sc.header) === fold(c.name))
  );
  // A column the user added may hold a formula, when it is one calculated column.
  const calculated = table.columns.map((_, j) => {
    const first = cells.formula(top, at.col + j);
    return (
      first !== "" &&
      Array.from({ length: count }, (_, i) => cells.formula(top + i, at.col + j)).every(
        (f) => f === first
      )
    );
  });
  const matches = (i: number, example: readonly Content[]): boolean =>
    table.columns.every((_, j) => {
      const row = top + i;
      const col = at.col + j;
      const k = specColumn[j];
      if (k < 0) return cells.isEmpty(row, col) || calculated[j];
      if (spec.columns[k].formula !== undefined)
        return cells.formula(row, col) !== "" || cells.isEmpty(row, col);
      return cells.holds(row, col, example[k] ?? null);
    });
  const unused = spec.rows.map(() => true);
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    const k = spec.rows.findIndex((example, e) => unused[e] && matches(i, example));
    if (k < 0) continue;
    unused[k] = false;
    found.push(i);
  }
  if (found.length === 0) return undefined;
  const emptied = found.length === count;
  const deleteRows = (emptied ? found.slice(1) : found).reverse();
  const clear = emptied
    ? table.columns.flatMap((_, j) => {
        const k = specColumn[j];
        const typed = k >= 0 && spec.columns[k].formula === undefined;
        const row = top + found[0];
        return typed && !cells.isEmpty(row, at.col + j) ? [{ row, col: at.col + j }] : [];
      })
    : [];
  return { table: index, deleteRows, clear, removed: found.length };
}

/**
 * What to remove from the sheet; undefined when it is no live sheet. A plan with no rows and no
 * cells means nothing is left of the example.
 */
export function planExampleRemoval(snapshot: SheetSnapshot): ExampleRemovalPlan | undefined {
  const cells = new Cells(snapshot);
  const id = recognise(snapshot, cells);
  if (!id) return undefined;
  const t = TEMPLATES[id];
  const lang = languageOf(t, snapshot, cells);
  const example = build(t, lang, snapshot, true);
  const empty = build(t, lang, snapshot, false);

  const emptyCells = new Map(empty.cells.map((c) => [`${c.row},${c.col}`, c]));
  const cellRemovals: CellRemoval[] = [];
  for (const cell of example.cells) {
    if (!cell.example || cell.content === null || cell.content === "") continue;
    const without = emptyCells.get(`${cell.row},${cell.col}`);
    // The same with and without the example (a default such as a coverage of 50 %): it stays.
    if (without && sameContent(without.content, cell.content)) continue;
    if (!cells.holds(cell.row, cell.col, cell.content)) continue;
    cellRemovals.push({
      row: cell.row,
      col: cell.col,
      merge: cell.merge,
      reset: without ? without.content : undefined,
    });
  }

  const tables: TableRemoval[] = [];
  for (const spec of example.tables) {
    if (!spec.example) continue;
    const index = snapshot.tables.findIndex((table) => fold(table.name) === fold(spec.name));
    if (index < 0) continue;
    const removal = tableRemoval(index, snapshot.tables[index], spec, cells, snapshot);
    if (removal) tables.push(removal);
  }
  const rows = tables.reduce((n, table) => n + table.removed, 0);
  return { template: id, lang, cells: cellRemovals, tables, rows };
}
