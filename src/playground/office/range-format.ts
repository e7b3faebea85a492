/**
 * Range.format as the add-in sets it: fill colour, font (bold, italic, size, colour), alignment,
 * wrapping, column widths and row heights in points, and autofit. Every setter queues; a load of
 * `format/…` reads the range's first cell (Excel gives null where the cells differ; the add-in
 * never reads looks back).
 */
import type { CellFormat, HorizontalAlignment, PlaygroundModel, VerticalAlignment } from "../model";
import { ClientObject } from "./client-object";
import { officeError } from "./errors";
import type { RangeWhere } from "./range-read";
import type { Collect, Session } from "./session";
import { columns, SHEET_COLUMNS } from "./address";

/** Excel's limits: a column up to 255 characters wide (in points, with its padding), a row 409 pt. */
const MAX_COLUMN_POINTS = 255 * 5.25 + 5;
const MAX_ROW_POINTS = 409;
/** What autofit gives per character and at least, in points (Excel's default font, 11 pt). */
const POINTS_PER_CHARACTER = 5.25;
const PADDING_POINTS = 5;

const NAMED_COLOURS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

/** A colour as Excel takes it (#RRGGBB or an HTML name) in the model's #RRGGBB; else InvalidArgument. */
export function colour(value: unknown): string {
  if (typeof value === "string") {
    if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
    const named = NAMED_COLOURS[value.toLowerCase()];
    if (named) return named;
  }
  throw officeError("InvalidArgument", `"${String(value)}" is not a colour Excel takes.`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw officeError("InvalidArgument", `The playground does not model ${what} "${String(value)}".`);
}

const HORIZONTAL: readonly HorizontalAlignment[] = ["General", "Left", "Center", "Right"];
const VERTICAL: readonly VerticalAlignment[] = ["Top", "Center", "Bottom"];

type Where = () => RangeWhere;

function patch(
  session: Session,
  where: Where,
  what: string,
  make: () => Partial<CellFormat>
): void {
  session.enqueue(`RangeFormat.${what}`, () => {
    const w = where();
    session.model.setFormat(w.sheet.id, w.area, make());
  });
}

/** Loaded looks of the range's first cell. */
function firstCell(model: PlaygroundModel, w: RangeWhere): CellFormat {
  return model.cell(w.sheet.id, w.area.top, w.area.left).format;
}

class FontProxy extends ClientObject<RangeWhere> {
  constructor(session: Session, where: Where) {
    super(session, "RangeFont", where);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.write("bold", v, (w) =>
      this.session.model.setFormat(w.sheet.id, w.area, { bold: v === true })
    );
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v, (w) =>
      this.session.model.setFormat(w.sheet.id, w.area, { italic: v === true })
    );
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.write("size", v, (w) => {
      if (!(typeof v === "number" && v >= 1 && v <= 409))
        throw officeError("InvalidArgument", `A font size of ${String(v)} is not possible.`);
      this.session.model.setFormat(w.sheet.id, w.area, { fontSize: v });
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v, (w) =>
      this.session.model.setFormat(w.sheet.id, w.area, { fontColor: colour(v) })
    );
  }
  protected prepareLoad(w: RangeWhere): Collect {
    return () => {
      const f = firstCell(this.session.model, w);
      this.props.set("bold", f.bold ?? false);
      this.props.set("italic", f.italic ?? false);
      this.props.set("size", f.fontSize ?? 11);
      this.props.set("color", f.fontColor ?? "#000000");
    };
  }
}

class FillProxy extends ClientObject<RangeWhere> {
  constructor(session: Session, where: Where) {
    super(session, "RangeFill", where);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v, (w) =>
      this.session.model.setFormat(w.sheet.id, w.area, { fill: colour(v) })
    );
  }
  clear(): void {
    // The model keeps no "no fill" apart from white; Excel's default look is white cells.
    this.call("clear", (w) =>
      this.session.model.setFormat(w.sheet.id, w.area, { fill: undefined })
    );
  }
  protected prepareLoad(w: RangeWhere): Collect {
    return () => this.props.set("color", firstCell(this.session.model, w).fill ?? "#FFFFFF");
  }
}

