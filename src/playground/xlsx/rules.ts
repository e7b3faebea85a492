/**
 * Data validation and conditional formats between ExcelJS's model (what the file has) and the
 * Office.js objects the model keeps (`ValidationInfo.rule`, `ConditionalFormatInfo.props`, as the
 * task pane sets them: `{ list: { inCellDropDown: true, source: "a,b" } }`, a "Custom" format with
 * `{ formula, format: { fill, fontColor } }`).
 */
import type { ConditionalFormattingRule, DataValidation } from "exceljs";
import type { ConditionalFormatInfo, ValidationInfo } from "../model";
import { argb, colourOf } from "./looks";

type Rule = Record<string, unknown>;

const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

const KINDS: Record<string, string> = {
  whole: "wholeNumber",
  decimal: "decimal",
  date: "date",
  time: "time",
  textLength: "textLength",
};

const ALERT_STYLES: Record<string, string> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

const invert = (map: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));

/** A list's source as Office.js gives it: "a,b" for a literal list, "=$A$1:$A$3" for a range. */
function listSource(formula: string): string {
  const literal = /^"(.*)"$/s.exec(formula);
  return literal ? literal[1].replace(/""/g, '"') : `=${formula.replace(/^=/, "")}`;
}

function formulaValue(v: unknown): unknown {
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}

/** Office.js's parts of a validation (rule, prompt, alert) from an ExcelJS one. */
export function validationOf(dv: DataValidation): Omit<ValidationInfo, "sheetId" | "area"> {
  const formulae = (dv.formulae ?? []) as unknown[];
  let rule: Rule;
  if (dv.type === "list") {
    rule = { list: { inCellDropDown: true, source: listSource(String(formulae[0] ?? "")) } };
  } else if (dv.type === "custom") {
    rule = { custom: { formula: `=${String(formulae[0] ?? "").replace(/^=/, "")}` } };
  } else {
    rule = {
      [KINDS[dv.type] ?? dv.type]: {
        formula1: formulaValue(formulae[0]),
        ...(formulae.length > 1 ? { formula2: formulaValue(formulae[1]) } : {}),
        operator: OPERATORS[dv.operator ?? "between"] ?? "Between",
      },
    };
  }
  // Office's default is to ignore blanks (left out, as the pane leaves it out); the file's is not,
  // so a rule without allowBlank="1" does not ignore them.
  return {
    rule,
    ...(dv.allowBlank ? {} : { ignoreBlanks: false }),
    ...(dv.showInputMessage || dv.prompt
      ? {
          prompt: {
            showPrompt: dv.showInputMessage !== false,
            title: dv.promptTitle ?? "",
            message: dv.prompt ?? "",
          },
        }
      : {}),
    ...(dv.showErrorMessage || dv.error
      ? {
          errorAlert: {
            showAlert: dv.showErrorMessage !== false,
            style: ALERT_STYLES[dv.errorStyle ?? "stop"] ?? "Stop",
            title: dv.errorTitle ?? "",
            message: dv.error ?? "",
          },
        }
      : {}),
  };
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const obj = (v: unknown): Rule => (v && typeof v === "object" ? (v as Rule) : {});

/** The ExcelJS validation of an Office.js one; undefined for a rule it cannot write. */
export function exceljsValidation(v: ValidationInfo): DataValidation | undefined {
  const [kind, body] = Object.entries(v.rule)[0] ?? [];
  const b = obj(body);
  const prompt = obj(v.prompt);
  const alert = obj(v.errorAlert);
  const common = {
    allowBlank: v.ignoreBlanks !== false,
    ...(v.prompt
      ? {
          showInputMessage: prompt.showPrompt !== false,
          promptTitle: str(prompt.title),
          prompt: str(prompt.message),
        }
      : {}),
    ...(v.errorAlert
      ? {
          showErrorMessage: alert.showAlert !== false,
          errorStyle: invert(ALERT_STYLES)[str(alert.style) ?? "Stop"] ?? "stop",
          errorTitle: str(alert.title),
          error: str(alert.message),
        }
      : { showErrorMessage: true }),
  };
  if (kind === "list") {
    const source = String(b.source ?? "");
    const formula = source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
    return { type: "list", formulae: [formula], ...common } as DataValidation;
  }
  if (kind === "custom")
    return {
      type: "custom",
      formulae: [String(b.formula ?? "").replace(/^=/, "")],
      ...common,
    } as DataValidation;
  const type = invert(KINDS)[kind ?? ""];
  if (!type) return undefined;
  const formulae = [b.formula1, ...(b.formula2 === undefined ? [] : [b.formula2])];
  return {
    type,
    operator: invert(OPERATORS)[str(b.operator) ?? "Between"] ?? "between",
    formulae,
    ...common,
  } as DataValidation;
}

/** An Office.js "Custom" conditional format from an ExcelJS expression rule; others are skipped. */
export function conditionalFormatOf(
  rule: ConditionalFormattingRule
): Omit<ConditionalFormatInfo, "sheetId" | "area"> | undefined {
  if (rule.type !== "expression") return undefined;
  const style = rule.style ?? {};
  const fill = style.fill?.type === "pattern" ? colourOf(style.fill.bgColor) : undefined;
  const fontColor = colourOf(style.font?.color);
  return {
    type: "Custom",
    props: {
      formula: `=${String(rule.formulae?.[0] ?? "").replace(/^=/, "")}`,
      format: { ...(fill ? { fill } : {}), ...(fontColor ? { fontColor } : {}) },
    },
  };
}

/** A colour the host may keep as "#RRGGBB" or as `{ color: "#RRGGBB" }`. */
function colourProp(v: unknown): string | undefined {
  return str(v) ?? str(obj(v).color);
}

/** The ExcelJS rule of a "Custom" conditional format (its formula in the file's spelling). */
export function exceljsConditionalRule(
  info: Omit<ConditionalFormatInfo, "sheetId" | "area">,
  priority: number,
  fileFormula: (formula: string) => string
): ConditionalFormattingRule | undefined {
  const props = info.props;
  const custom = obj(props.custom);
  const formula =
    str(props.formula) ?? str(obj(props.rule).formula) ?? str(obj(custom.rule).formula);
  if (info.type !== "Custom" || !formula) return undefined;
  const format = obj(props.format ?? custom.format);
  const fill = colourProp(format.fill);
  const fontColor = str(format.fontColor) ?? colourProp(obj(format.font).color ?? format.font);
  return {
    type: "expression",
    priority,
    formulae: [fileFormula(formula)],
    style: {
      ...(fill
        ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } } }
        : {}),
      ...(fontColor ? { font: { color: { argb: argb(fontColor) } } } : {}),
    },
  } as ConditionalFormattingRule;
}
