import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

// Which Fluent theme the pane wears, as a pure function of what the host tells: Office's theme
// (read by src/excel/office-theme.ts), whether the system forces its own colours (Windows high
// contrast) and, outside Office, whether the browser prefers dark. No Office or DOM types here, so
// the rule is unit-tested on its own.

export type ThemeKind = "light" | "dark" | "highContrast";

/** What Office.context.officeTheme offers; each part may be missing on an older host. */
export interface OfficeThemeColors {
  /** "#RRGGBB" (some hosts leave out the "#"). */
  readonly bodyBackgroundColor?: string;
  /** True for Office's Black and Dark Gray themes; newer hosts only. */
  readonly isDarkTheme?: boolean;
}

export interface ThemeSignals {
  /** Office's theme; null outside Office or when the host has none. */
  readonly office: OfficeThemeColors | null;
  /** `(forced-colors: active)`: the system's high-contrast colours override the page's. */
  readonly forcedColors: boolean;
  /** `(prefers-color-scheme: dark)`, used only when Office gives no theme (a plain browser). */
  readonly prefersDark: boolean;
}

/**
 * Below this relative luminance white text contrasts better than black (the two contrast ratios
 * are equal at √(1.05 × 0.05) − 0.05 ≈ 0.179), so the background is dark.
 */
export const DARK_LUMINANCE = 0.179;

/** WCAG relative luminance (0 black … 1 white) of "#RGB" or "#RRGGBB", null when not a colour. */
export function relativeLuminance(color: string | undefined): number | null {
  const hex = color?.trim().replace(/^#/, "");
  if (!hex || !/^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const channel = (i: number): number => {
    const s = parseInt(full.slice(i, i + 2), 16) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Forced colours win (the system repaints the page anyway, and the high-contrast theme keeps
 * Fluent's focus rings and borders visible under it); then Office's own word on dark; then the
 * brightness of Office's body background; outside Office the browser's preference.
 */
export function themeKind(signals: ThemeSignals): ThemeKind {
  if (signals.forcedColors) return "highContrast";
  const office = signals.office;
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const luminance = relativeLuminance(office.bodyBackgroundColor);
    if (luminance !== null) return luminance < DARK_LUMINANCE ? "dark" : "light";
  }
  return signals.prefersDark ? "dark" : "light";
}

const FLUENT_THEMES: Readonly<Record<ThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function fluentTheme(kind: ThemeKind): Theme {
  return FLUENT_THEMES[kind];
}
