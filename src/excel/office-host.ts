/**
 * What every task-pane service needs of Office: a batch to run, the requirement-set check, and
 * the failures a user meets sorted by Office's error code. One copy for all services (templates,
 * Kalkyl, the workbook scan); each service adds its own reasons on top of these.
 */

/* global Excel, Office */

export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host; only touched inside Excel (the globals exist there). */
export const officeHost: OfficeHost = {
  run: (batch) => Excel.run(batch),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
};

/** Office's error code ("AccessDenied"), when the error has one. */
export function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** The reasons every service knows. */
export type CommonReason = "needsNewerExcel" | "cellEditMode" | "protected" | "other";

export interface Failure<R extends string = CommonReason> {
  kind: "failed";
  reason: R;
  detail: string;
}

/**
 * The failures a user meets, by Office's error code: a cell in edit mode, a protected sheet or
 * workbook ("InvalidOperation" has other causes too, so the pane also shows Excel's own text).
 */
export function commonFailure(error: unknown): Failure {
  const code = codeOf(error);
  const detail = messageOf(error);
  if (code === "InvalidOperationInCellEditMode")
    return { kind: "failed", reason: "cellEditMode", detail };
  if (code === "AccessDenied" || code === "InvalidOperation")
    return { kind: "failed", reason: "protected", detail };
  return { kind: "failed", reason: "other", detail };
}

/**
 * Runs `batch` on the host when it has ExcelApi `version`; never rejects: a missing set and every
 * failure (sorted by `classify`) come back as outcomes for the pane to word.
 */
export async function guardedRun<T, F extends Failure<string>>(
  host: OfficeHost,
  version: string,
  batch: (context: Excel.RequestContext) => Promise<T>,
  classify: (error: unknown) => F
): Promise<T | F | Failure<"needsNewerExcel">> {
  try {
    if (!host.isSetSupported("ExcelApi", version))
      return { kind: "failed", reason: "needsNewerExcel", detail: version };
    return await host.run(batch);
  } catch (e) {
    return classify(e);
  }
}