export class RangeFormatProxy extends ClientObject<RangeWhere> {
  private fontProxy?: FontProxy;
  private fillProxy?: FillProxy;

  constructor(
    session: Session,
    private readonly where: Where
  ) {
    super(session, "RangeFormat", where);
  }

  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.session, this.where));
  }

  get fill(): FillProxy {
    return (this.fillProxy ??= new FillProxy(this.session, this.where));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.props.set("wrapText", v);
    patch(this.session, this.where, "wrapText", () => ({ wrapText: v === true }));
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.props.set("horizontalAlignment", v);
    patch(this.session, this.where, "horizontalAlignment", () => ({
      horizontalAlignment: oneOf(v, HORIZONTAL, "the horizontal alignment"),
    }));
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.props.set("verticalAlignment", v);
    patch(this.session, this.where, "verticalAlignment", () => ({
      verticalAlignment: oneOf(v, VERTICAL, "the vertical alignment"),
    }));
  }

  /** Points; every column of the range gets it (whole columns "B:D" as Excel's widths). */
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (w) => {
      if (!(typeof points === "number" && points >= 0 && points <= MAX_COLUMN_POINTS))
        throw officeError(
          "InvalidArgument",
          `A column width of ${String(points)} points is not possible.`
        );
      for (let c = w.area.left; c <= w.area.right; c++)
        this.session.model.setColumnWidth(w.sheet.id, c, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (w) => {
      if (!(typeof points === "number" && points >= 0 && points <= MAX_ROW_POINTS))
        throw officeError(
          "InvalidArgument",
          `A row height of ${String(points)} points is not possible.`
        );
      for (let r = w.area.top; r <= w.area.bottom; r++)
        this.session.model.setRowHeight(w.sheet.id, r, points);
    });
  }

  /**
   * Excel measures the rendered text; the playground estimates it from the number of characters
   * the cells show (5.25 points each, Excel's default font), never narrower than the column is.
   * It runs at the end of the batch, over the inputs written before it.
   */
  autofitColumns(): void {
    this.call("autofitColumns", (w) =>
      this.session.atBatchEnd(() => autofit(this.session.model, w))
    );
  }

  /** Row heights follow wrapped text in Excel; the playground keeps the rows as they are. */
  autofitRows(): void {
    this.call("autofitRows", () => undefined);
  }

  protected prepareLoad(w: RangeWhere): Collect {
    return () => {
      const model = this.session.model;
      const f = firstCell(model, w);
      this.props.set("wrapText", f.wrapText ?? false);
      this.props.set("horizontalAlignment", f.horizontalAlignment ?? "General");
      this.props.set("verticalAlignment", f.verticalAlignment ?? "Bottom");
      this.props.set("columnWidth", model.columnWidth(w.sheet.id, w.area.left));
      this.props.set("rowHeight", model.rowHeight(w.sheet.id, w.area.top));
    };
  }
}

/** The widest input of each column of the range, in characters (formulas count as their text). */
function autofit(model: PlaygroundModel, w: RangeWhere): void {
  const { sheet, area } = w;
  if (columns(area) === SHEET_COLUMNS) return;
  const used = model.usedArea(sheet.id, true);
  if (!used) return;
  const top = Math.max(area.top, used.top);
  const bottom = Math.min(area.bottom, used.bottom);
  for (let c = area.left; c <= area.right; c++) {
    let widest = 0;
    for (let r = top; r <= bottom; r++) {
      const view = model.cell(sheet.id, r, c);
      const shown =
        typeof view.input === "string" && !view.formula ? view.input : String(view.input ?? "");
      widest = Math.max(widest, view.formula ? Math.min(shown.length, 12) : shown.length);
    }
    const points = Math.min(MAX_COLUMN_POINTS, widest * POINTS_PER_CHARACTER + PADDING_POINTS);
    if (points > model.columnWidth(sheet.id, c)) model.setColumnWidth(sheet.id, c, points);
  }
}
