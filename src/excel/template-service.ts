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
import { OfficeHost, commonFailure, guardedRun, officeHost } from "./office-host";

/**
 * ExcelApi sets: drawing needs REQUIRED_EXCEL_API (1.8, data validation); reading a sheet's visible
 * cells needs 1.9 (Range.getSpecialCellsOrNullObject); removing the example 1.4
 * (getUsedRangeOrNullObject) and 1.2 (unmerge).
 */
export const CONVERT_EXCEL_API = "1.9";
export const REMOVE_EXAMPLE_EXCEL_API = "1.4";

/** What the service needs of Office (see office-host.ts). */
export type TemplateHost = OfficeHost;

/** The failures a user meets, by Office's error code. */
export const templateFailure = (error: unknown): TemplateFailure => commonFailure(error);

export function createTemplateService(host: TemplateHost = officeHost): TemplateService {
  const guarded = <T>(version: string, batch: (context: Excel.RequestContext) => Promise<T>) =>
    guardedRun(host, version, batch, templateFailure);
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
