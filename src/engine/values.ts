/**
 * Translation between HyperFormula's values and the catalog's host-neutral values: the engine's
 * counterpart of src/functions/excel-values.ts.
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import { Arg, CellValue, OutCell, Result } from "../core/cells";
import { ErrorKind, SiError, propagated } from "../core/errors";
import { formatError } from "../i18n/format";
import { Lang } from "../i18n/lang";

/** HyperFormula's error types for ours; #NULL! and #CALC! have no HyperFormula twin. */
const HF_ERROR: Record<ErrorKind, ErrorType> = {
  VALUE: ErrorType.VALUE,
  NUM: ErrorType.NUM,
  DIV0: ErrorType.DIV_BY_ZERO,
  NA: ErrorType.NA,
  REF: ErrorType.REF,
  NAME: ErrorType.NAME,
  NULL: ErrorType.VALUE,
  SPILL: ErrorType.SPILL,
  CALC: ErrorType.VALUE,
};

const KIND_OF_HF: Partial<Record<ErrorType, ErrorKind>> = {
  [ErrorType.VALUE]: "VALUE",
  [ErrorType.NUM]: "NUM",
  [ErrorType.DIV_BY_ZERO]: "DIV0",
  [ErrorType.NA]: "NA",
  [ErrorType.REF]: "REF",
  [ErrorType.NAME]: "NAME",
  [ErrorType.SPILL]: "SPILL",
  [ErrorType.CYCLE]: "REF",
};

/** A value inside HyperFormula: numbers may come wrapped with a format (dates, percentages). */
function toCell(v: unknown): CellValue {
  if (v === EmptyValue || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof CellError) return propagated(KIND_OF_HF[v.type] ?? "VALUE", v.message ?? "");
  if (typeof v === "object" && typeof (v as { val?: unknown }).val === "number")
    return (v as { val: number }).val;
  return new SiError("VALUE", "expectedSingle", { arg: "?" });
}

export function toArg(v: unknown): Arg {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toCell));
  return toCell(v);
}

function toHfCell(v: OutCell, lang: Lang, fnId: string): number | string | CellError {
  if (typeof v === "number")
    return Number.isFinite(v)
      ? v
      : new CellError(ErrorType.NUM, formatError(new SiError("NUM", "overflow"), lang));
  if (typeof v === "string") return v;
  return new CellError(HF_ERROR[v.kind], formatError(v, lang, fnId));
}

/** A result as HyperFormula takes it: a value, an error, or a range for a spill. */
export function toHfResult(
  result: Result,
  lang: Lang,
  fnId: string
): number | string | CellError | SimpleRangeValue {
  if (!Array.isArray(result)) return toHfCell(result, lang, fnId);
  if (result.length === 1 && result[0].length === 1) return toHfCell(result[0][0], lang, fnId);
  return SimpleRangeValue.onlyValues(result.map((row) => row.map((v) => toHfCell(v, lang, fnId))));
}
