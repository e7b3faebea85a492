/**
 * What the task pane's Dela tab and the share service (src/excel/share-service.ts) agree on: one
 * call and its outcomes. Plain data only, no Office types, so the pane never sees an Office
 * error; the pane words every outcome from src/i18n/share.ts.
 */
import type { Lang } from "../i18n/lang";

/**
 * Why no copy was made, as the user can act on it:
 * - `needsFileApi`: the host has no Document.getFileAsync (the File requirement set).
 * - `cannotRead`: Office refused to hand over the workbook as a file, or a slice of it (cell edit
 *   mode, Excel on the web for some workbooks, two files already open); `detail` is Office's text.
 * - `notXlsx`: the file is not an xlsx the transform reads (a binary .xlsb, an encrypted file);
 *   `detail` says what it is.
 * - `other`: anything else; `detail` is the error's own text.
 */
export type ShareFailureReason = "needsFileApi" | "cannotRead" | "notXlsx" | "other";

export interface ShareFailure {
  readonly kind: "failed";
  readonly reason: ShareFailureReason;
  readonly detail: string;
}

/** What the copy holds, whichever way it reaches the user. */
export interface ShareReport {
  /** SI formula cells that became their values. */
  readonly replaced: number;
  /** Of those, cells whose value was not finished (#BUSY!, or none) when the file was read. */
  readonly pending: number;
  /** The sheets where formulas were replaced, in the workbook's order. */
  readonly sheets: readonly string[];
  /** The note sheet's name in the copy ("Om kopian"). */
  readonly noteSheet: string;
  /** The source file's name, when Office gave one. */
  readonly source?: string;
}

/**
 * Why the copy is offered as a file to download instead of opened in Excel:
 * - `needsNewerExcel`: Excel.createWorkbook needs ExcelApi `detail` (1.8), which the host lacks.
 * - `openFailed`: Excel refused to open it (a size limit, a policy); `detail` is its text.
 */
export type DownloadReason = "needsNewerExcel" | "openFailed";

export type ShareOutcome =
  /** The copy is open in Excel as a new, unsaved workbook. */
  | { readonly kind: "opened"; readonly report: ShareReport }
  /** The copy, for the pane to offer as a download. */
  | {
      readonly kind: "download";
      readonly report: ShareReport;
      readonly bytes: Uint8Array;
      /** The file's extension: "xlsm" for a workbook with macros. */
      readonly extension: "xlsx" | "xlsm";
      readonly reason: DownloadReason;
      readonly detail: string;
    }
  | ShareFailure;

/** The Dela tab's one call; it resolves, failures included, and never changes the open workbook. */
export interface ShareService {
  /** Makes the values-only copy with its note sheet in `lang`. */
  makeCopy(lang: Lang): Promise<ShareOutcome>;
}
