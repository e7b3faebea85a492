/**
 * Excel.NamedItem and Excel.NamedItemCollection over the model's defined names, which it keeps as
 * Excel writes them ("=Kalkyl!$B$6", "=0.035"). A name's type and value are read from its formula
 * as Excel reports them: a reference is "Range" with its address as the value ("Kalkyl!$B$6"), a
 * constant is "Double", "Boolean" or "String", and a formula holding #REF! is "Error".
 */
import type { NameInfo, SheetInfo } from "../model";
import { fullAddress, localAddress, parseAddress, sheetRef, type SheetAddress } from "./address";
import { ClientObject, CollectionObject, type Locate } from "./client-object";
import { officeError } from "./errors";
import { RangeProxy } from "./range";
import { sameName } from "./range-arg";
import type { RangeWhere } from "./range-read";
import type { Collect, Session } from "./session";

const NAME_PROPERTIES = ["name", "type", "value", "formula", "comment", "visible"];

export type NamedItemType = "Range" | "Double" | "Boolean" | "String" | "Error";

/** The single reference a name's formula is, if it is one. */
function referenceOf(formula: string): SheetAddress | undefined {
  const text = formula.replace(/^=/, "").trim();
  if (!text.includes("!")) return undefined;
  try {
    return parseAddress(text);
  } catch {
    return undefined;
  }
}

/** The type and value Excel reports for a name's formula. */
export function nameValue(
  formula: string,
  sheets: readonly SheetInfo[]
): { type: NamedItemType; value: unknown } {
  const text = formula.replace(/^=/, "").trim();
  if (/#REF!/i.test(text)) return { type: "Error", value: "#REF!" };
  const ref = referenceOf(formula);
  if (ref?.sheet !== undefined) {
    const sheet = sheets.find((s) => ref.sheet !== undefined && sameName(s.name, ref.sheet));
    if (!sheet) return { type: "Error", value: "#REF!" };
    return { type: "Range", value: fullAddress(sheet.name, ref.area, true) };
  }
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text))
    return { type: "Double", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { type: "Boolean", value: /^TRUE$/i.test(text) };
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return { type: "String", value: quoted[1].replace(/""/g, '"') };
  // A formula the host does not evaluate: reported as its text, never as an error.
  return { type: "String", value: formula };
}

function nameByKey(session: Session, key: string): NameInfo | undefined {
  return session.model.names().find((n) => sameName(n.name, key));
}

export class NamedItemProxy extends ClientObject<NameInfo> {
  constructor(session: Session, locate: Locate<NameInfo>, nullable = false) {
    super(session, "NamedItem", locate, nullable);
  }

  get name(): string {
    return this.read("name");
  }
  get type(): NamedItemType {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  get formula(): string {
    return this.read("formula");
  }
  get comment(): string {
    return this.read("comment");
  }
  get visible(): boolean {
    return this.read("visible");
  }

  protected prepareLoad(n: NameInfo, paths: readonly string[]): Collect {
    const names = paths.length > 0 ? paths : NAME_PROPERTIES;
    const { type, value } = nameValue(n.formula, this.session.model.sheets());
    const values: Record<string, unknown> = {
      name: n.name,
      type,
      value,
      formula: n.formula,
      comment: n.comment ?? "",
      visible: n.visible ?? true,
    };
    for (const p of names)
      if (!(p in values))
        throw officeError("InvalidArgument", `The playground does not model NamedItem.${p}.`);
    return () => names.forEach((p) => this.props.set(p, values[p]));
  }

  private rangeOf(n: NameInfo): RangeWhere | null {
    const ref = referenceOf(n.formula);
    const sheet = ref?.sheet === undefined ? undefined : this.session.model.sheetByName(ref.sheet);
    return ref && sheet ? { sheet, area: ref.area } : null;
  }

  /** The cells the name refers to; InvalidOperation for a name that is not a range. */
  getRange(): RangeProxy {
    return this.newRange(() => {
      const n = this.target();
      const w = this.rangeOf(n);
      if (!w)
        throw officeError("InvalidOperation", `The name ${n.name} does not refer to a range.`);
      return w;
    }, false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this.newRange(() => this.rangeOf(this.target()), true);
  }

  private newRange(locate: Locate<RangeWhere>, nullable: boolean): RangeProxy {
    return new RangeProxy(this.session, locate, nullable);
  }

  delete(): void {
    this.call("delete", (n) => this.session.model.deleteName(n.name));
  }
}

export class NamedItemCollectionProxy extends CollectionObject<NameInfo, NamedItemProxy> {
  constructor(session: Session) {
    super(session, "NamedItemCollection");
  }

  protected list(): readonly NameInfo[] {
    return this.session.model.names();
  }

  protected item(n: NameInfo): NamedItemProxy {
    return new NamedItemProxy(this.session, () => {
      const found = nameByKey(this.session, n.name);
      if (!found) throw officeError("ItemNotFound", `The name ${n.name} no longer exists.`);
      return found;
    });
  }

  /** A workbook name for a range (absolute, as Excel stores it) or a formula ("=2024"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this.session.enqueue("NamedItemCollection.add", () => {
      if (comment !== undefined && comment.length > 255)
        throw officeError("InvalidArgument", "A name's comment is longer than 255 characters.");
      let formula: string;
      if (typeof reference === "string")
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const w = reference.target();
        formula = `=${sheetRef(w.sheet.name)}!${localAddress(w.area, true)}`;
      }
      this.session.model.addName(name, formula, comment);
    });
    return this.getItem(name);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.session, () => {
      const found = nameByKey(this.session, name);
      if (!found) throw officeError("ItemNotFound", `The name "${name}" does not exist.`);
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.session, () => nameByKey(this.session, name) ?? null, true);
  }
}
