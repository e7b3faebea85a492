/**
 * Translation between Excel's custom-function values and the catalog's host-neutral values.
 * Kept free of the CustomFunctions global (the error constructor is passed in) so it runs in tests.
 */
import { Arg, CellValue, OutCell, Result } from "../core/cells";
import { ErrorKind, SiError, propagated } from "../core/errors";
import { FunctionSpec } from "../catalog/spec";
import { formatError } from "../i18n/format";
import { Lang } from "../i18n/lang";

/** Builds Excel's error value; in Excel this is `new CustomFunctions.Error(code, message)`. */
export type ExcelErrorFactory = (code: ExcelErrorCode, message: string | undefined) => unknown;
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

/**
 * Excel shows a custom message only with #VALUE! and #N/A, and a custom function may not return
 * #REF!, #NAME? or #SPILL!: those become #VALUE! with the message saying what happened.
 */
export const EXCEL_CODE: Readonly<Record<ErrorKind, ExcelErrorCode>> = {
  VALUE: "#VALUE!",
  NA: "#N/A",
  DIV0: "#DIV/0!",
  NUM: "#NUM!",
  NULL: "#NULL!",
  REF: "#VALUE!",
  NAME: "#VALUE!",
  SPILL: "#VALUE!",
  CALC: "#VALUE!",
};
const TAKES_MESSAGE = new Set<ExcelErrorCode>(["#VALUE!", "#N/A"]);

const KIND_OF_CODE: Record<string, ErrorKind> = {
  "#VALUE!": "VALUE",
  "#N/A": "NA",
  "#DIV/0!": "DIV0",
  "#NUM!": "NUM",
  "#NULL!": "NULL",
  "#REF!": "REF",
  "#NAME?": "NAME",
};

function isExcelError(v: object): v is { code: string; message?: string } {
  return (
    typeof (v as { code?: unknown }).code === "string" &&
    (v as { code: string }).code.startsWith("#")
  );
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && isExcelError(v)) {
    return propagated(KIND_OF_CODE[v.code] ?? "VALUE", v.message ?? v.code);
  }
  return new SiError("VALUE", "expectedSingle", { arg: "?" });
}

/** One argument as Excel passes it: a value, a matrix (any[][]), or null/undefined when omitted. */
export function toArg(raw: unknown): Arg {
  if (raw === undefined || raw === null) return undefined;
  if (Array.isArray(raw))
    return raw.map((row: unknown) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)]));
  return toCell(raw);
}

function toExcelCell(v: OutCell, lang: Lang, fnId: string, makeError: ExcelErrorFactory): unknown {
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : makeError("#NUM!", undefined);
  }
  if (typeof v === "string") return v;
  const code = EXCEL_CODE[v.kind];
  return makeError(code, TAKES_MESSAGE.has(code) ? formatError(v, lang, fnId) : undefined);
}

/** A result in the shape Excel expects: a matrix for functions declared to spill, else one value. */
export function toExcelResult(
  result: Result,
  spec: FunctionSpec,
  lang: Lang,
  makeError: ExcelErrorFactory
): unknown {
  if (Array.isArray(result)) {
    const grid = result.map((row) => row.map((v) => toExcelCell(v, lang, spec.id, makeError)));
    return spec.spills ? grid : grid[0]?.[0];
  }
  const one = toExcelCell(result, lang, spec.id, makeError);
  return spec.spills ? [[one]] : one;
}

/**
 * The function Excel calls. Whatever arrives, it returns a value or an Excel error: an unexpected
 * exception becomes #VALUE! with its text rather than escaping into Excel.
 */
export function excelFunction(
  spec: FunctionSpec,
  lang: () => Lang,
  makeError: ExcelErrorFactory
): (...raw: unknown[]) => unknown {
  return (...raw: unknown[]) => {
    const language = lang();
    try {
      const args = spec.params.map((_, i) => toArg(raw[i]));
      return toExcelResult(spec.invoke(args, language), spec, language, makeError);
    } catch (e) {
      const message = `SI.${spec.id}: ${e instanceof Error ? e.message : String(e)}`;
      return makeError("#VALUE!", message);
    }
  };
}
