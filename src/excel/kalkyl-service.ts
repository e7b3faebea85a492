/**
 * The Kalkyl calls as the task pane makes them, each in its own Excel.run batch. A value to write
 * is checked before anything else; then the host is asked for the ExcelApi set the call needs;
 * a refusal of Excel's becomes a failure outcome the pane words (src/i18n/kalkyl-pane.ts), never
 * an unhandled rejection.
 */
import { KALKYL_CHART_API, insertKalkylChart } from "./kalkyl-chart";
import { inputProblem } from "./kalkyl-input";
import type { KalkylFailure, KalkylService } from "./kalkyl-outcome";
import { loadKalkyl, writeKalkylInput } from "./kalkyl-workbook";

/* global Excel, Office */

/**
 * ExcelApi sets: loading needs 1.4 (getUsedRangeOrNullObject; tables with their worksheet need
 * 1.2); writing a named cell 1.1; the chart 1.12 (see kalkyl-chart.ts).
 */
export const KALKYL_LOAD_API = "1.4";
export const KALKYL_WRITE_API = "1.1";
export { KALKYL_CHART_API };

/** What the service needs of Office: a batch to run, and the requirement-set check. */
export interface KalkylHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

const officeHost: KalkylHost = {
  run: (batch) => Excel.run(batch),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
};

/** Office's error code ("AccessDenied"), when the error has one. */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** The failures a user meets, by Office's error code. */
export function kalkylFailure(error: unknown): KalkylFailure {
  const code = codeOf(error);
  const detail = messageOf(error);
  if (code === "InvalidOperationInCellEditMode")
    return { kind: "failed", reason: "cellEditMode", detail };
  if (code === "AccessDenied" || code === "InvalidOperation")
    return { kind: "failed", reason: "protected", detail };
  return { kind: "failed", reason: "other", detail };
}

export function createKalkylService(host: KalkylHost = officeHost): KalkylService {
  /** Runs the batch when the host has `version`; every failure becomes an outcome. */
  async function guarded<T>(
    version: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T | KalkylFailure> {
    try {
      if (!host.isSetSupported("ExcelApi", version))
        return { kind: "failed", reason: "needsNewerExcel", detail: version };
      return await host.run(batch);
    } catch (e) {
      return kalkylFailure(e);
    }
  }
  return {
    load: (table) => guarded(KALKYL_LOAD_API, (context) => loadKalkyl(context, table)),
    writeInput: async (ref, input, value) => {
      // Refused before Excel is asked anything: a bad value never reaches the sheet.
      const problem = inputProblem(input, value);
      if (problem) return { kind: "invalid", input, problem };
      if (!ref.names[input]) return { kind: "noNamedCell", input };
      return guarded(KALKYL_WRITE_API, (context) => writeKalkylInput(context, ref, input, value));
    },
    insertChart: (data, lang) =>
      guarded(KALKYL_CHART_API, (context) => insertKalkylChart(context, data, lang)),
  };
}

/** The service over the real Office host; call it only inside Excel. */
export const excelKalkylService: KalkylService = createKalkylService();
