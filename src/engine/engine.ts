/**
 * The headless engine: HyperFormula with the SI functions registered. Build one with
 * `createEngine()`; `evaluate()` computes a formula as typed in Excel.
 */
import {
  ConfigParams,
  DetailedCellError,
  HyperFormula,
  SerializedNamedExpression,
  Sheets,
} from "hyperformula";
import { Lang } from "../i18n/lang";
import { EngineContext, SiFunctionPlugin, siTranslations } from "./plugin";

let registered = false;

/** Registers the SI plugin once per process (HyperFormula's plugin registry is global). */
export function registerSiFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(
    SiFunctionPlugin,
    siTranslations(HyperFormula.getRegisteredLanguagesCodes())
  );
  registered = true;
}

export interface EngineOptions {
  lang?: Lang;
  /** Extra HyperFormula settings (the licence key and context are set here). */
  config?: Partial<ConfigParams>;
  /** Workbook-level names (defined names of an xlsx). */
  namedExpressions?: SerializedNamedExpression[];
}

/**
 * Excel's boolean literals. HyperFormula knows only the functions TRUE() and FALSE(), so
 * `=VLOOKUP(…,FALSE)` would be #NAME?; as workbook names they mean what Excel means.
 */
export const BOOLEAN_LITERALS: SerializedNamedExpression[] = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/** Settings that make HyperFormula behave as Excel does where the two differ by default. */
export function engineConfig(options: EngineOptions = {}): Partial<ConfigParams> {
  const context: EngineContext = { lang: options.lang ?? "en" };
  return {
    licenseKey: "gpl-v3",
    context,
    // Excel keeps full double precision; HyperFormula rounds exported numbers by default.
    smartRounding: false,
    // Excel treats an empty cell in arithmetic as 0 and ranges/arrays as dynamic spills.
    evaluateNullToZero: true,
    useArrayArithmetic: false,
    ...options.config,
  };
}

export function createEngine(sheets: Sheets = {}, options: EngineOptions = {}): HyperFormula {
  registerSiFunctions();
  return HyperFormula.buildFromSheets(sheets, engineConfig(options), [
    ...BOOLEAN_LITERALS,
    ...(options.namedExpressions ?? []),
  ]);
}

/** Excel's spelling of HyperFormula's error values. */
export function excelErrorText(e: DetailedCellError): string {
  switch (e.type) {
    case "DIV_BY_ZERO":
      return "#DIV/0!";
    case "NA":
      return "#N/A";
    case "NAME":
      return "#NAME?";
    case "NUM":
      return "#NUM!";
    case "REF":
    case "CYCLE":
      return "#REF!";
    case "SPILL":
      return "#SPILL!";
    default:
      return "#VALUE!";
  }
}

export type Evaluated =
  | { value: number | string | boolean | null | (number | string | boolean | null)[][] }
  | { error: string; message: string };

/** A cell value as the CLI and tests report it: errors in Excel's spelling with their message. */
export function reportValue(v: unknown): Evaluated {
  if (v instanceof DetailedCellError) return { error: excelErrorText(v), message: errorMessage(v) };
  return { value: v as number | string | boolean | null };
}

function errorMessage(e: DetailedCellError): string {
  if (e.type === "CYCLE") return "circular reference";
  return e.message || "";
}
