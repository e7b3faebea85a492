import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  DARK_LUMINANCE,
  fluentTheme,
  relativeLuminance,
  themeKind,
  type ThemeSignals,
} from "../../src/taskpane/theme";

// The theme rule on its own: Office's theme, the system's forced colours and, outside Office, the
// browser's preference, to light, dark or high contrast.

const plain: ThemeSignals = { office: null, forcedColors: false, prefersDark: false };

describe("relativeLuminance", () => {
  it.each([
    // Worked by hand from WCAG 2's formula: channel c = v/255, linear = ((c + 0.055) / 1.055)^2.4
    // above 0.04045, and L = 0.2126 R + 0.7152 G + 0.0722 B.
    ["#FFFFFF", 1],
    ["#000000", 0],
    ["#fff", 1],
    ["000", 0],
    // 128/255 = 0.50196 → ((0.50196 + 0.055) / 1.055)^2.4 = 0.52793^2.4 = 0.21586 on every channel.
    ["#808080", 0.21586],
    // A dark grey body, #262626: 38/255 = 0.14902 → 0.19338^2.4 = 0.01938.
    ["#262626", 0.01938],
    // Pure red: only R, 0.2126.
    ["#FF0000", 0.2126],
    // 10/255 = 0.03922 is below 0.04045: linear = 0.03922 / 12.92 = 0.003035.
    ["#0a0a0a", 0.003035],
  ])("%s → %f", (color, expected) => {
    expect(relativeLuminance(color)).toBeCloseTo(expected, 4);
  });

  it.each([[undefined], [""], ["#12345"], ["red"], ["#GGGGGG"], ["rgb(0,0,0)"]])(
    "%p is not a colour",
    (color) => {
      expect(relativeLuminance(color)).toBeNull();
    }
  );

  it("puts the dark threshold where white and black text contrast equally", () => {
    // (1 + 0.05) / (L + 0.05) = (L + 0.05) / (0 + 0.05)  ⇔  L = √(1.05 × 0.05) − 0.05.
    expect(DARK_LUMINANCE).toBeCloseTo(Math.sqrt(1.05 * 0.05) - 0.05, 3);
  });
});

describe("themeKind", () => {
  it.each<[string, ThemeSignals, string]>([
    ["outside Office, light browser", plain, "light"],
    ["outside Office, dark browser", { ...plain, prefersDark: true }, "dark"],
    ["forced colours, outside Office", { ...plain, forcedColors: true }, "highContrast"],
    [
      "forced colours over a dark Office theme",
      {
        office: { isDarkTheme: true, bodyBackgroundColor: "#000000" },
        forcedColors: true,
        prefersDark: true,
      },
      "highContrast",
    ],
    [
      "a white Office body (#FFFFFF)",
      { ...plain, office: { bodyBackgroundColor: "#FFFFFF" } },
      "light",
    ],
    [
      "a dark grey Office body (#262626)",
      { ...plain, office: { bodyBackgroundColor: "#262626" } },
      "dark",
    ],
    [
      "a black Office body (#000000)",
      { ...plain, office: { bodyBackgroundColor: "#000000" } },
      "dark",
    ],
    // #808080 (0.216) is above the threshold: black text reads better on it.
    ["a mid grey body", { ...plain, office: { bodyBackgroundColor: "#808080" } }, "light"],
    ["a body without '#'", { ...plain, office: { bodyBackgroundColor: "1f1f1f" } }, "dark"],
    [
      "Office's isDarkTheme wins over the body colour",
      { ...plain, office: { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" } },
      "dark",
    ],
    [
      "isDarkTheme false wins over a dark browser",
      { office: { isDarkTheme: false }, forcedColors: false, prefersDark: true },
      "light",
    ],
    [
      "Office's light theme wins over a dark browser",
      { office: { bodyBackgroundColor: "#FFFFFF" }, forcedColors: false, prefersDark: true },
      "light",
    ],
    [
      "an unreadable Office colour falls back to the browser",
      { office: { bodyBackgroundColor: "transparent" }, forcedColors: false, prefersDark: true },
      "dark",
    ],
    ["an empty Office theme", { ...plain, office: {} }, "light"],
  ])("%s → %s", (_, signals, expected) => {
    expect(themeKind(signals)).toBe(expected);
  });
});

describe("fluentTheme", () => {
  it("maps each kind to Fluent's theme for the web, high contrast to Teams' high-contrast theme", () => {
    expect(fluentTheme("light")).toBe(webLightTheme);
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("highContrast")).toBe(teamsHighContrastTheme);
  });
});
