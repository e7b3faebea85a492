/**
 * Formulas as an xlsx file stores them. Excel saves a JavaScript custom function such as SI.CBA
 * as `_xldudf_SI_CBA`, and only that spelling is recognised as the add-in's function when a file
 * is opened; a file with `SI.CBA(` would show #NAME? until each cell is re-entered.
 */
import { NAMESPACE } from "../catalog";
import { tokenize } from "../engine/formula";

const SI_CALL = new RegExp(`^${NAMESPACE}\\.(\\w+)$`, "i");
const FILE_CALL = new RegExp(`^_xldudf_${NAMESPACE}_(\\w+)$`, "i");

function respell(formula: string, from: RegExp, to: (id: string) => string): string {
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      const m = t.kind === "word" && tokens[i + 1]?.text === "(" ? from.exec(t.text) : null;
      return m ? to(m[1].toUpperCase()) : t.text;
    })
    .join("");
}

/** "=SI.CBA(A1:A3)" → "_xldudf_SI_CBA(A1:A3)" (no "=", as in the file). */
export function fileFormula(uiFormula: string): string {
  return respell(uiFormula.replace(/^=/, ""), SI_CALL, (id) => `_xldudf_${NAMESPACE}_${id}`);
}

/** The file's "_xldudf_SI_CBA(A1:A3)" → "=SI.CBA(A1:A3)", as Excel shows it. */
export function uiFormula(fileText: string): string {
  return `=${respell(fileText.replace(/^=/, ""), FILE_CALL, (id) => `${NAMESPACE}.${id}`)}`;
}
