/**
 * The Dela tab's call: the open workbook as a file (Document.getFileAsync, Office's compressed
 * xlsx, read slice by slice and always closed), turned into the values-only copy in the pane
 * (src/share/values-only.ts), and given to the user as a new workbook (Excel.createWorkbook,
 * ExcelApi 1.8) or, where that is missing or refused, as bytes for the pane to offer as a
 * download. The open workbook is only read: no Excel.run, no write, no context.sync() at all.
 * Every failure becomes an outcome the pane words (src/i18n/share.ts), never a rejection.
 */
import { toBase64 } from "../share/base64";
import { fileNameOf } from "../share/source-name";
import { ShareFileError, valuesOnlyCopy } from "../share/values-only";
import type { ShareFailure, ShareOutcome, ShareReport, ShareService } from "./share-outcome";

/* global Excel, Office */

/** Excel.createWorkbook with a file to open. */
export const CREATE_WORKBOOK_EXCEL_API = "1.8";

/** The largest slice Office hands over (4 MB) outside the iPad, where Excel has no add-ins. */
export const SLICE_SIZE = 4_194_304;

/** What the service needs of Office; tests give the Office and Excel globals fakes. */
export interface ShareHost {
  /** Office.context.document, absent outside Office. */
  document(): Office.Document | undefined;
  isSetSupported(name: string, version: string): boolean;
  createWorkbook(base64: string): Promise<void>;
  /** The copy's date and time. */
  now(): Date;
}

const officeHost: ShareHost = {
  document: () => (typeof Office === "undefined" ? undefined : Office.context?.document),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  createWorkbook: (base64) => Excel.createWorkbook(base64),
  now: () => new Date(),
};

/** Office refused to hand over the file or a slice of it; the message is Office's. */
class FileReadError extends Error {}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** An Office.Error in one line: its message, else its name. */
function officeErrorText(error: Office.Error | undefined): string {
  return error?.message || error?.name || "unknown error";
}

/** Office's callback style as a promise; a failed result rejects with Office's text. */
function officeCall<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve(result.value)
        : reject(new FileReadError(officeErrorText(result.error)))
    );
  });
}

/** Every slice in order, as one array of bytes (a compressed file's slices are byte arrays). */
async function readSlices(file: Office.File): Promise<Uint8Array> {
  const slices: ArrayLike<number>[] = [];
  for (let i = 0; i < file.sliceCount; i++) {
    const slice = await officeCall<Office.Slice>((done) => file.getSliceAsync(i, done));
    slices.push(slice.data as ArrayLike<number>);
  }
  const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of slices) {
    bytes.set(s, at);
    at += s.length;
  }
  return bytes;
}

/**
 * Office keeps at most two files in memory and refuses a third, so the file is closed whether the
 * slices came or not; a failing close does not hide what the reading gave.
 */
function closeQuietly(file: Office.File): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      file.closeAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

/** The open workbook as the bytes of an xlsx; the workbook itself is only read. */
export async function readWorkbookFile(workbook: Office.Document): Promise<Uint8Array> {
  let file: Office.File;
  try {
    file = await officeCall<Office.File>((done) =>
      workbook.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, done)
    );
  } catch (e) {
    throw e instanceof FileReadError ? e : new FileReadError(messageOf(e));
  }
  try {
    return await readSlices(file);
  } catch (e) {
    throw e instanceof FileReadError ? e : new FileReadError(messageOf(e));
  } finally {
    await closeQuietly(file);
  }
}

function failed(reason: ShareFailure["reason"], detail: string): ShareFailure {
  return { kind: "failed", reason, detail };
}

export function createShareService(overrides: Partial<ShareHost> = {}): ShareService {
  const host: ShareHost = { ...officeHost, ...overrides };

  async function makeCopy(lang: Parameters<ShareService["makeCopy"]>[0]): Promise<ShareOutcome> {
    const workbook = host.document();
    if (typeof workbook?.getFileAsync !== "function") return failed("needsFileApi", "File");
    let input: Uint8Array;
    try {
      input = await readWorkbookFile(workbook);
    } catch (e) {
      return failed("cannotRead", messageOf(e));
    }
    const source = fileNameOf(workbook.url);
    // The copy is made on the pane's thread: let the pane draw its spinner first.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    let copy: ReturnType<typeof valuesOnlyCopy>;
    try {
      copy = valuesOnlyCopy(input, { lang, madeAt: host.now(), source });
    } catch (e) {
      if (e instanceof ShareFileError) return failed("notXlsx", e.message);
      throw e;
    }
    const report: ShareReport = {
      replaced: copy.replaced,
      pending: copy.pending,
      sheets: copy.sheets,
      noteSheet: copy.noteSheet,
      ...(source === undefined ? {} : { source }),
    };
    if (!host.isSetSupported("ExcelApi", CREATE_WORKBOOK_EXCEL_API))
      return {
        kind: "download",
        report,
        bytes: copy.bytes,
        extension: copy.extension,
        reason: "needsNewerExcel",
        detail: CREATE_WORKBOOK_EXCEL_API,
      };
    try {
      await host.createWorkbook(toBase64(copy.bytes));
      return { kind: "opened", report };
    } catch (e) {
      return {
        kind: "download",
        report,
        bytes: copy.bytes,
        extension: copy.extension,
        reason: "openFailed",
        detail: messageOf(e),
      };
    }
  }

  return {
    makeCopy: async (lang) => {
      try {
        return await makeCopy(lang);
      } catch (e) {
        return failed("other", messageOf(e));
      }
    },
  };
}

/** The service over the real Office host; call it only inside Excel. */
export const excelShareService: ShareService = createShareService();
