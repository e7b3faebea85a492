/**
 * Excel.Worksheet and Excel.WorksheetCollection over the model's sheets. A sheet proxy finds its
 * sheet by id (stable across renames), by name (case-insensitive, as Excel), or as the active one,
 * when the batch runs.
 */
import type { SheetInfo } from "../model";
import { SHEET_COLUMNS, SHEET_ROWS, WHOLE_SHEET } from "./address";
import { ChartCollectionProxy } from "./chart";
import { ClientObject, CollectionObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { areaOnSheet } from "./range-arg";
import { colour } from "./range-format";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./range-areas";
import type { Collect, Session } from "./session";
import { TableCollectionProxy } from "./table";
import { usedWithin } from "./range-find";

const SHEET_PROPERTIES = ["id", "name", "position", "visibility", "tabColor"] as const;

/** A sheet by its name or id, as Worksheets.getItem takes either. */
export function sheetByKey(session: Session, key: string): SheetInfo | undefined {
  const model = session.model;
  return model.sheet(key) ?? model.sheetByName(key);
}

function sheetProperty(session: Session, sheet: SheetInfo, name: string): unknown {
  switch (name) {
    case "id":
      return sheet.id;
    case "name":
      return sheet.name;
    case "visibility":
      return sheet.visibility;
    case "tabColor":
      return sheet.tabColor ?? "";
    case "position":
      return session.model.sheets().findIndex((s) => s.id === sheet.id);
    default:
      throw officeError("InvalidArgument", `The playground does not model Worksheet.${name}.`);
  }
}

/** Worksheet.protection: the model's protected flag. */
class ProtectionProxy extends ClientObject<SheetInfo> {
  constructor(session: Session, locate: Locate<SheetInfo>) {
    super(session, "WorksheetProtection", locate);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(): void {
    this.call("protect", (s) => this.session.model.setSheetProps(s.id, { protected: true }));
  }
  unprotect(): void {
    this.call("unprotect", (s) => this.session.model.setSheetProps(s.id, { protected: false }));
  }
  protected prepareLoad(sheet: SheetInfo): Collect {
    return () => this.props.set("protected", sheet.protected);
  }
}

/** Worksheet.pageLayout: the model keeps no print set-up, so the settings are taken and dropped. */
class PageLayoutProxy {
  constructor(
    private readonly session: Session,
    private readonly sheet: () => SheetInfo
  ) {}
  private accept(what: string): void {
    this.session.enqueue(`PageLayout.${what}`, () => void this.sheet());
  }
  set paperSize(_: string) {
    this.accept("paperSize");
  }
  set orientation(_: string) {
    this.accept("orientation");
  }
  set zoom(_: unknown) {
    this.accept("zoom");
  }
}

export class WorksheetProxy extends ClientObject<SheetInfo> {
  private tablesProxy?: TableCollectionProxy;
  private chartsProxy?: ChartCollectionProxy;
  private protectionProxy?: ProtectionProxy;

  static byId(session: Session, id: () => string): WorksheetProxy {
    return new WorksheetProxy(session, () => {
      const sheet = session.model.sheet(id());
      if (!sheet) throw officeError("ItemNotFound", "The worksheet no longer exists.");
      return sheet;
    });
  }

  constructor(session: Session, locate: Locate<SheetInfo>, nullable = false) {
    super(session, "Worksheet", locate, nullable);
  }

  private readonly sheet = (): SheetInfo => this.target();

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (s) => this.session.model.renameSheet(s.id, name));
  }
  get position(): number {
    return this.read("position");
  }
  set position(index: number) {
    this.write("position", index, (s) => {
      if (!Number.isInteger(index) || index < 0 || index >= this.session.model.sheets().length)
        throw officeError("InvalidArgument", `${String(index)} is not a sheet position.`);
      this.session.model.moveSheet(s.id, index);
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(visibility: string) {
    this.write("visibility", visibility, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
        throw officeError("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
      this.session.model.setSheetProps(s.id, { visibility: visibility as SheetInfo["visibility"] });
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    this.write("tabColor", value, (s) =>
      this.session.model.setSheetProps(s.id, { tabColor: value === "" ? undefined : colour(value) })
    );
  }

  get tables(): TableCollectionProxy {
    return (this.tablesProxy ??= TableCollectionProxy.ofSheet(this.session, this.sheet));
  }

  get charts(): ChartCollectionProxy {
    return (this.chartsProxy ??= new ChartCollectionProxy(this.session, this.sheet));
  }

  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.session, this.sheet));
  }

  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.session, this.sheet);
  }

  protected prepareLoad(sheet: SheetInfo, paths: readonly string[]): Collect {
    const names = paths.length > 0 ? paths : SHEET_PROPERTIES;
    const nested: Collect[] = [];
    const values: [string, unknown][] = [];
    for (const path of names) {
      if (path.startsWith("protection")) nested.push(this.protection.loadFound(sheet, []));
      else values.push([path, sheetProperty(this.session, sheet, path)]);
    }
    return () => {
      values.forEach(([n, v]) => this.props.set(n, v));
      nested.forEach((c) => c());
    };
  }

  // --- ranges -------------------------------------------------------------------------------

  /** A1 address on this sheet; the whole sheet without one. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.session, () => {
      const sheet = this.sheet();
      if (address === undefined || address === "") return { sheet, area: WHOLE_SHEET };
      return { sheet, area: areaOnSheet(sheet, address) };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    return new RangeProxy(this.session, () => {
      const area = {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
      const ok =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        rowCount > 0 &&
        columnCount > 0 &&
        startRow >= 0 &&
        startColumn >= 0 &&
        area.bottom < SHEET_ROWS &&
        area.right < SHEET_COLUMNS;
      if (!ok) throw officeError("InvalidArgument", "The indexes are outside the sheet.");
      return { sheet: this.sheet(), area };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRanges(addresses: string): RangeAreasProxy {
    return RangeAreasProxy.of(this.session, this.sheet, addresses);
  }

  /** Excel gives the first cell of an empty sheet rather than failing. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.session, () => {
      const sheet = this.sheet();
      const area = usedWithin(this.session.model, sheet.id, WHOLE_SHEET, valuesOnly);
      return { sheet, area: area ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.session,
      () => {
        const sheet = this.sheet();
        const area = usedWithin(this.session.model, sheet.id, WHOLE_SHEET, valuesOnly);
        return area ? { sheet, area } : null;
      },
      true
    );
  }

  // --- methods ------------------------------------------------------------------------------

  activate(): void {
    this.call("activate", (s) => this.session.model.activate(s.id));
  }

  delete(): void {
    this.call("delete", (s) => this.session.model.deleteSheet(s.id));
  }
}

export class WorksheetCollectionProxy extends CollectionObject<SheetInfo, WorksheetProxy> {
  constructor(session: Session) {
    super(session, "WorksheetCollection");
  }

  protected list(): readonly SheetInfo[] {
    return this.session.model.sheets();
  }

  protected item(sheet: SheetInfo): WorksheetProxy {
    return WorksheetProxy.byId(this.session, () => sheet.id);
  }

  /** A new sheet at the end (not activated, as Office.js adds it). */
  add(name?: string): WorksheetProxy {
    let id: string | undefined;
    this.session.enqueue("WorksheetCollection.add", () => {
      const model = this.session.model;
      id = model.addSheet(name ?? model.nextSheetName()).id;
    });
    return WorksheetProxy.byId(this.session, () => {
      if (id === undefined) throw officeError("InvalidObjectPath", "The worksheet was not added.");
      return id;
    });
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.session, () => {
      const sheet = sheetByKey(this.session, key);
      if (!sheet) throw officeError("ItemNotFound", `The worksheet "${key}" does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.session, () => sheetByKey(this.session, key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.session, () => {
      const sheet = this.session.model.sheet(this.session.model.activeSheetId());
      if (!sheet) throw officeError("ItemNotFound", "There is no active worksheet.");
      return sheet;
    });
  }
}
