/**
 * The checklist as it is stored in the document: one setting, CHECKLIST_SETTING, holding
 * `{ "version": 1, "checked": { "design.logic-model": true, … } }`. Reading is forgiving — the value
 * may have been written by another version, edited by hand or damaged — and never throws: what
 * cannot be understood is left out. Pure, no Office.
 */
import type { ChecklistState } from "./checklist-outcome";

export const CHECKLIST_SETTING = "SIKalkyl.checklist.v1";
export const CHECKLIST_VERSION = 1;

/**
 * A key is "<phase>.<item>" in lower-case ids. Keys this version does not know but that have this
 * shape are kept, so a tick made by a newer version survives a save by this one.
 */
const KEY = /^[a-z][a-z0-9-]{0,39}\.[a-z][a-z0-9-]{0,59}$/;
/** More than any checklist will have: a bound on what a damaged value can make us hold. */
export const MAX_KEYS = 500;

export interface StoredChecklist {
  readonly version: number;
  readonly checked: Readonly<Record<string, true>>;
}

export interface ParsedChecklist {
  readonly state: ChecklistState;
  /** Written by a newer version: shown, but not overwritten by this one. */
  readonly newer: boolean;
}

export function isChecklistKey(key: string): boolean {
  return KEY.test(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own enumerable properties only; a getter or a proxy that throws reads as nothing. */
function entriesOf(value: Record<string, unknown>): [string, unknown][] {
  try {
    return Object.entries(value);
  } catch {
    return [];
  }
}

function fieldOf(value: Record<string, unknown>, name: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
  } catch {
    return undefined;
  }
}

const NOTHING: ParsedChecklist = { state: { checked: new Set() }, newer: false };

/** What the setting holds, as far as it can be read; anything unreadable is an empty checklist. */
export function parseChecklist(raw: unknown): ParsedChecklist {
  // The settings bag stores JSON; a value someone stored as JSON text is read the same way.
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return NOTHING;
    }
  }
  if (!isRecord(raw)) return NOTHING;
  const version = fieldOf(raw, "version");
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return NOTHING;
  const checked = fieldOf(raw, "checked");
  if (!isRecord(checked)) return { state: NOTHING.state, newer: version > CHECKLIST_VERSION };
  const keys = new Set<string>();
  for (const [key, tick] of entriesOf(checked)) {
    if (keys.size >= MAX_KEYS) break;
    if (tick === true && isChecklistKey(key)) keys.add(key);
  }
  return { state: { checked: keys }, newer: version > CHECKLIST_VERSION };
}

/** True when the stored value says a newer version wrote it. */
export function isNewerChecklist(raw: unknown): boolean {
  return parseChecklist(raw).newer;
}

/** The value to store: keys sorted, so the same ticks always give the same setting. */
export function serializeChecklist(state: ChecklistState): StoredChecklist {
  const keys = [...state.checked].filter(isChecklistKey).sort().slice(0, MAX_KEYS);
  // fromEntries defines own properties, so even an odd key could not reach the prototype.
  return {
    version: CHECKLIST_VERSION,
    checked: Object.fromEntries(keys.map((key) => [key, true as const])),
  };
}
