/**
 * Excel.Table and its collections over the model's tables: a table proxy finds its table by id,
 * by name (case-insensitive) or as just added, when the batch runs. Its ranges (whole, header,
 * body, totals) are found from the table at that moment, so a range of a table resized earlier in
 * the same batch is the new one.
 */
import type { Area, SheetInfo, TableInfo } from "../model";
import { parseAddress } from "./address";
import { ClientObject, CollectionObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { groupPaths } from "./props";
import { areaOnSheet, sameName } from "./range-arg";
import { RangeProxy } from "./range";
import {
  bodyArea,
  sheetOf,
  TableColumnCollectionProxy,
  TableRowCollectionProxy,
} from "./table-parts";
import type { Collect, Session } from "./session";
import { WorksheetProxy } from "./worksheet";

/** Excel's built-in table styles (an empty style is "none"). */
const TABLE_STYLE =
  /^(|TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01])))$/;

const TABLE_PROPERTIES = ["id", "name", "showHeaders", "showTotals", "style"];

function tableByKey(session: Session, key: string): TableInfo | undefined {
  return session.model.tableByName(key) ?? session.model.tables().find((t) => t.id === key);
}

export class TableProxy extends ClientObject<TableInfo> {
  private worksheetProxy?: WorksheetProxy;
  private columnsProxy?: TableColumnCollectionProxy;

  static byId(session: Session, id: () => string): TableProxy {
    return new TableProxy(session, () => {
      const table = session.model.tables().find((t) => t.id === id());
      if (!table) throw officeError("ItemNotFound", "The table no longer exists.");
      return table;
    });
  }

  constructor(session: Session, locate: Locate<TableInfo>, nullable = false) {
    super(session, "Table", locate, nullable);
  }

  private readonly table = (): TableInfo => this.target();

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (t) => this.session.model.setTableProps(t.id, { name }));
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.write("style", style, (t) => {
      if (typeof style !== "string" || !TABLE_STYLE.test(style))
        throw officeError("InvalidArgument", `"${String(style)}" is not a table style.`);
      this.session.model.setTableProps(t.id, { style });
    });
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set showHeaders(show: boolean) {
    this.write("showHeaders", show, (t) =>
      this.session.model.setTableProps(t.id, { showHeaders: show === true })
    );
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(show: boolean) {
    this.write("showTotals", show, (t) =>
      this.session.model.setTableProps(t.id, { showTotals: show === true })
    );
  }

  get worksheet(): WorksheetProxy {
    return (this.worksheetProxy ??= WorksheetProxy.byId(this.session, () => this.table().sheetId));
  }

  get columns(): TableColumnCollectionProxy {
    return (this.columnsProxy ??= new TableColumnCollectionProxy(this.session, this.table));
  }

  get rows(): TableRowCollectionProxy {
    return new TableRowCollectionProxy(this.session, this.table);
  }

  protected prepareLoad(t: TableInfo, paths: readonly string[]): Collect {
    const groups = groupPaths(paths.length > 0 ? paths : TABLE_PROPERTIES);
    const nested: Collect[] = [];
    const values: [string, unknown][] = [];
    for (const [head, rest] of groups) {
      if (head === "worksheet")
        nested.push(this.worksheet.loadFound(sheetOf(this.session, t), rest));
      else if (head === "columns") nested.push(this.columns.loadItems(rest));
      else if (head === "id") values.push(["id", t.id]);
      else if (head === "name") values.push(["name", t.name]);
      else if (head === "showHeaders") values.push(["showHeaders", t.showHeaders]);
      else if (head === "showTotals") values.push(["showTotals", t.showTotals]);
      else if (head === "style") values.push(["style", t.style ?? ""]);
      else throw officeError("InvalidArgument", `The playground does not model Table.${head}.`);
    }
    return () => {
      values.forEach(([n, v]) => this.props.set(n, v));
      nested.forEach((c) => c());
    };
  }

  private range(area: (t: TableInfo) => Area): RangeProxy {
    return new RangeProxy(this.session, () => {
      const t = this.table();
      return { sheet: sheetOf(this.session, t), area: area(t) };
    });
  }

  getRange(): RangeProxy {
    return this.range((t) => t.area);
  }

  getHeaderRowRange(): RangeProxy {
    return this.range((t) => {
      if (!t.showHeaders)
        throw officeError("InvalidOperation", `The table ${t.name} shows no header row.`);
      return { ...t.area, bottom: t.area.top };
    });
  }

  getDataBodyRange(): RangeProxy {
    return this.range(bodyArea);
  }

  getTotalRowRange(): RangeProxy {
    return this.range((t) => {
      if (!t.showTotals)
        throw officeError("InvalidOperation", `The table ${t.name} shows no totals row.`);
      return { ...t.area, top: t.area.bottom };
    });
  }

  /** The table over a new area of its sheet (ExcelApi 1.13); the header row stays where it is. */
  resize(range: RangeProxy | string): void {
    this.call("resize", (t) =>
      this.session.model.resizeTable(t.id, areaOnSheet(sheetOf(this.session, t), range))
    );
  }

  delete(): void {
    this.call("delete", (t) => this.session.model.deleteTable(t.id));
  }

  /** Ends the table, keeping its cells. */
  convertToRange(): void {
    this.call("convertToRange", (t) => this.session.model.convertTableToRange(t.id));
  }
}

