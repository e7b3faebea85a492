/**
 * Amounts stored as text, in the forms Swedish and English tables write them: "6 200 kr",
 * "1 234,50", "1,234.50", "105 000:-", "1,5 mnkr", "SEK 4,500", "8 700¹".
 *
 * What a text may hold, outside in:
 * - footnote marks at the end (¹²³…, *, †, ‡);
 * - a currency or scale word before or after the number: kr, kronor, SEK, :-, ,- (kronor);
 *   tkr, tSEK, kSEK (×1 000); mnkr, Mkr, MSEK, "mn kr", "milj. kr" (×1 000 000); mdkr (×10⁹).
 *   A scale word in the cell wins over the column's ("1 500 kr" in a "Kostnad (tkr)" column is
 *   1 500 kronor): the cell is the more specific statement;
 * - a sign: -, − (minus) or – (the en dash Swedish typesetting uses as minus);
 * - the numeral: digits, with space, no-break space or thin space between groups of three, and a
 *   comma or point as decimal sign.
 *
 * The one ambiguity, and the rule: a single comma or single point followed by exactly three digits,
 * after one to three digits that do not start with 0 ("1,500", "12.500"), is either a decimal sign
 * (Swedish 1,5; English 1.5) or a thousands separator (English 1 500; the German-style 1.500 some
 * Swedish tables use). A wrong guess is off by a factor of 1 000, so the text alone never decides:
 * the other amounts of the same column do. Every other text in the column that shows its decimal
 * sign unambiguously ("1,5", "1 234,50", "6200.75", "1.234,56", "1,234.56", "1,234,567") votes for
 * it. If all votes agree, the ambiguous texts follow them ("1,500" is 1 500 in a column that also
 * has "2,300.50", and 1,5 in one that also has "2,75"); if there are no votes, or they disagree,
 * the row is rejected with a reason telling how to write it. Groups of spaces ("1 500") are no
 * vote: they say nothing about the sign the writer uses for decimals.
 */

/** The decimal sign a column of amounts uses, when its texts show it. */
export type DecimalMark = "," | ".";

/** A text's reading, before the column's decimal sign is known. */
export type TextAmount =
  /** A number; `exp10` is the power of ten of a scale word in the text (3 for tkr), if any. */
  | { kind: "number"; digits: string; exp10: number | undefined; vote: DecimalMark | undefined }
  /** A single comma or point before exactly three digits: 1.5 or 1 500, by the column's rule. */
  | {
      kind: "ambiguous";
      mark: DecimalMark;
      int: string;
      frac: string;
      negative: boolean;
      exp10: number | undefined;
    }
  | { kind: "blank" }
  /** A dash or "..": the table's way of saying "no figure". */
  | { kind: "dash" }
  | { kind: "text" };

