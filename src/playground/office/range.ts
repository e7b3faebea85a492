/**
 * Excel.Range over the model: what a range is (found when the batch runs), what a load reads
 * (range-read.ts), what its setters write (range-write.ts), its looks (range-format.ts), its rules
 * (range-rules.ts), and the ranges derived from it — offset, resized, rows, columns, intersections,
 * the used part, the spill — each found from this one when the batch runs.
 */
import type { Area } from "../model";
import { inSheet, union } from "../workbook/areas";
import { intersection, SHEET_COLUMNS, SHEET_ROWS } from "./address";
import { PlacedObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { groupPaths } from "./props";
import { areaOnSheet } from "./range-arg";
import { RangeFormatProxy } from "./range-format";
import { spillFrom, usedWithin } from "./range-find";
import { SCALAR_PROPERTIES, rangeProperty, type RangeWhere } from "./range-read";
import { RangeAreasProxy } from "./range-areas";
import { ConditionalFormatCollectionProxy, DataValidationProxy } from "./range-rules";
import { writeContents, writeNumberFormats } from "./range-write";
import type { Collect, Session } from "./session";
import { WorksheetProxy } from "./worksheet";

const KNOWN = new Set([
  ...SCALAR_PROPERTIES,
  "formulasLocal",
  "numberFormatLocal",
  "left",
  "top",
  "width",
  "height",
  "hidden",
  "rowHidden",
  "columnHidden",
]);

function inGrid(area: Area, what: string): Area {
  if (!inSheet(area)) throw officeError("InvalidArgument", `${what} would leave the sheet.`);
  return area;
}

export type ClearApplyTo = "All" | "Contents" | "Formats";

export class RangeProxy extends PlacedObject<RangeWhere> {
  private formatProxy?: RangeFormatProxy;
  private validationProxy?: DataValidationProxy;
  private worksheetProxy?: WorksheetProxy;

  constructor(session: Session, locate: Locate<RangeWhere>, nullable = false) {
    super(session, "Range", locate, nullable);
  }

  private readonly where = (): RangeWhere => this.target();

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.session, this.where));
  }

  get dataValidation(): DataValidationProxy {
    return (this.validationProxy ??= new DataValidationProxy(this.session, this.where));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.session, this.where);
  }

  get worksheet(): WorksheetProxy {
    return (this.worksheetProxy ??= WorksheetProxy.byId(this.session, () => this.where().sheet.id));
  }

  // --- properties -----------------------------------------------------------------------------

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(value: unknown[][]) {
    this.write("values", value, (w) => writeContents(this.session, w, value, "values"));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(value: unknown[][]) {
    this.write("formulas", value, (w) => writeContents(this.session, w, value, "formulas"));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.write("numberFormat", value, (w) => writeNumberFormats(this.session, w, value));
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  protected prepareLoad(w: RangeWhere, paths: readonly string[]): Collect {
    const groups = groupPaths(paths.length > 0 ? paths : SCALAR_PROPERTIES);
    const names: string[] = [];
    const nested: Collect[] = [];
    for (const [head, rest] of groups) {
      if (head === "format") nested.push(this.format.loadFound(w, rest));
      else if (head === "worksheet") nested.push(this.worksheet.loadFound(w.sheet, rest));
      else if (head === "isNullObject") continue;
      else if (KNOWN.has(head)) names.push(head);
      else throw officeError("InvalidArgument", `The playground does not model Range.${head}.`);
    }
    const values = names.map((n) => [n, rangeProperty(this.session.model, w, n)] as const);
    return () => {
      values.forEach(([n, v]) => this.props.set(n, v));
      nested.forEach((c) => c());
    };
  }

  // --- derived ranges ------------------------------------------------------------------------

  private derived(what: string, area: (w: RangeWhere) => Area): RangeProxy {
    return new RangeProxy(this.session, () => {
      const w = this.where();
      return { sheet: w.sheet, area: inGrid(area(w), what) };
    });
  }

  /** Another range on the same sheet, as an address or a proxy. */
  private other(range: RangeProxy | string, w: RangeWhere): Area {
    return areaOnSheet(w.sheet, range);
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived("Range.getCell", ({ area }) => ({
      top: area.top + row,
      left: area.left + column,
      bottom: area.top + row,
      right: area.left + column,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derived("Range.getRow", ({ area }) => ({
      ...area,
      top: area.top + row,
      bottom: area.top + row,
    }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived("Range.getColumn", ({ area }) => ({
      ...area,
      left: area.left + column,
      right: area.left + column,
    }));
  }

  getLastRow(): RangeProxy {
    return this.derived("Range.getLastRow", ({ area }) => ({ ...area, top: area.bottom }));
  }

  getLastColumn(): RangeProxy {
    return this.derived("Range.getLastColumn", ({ area }) => ({ ...area, left: area.right }));
  }

  getLastCell(): RangeProxy {
    return this.derived("Range.getLastCell", ({ area }) => ({
      ...area,
      top: area.bottom,
      left: area.right,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived("Range.getOffsetRange", ({ area }) => ({
      top: area.top + rowOffset,
      bottom: area.bottom + rowOffset,
      left: area.left + columnOffset,
      right: area.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived("Range.getResizedRange", ({ area }) => ({
      ...area,
      bottom: area.bottom + deltaRows,
      right: area.right + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derived("Range.getAbsoluteResizedRange", ({ area }) => ({
      ...area,
      bottom: area.top + numRows - 1,
      right: area.left + numColumns - 1,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derived("Range.getEntireColumn", ({ area }) => ({
      ...area,
      top: 0,
      bottom: SHEET_ROWS - 1,
    }));
  }

  getEntireRow(): RangeProxy {
    return this.derived("Range.getEntireRow", ({ area }) => ({
      ...area,
      left: 0,
      right: SHEET_COLUMNS - 1,
    }));
  }

  getBoundingRect(range: RangeProxy | string): RangeProxy {
    return this.derived("Range.getBoundingRect", (w) => union(w.area, this.other(range, w)));
  }

  getIntersection(range: RangeProxy | string): RangeProxy {
    return this.derived("Range.getIntersection", (w) => {
      const cut = intersection(w.area, this.other(range, w));
      if (!cut) throw officeError("ItemNotFound", "The ranges do not intersect.");
      return cut;
    });
  }

  getIntersectionOrNullObject(range: RangeProxy | string): RangeProxy {
    return this.nullable((w) => intersection(w.area, this.other(range, w)) ?? null);
  }

  private nullable(find: (w: RangeWhere) => Area | null): RangeProxy {
    return new RangeProxy(
      this.session,
      () => {
        const w = this.where();
        const area = find(w);
        return area ? { sheet: w.sheet, area } : null;
      },
      true
    );
  }

  /** The used cells of the range; ItemNotFound when it has none. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.derived("Range.getUsedRange", (w) => {
      const area = usedWithin(this.session.model, w.sheet.id, w.area, valuesOnly);
      if (!area) throw officeError("ItemNotFound", "The range has no used cells.");
      return area;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.nullable((w) => usedWithin(this.session.model, w.sheet.id, w.area, valuesOnly));
  }

  /** The spill of the formula in the range's first cell (ExcelApi 1.12). */
  getSpillingToRange(): RangeProxy {
    return this.derived("Range.getSpillingToRange", (w) => {
      const spill = spillFrom(this.session.model, w.sheet.id, w.area.top, w.area.left);
      if (!spill) throw officeError("ItemNotFound", "The cell is not the anchor of a spill.");
      return spill;
    });
  }

  getSpillingToRangeOrNullObject(): RangeProxy {
    return this.nullable((w) => spillFrom(this.session.model, w.sheet.id, w.area.top, w.area.left));
  }

  /**
   * The cells of a kind. The playground hides no row or column, so the visible cells are the
   * whole range; constants, formulas and blanks are found cell by cell.
   */
  getSpecialCells(cellType: string): RangeAreasProxy {
    return RangeAreasProxy.special(this.session, this.where, cellType, false);
  }

  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return RangeAreasProxy.special(this.session, this.where, cellType, true);
  }

  // --- methods ------------------------------------------------------------------------------

  merge(across = false): void {
    this.call("merge", (w) => this.session.model.merge(w.sheet.id, w.area, across === true));
  }

  unmerge(): void {
    this.call("unmerge", (w) => this.session.model.unmerge(w.sheet.id, w.area));
  }

  clear(applyTo: ClearApplyTo = "All"): void {
    this.call("clear", (w) => {
      if (!["All", "Contents", "Formats"].includes(applyTo))
        throw officeError(
          "InvalidArgument",
          `The playground clears All, Contents or Formats, not ${String(applyTo)}.`
        );
      this.session.model.clear(w.sheet.id, w.area, applyTo);
    });
  }

  /**
   * Inserts cells the range's size, moving what is there down or right; every reference to a
   * moved cell follows it, as in Excel. Returns the range, as Office.js does.
   */
  insert(shift: "Down" | "Right"): RangeProxy {
    this.call("insert", (w) => {
      if (shift !== "Down" && shift !== "Right")
        throw officeError(
          "InvalidArgument",
          `Cells are inserted "Down" or "Right", not "${String(shift)}".`
        );
      this.session.model.insertCells(w.sheet.id, w.area, shift);
    });
    return this;
  }

  /** Deletes the range's cells, moving what is after them up or left into their place. */
  delete(shift: "Up" | "Left"): void {
    this.call("delete", (w) => {
      if (shift !== "Up" && shift !== "Left")
        throw officeError(
          "InvalidArgument",
          `Cells are deleted "Up" or "Left", not "${String(shift)}".`
        );
      this.session.model.deleteCells(w.sheet.id, w.area, shift);
    });
  }

  /** Selects the range, activating its sheet, as Excel does. */
  select(): void {
    this.call("select", (w) => {
      this.session.model.activate(w.sheet.id);
      this.session.model.select(w.sheet.id, w.area);
    });
  }

  /** office.js's object tracking: nothing to track in the playground. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}
