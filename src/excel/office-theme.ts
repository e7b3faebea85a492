/* global Office, globalThis */
import type { OfficeThemeColors, ThemeSignals } from "../taskpane/theme";

// Reads what the host says about the theme — Office.context.officeTheme and the system's forced
// colours — and tells when it changes. Every Office and matchMedia access is guarded: an older
// Excel has no officeTheme, a plain browser has no Office at all, and none of that may keep the
// pane from rendering. The mapping to a Fluent theme is src/taskpane/theme.ts.

const FORCED_COLORS = ["(forced-colors: active)", "(-ms-high-contrast: active)"];
const PREFERS_DARK = "(prefers-color-scheme: dark)";

type MediaQueryFn = (query: string) => MediaQueryList;

function matchMediaFn(): MediaQueryFn | null {
  const scope = globalThis as { matchMedia?: unknown };
  return typeof scope.matchMedia === "function" ? (scope.matchMedia as MediaQueryFn) : null;
}

function mediaMatches(query: string): boolean {
  try {
    return matchMediaFn()?.(query).matches === true;
  } catch {
    return false;
  }
}

/** Office's theme colours, or null outside Office or on a host without officeTheme (it is a property, not a requirement set). */
export function readOfficeTheme(): OfficeThemeColors | null {
  try {
    if (typeof Office === "undefined") return null;
    const theme: Partial<Office.OfficeTheme> | undefined = Office.context?.officeTheme;
    if (!theme || typeof theme !== "object") return null;
    return {
      bodyBackgroundColor:
        typeof theme.bodyBackgroundColor === "string" ? theme.bodyBackgroundColor : undefined,
      isDarkTheme: typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : undefined,
    };
  } catch {
    // Some hosts throw on Office.context before a document is open.
    return null;
  }
}

export function readThemeSignals(): ThemeSignals {
  return {
    office: readOfficeTheme(),
    forcedColors: FORCED_COLORS.some(mediaMatches),
    prefersDark: mediaMatches(PREFERS_DARK),
  };
}

/**
 * Calls `onChange` with fresh signals when the system's forced colours or colour preference change,
 * or when Office raises OfficeThemeChanged (Office documents it for Outlook and PowerPoint; where
 * Excel refuses the handler the call fails quietly and the theme is read again on the next open).
 * Returns a function that stops listening.
 */
export function watchThemeSignals(onChange: (signals: ThemeSignals) => void): () => void {
  const stops: (() => void)[] = [];
  const notify = (): void => onChange(readThemeSignals());

  const matchMedia = matchMediaFn();
  for (const query of [...FORCED_COLORS, PREFERS_DARK]) {
    try {
      const list = matchMedia?.(query);
      if (list && typeof list.addEventListener === "function") {
        list.addEventListener("change", notify);
        stops.push(() => list.removeEventListener("change", notify));
      }
    } catch {
      // A browser that does not know the query: nothing to watch.
    }
  }

  try {
    const eventType =
      typeof Office === "undefined" ? undefined : Office.EventType?.OfficeThemeChanged;
    const document = eventType === undefined ? undefined : Office.context?.document;
    if (eventType !== undefined && document && typeof document.addHandlerAsync === "function") {
      document.addHandlerAsync(eventType, notify, (result) => {
        // The enum's value ("succeeded"), so a host object without Office.AsyncResultStatus works too.
        if (String(result?.status) !== "succeeded") return;
        stops.push(() => {
          try {
            document.removeHandlerAsync(eventType, { handler: notify });
          } catch {
            // The document is gone with the pane.
          }
        });
      });
    }
  } catch {
    // No event support on this host.
  }

  return () => stops.splice(0).forEach((stop) => stop());
}
