/**
 * What Excel makes of a value written through Range.values or Range.formulas: it reads text as if
 * it were typed into the cell, in the user's locale — "=…" a formula, "'…" text without its
 * apostrophe, "2024" and (in Swedish) "1,5" numbers, "50 %" a percentage, TRUE/SANT a boolean.
 * The model keeps every string as text, so the host reads it, with the very reading the grid uses
 * for what the user types (src/playground/ui/typed-input.ts). One rule is the host's own: in a
 * cell formatted as text ("@") everything stays text as written, formulas included.
 */
import { langOf } from "../../i18n/lang";
import { playgroundStrings } from "../../i18n/playground";
import type { CellInput } from "../model";
import { readTyped } from "../ui/typed-input";

export interface Typed {
  readonly input: CellInput;
  /** The number format Excel gives a General cell whose text it read as a percentage or a date. */
  readonly numberFormat?: string;
}

/**
 * A value of a Range.values / Range.formulas matrix as the cell will hold it, given the cell's
 * number format and the user's locale. Null and undefined are not here: Office.js leaves those
 * cells as they are.
 */
export function typedInput(
  value: string | number | boolean,
  numberFormat: string,
  locale: string
): Typed {
  if (typeof value !== "string") return { input: value };
  if (numberFormat === "@") return { input: value === "" ? null : value };
  const strings = playgroundStrings[langOf(locale)];
  return readTyped(value, locale, { trueText: strings.trueText, falseText: strings.falseText });
}
