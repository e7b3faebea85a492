/**
 * The checklist kept in the page, for a plain browser (no document to save into) and for tests.
 * It goes through the same stored form as the Office store, so what it holds is what the
 * document would hold.
 */
import { CHECKLIST_SETTING, parseChecklist, serializeChecklist } from "./checklist-format";
import type { ChecklistSaveOutcome, ChecklistState, ChecklistStore } from "./checklist-outcome";

export interface MemoryChecklistStore extends ChecklistStore {
  /** What a save would have written into the document, for tests and debugging. */
  stored(): unknown;
}

export function createMemoryChecklistStore(initial: unknown = null): MemoryChecklistStore {
  let value: unknown = initial;
  return {
    load: (): Promise<ChecklistState> => Promise.resolve(parseChecklist(value).state),
    save(state: ChecklistState): Promise<ChecklistSaveOutcome> {
      // The same rule as in the document: a newer version's checklist is left alone.
      if (parseChecklist(value).newer)
        return Promise.resolve({
          kind: "failed",
          reason: "newerVersion",
          detail: CHECKLIST_SETTING,
        });
      value = serializeChecklist(state);
      return Promise.resolve({ kind: "saved" });
    },
    stored: () => value,
  };
}
