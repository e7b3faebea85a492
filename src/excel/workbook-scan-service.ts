/**
 * The workbook scan as the Start and Kontroll tabs call it, each call in its own Excel.run batch.
 * Before anything is read the host is asked for the ExcelApi set the call needs; a refusal of
 * Excel's becomes a failure outcome the pane words (src/i18n/start-check.ts), never an unhandled
 * rejection. The cells are analysed after the batch, so Excel is not held while that runs.
 */
import { analyseWorkbook } from "../import/workbook-health";
import {
  SCAN_EXCEL_API,
  SELECT_AREAS_EXCEL_API,
  isTooLarge,
  readWorkbook,
  selectPlace,
} from "./workbook-scan-read";
import type { ScanFailure, ScanOutcome, WorkbookScanService } from "./workbook-scan-outcome";
import {
  OfficeHost,
  codeOf,
  commonFailure,
  guardedRun,
  messageOf,
  officeHost,
} from "./office-host";

/** Selecting one area needs nothing newer than the first ExcelApi set. */
const SELECT_EXCEL_API = "1.1";

/** What the service needs of Office (see office-host.ts). */
export type ScanHost = OfficeHost;

/** The failures a user meets, by Office's error code. */
export function scanFailure(error: unknown): ScanFailure {
  const detail = messageOf(error);
  if (codeOf(error) === "ItemNotFound") return { kind: "failed", reason: "notFound", detail };
  if (isTooLarge(error)) return { kind: "failed", reason: "tooLarge", detail };
  return commonFailure(error);
}

export function createWorkbookScanService(host: ScanHost = officeHost): WorkbookScanService {
  const guarded = <T>(version: string, batch: (context: Excel.RequestContext) => Promise<T>) =>
    guardedRun(host, version, batch, scanFailure);
  return {
    async scan(): Promise<ScanOutcome> {
      const read = await guarded(SCAN_EXCEL_API, readWorkbook);
      if ("kind" in read) return read;
      try {
        return { kind: "scanned", health: analyseWorkbook(read) };
      } catch (e) {
        return scanFailure(e);
      }
    },
    async select(place) {
      if (place.hidden) return { kind: "hiddenSheet", sheet: place.sheet };
      let several = false;
      try {
        several = host.isSetSupported("ExcelApi", SELECT_AREAS_EXCEL_API);
      } catch {
        // A host that cannot answer is treated as one without the set: one area is still selected.
      }
      return guarded(SELECT_EXCEL_API, (context) => selectPlace(context, place, several));
    },
  };
}

/** The service over the real Office host; call it only inside Excel. */
export const excelWorkbookScanService: WorkbookScanService = createWorkbookScanService();
