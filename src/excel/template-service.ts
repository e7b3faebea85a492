/**
 * The live-sheet calls as the task pane makes them, each in its own Excel.run batch. Before
 * anything is touched the host is asked for the ExcelApi set the call needs; a refusal of Excel's
 * becomes a failure outcome the pane words (src/i18n/ui.ts), never an unhandled rejection.
 */
import { REQUIRED_EXCEL_API } from "../templates/render-office";
import {
  convertLogicModelSheet,
  insertTemplateSheets,
  removeTemplateExample,
} from "./template-sheets";
import type { TemplateFailure, TemplateService } from "./template-outcome";

/* global Excel, Office */

/**
 * ExcelApi sets: drawing needs REQUIRED_EXCEL_API (1.8, data validation); reading a sheet's visible
 * cells needs 1.9 (Range.getSpecialCellsOrNullObject); removing the example 1.4
 * (getUsedRangeOrNullObject) and 1.2 (unmerge).
 */
export const CONVERT_EXCEL_API = "1.9";
export const REMOVE_EXAMPLE_EXCEL_API = "1.4";

/** What the service needs of Office: a batch to run, and the requirement-set check. */
export interface TemplateHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

const officeHost: TemplateHost = {
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
export function templateFailure(error: unknown): TemplateFailure {
  const code = codeOf(error);
  const detail = messageOf(error);
  if (code === "InvalidOperationInCellEditMode")
    return { kind: "failed", reason: "cellEditMode", detail };
  if (code === "AccessDenied" || code === "InvalidOperation")
    return { kind: "failed", reason: "protected", detail };
  return { kind: "failed", reason: "other", detail };
}

export function createTemplateService(host: TemplateHost = officeHost): TemplateService {
  /** Runs the batch when the host has `version`; every failure becomes an outcome. */
  async function guarded<T>(
    version: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T | TemplateFailure> {
    try {
      if (!host.isSetSupported("ExcelApi", version))
        return { kind: "failed", reason: "needsNewerExcel", detail: version };
      return await host.run(batch);
    } catch (e) {
      return templateFailure(e);
    }
  }
  return {
    insert: (ids, options) =>
      guarded(REQUIRED_EXCEL_API, (context) => insertTemplateSheets(context, ids, options)),
    convertLogicModel: (lang) =>
      guarded(CONVERT_EXCEL_API, (context) => convertLogicModelSheet(context, lang)),
    removeExample: () => guarded(REMOVE_EXAMPLE_EXCEL_API, removeTemplateExample),
  };
}

/** The service over the real Office host; call it only inside Excel. */
export const excelTemplateService: TemplateService = createTemplateService();
