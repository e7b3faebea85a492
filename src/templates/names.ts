/**
 * Names for what a template adds, chosen so that nothing in the workbook is overwritten or
 * shadowed: a sheet name already taken gets " (2)", " (3)" … as Excel names copied sheets; a table
 * or defined name gets "_2", "_3" … (tables and defined names share one namespace in Excel, and
 * neither may contain a space or parentheses). Excel compares all of them without case.
 */
import { Existing } from "./spec";

/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;

function taken(names: Iterable<string>): Set<string> {
  return new Set([...names].map((n) => n.toLocaleLowerCase("sv")));
}

function firstFree(base: string, used: Set<string>, candidate: (n: number) => string): string {
  if (!used.has(base.toLocaleLowerCase("sv"))) return base;
  for (let n = 2; ; n++) {
    const name = candidate(n);
    if (!used.has(name.toLocaleLowerCase("sv"))) return name;
  }
}

export function uniqueSheetName(base: string, used: Set<string>): string {
  return firstFree(base, used, (n) => {
    const suffix = ` (${n})`;
    return base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  });
}

export function uniqueObjectName(base: string, used: Set<string>): string {
  return firstFree(base, used, (n) => `${base}_${n}`);
}

/** The names one template gets, and the workbook as it will be once they are added. */
export interface NamePlan {
  sheet: string;
  tables: Record<string, string>;
  names: Record<string, string>;
}

/**
 * Plans the names of several templates drawn into one workbook, in order: each one sees the
 * names of the ones before it as taken.
 */
export class NamePlanner {
  private readonly sheets: Set<string>;
  private readonly objects: Set<string>;
  /** Every table and defined name, in the order they will exist: for `find`. */
  readonly objectNames: string[];

  constructor(existing: Existing) {
    this.sheets = taken(existing.sheets);
    this.objectNames = [...existing.tables, ...existing.names];
    this.objects = taken(this.objectNames);
  }

  plan(sheet: string, tables: Record<string, string>, names: Record<string, string>): NamePlan {
    const sheetName = uniqueSheetName(sheet, this.sheets);
    this.sheets.add(sheetName.toLocaleLowerCase("sv"));
    const pick = (wanted: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(wanted).map(([key, base]) => {
          const name = uniqueObjectName(base, this.objects);
          this.objects.add(name.toLocaleLowerCase("sv"));
          this.objectNames.push(name);
          return [key, name];
        })
      );
    return { sheet: sheetName, tables: pick(tables), names: pick(names) };
  }

  /** The first table or name that is `base` or `base_N`, as it is spelt in the workbook. */
  find(base: string): string | undefined {
    const folded = base.toLocaleLowerCase("sv");
    const exact = this.objectNames.find((n) => n.toLocaleLowerCase("sv") === folded);
    if (exact) return exact;
    const suffixed = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}_\\d+$`, "i");
    return this.objectNames.find((n) => suffixed.test(n));
  }
}
