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
  codeOf,
  isTooLarge,
  readWorkbook,
  selectPlace,
} from "./workbook-scan-read";
import type { ScanFailure, ScanOutcome, WorkbookScanService } from "./workbook-scan-outcome";

/* global Excel, Office */

/** Selecting one area needs nothing newer than the first ExcelApi set. */
const SELECT_EXCEL_API = "1.1";

/** What the service needs of Office: a batch to run, and the requirement-set check. */
export interface ScanHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

const officeHost: ScanHost = {
  run: (batch) => Excel.run(batch),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
};

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** The failures a user meets, by Office's error code. */
export function scanFailure(error: unknown): ScanFailure {
  const code = codeOf(error);
  const detail = messageOf(error);
  if (code === "InvalidOperationInCellEditMode")
    return { kind: "failed", reason: "cellEditMode", detail };
  if (code === "AccessDenied" || code === "InvalidOperation")
    return { kind: "failed", reason: "protected", detail };
  if (code === "ItemNotFound") return { kind: "failed", reason: "notFound", detail };
  if (isTooLarge(error)) return { kind: "failed", reason: "tooLarge", detail };
  return { kind: "failed", reason: "other", detail };
}

export function createWorkbookScanService(host: ScanHost = officeHost): WorkbookScanService {
  /** Runs the batch when the host has `version`; every failure becomes an outcome. */
  async function guarded<T>(
    version: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T | ScanFailure> {
    try {
      if (!host.isSetSupported("ExcelApi", version))
        return { kind: "failed", reason: "needsNewerExcel", detail: version };
      return await host.run(batch);
    } catch (e) {
      return scanFailure(e);
    }
  }
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
