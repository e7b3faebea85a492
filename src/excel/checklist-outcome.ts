/**
 * What the Faser tab and the checklist stores agree on. Plain data only, no Office types: the
 * Office store (checklist-store.ts) keeps the ticks in the document's settings, the memory store
 * (checklist-memory.ts) in the page, and the pane words every failure from src/i18n/phases.ts.
 */

/** The ticked items, by their stable keys ("design.logic-model"), never by their display text. */
export interface ChecklistState {
  readonly checked: ReadonlySet<string>;
}

/**
 * Why a save did not happen, as the user can act on it:
 * - `readOnly`: the document cannot be changed (read-only file, restricted editing, no permission).
 * - `newerVersion`: the stored checklist was written by a newer SI Kalkyl, whose format this
 *   version cannot know it keeps intact; it is left alone.
 * - `session`: the connection to the document was lost (Excel on the web); reloading helps.
 * - `other`: anything else; `detail` is the host's own text.
 */
export type ChecklistFailureReason = "readOnly" | "newerVersion" | "session" | "other";

export interface ChecklistFailure {
  readonly kind: "failed";
  readonly reason: ChecklistFailureReason;
  readonly detail: string;
}

export type ChecklistSaveOutcome = { readonly kind: "saved" } | ChecklistFailure;

/** Where the checklist lives; every call resolves, failures included. */
export interface ChecklistStore {
  /**
   * The checklist as the document holds it now (a colleague's ticks included, as far as the host
   * lets the add-in see them). A missing or unreadable value is an empty checklist.
   */
  load(): Promise<ChecklistState>;
  /** Stores the whole checklist; on a failure nothing is changed. */
  save(state: ChecklistState): Promise<ChecklistSaveOutcome>;
  /**
   * Calls `listener` when another copy of the add-in saved the checklist (co-authoring in Excel on
   * the web); returns how to stop listening. Stores that cannot tell leave it out.
   */
  subscribe?(listener: () => void): () => void;
}

/** The state with one item ticked or not; the rest is kept as it is, keys unknown here included. */
export function withItem(state: ChecklistState, key: string, checked: boolean): ChecklistState {
  const next = new Set(state.checked);
  if (checked) next.add(key);
  else next.delete(key);
  return { checked: next };
}

export const EMPTY_CHECKLIST: ChecklistState = { checked: new Set() };
