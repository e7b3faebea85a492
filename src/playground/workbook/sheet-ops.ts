/**
 * Adding, renaming and deleting sheets, with Excel's rules: names valid and unique, one visible
 * sheet at least, formulas and names that name a renamed sheet renamed with it, and those that
 * name a deleted sheet turned into #REF!.
 */
import { Lang } from "../../i18n/lang";
import { ModelError, SheetInfo } from "../model";
import { WorkbookCore } from "./core";
import { deleteSheetIn, renameSheetIn } from "./formula-text";
import { checkSheetName } from "./naming";
import { SheetState, newSheetState } from "./sheet-state";

/** Office's worksheet ids are GUIDs in braces; these count up, which is as stable. */
export function sheetId(n: number): string {
  return `{00000000-0001-0000-0000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;
}

function checkFree(core: WorkbookCore, name: string, except?: SheetState): void {
  checkSheetName(name);
  const other = core.sheetNamed(name);
  if (other && other !== except)
    throw new ModelError("ItemAlreadyExists", `a sheet named ${name} already exists`);
}

/** "Sheet1" in English Excel, "Blad1" in Swedish: the first number free. */
export function nextSheetName(core: WorkbookCore, lang: Lang): string {
  const base = lang === "sv" ? "Blad" : "Sheet";
  for (let n = 1; ; n++) if (!core.sheetNamed(`${base}${n}`)) return `${base}${n}`;
}

export function addSheet(core: WorkbookCore, name: string, index?: number): SheetState {
  checkFree(core, name);
  const at = index ?? core.order.length;
  if (!Number.isInteger(at) || at < 0 || at > core.order.length)
    throw new ModelError("InvalidArgument", `no sheet position ${String(index)}`);
  core.edit().addSheet(name);
  const s = newSheetState(sheetId(core.nextId()), name, core.hf.getSheetId(name)!);
  core.order.splice(at, 0, s);
  core.byId.set(s.id, s);
  if (!core.activeId) core.activeId = s.id;
  // A formula that named this sheet before it existed now finds it.
  core.tablesChanged();
  core.changed({ kind: "sheets" });
  return s;
}

export function renameSheet(core: WorkbookCore, s: SheetState, name: string): void {
  if (name === s.name) return;
  checkFree(core, name, s);
  const old = s.name;
  core.edit().renameSheet(s.hf, name);
  s.name = name;
  core.rewriteFormulas((f) => renameSheetIn(f, old, name));
  core.tablesChanged();
  core.changed({ kind: "sheets" });
}

function visibleOthers(core: WorkbookCore, s: SheetState): SheetState[] {
  return core.order.filter((o) => o !== s && o.visibility === "Visible");
}

export function deleteSheet(core: WorkbookCore, s: SheetState): void {
  if (visibleOthers(core, s).length === 0)
    throw new ModelError("InvalidOperation", "a workbook must keep at least one visible sheet");
  const index = core.order.indexOf(s);
  for (const t of core.tablesOn(s.id)) core.tables.delete(t.id);
  for (const c of [...core.charts.values()]) if (c.sheetId === s.id) core.charts.delete(c.id);
  core.order.splice(index, 1);
  core.byId.delete(s.id);
  core.edit().removeSheet(s.hf);
  core.rewriteFormulas((f) => deleteSheetIn(f, s.name));
  if (core.activeId === s.id) core.activeId = neighbour(core, index).id;
  core.markFreed();
  core.tablesChanged();
  core.changed({ kind: "sheets" });
}

/** The visible sheet Excel activates when the active one goes: the next, else the one before. */
function neighbour(core: WorkbookCore, index: number): SheetState {
  const after = core.order.slice(index).find((o) => o.visibility === "Visible");
  const before = core.order
    .slice(0, index)
    .reverse()
    .find((o) => o.visibility === "Visible");
  return (after ?? before)!;
}

export type SheetProps = Partial<Pick<SheetInfo, "visibility" | "protected" | "tabColor">>;

const VISIBILITIES = new Set(["Visible", "Hidden", "VeryHidden"]);

export function setSheetProps(core: WorkbookCore, s: SheetState, props: SheetProps): void {
  if (props.visibility !== undefined) {
    if (!VISIBILITIES.has(props.visibility))
      throw new ModelError("InvalidArgument", `no sheet visibility ${props.visibility}`);
    if (props.visibility !== "Visible" && visibleOthers(core, s).length === 0)
      throw new ModelError("InvalidOperation", "a workbook must keep at least one visible sheet");
  }
  if (
    props.tabColor !== undefined &&
    props.tabColor !== "" &&
    !/^#[0-9A-Fa-f]{6}$/.test(props.tabColor)
  )
    throw new ModelError("InvalidArgument", `not a colour: ${props.tabColor}`);
  if (props.visibility !== undefined) {
    s.visibility = props.visibility;
    if (s.visibility !== "Visible" && core.activeId === s.id)
      core.activeId = neighbour(core, core.order.indexOf(s)).id;
  }
  if (props.protected !== undefined) s.protected = props.protected;
  if (props.tabColor !== undefined) s.tabColor = props.tabColor === "" ? undefined : props.tabColor;
  core.changed({ kind: "sheets" });
}
