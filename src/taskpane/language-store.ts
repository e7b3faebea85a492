/* global globalThis */
import type { UiLanguage } from "../i18n/ui";

// The language the user chose in the pane, remembered across sessions. localStorage is kept per
// add-in origin and works in every Office host (Office.context.roamingSettings would roam, but
// exists in Outlook only). It can also be missing or refuse: a sandboxed frame or a browser with
// storage blocked throws a SecurityError on the very access, a full quota throws on write. Then the
// choice lasts for the session and the pane follows Office's language next time.

/** The storage key; namespaced, since the origin may serve other pages. */
export const LANGUAGE_KEY = "si-kalkyl.language";

export interface LanguageStore {
  /** The remembered choice, or null when there is none (or it cannot be read). */
  load(): UiLanguage | null;
  save(language: UiLanguage): void;
}

function isUiLanguage(value: unknown): value is UiLanguage {
  return value === "sv" || value === "en";
}

/** The subset of Storage used, so tests can pass a refusing one. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

function defaultStorage(): KeyValueStorage | null {
  // Reading the property itself throws where storage is blocked.
  const scope = globalThis as { localStorage?: KeyValueStorage };
  return scope.localStorage ?? null;
}

/** A store over localStorage (or the given storage) that never throws. */
export function storageLanguageStore(
  storage: () => KeyValueStorage | null = defaultStorage
): LanguageStore {
  return {
    load() {
      try {
        const value = storage()?.getItem(LANGUAGE_KEY);
        return isUiLanguage(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(language) {
      try {
        storage()?.setItem(LANGUAGE_KEY, language);
      } catch {
        // Not remembered; the choice still holds for this session.
      }
    },
  };
}

/** A store that forgets with the page: for tests and for server-side rendering. */
export function memoryLanguageStore(initial: UiLanguage | null = null): LanguageStore {
  let value = initial;
  return {
    load: () => value,
    save: (language) => {
      value = language;
    },
  };
}