/** Every kind of space a spreadsheet holds between digit groups (\s covers NBSP, thin, narrow). */
const SPACES = /\s+/g;
/** Footnote marks after a figure. */
const FOOTNOTE_END = /[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$/u;
const DASH = /^(?:[-‐‒–—−]+|\.{2,3}|…)$/u;

/** Currency and scale words and the power of ten each stands for. */
const UNIT_WORDS: readonly [RegExp, number][] = [
  [/^(?:mdkr|mdr ?kr|miljarder ?kr(?:onor)?)$/i, 9],
  [/^(?:mnkr|mkr|msek|mn ?kr|mn ?sek|milj\.? ?kr|miljoner ?kr(?:onor)?)$/i, 6],
  [/^(?:tkr|tsek|ksek|tusen ?kr(?:onor)?)$/i, 3],
  [/^(?:kr\.?|kronor|sek|:-|,-|\.-)$/i, 0],
];
const UNIT_ALTERNATIVES =
  "mdkr|mdr ?kr|miljarder ?kr(?:onor)?|mnkr|mkr|msek|mn ?kr|mn ?sek|milj\\.? ?kr|miljoner ?kr(?:onor)?|tkr|tsek|ksek|tusen ?kr(?:onor)?|kronor|kr\\.?|sek";
/** A unit word at the end, after a digit or space (so "mnkr" is never read as "…kr"). */
const UNIT_END = new RegExp(
  `(?:(?<=[\\d\\s])|^)(?:${UNIT_ALTERNATIVES})$|(?<=[\\d\\s])(?::-|,-|\\.-)$`,
  "i"
);
const UNIT_START = new RegExp(`^(?:${UNIT_ALTERNATIVES})(?=[\\s\\d+\\-−–])`, "i");

function unitExp(word: string): number | undefined {
  const w = word.trim();
  for (const [pattern, exp] of UNIT_WORDS) if (pattern.test(w)) return exp;
  return undefined;
}

/** One text into a sign, a unit's power of ten and the bare numeral; undefined when malformed. */
function strip(
  raw: string
): { body: string; negative: boolean; exp10: number | undefined } | "blank" | "dash" | undefined {
  let s = raw.replace(SPACES, " ").trim();
  if (s === "") return "blank";
  let exp10: number | undefined;
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    s = s.replace(FOOTNOTE_END, "").trim();
    for (const pattern of [UNIT_END, UNIT_START]) {
      const m = pattern.exec(s);
      if (!m) continue;
      const exp = unitExp(m[0]);
      // Two different units in one cell ("1 tkr kr") is not an amount anyone wrote on purpose.
      if (exp === undefined || (exp10 !== undefined && exp !== exp10)) return undefined;
      exp10 = exp;
      s = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).trim();
    }
    if (s === before) break;
  }
  if (DASH.test(s)) return "dash";
  let negative = false;
  const sign = /^([-−–+])\s?/u.exec(s);
  if (sign) {
    negative = sign[1] !== "+";
    s = s.slice(sign[0].length);
  }
  return { body: s, negative, exp10 };
}

interface Numeral {
  int: string;
  frac: string;
  vote: DecimalMark | undefined;
  /** Set when the numeral is "d,ddd" / "d.ddd": the decimal sign decides. */
  ambiguous?: DecimalMark;
}

const other = (m: DecimalMark): DecimalMark => (m === "," ? "." : ",");

/** Digits grouped by `sep` in threes after a first group of one to three: "1,234,567". */
function grouped(s: string, sep: string): string | undefined {
  const parts = s.split(sep);
  if (!/^\d{1,3}$/.test(parts[0])) return undefined;
  for (let i = 1; i < parts.length; i++) if (!/^\d{3}$/.test(parts[i])) return undefined;
  return parts.join("");
}

/** The numeral's integer and fraction digits, and what it says about the decimal sign. */
function readNumeral(s: string): Numeral | undefined {
  if (s.includes(" ")) {
    // Space-grouped thousands; a comma or point can then only be the decimal sign.
    const m = /^([\d ]+?)(?:([.,])(\d+))?$/.exec(s);
    if (!m) return undefined;
    const int = grouped(m[1], " ");
    if (int === undefined) return undefined;
    const mark = m[2] as DecimalMark | undefined;
    return { int, frac: m[3] ?? "", vote: mark };
  }
  if (!/^[\d.,]*\d$/.test(s)) return undefined;
  const commas = s.split(",").length - 1;
  const points = s.split(".").length - 1;
  if (commas === 0 && points === 0) return { int: s, frac: "", vote: undefined };
  if (commas > 0 && points > 0) {
    // Both signs: the last one is the decimal sign, the other groups thousands.
    const decimal: DecimalMark = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const at = s.lastIndexOf(decimal);
    const int = grouped(s.slice(0, at), other(decimal));
    const frac = s.slice(at + 1);
    if (int === undefined || !/^\d+$/.test(frac)) return undefined;
    return { int, frac, vote: decimal };
  }
  const mark: DecimalMark = commas > 0 ? "," : ".";
  if (commas + points > 1) {
    const int = grouped(s, mark);
    return int === undefined ? undefined : { int, frac: "", vote: other(mark) };
  }
  const [before, after] = s.split(mark);
  if (after === "" || !/^\d*$/.test(before)) return undefined;
  if (after.length === 3 && /^[1-9]\d{0,2}$/.test(before))
    return { int: before, frac: after, vote: undefined, ambiguous: mark };
  return { int: before === "" ? "0" : before, frac: after, vote: mark };
}

