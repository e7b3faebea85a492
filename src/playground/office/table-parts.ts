/**
 * A table's columns and rows (Table.columns, Table.rows) over the model's table, found from the
 * table when the batch runs; a column's name is its header cell's text.
 */
import type { Area, CellInput, SheetInfo, TableInfo } from "../model";
import { ClientObject, CollectionObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { sameName } from "./range-arg";
import { rangeProperty } from "./range-read";
import { RangeProxy } from "./range";
import type { Collect, Session } from "./session";

export function sheetOf(session: Session, table: TableInfo): SheetInfo {
  const sheet = session.model.sheet(table.sheetId);
  if (!sheet) throw officeError("ItemNotFound", `The table ${table.name} has no sheet.`);
  return sheet;
}

/** The data rows: below the header, above the totals (an empty table keeps its insert row). */
export function bodyArea(t: TableInfo): Area {
  const top = t.area.top + (t.showHeaders ? 1 : 0);
  const bottom = t.area.bottom - (t.showTotals ? 1 : 0);
  return { ...t.area, top, bottom: Math.max(top, bottom) };
}

interface ColumnTarget {
  readonly table: TableInfo;
  readonly index: number;
}

class TableColumnProxy extends ClientObject<ColumnTarget> {
  constructor(session: Session, locate: Locate<ColumnTarget>) {
    super(session, "TableColumn", locate);
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get id(): number {
    return this.read("id");
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.session, () => {
      const { table, index } = this.target();
      const body = bodyArea(table);
      return {
        sheet: sheetOf(this.session, table),
        area: { ...body, left: table.area.left + index, right: table.area.left + index },
      };
    });
  }
  protected prepareLoad(c: ColumnTarget, paths: readonly string[]): Collect {
    const names = paths.length > 0 ? paths : ["id", "index", "name", "values"];
    const sheet = sheetOf(this.session, c.table);
    const column = c.table.area.left + c.index;
    const whole = { sheet, area: { ...c.table.area, left: column, right: column } };
    return () => {
      for (const name of names) {
        if (name === "index" || name === "id")
          this.props.set(name, c.index + (name === "id" ? 1 : 0));
        else if (name === "values")
          this.props.set("values", rangeProperty(this.session.model, whole, "values"));
        else if (name === "name") this.props.set("name", headerOf(this.session, c));
        else
          throw officeError(
            "InvalidArgument",
            `The playground does not model TableColumn.${name}.`
          );
      }
    };
  }
}

/** A column's name, as the model keeps the table's headers (also while the header row is hidden). */
function headerOf(session: Session, c: ColumnTarget): string {
  return session.model.tableColumns(c.table.id)[c.index] ?? "";
}

export class TableColumnCollectionProxy extends CollectionObject<ColumnTarget, TableColumnProxy> {
  constructor(
    session: Session,
    private readonly table: () => TableInfo
  ) {
    super(session, "TableColumnCollection");
  }
  protected list(): readonly ColumnTarget[] {
    const table = this.table();
    return Array.from({ length: table.area.right - table.area.left + 1 }, (_, index) => ({
      table,
      index,
    }));
  }
  protected item(c: ColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this.session, () => ({ table: this.table(), index: c.index }));
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.session, () => {
      const found = this.list()[index];
      if (!found) throw officeError("ItemNotFound", `The table has no column ${index}.`);
      return found;
    });
  }
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.session, () => {
      const found = this.list().find(
        (c) =>
          String(c.index + 1) === String(key) || sameName(headerOf(this.session, c), String(key))
      );
      if (!found) throw officeError("ItemNotFound", `The table has no column ${String(key)}.`);
      return found;
    });
  }
}

class TableRowProxy extends ClientObject<{ table: TableInfo; index: number }> {
  constructor(session: Session, locate: Locate<{ table: TableInfo; index: number }>) {
    super(session, "TableRow", locate);
  }
  get index(): number {
    return this.read("index");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  delete(): void {
    this.call("delete", ({ table, index }) => this.session.model.deleteTableRow(table.id, index));
  }
  protected prepareLoad(r: { table: TableInfo; index: number }): Collect {
    const body = bodyArea(r.table);
    const row = {
      sheet: sheetOf(this.session, r.table),
      area: { ...body, top: body.top + r.index, bottom: body.top + r.index },
    };
    return () => {
      this.props.set("index", r.index);
      this.props.set("values", rangeProperty(this.session.model, row, "values"));
    };
  }
}

export class TableRowCollectionProxy {
  constructor(
    private readonly session: Session,
    private readonly table: () => TableInfo
  ) {}

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this.session, () => {
      const table = this.table();
      const body = bodyArea(table);
      if (!Number.isInteger(index) || index < 0 || body.top + index > body.bottom)
        throw officeError("ItemNotFound", `The table ${table.name} has no row ${index}.`);
      return { table, index };
    });
  }

  /** Rows at the end (or at `index`), growing the table. */
  add(index?: number | null, values?: CellInput[][]): void {
    this.session.enqueue("TableRowCollection.add", () => {
      const table = this.table();
      const width = table.area.right - table.area.left + 1;
      const rowsGiven = values ?? [new Array<CellInput>(width).fill(null)];
      if (rowsGiven.some((row) => row.length !== width))
        throw officeError("InvalidArgument", "The rows do not have the table's number of columns.");
      this.session.model.addTableRows(table.id, rowsGiven, index ?? undefined);
    });
  }
}
