/**
 * A cell's value as the grid shows it: formatted by its number format in the user's locale (as
 * Excel shows numbers with the separators of the computer's regional settings), booleans in the
 * user's language, errors as Excel spells them. Formatting is numfmt's (MIT, maintained, the
 * ECMA-376 format language with Excel's quirks).
 */
import { format as formatNumber, formatColor } from "numfmt";
import type { CellValue, CellView, HorizontalAlignment } from "../model";

export interface DisplayWords {
  trueText: string;
  falseText: string;
}

/** What one cell shows, and how. */
export interface Shown {
  text: string;
  /** The error's message, for a tooltip. */
  title?: string;
  /** A colour the number format chose ("[Red]"). */
  colour?: string;
  align: "left" | "center" | "right";
}

const ALIGN: Record<Exclude<HorizontalAlignment, "General">, Shown["align"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};

/** Excel's General alignment: numbers right, booleans and errors centred, text left. */
function generalAlign(value: CellValue): Shown["align"] {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean" || (value !== null && typeof value === "object")) return "center";
  return "left";
}

function numberText(
  value: number,
  code: string,
  locale: string
): { text: string; colour?: string } {
  const options = { locale, throws: false };
  const text = formatNumber(code || "General", value, options);
  const colour = formatColor(code || "General", value, { throws: false });
  return { text, ...(typeof colour === "string" ? { colour } : {}) };
}

/** Calibri 11's digit width in pixels, Excel's unit for what fits in a column. */
export const DIGIT_PX = 7;
/** A cell's padding, both sides together (playground.html). */
const CELL_PADDING_PX = 6;

/** How many digits fit in a column this many pixels wide. */
export function digitsThatFit(widthPx: number): number {
  return Math.max(1, Math.floor((widthPx - CELL_PADDING_PX) / DIGIT_PX));
}

/**
 * Excel's General in a column `fit` characters wide: the number rounded to as many decimals as
 * fit (7987,681504 → 7987,682 in a narrow column), then scientific notation when not even the
 * whole part fits. The value itself is untouched; this is only what the cell shows.
 */
export function fitGeneral(value: number, locale: string, fit: number): string {
  const general = (v: number) => formatNumber("General", v, { locale, throws: false });
  const full = general(value);
  if (full.length <= fit) return full;
  for (let decimals = 9; decimals >= 0; decimals--) {
    const text = general(Number(value.toFixed(decimals)));
    if (text.length <= fit) return text;
  }
  for (let decimals = 5; decimals >= 0; decimals--) {
    const code = decimals ? `0.${"0".repeat(decimals)}E+00` : "0E+00";
    const text = formatNumber(code, value, { locale, throws: false });
    if (text.length <= fit) return text;
  }
  return full;
}

export function shownValue(
  view: CellView,
  locale: string,
  words: DisplayWords,
  /** Characters that fit in the cell's width, for General numbers; unlimited when undefined. */
  fit?: number
): Shown {
  const { value } = view;
  const h = view.format.horizontalAlignment;
  const align = h && h !== "General" ? ALIGN[h] : generalAlign(value);
  if (value === null) return { text: "", align };
  if (typeof value === "boolean") return { text: value ? words.trueText : words.falseText, align };
  if (typeof value === "object")
    return { text: value.error, align, ...(value.message ? { title: value.message } : {}) };
  if (typeof value === "string") {
    // A text section of the format ("@", or a fourth section) applies to text too.
    const text = /@/.test(view.numberFormat)
      ? formatNumber(view.numberFormat, value, { locale, throws: false })
      : value;
    return { text, align };
  }
  const general = !view.numberFormat || /^general$/i.test(view.numberFormat);
  if (general && fit !== undefined) return { align, text: fitGeneral(value, locale, fit) };
  return { align, ...numberText(value, view.numberFormat, locale) };
}

/** The decimal separator of a locale ("," for sv-SE). */
export function decimalSeparator(locale: string): string {
  try {
    return (
      new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ??
      "."
    );
  } catch {
    return ".";
  }
}

/** What the formula bar and the cell editor start from: the formula, or the constant as typed. */
export function editText(view: CellView, locale: string, words: DisplayWords): string {
  const input = view.formula ?? view.input;
  if (input === null) return "";
  if (typeof input === "boolean") return input ? words.trueText : words.falseText;
  if (typeof input === "number") return String(input).replace(".", decimalSeparator(locale));
  return input;
}