export class TableCollectionProxy extends CollectionObject<TableInfo, TableProxy> {
  /** The workbook's tables, or one sheet's (`sheet`). */
  constructor(
    session: Session,
    private readonly sheet?: () => SheetInfo
  ) {
    super(session, sheet ? "WorksheetTableCollection" : "TableCollection");
  }

  static ofSheet(session: Session, sheet: () => SheetInfo): TableCollectionProxy {
    return new TableCollectionProxy(session, sheet);
  }

  protected list(): readonly TableInfo[] {
    const all = this.session.model.tables();
    if (!this.sheet) return all;
    const id = this.sheet().id;
    return all.filter((t) => t.sheetId === id);
  }

  protected item(t: TableInfo): TableProxy {
    return TableProxy.byId(this.session, () => t.id);
  }

  /**
   * A table over a range or an address ("Blad1!A1:C4"; on the collection's sheet, or the active
   * sheet for the workbook's collection when the address names none).
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let id: string | undefined;
    this.session.enqueue(`${this.entity}.add`, () => {
      const model = this.session.model;
      let sheet: SheetInfo | undefined;
      let area: Area;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        sheet = this.sheet
          ? this.sheet()
          : parsed.sheet !== undefined
            ? model.sheetByName(parsed.sheet)
            : model.sheet(model.activeSheetId());
        if (!sheet) throw officeError("ItemNotFound", `There is no sheet for ${address}.`);
        if (this.sheet && parsed.sheet !== undefined && !sameName(parsed.sheet, sheet.name))
          throw officeError("InvalidArgument", `${address} is on another sheet.`);
        area = parsed.area;
      } else {
        const w = address.target();
        if (this.sheet && this.sheet().id !== w.sheet.id)
          throw officeError("InvalidArgument", "The range is on another sheet.");
        sheet = w.sheet;
        area = w.area;
      }
      id = model.addTable(sheet.id, area, hasHeaders === true).id;
    });
    return TableProxy.byId(this.session, () => {
      if (id === undefined) throw officeError("InvalidObjectPath", "The table was not added.");
      return id;
    });
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.session, () => {
      const found = this.find(key);
      if (!found) throw officeError("ItemNotFound", `The table "${key}" does not exist.`);
      return found;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.session, () => this.find(key) ?? null, true);
  }

  private find(key: string): TableInfo | undefined {
    const found = tableByKey(this.session, key);
    if (!found || !this.sheet) return found;
    return found.sheetId === this.sheet().id ? found : undefined;
  }
}
