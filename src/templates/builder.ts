/** A small helper that templates use to lay out a sheet spec row by row. */
import { cellRef } from "./refs";
import {
  CellSpec,
  ConditionalFormatSpec,
  Content,
  NameSpec,
  SheetSpec,
  StyleKey,
  TableSpec,
  TemplateId,
  ValidationSpec,
} from "./spec";
import { TABLE_STYLE } from "./styles";

export interface CellOptions {
  format?: string;
  style?: StyleKey;
  fill?: string;
  merge?: { rows: number; cols: number };
  example?: boolean;
  spill?: boolean;
}

export function formula(text: string): Content {
  return { formula: text };
}

export class SheetBuilder {
  private readonly cells: CellSpec[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly names: NameSpec[] = [];
  private readonly rowHeights: Record<number, number> = {};

  constructor(
    private readonly id: TemplateId,
    private readonly sheet: string,
    private readonly columnWidths: number[],
    private readonly landscape = false
  ) {}

  cell(row: number, col: number, content: Content, options: CellOptions = {}): this {
    this.cells.push({ row, col, content, ...options });
    return this;
  }

  /** The title and one line under it saying what the sheet is for. */
  header(title: string, subtitle: string, width: number): this {
    this.cell(1, 1, title, { style: "title" });
    return this.cell(2, 1, subtitle, { style: "subtitle", merge: { rows: 1, cols: width } });
  }

  /** A label in one column and a value beside it; returns the value's absolute reference. */
  field(
    row: number,
    col: number,
    label: string,
    content: Content,
    options: CellOptions & { name?: string; comment?: string } = {}
  ): string {
    this.cell(row, col, label, { style: "label" });
    const { name, comment, ...cellOptions } = options;
    this.cell(row, col + 1, content, {
      style: typeof content === "object" && content !== null ? "output" : "input",
      ...cellOptions,
    });
    const ref = cellRef(row, col + 1, true);
    if (name) this.names.push({ name, ref, comment });
    return ref;
  }

  name(name: string, row: number, col: number, comment?: string): this {
    this.names.push({ name, ref: cellRef(row, col, true), comment });
    return this;
  }

  /** Rows that hold wrapped text: their height in points. */
  height(points: number, ...rows: number[]): this {
    for (const row of rows) this.rowHeights[row] = points;
    return this;
  }

  table(table: Omit<TableSpec, "style"> & { style?: string }): this {
    this.tables.push({ style: TABLE_STYLE, ...table });
    return this;
  }

  validation(v: ValidationSpec): this {
    this.validations.push(v);
    return this;
  }

  conditional(c: ConditionalFormatSpec): this {
    this.conditionalFormats.push(c);
    return this;
  }

  build(tabColor?: string): SheetSpec {
    return {
      id: this.id,
      name: this.sheet,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      cells: this.cells,
      tables: this.tables,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      names: this.names,
      print: { landscape: this.landscape },
      tabColor,
    };
  }
}

/** The data range of a table column (1-based column within the table), for validations. */
export function tableColumnRange(
  table: Pick<TableSpec, "row" | "col" | "rows">,
  column: number
): string {
  const top = table.row + 1;
  const bottom = table.row + Math.max(1, table.rows.length);
  const col = table.col + column - 1;
  return `${cellRef(top, col)}:${cellRef(bottom, col)}`;
}
