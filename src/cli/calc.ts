/**
 * `si-kalkyl calc "<formula>"`: one formula as typed in Excel, evaluated by the headless engine.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { createEngine, excelErrorText } from "../engine/engine";
import { Lang } from "../i18n/lang";
import { EXIT, Io } from "./io";

export interface CalcOptions {
  json: boolean;
  lang: Lang;
}

type Plain = number | string | boolean | null;
type JsonCell = Plain | { error: string; message: string };

function jsonCell(v: unknown): JsonCell {
  if (v instanceof DetailedCellError) return { error: excelErrorText(v), message: v.message || "" };
  return (v ?? null) as Plain;
}

/** A value as Excel would show it in a cell: full-precision numbers, TRUE/FALSE, errors by name. */
function plainCell(v: unknown): string {
  if (v instanceof DetailedCellError) return excelErrorText(v);
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function calcCommand(
  formula: string,
  options: CalcOptions,
  io: Io,
  engine?: HyperFormula
): number {
  const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  const hf = engine ?? createEngine({ Blad1: [] }, { lang: options.lang });
  if (!hf.validateFormula(text)) {
    io.err(`si-kalkyl calc: the formula does not parse: ${formula}\n`);
    return EXIT.failed;
  }
  const sheet = hf.getSheetId(hf.getSheetNames()[0])!;
  const result: unknown = hf.calculateFormula(text, sheet);
  if (options.json) {
    const body =
      result instanceof DetailedCellError
        ? jsonCell(result)
        : {
            value: Array.isArray(result)
              ? result.map((row: unknown[]) => row.map(jsonCell))
              : jsonCell(result),
          };
    io.out(JSON.stringify(body) + "\n");
  } else if (result instanceof DetailedCellError) {
    io.out(`${excelErrorText(result)}${result.message ? ` ${result.message}` : ""}\n`);
  } else if (Array.isArray(result)) {
    io.out(result.map((row: unknown[]) => row.map(plainCell).join("\t")).join("\n") + "\n");
  } else {
    io.out(plainCell(result) + "\n");
  }
  return EXIT.ok;
}
