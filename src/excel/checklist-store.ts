/**
 * The phases checklist kept in the document's own settings (`Office.context.document.settings`),
 * so it is saved with the workbook and travels with the file. Settings are the Common API, not
 * Excel.run work: no request context, no sync. `set` changes only the add-in's in-memory copy;
 * `saveAsync` writes it into the document, and the document reaches the disk (or OneDrive) when
 * it is saved. Every failure becomes an outcome; nothing here rejects.
 */
import {
  CHECKLIST_SETTING,
  isNewerChecklist,
  parseChecklist,
  serializeChecklist,
} from "./checklist-format";
import type {
  ChecklistFailure,
  ChecklistSaveOutcome,
  ChecklistState,
  ChecklistStore,
} from "./checklist-outcome";

/* global Office */

/**
 * Office's Common API error codes (learn.microsoft.com, "Office Common API error codes"):
 * 5002 the document mode does not allow changes (restricted editing, read-only), 5009 and 9016
 * permission denied; 5006 and 5012 a timed-out or invalid session on the web.
 */
const READ_ONLY_CODES = new Set([5002, 5009, 9016]);
const SESSION_CODES = new Set([5006, 5012]);

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

function codeOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "number" ? code : undefined;
}

/** An AsyncResult's error (or anything thrown) as the pane can word it. */
export function checklistFailure(error: unknown): ChecklistFailure {
  const code = codeOf(error);
  const detail = messageOf(error);
  if (code !== undefined && READ_ONLY_CODES.has(code))
    return { kind: "failed", reason: "readOnly", detail };
  if (code !== undefined && SESSION_CODES.has(code))
    return { kind: "failed", reason: "session", detail };
  return { kind: "failed", reason: "other", detail };
}

function failed(result: Office.AsyncResult<unknown>): boolean {
  return result.status === Office.AsyncResultStatus.Failed;
}

/** saveAsync as a promise of its AsyncResult; a throw is a failure too. */
function saveSettings(settings: Office.Settings): Promise<ChecklistFailure | null> {
  return new Promise((resolve) => {
    try {
      settings.saveAsync((result) =>
        resolve(failed(result) ? checklistFailure(result.error) : null)
      );
    } catch (e) {
      resolve(checklistFailure(e));
    }
  });
}

/**
 * Rereads the settings from the document, to see what a co-author saved since the add-in started.
 * A host without refreshAsync, or a refresh that fails, leaves the in-memory copy, which is what
 * the document held when the add-in started plus what this add-in saved since.
 */
function refreshSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve) => {
    if (typeof settings.refreshAsync !== "function") return resolve();
    try {
      settings.refreshAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

function read(settings: Office.Settings): unknown {
  try {
    return settings.get(CHECKLIST_SETTING);
  } catch {
    return null;
  }
}

/** Puts the in-memory copy back as it was, so a later save by anyone does not write the failed tick. */
function restore(settings: Office.Settings, before: unknown): void {
  try {
    if (before === null || before === undefined) settings.remove(CHECKLIST_SETTING);
    else settings.set(CHECKLIST_SETTING, before);
  } catch {
    // The in-memory copy could not be put back either; the next load reads the document again.
  }
}

export function createChecklistStore(settings: Office.Settings): ChecklistStore {
  return {
    async load(): Promise<ChecklistState> {
      await refreshSettings(settings);
      return parseChecklist(read(settings)).state;
    },

    async save(state: ChecklistState): Promise<ChecklistSaveOutcome> {
      const before = read(settings);
      if (isNewerChecklist(before))
        return { kind: "failed", reason: "newerVersion", detail: CHECKLIST_SETTING };
      try {
        settings.set(CHECKLIST_SETTING, serializeChecklist(state));
      } catch (e) {
        restore(settings, before);
        return checklistFailure(e);
      }
      const failure = await saveSettings(settings);
      if (failure === null) return { kind: "saved" };
      restore(settings, before);
      return failure;
    },

    subscribe(listener: () => void): () => void {
      if (typeof settings.addHandlerAsync !== "function") return () => undefined;
      const handler = (): void => listener();
      try {
        settings.addHandlerAsync(Office.EventType.SettingsChanged, handler);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          settings.removeHandlerAsync(Office.EventType.SettingsChanged, { handler });
        } catch {
          // Already gone with the document; nothing to stop.
        }
      };
    },
  };
}

/**
 * The store over the open document, or undefined outside an Office host (a plain browser) or in a
 * host that gives the add-in no document settings; the pane then keeps ticks in the page only.
 */
export function officeChecklistStore(): ChecklistStore | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    const settings = Office.context?.document?.settings;
    return settings ? createChecklistStore(settings) : undefined;
  } catch {
    return undefined;
  }
}
