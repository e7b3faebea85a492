/**
 * Does a formula, as an xlsx file stores it, call one of the add-in's functions? Excel saves a
 * custom function such as SI.CBA as `_xldudf_SI_CBA(` (see src/templates/file-formula.ts); the
 * spelling `SI.CBA(` is counted too, since a file written by another tool may have it and a reader
 * without the add-in sees #NAME? either way. Any SI name counts, known to this version or not: a
 * function added later cannot be computed without the add-in either.
 */
import { NAMESPACE } from "../catalog";
import { tokenize } from "../engine/formula";

const SI_CALL = new RegExp(
  `^(?:_xlfn\\.|_xlws\\.)*(?:_xldudf_${NAMESPACE}_\\w+|${NAMESPACE}\\.\\w+)$`,
  "i"
);
// A call as the tokenizer reads one: a whole word (not the end of a longer one) before "(".
const SI_CALL_IN_TEXT = new RegExp(
  `(?:^|[^A-Za-z0-9_.$\\\\?\u00C0-\uFFFF])(?:_xlfn\\.|_xlws\\.)*(?:_xldudf_${NAMESPACE}_\\w+|${NAMESPACE}\\.\\w+)\\(`,
  "i"
);
/** Text that might call an SI function; most formulas, and most sheets, have none. */
export const MAYBE_SI = new RegExp(`_xldudf_${NAMESPACE}_|${NAMESPACE}\\.`, "i");

/**
 * True when `formula` (the file's text, no "=", XML already unescaped) calls an SI function. Text
 * in string literals, quoted sheet names and structured references is never taken for a call.
 */
export function callsSiFunction(formula: string): boolean {
  if (!MAYBE_SI.test(formula)) return false;
  // Without quotes or brackets nothing can hide a name: a pattern decides, as the tokens would.
  if (!/["'[]/.test(formula)) return SI_CALL_IN_TEXT.test(formula);
  const tokens = tokenize(formula);
  return tokens.some(
    (t, i) => t.kind === "word" && tokens[i + 1]?.text === "(" && SI_CALL.test(t.text)
  );
}
