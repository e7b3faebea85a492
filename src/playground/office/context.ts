/**
 * Excel.RequestContext and Excel.Workbook: the entry points of a batch. Each context has its own
 * queue (session.ts); every context of one host counts its syncs into the host's one counter.
 */
import type { SheetInfo } from "../model";
import { officeError } from "./errors";
import { NamedItemCollectionProxy } from "./names";
import type { LoadOption } from "./props";
import { RangeProxy } from "./range";
import type { Session } from "./session";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(private readonly session: Session) {
    this.worksheets = new WorksheetCollectionProxy(session);
    this.tables = new TableCollectionProxy(session);
    this.names = new NamedItemCollectionProxy(session);
  }

  private selection(): {
    sheet: SheetInfo;
    area: { top: number; left: number; bottom: number; right: number };
  } {
    const { sheetId, area } = this.session.model.selection();
    const sheet = this.session.model.sheet(sheetId);
    if (!sheet) throw officeError("ItemNotFound", "Nothing is selected.");
    return { sheet, area };
  }

  /** The active cell: the first cell of the selection, where the playground's cursor is. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.session, () => {
      const { sheet, area } = this.selection();
      return {
        sheet,
        area: { top: area.top, left: area.left, bottom: area.top, right: area.left },
      };
    });
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.session, () => this.selection());
  }
}

export class RequestContextProxy {
  readonly workbook: WorkbookProxy;
  /** office.js's object tracking: nothing to release in the playground. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly session: Session) {
    this.workbook = new WorkbookProxy(session);
  }

  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    return this.session.sync().then(() => passThroughValue);
  }

  /** context.load(object, properties), office.js's other spelling of object.load(properties). */
  load<T extends { load(option?: LoadOption): T }>(object: T, option?: LoadOption): T {
    return object.load(option);
  }
}
