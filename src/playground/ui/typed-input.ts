/**
 * What a person types into a cell, as the model's input, the way Excel reads it: "=" starts a
 * formula (in Excel's English spelling, as Office.js's `formulas`), a leading apostrophe keeps
 * text as text, numbers are read in the user's locale ("1,5" in Swedish) and in the invariant
 * form ("1.5"), "12 %" is 0.12 and a date is its serial number; both get a number format when
 * the cell has none (Excel does the same).
 */
import { parseValue } from "numfmt";
import { parseNumericText } from "../../core/cells";
import type { CellInput } from "../model";
import type { DisplayWords } from "./display";

export interface Typed {
  input: CellInput;
  /** The number format Excel would give a General cell for this entry ("0%", "yyyy-mm-dd"). */
  numberFormat?: string;
}

export function readTyped(text: string, locale: string, words: DisplayWords): Typed {
  if (text === "") return { input: null };
  if (text.startsWith("=") && text.length > 1) return { input: text };
  if (text.startsWith("'")) return { input: text.slice(1) };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === words.trueText.toUpperCase()) return { input: true };
  if (upper === "FALSE" || upper === words.falseText.toUpperCase()) return { input: false };
  const invariant = parseNumericText(trimmed);
  if (invariant !== undefined) return { input: invariant };
  const parsed = parseValue(trimmed, { locale });
  if (parsed && typeof parsed.v === "number") {
    // numfmt suggests "#,##0" for a number with a group separator; Excel leaves such a cell General.
    const z = parsed.z && parsed.z !== "#,##0" ? parsed.z : undefined;
    return { input: parsed.v, ...(z ? { numberFormat: z } : {}) };
  }
  return { input: text };
}
