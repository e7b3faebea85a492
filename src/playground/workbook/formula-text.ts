/**
 * Rewrites of formula text that Excel makes when the workbook's structure changes: a renamed
 * sheet or table is renamed in every formula that names it, a deleted sheet becomes `#REF!`.
 * Token by token over the engine's tokenizer (src/engine/formula.ts), so text in strings and
 * quoted names is never touched.
 */
import { tokenize } from "../../engine/formula";
import { sheetPrefix } from "../../engine/structured";
import { sameName } from "./naming";

type Token = ReturnType<typeof tokenize>[number];

/** The sheet a `word!` or `'quoted'!` token names, or undefined when it names none. */
function sheetOf(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (tokens[i + 1]?.text !== "!") return undefined;
  if (t.kind === "word") return t.text;
  if (t.kind === "quoted") return t.text.slice(1, -1).replace(/''/g, "'");
  return undefined;
}

/** `formula` with every `old!` sheet prefix replaced by `replacement` (which ends in "!"). */
function replaceSheet(formula: string, old: string, replacement: string): string {
  if (!formula.toUpperCase().includes(old.toUpperCase().replace(/'/g, "''"))) return formula;
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const sheet = sheetOf(tokens, i);
    if (sheet !== undefined && sameName(sheet, old)) {
      out.push(replacement);
      i++; // the "!"
    } else out.push(tokens[i].text);
  }
  return out.join("");
}

export function renameSheetIn(formula: string, old: string, name: string): string {
  return replaceSheet(formula, old, sheetPrefix(name));
}

/** Excel's text after a sheet is deleted: `=Kalkyl!B2` becomes `=#REF!B2`. */
export function deleteSheetIn(formula: string, name: string): string {
  return replaceSheet(formula, name, "#REF!");
}

/**
 * `#REF!B2` (a reference into a deleted sheet) as the engine can read it: the error alone, which
 * HyperFormula parses and evaluates to #REF! as Excel shows it.
 */
export function withoutDeletedSheets(formula: string): string {
  if (!formula.includes("#REF!")) return formula;
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(tokens[i].text);
    if (tokens[i].kind === "error" && tokens[i].text.toUpperCase() === "#REF!") {
      if (tokens[i + 1]?.kind !== "word") continue;
      i++;
      if (tokens[i + 1]?.text === ":" && ["word", "number"].includes(tokens[i + 2]?.kind)) i += 2;
    }
  }
  return out.join("");
}

/** A renamed table in formulas: `Old[Col]`, a bare `Old`, never a sheet-qualified name or a call. */
export function renameTableIn(formula: string, old: string, name: string): string {
  if (!formula.toUpperCase().includes(old.toUpperCase())) return formula;
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      const named =
        t.kind === "word" &&
        sameName(t.text, old) &&
        tokens[i - 1]?.text !== "!" &&
        !["(", "!"].includes(tokens[i + 1]?.text ?? "");
      return named ? name : t.text;
    })
    .join("");
}

/** A column name as written inside a structured reference (`'` escapes `[`, `]`, `#`, `'`). */
function escapeColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

function unescapeColumn(text: string): string {
  return text.replace(/'(.)/gs, "$1");
}

/** One structured reference's brackets with the column `old` renamed. */
function renameInBrackets(brackets: string, old: string, name: string): string {
  const rename = (segment: string) =>
    !segment.startsWith("#") && sameName(unescapeColumn(segment.trim()), old)
      ? escapeColumn(name)
      : segment;
  const inner = brackets.slice(1, -1);
  if (!inner.includes("[")) {
    if (inner.startsWith("@")) return `[@${rename(inner.slice(1))}]`;
    return `[${rename(inner)}]`;
  }
  return `[${inner.replace(/\[((?:'.|[^\]'])*)\]/g, (_, segment: string) => `[${rename(segment)}]`)}]`;
}

/**
 * A renamed table column in formulas, as Excel renames it: in references to `table`, and in a
 * formula inside the table (`inside`) also in its references without a table name (`[@Old]`).
 */
export function renameColumnIn(
  formula: string,
  table: string,
  old: string,
  name: string,
  inside: boolean
): string {
  if (!formula.includes("[")) return formula;
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      if (t.kind !== "bracket") return t.text;
      const before = tokens[i - 1];
      const named =
        before?.kind === "word" && sameName(before.text, table) && tokens[i - 2]?.text !== "!";
      const bare = inside && before?.kind !== "word" && tokens[i + 1]?.text !== "!";
      return named || bare ? renameInBrackets(t.text, old, name) : t.text;
    })
    .join("");
}

/** References to a deleted table, as Excel leaves them: `#REF!`. */
export function deleteTableIn(formula: string, table: string): string {
  if (!formula.toUpperCase().includes(table.toUpperCase())) return formula;
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const named =
      t.kind === "word" &&
      sameName(t.text, table) &&
      tokens[i - 1]?.text !== "!" &&
      !["(", "!"].includes(tokens[i + 1]?.text ?? "");
    if (!named) {
      out.push(t.text);
      continue;
    }
    out.push("#REF!");
    if (tokens[i + 1]?.kind === "bracket") i++;
  }
  return out.join("");
}
