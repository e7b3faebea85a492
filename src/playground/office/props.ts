/**
 * What a proxy may answer without asking the workbook, as office.js keeps it: the values the last
 * sync loaded, and the values the add-in set on the proxy itself (office.js keeps a set value on
 * the proxy, so it reads back at once, before any sync — as what was set, not as what Excel made
 * of it). Reading anything else throws PropertyNotLoaded.
 */
import { propertyNotLoaded } from "./errors";

export class Props {
  private readonly values = new Map<string, unknown>();

  /** `entity` names the Office class in errors ("Range", "Worksheet"). */
  constructor(private readonly entity: string) {}

  get<T>(name: string): T {
    if (!this.values.has(name)) throw propertyNotLoaded(this.entity, name);
    return this.values.get(name) as T;
  }

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  plain(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

/** The argument of `load`: "a, b/c", ["a", "b"], { select: "a,b" }, or { a: true, b: { c: true } }. */
export type LoadOption =
  | string
  | readonly string[]
  | { select?: string | readonly string[]; expand?: string | readonly string[] }
  | Record<string, unknown>
  | undefined;

function list(value: string | readonly string[]): string[] {
  return (typeof value === "string" ? value.split(",") : [...value])
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** The object form `{ format: { font: { bold: true } } }` as paths ("format/font/bold"). */
function objectPaths(option: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(option).flatMap(([key, value]) => {
    if (value === true) return [`${prefix}${key}`];
    if (typeof value === "object" && value !== null)
      return objectPaths(value as Record<string, unknown>, `${prefix}${key}/`);
    return [];
  });
}

/**
 * The property paths a load asks for; an empty list means "every scalar property" (`load()`), as
 * office.js reads a bare load.
 */
export function loadPaths(option: LoadOption): string[] {
  if (option === undefined) return [];
  if (typeof option === "string" || Array.isArray(option)) return list(option as string | string[]);
  const record = option as Record<string, unknown>;
  if ("select" in record || "expand" in record) {
    const select = record.select as string | string[] | undefined;
    const expand = record.expand as string | string[] | undefined;
    return [...(select ? list(select) : []), ...(expand ? list(expand) : [])];
  }
  return objectPaths(record);
}

/** Paths split at their first segment: "columns/items/name" → columns: ["items/name"]. */
export function groupPaths(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? undefined : path.slice(slash + 1);
    const group = groups.get(head) ?? [];
    if (rest !== undefined) group.push(rest);
    groups.set(head, group);
  }
  return groups;
}
