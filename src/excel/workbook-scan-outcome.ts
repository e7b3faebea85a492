/**
 * What the task pane's Start and Kontroll tabs and the workbook adapter
 * (src/excel/workbook-scan-service.ts) agree on: a scan of the whole workbook, and selecting a
 * place it found. Plain data only, so the pane never sees a proxy, a request context or an Office
 * error, and no outcome ever holds a personal identity number (src/import/workbook-health.ts masks
 * them before anything is built from a cell).
 */
import type { Place, WorkbookHealth } from "../import/workbook-health";

export type { Place, WorkbookHealth };

/**
 * Why Excel refused, as the user can act on it:
 * - `needsNewerExcel`: the host lacks the ExcelApi set (`detail` is the version needed); checked
 *   before anything is read.
 * - `cellEditMode`: a cell is being edited (Office's InvalidOperationInCellEditMode).
 * - `protected`: Office's AccessDenied or InvalidOperation, what a protected sheet gives when a
 *   cell is selected; `detail` is Excel's own text.
 * - `tooLarge`: Excel would not hand over that much at once, even one sheet at a time.
 * - `notFound`: the place is gone (the sheet was deleted or renamed away since the scan).
 * - `other`: anything else; `detail` is the error's own text.
 */
export type ScanFailureReason =
  "needsNewerExcel" | "cellEditMode" | "protected" | "tooLarge" | "notFound" | "other";

export interface ScanFailure {
  readonly kind: "failed";
  readonly reason: ScanFailureReason;
  readonly detail: string;
}

export type ScanOutcome =
  { readonly kind: "scanned"; readonly health: WorkbookHealth } | ScanFailure;

export type SelectOutcome =
  | {
      readonly kind: "selected";
      /** The sheet's name as shown (masked). */
      readonly sheet: string;
      /** Areas selected, of `total` in the place. */
      readonly selected: number;
      readonly total: number;
      /**
       * Why fewer than all were selected: an Excel without ExcelApi 1.9 selects one area at a
       * time; more than MAX_SELECT_AREAS areas are not selected at once.
       */
      readonly limit?: "olderExcel" | "tooMany";
    }
  /** A hidden sheet cannot be shown a selection; nothing was done. */
  | { readonly kind: "hiddenSheet"; readonly sheet: string }
  | ScanFailure;

/** The workbook scan as the task pane sees it; each call resolves, failures included. */
export interface WorkbookScanService {
  /** Reads every sheet (visible or not) and the SI tables: 2 syncs, 3 when a sheet is large. */
  scan(): Promise<ScanOutcome>;
  /** Activates the place's sheet and selects its areas: 1 sync. */
  select(place: Place): Promise<SelectOutcome>;
}