/** The reading of one text (see the file comment); the column's decimal sign is applied later. */
export function readAmountText(raw: string): TextAmount {
  const stripped = strip(raw);
  if (stripped === "blank") return { kind: "blank" };
  if (stripped === "dash") return { kind: "dash" };
  if (stripped === undefined) return { kind: "text" };
  const n = readNumeral(stripped.body);
  if (!n) return { kind: "text" };
  if (n.ambiguous) {
    return {
      kind: "ambiguous",
      mark: n.ambiguous,
      int: n.int,
      frac: n.frac,
      negative: stripped.negative,
      exp10: stripped.exp10,
    };
  }
  const digits = `${stripped.negative ? "-" : ""}${n.int}${n.frac ? `.${n.frac}` : ""}`;
  return { kind: "number", digits, exp10: stripped.exp10, vote: n.vote };
}

/**
 * The column's decimal sign from its texts' votes: the one sign all votes name, else undefined
 * (no votes, or votes for both).
 */
export function columnDecimalMark(
  votes: Iterable<DecimalMark | undefined>
): DecimalMark | undefined {
  let found: DecimalMark | undefined;
  for (const v of votes) {
    if (v === undefined) continue;
    if (found !== undefined && found !== v) return undefined;
    found = v;
  }
  return found;
}

/**
 * A decimal numeral ("-1234.5") times 10^exp10, converted once: "1.1" in tkr is exactly 1100,
 * where 1.1 * 1000 would be 1100.0000000000002.
 */
export function decimalValue(digits: string, exp10: number): number {
  return exp10 === 0 ? Number(digits) : Number(`${digits}e${exp10}`);
}

/** A stored number times 10^exp10, as exactly as the number's shortest decimal form allows. */
export function scaleNumber(n: number, exp10: number): number {
  if (exp10 === 0 || !Number.isFinite(n)) return n;
  const [mantissa, exp = "0"] = n.toString().split("e");
  return Number(`${mantissa}e${Number(exp) + exp10}`);
}

export type AmountResult =
  | { kind: "number"; value: number }
  | { kind: "ambiguous"; decimal: string; thousands: string }
  | { kind: "blank" }
  | { kind: "dash" }
  | { kind: "text" };

/**
 * A text's amount in kronor under the column's decimal sign (undefined: not known) and the
 * column's scale (`columnExp10`, from the header: 3 for "Kostnad (tkr)").
 */
export function amountOf(
  reading: TextAmount,
  decimal: DecimalMark | undefined,
  columnExp10: number
): AmountResult {
  if (reading.kind === "number")
    return { kind: "number", value: decimalValue(reading.digits, reading.exp10 ?? columnExp10) };
  if (reading.kind !== "ambiguous") return reading;
  const exp = reading.exp10 ?? columnExp10;
  const sign = reading.negative ? "-" : "";
  if (decimal === reading.mark)
    return { kind: "number", value: decimalValue(`${sign}${reading.int}.${reading.frac}`, exp) };
  if (decimal !== undefined)
    return { kind: "number", value: decimalValue(`${sign}${reading.int}${reading.frac}`, exp) };
  // Two spellings that cannot be misread, in the text's own notation, for the rejection reason.
  const trimmed = reading.frac.replace(/0+$/, "");
  const frac = trimmed.length === 3 ? `${trimmed}0` : trimmed;
  return {
    kind: "ambiguous",
    decimal: `${sign}${reading.int}${frac ? `${reading.mark}${frac}` : ""}`,
    thousands: `${sign}${reading.int} ${reading.frac}`,
  };
}

/** The amount of a text on its own, for a caller with no column: ambiguous texts stay ambiguous. */
export function parseAmountText(
  text: string,
  options: { decimal?: DecimalMark; exp10?: number } = {}
): AmountResult {
  return amountOf(readAmountText(text), options.decimal, options.exp10 ?? 0);
}
