/**
 * Excel.RangeAreas: several areas of one sheet, as Worksheet.getRanges("A1:B2, D4") and
 * Range.getSpecialCells give them — their address, and selecting them.
 */
import type { Area } from "../model";
import { columns, fullAddress, parseAreas, rows } from "./address";
import { ClientObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { sameName } from "./range-arg";
import { usedWithin } from "./range-find";
import type { RangeWhere } from "./range-read";
import type { Collect, Session } from "./session";

/** Several areas of one sheet (Worksheet.getRanges, Range.getSpecialCells). */
export class RangeAreasProxy extends ClientObject<{ sheet: RangeWhere["sheet"]; areas: Area[] }> {
  static special(
    session: Session,
    where: () => RangeWhere,
    cellType: string,
    nullable: boolean
  ): RangeAreasProxy {
    return new RangeAreasProxy(
      session,
      () => {
        const w = where();
        const areas = specialAreas(session, w, cellType);
        if (areas.length === 0) {
          if (nullable) return null;
          throw officeError("ItemNotFound", `No cells of the kind ${cellType} were found.`);
        }
        return { sheet: w.sheet, areas };
      },
      nullable
    );
  }

  static of(
    session: Session,
    sheet: () => RangeWhere["sheet"],
    addresses: string
  ): RangeAreasProxy {
    return new RangeAreasProxy(session, () => {
      const target = sheet();
      const areas = parseAreas(addresses).map((a) => {
        if (a.sheet !== undefined && !sameName(a.sheet, target.name))
          throw officeError("InvalidArgument", `${addresses} names another sheet.`);
        return a.area;
      });
      if (areas.length === 0) throw officeError("InvalidArgument", "No address was given.");
      return { sheet: target, areas };
    });
  }

  constructor(
    session: Session,
    locate: Locate<{ sheet: RangeWhere["sheet"]; areas: Area[] }>,
    nullable = false
  ) {
    super(session, "RangeAreas", locate, nullable);
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  /** The model selects one area: the first, with its sheet activated. */
  select(): void {
    this.call("select", (t) => {
      this.session.model.activate(t.sheet.id);
      this.session.model.select(t.sheet.id, t.areas[0]);
    });
  }

  protected prepareLoad(t: { sheet: RangeWhere["sheet"]; areas: Area[] }): Collect {
    const address = t.areas.map((a) => fullAddress(t.sheet.name, a)).join(",");
    const cells = t.areas.reduce((n, a) => n + rows(a) * columns(a), 0);
    return () => {
      this.props.set("address", address);
      this.props.set("areaCount", t.areas.length);
      this.props.set("cellCount", cells);
    };
  }
}

/** The areas of a kind of cell in a range: "Visible" is all of it; the others, row by row. */
function specialAreas(session: Session, w: RangeWhere, cellType: string): Area[] {
  if (cellType === "Visible") return [w.area];
  const model = session.model;
  const test: Record<string, (r: number, c: number) => boolean> = {
    Constants: (r, c) => {
      const v = model.cell(w.sheet.id, r, c);
      return v.input !== null && v.formula === undefined;
    },
    Formulas: (r, c) => model.cell(w.sheet.id, r, c).formula !== undefined,
    Blanks: (r, c) => model.cell(w.sheet.id, r, c).input === null,
  };
  const matches = test[cellType];
  if (!matches)
    throw officeError("InvalidArgument", `The playground does not find special cells ${cellType}.`);
  const used = usedWithin(model, w.sheet.id, w.area, false);
  if (!used) return cellType === "Blanks" ? [w.area] : [];
  const areas: Area[] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    let start = -1;
    for (let c = used.left; c <= used.right + 1; c++) {
      const hit = c <= used.right && matches(r, c);
      if (hit && start < 0) start = c;
      if (!hit && start >= 0) {
        areas.push({ top: r, left: start, bottom: r, right: c - 1 });
        start = -1;
      }
    }
  }
  return areas;
}
