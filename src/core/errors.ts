/**
 * Typed errors returned (never thrown) by the core. Hosts turn them into their own error values:
 * CustomFunctions.Error in Excel, CellError in HyperFormula. The message is a key plus parameters
 * so that each host can word it in the user's display language (src/i18n/messages.ts).
 */
import type { MessageKey } from "../i18n/messages";

export type ErrorKind =
  "VALUE" | "NUM" | "DIV0" | "NA" | "REF" | "NAME" | "NULL" | "SPILL" | "CALC";

/** Excel's spelling of each error kind. */
export const EXCEL_ERROR_TEXT: Record<ErrorKind, string> = {
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  DIV0: "#DIV/0!",
  NA: "#N/A",
  REF: "#REF!",
  NAME: "#NAME?",
  NULL: "#NULL!",
  SPILL: "#SPILL!",
  CALC: "#CALC!",
};

export type MessageParams = Readonly<Record<string, string | number>>;

export class SiError {
  constructor(
    readonly kind: ErrorKind,
    readonly key: MessageKey,
    readonly params: MessageParams = {}
  ) {}
}

export function isSiError(x: unknown): x is SiError {
  return x instanceof SiError;
}

export const valueError = (key: MessageKey, params?: MessageParams): SiError =>
  new SiError("VALUE", key, params);
export const numError = (key: MessageKey, params?: MessageParams): SiError =>
  new SiError("NUM", key, params);
export const div0Error = (key: MessageKey, params?: MessageParams): SiError =>
  new SiError("DIV0", key, params);
export const naError = (key: MessageKey, params?: MessageParams): SiError =>
  new SiError("NA", key, params);

/** An error that arrived from the host in an argument: passed on unchanged, with its own text. */
export function propagated(kind: ErrorKind, message: string): SiError {
  return new SiError(kind, "propagated", { message });
}

/** A finite number, or #NUM! when arithmetic overflowed or produced NaN. */
export function finite(x: number): number | SiError {
  return Number.isFinite(x) ? x : numError("overflow");
}
