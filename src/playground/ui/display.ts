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

export function shownValue(view: CellView, locale: string, words: DisplayWords): Shown {
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
