/**
 * Cell looks between ExcelJS's style objects and the playground's `CellFormat`, and column widths
 * between Excel's character units (what the file stores) and points (what Office.js and the
 * model use).
 */
import type { Alignment, Color, Fill, Font, Style } from "exceljs";
import type { CellFormat, HorizontalAlignment, VerticalAlignment } from "../model";

/**
 * Office's default theme (Office 2013–2022) by the index a file's colours use: Excel numbers the
 * first two the other way round from the theme part (0 is background 1, white; 1 is text 1).
 */
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
];

function tinted(hex: string, tint: number): string {
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.round(v).toString(16).padStart(2, "0");
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

/** "#RRGGBB" from an ExcelJS colour (ARGB or theme with tint); undefined for automatic. */
export function colourOf(colour: Partial<Color> | undefined): string | undefined {
  if (!colour) return undefined;
  if (typeof colour.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(colour.argb))
    return `#${colour.argb.slice(2).toUpperCase()}`;
  const theme = (colour as { theme?: number; tint?: number }).theme;
  if (typeof theme === "number" && THEME[theme]) {
    const tint = (colour as { tint?: number }).tint ?? 0;
    return `#${tint ? tinted(THEME[theme], tint) : THEME[theme]}`;
  }
  return undefined;
}

export function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

const HORIZONTAL: Record<string, HorizontalAlignment> = {
  left: "Left",
  center: "Center",
  centerContinuous: "Center",
  right: "Right",
  fill: "Left",
  justify: "Left",
  distributed: "Center",
};

const VERTICAL: Record<string, VerticalAlignment> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Top",
  distributed: "Center",
};

/** Excel's default font size: a size of 11 is no look of its own. */
const DEFAULT_FONT_SIZE = 11;

function fillColour(fill: Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  return colourOf(fill.fgColor);
}

/** The looks of an ExcelJS style that differ from Excel's defaults; undefined when none do. */
export function formatOf(style: Partial<Style>): CellFormat | undefined {
  const f: CellFormat = {};
  const fill = fillColour(style.fill);
  if (fill) f.fill = fill;
  const font = style.font;
  if (font?.bold) f.bold = true;
  if (font?.italic) f.italic = true;
  if (font?.size && font.size !== DEFAULT_FONT_SIZE) f.fontSize = font.size;
  const colour = colourOf(font?.color);
  if (colour && colour !== "#000000") f.fontColor = colour;
  const h = style.alignment?.horizontal && HORIZONTAL[style.alignment.horizontal];
  if (h) f.horizontalAlignment = h;
  const v = style.alignment?.vertical && VERTICAL[style.alignment.vertical];
  if (v && v !== "Bottom") f.verticalAlignment = v;
  if (style.alignment?.wrapText) f.wrapText = true;
  if (style.protection?.locked === false) f.locked = false;
  return Object.keys(f).length ? f : undefined;
}

const TO_HORIZONTAL: Record<HorizontalAlignment, Alignment["horizontal"] | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
};

const TO_VERTICAL: Record<VerticalAlignment, Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
};

/** The ExcelJS style properties of a `CellFormat`. */
export function styleOf(f: CellFormat): Partial<Style> {
  const style: Partial<Style> = {};
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  const font: Partial<Font> = {
    ...(f.bold ? { bold: true } : {}),
    ...(f.italic ? { italic: true } : {}),
    ...(f.fontSize ? { size: f.fontSize } : {}),
    ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
  };
  if (Object.keys(font).length) style.font = font;
  const alignment: Partial<Alignment> = {
    ...(f.horizontalAlignment && TO_HORIZONTAL[f.horizontalAlignment]
      ? { horizontal: TO_HORIZONTAL[f.horizontalAlignment] }
      : {}),
    ...(f.verticalAlignment ? { vertical: TO_VERTICAL[f.verticalAlignment] } : {}),
    ...(f.wrapText ? { wrapText: true } : {}),
  };
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (f.locked === false) style.protection = { locked: false };
  return style;
}

// Excel measures a column in widths of the default font's widest digit (7 px for Calibri 11) plus
// 5 px of padding; a point is 4/3 px.
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PX_PER_POINT = 4 / 3;

export function widthToPoints(characters: number): number {
  return Math.round(((characters * DIGIT_PX + PADDING_PX) / PX_PER_POINT) * 100) / 100;
}

export function pointsToWidth(points: number): number {
  return Math.max(0, Math.round(((points * PX_PER_POINT - PADDING_PX) / DIGIT_PX) * 100) / 100);
}
