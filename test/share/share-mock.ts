/**
 * The Office and Excel globals as the share service (src/excel/share-service.ts) meets them: the
 * recording workbook mock of the templates (test/templates/office-mock.ts) for the requirement
 * sets and to prove that nothing is written or synced, plus what that mock does not model — the
 * document's file (Document.getFileAsync in slices, File.getSliceAsync, File.closeAsync) and
 * Excel.createWorkbook. Office's callbacks come asynchronously, as in Excel.
 */
import { OfficeMock, type OfficeMockOptions } from "../templates/office-mock";

export interface OfficeErrorLike {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export interface ShareOfficeOptions extends OfficeMockOptions {
  /** The workbook's file as Office hands it over. */
  readonly bytes: Uint8Array;
  /** Office.context.document.url (default a local path). */
  readonly url?: string | null;
  /** Bytes per slice, instead of the size asked for (to see several slices of a small file). */
  readonly sliceBytes?: number;
  /** Slices as Uint8Array instead of Office's array of numbers. */
  readonly typedSlices?: boolean;
  /** getFileAsync fails with this error. */
  readonly openError?: OfficeErrorLike;
  /** getFileAsync throws (an Office without the file type). */
  readonly openThrows?: Error;
  /** The slice with this index fails with `sliceError`. */
  readonly failSlice?: number;
  readonly sliceError?: OfficeErrorLike;
  /** closeAsync reports a failure. */
  readonly closeFails?: boolean;
  /** No Document.getFileAsync at all. */
  readonly noFileApi?: boolean;
  /** What Excel.createWorkbook does with the file (default: opens it). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

export interface ShareOfficeRecord {
  readonly mock: OfficeMock;
  readonly getFile: { fileType: unknown; sliceSize: unknown }[];
  readonly slicesAsked: number[];
  closes: number;
  /** Calls of Excel.run: the share service must make none. */
  runs: number;
  /** The Base64 files given to Excel.createWorkbook. */
  readonly created: string[];
  readonly restore: () => void;
}

const later = (f: () => void) => void setTimeout(f, 0);

function failed(error: OfficeErrorLike) {
  return { status: "failed", error, value: undefined };
}

function succeeded<T>(value: T) {
  return { status: "succeeded", value };
}

/** Installs fake `Office` and `Excel` globals; `restore()` puts back what was there. */
export function installShareOffice(options: ShareOfficeOptions): ShareOfficeRecord {
  const mock = new OfficeMock(options);
  const record: ShareOfficeRecord = {
    mock,
    getFile: [],
    slicesAsked: [],
    closes: 0,
    runs: 0,
    created: [],
    restore: () => undefined,
  };
  type Callback = (result: unknown) => void;
  const sliceData = (from: number, to: number) => {
    const part = options.bytes.subarray(from, to);
    return options.typedSlices ? part.slice() : Array.from(part);
  };
  const document = {
    url: options.url === undefined ? "C:\\Users\\anna\\Dokument\\Kalkyl.xlsx" : options.url,
    getFileAsync: (fileType: unknown, opts: { sliceSize: number }, callback: Callback) => {
      record.getFile.push({ fileType, sliceSize: opts.sliceSize });
      if (options.openThrows) throw options.openThrows;
      const size = options.sliceBytes ?? opts.sliceSize;
      const count = Math.max(1, Math.ceil(options.bytes.length / size));
      const file = {
        size: options.bytes.length,
        sliceCount: count,
        getSliceAsync: (index: number, done: Callback) => {
          record.slicesAsked.push(index);
          later(() =>
            done(
              index === options.failSlice
                ? failed(
                    options.sliceError ?? { code: 5001, name: "Internal Error", message: "slice" }
                  )
                : succeeded({ index, size, data: sliceData(index * size, (index + 1) * size) })
            )
          );
        },
        closeAsync: (done?: Callback) => {
          record.closes++;
          later(() =>
            done?.(
              options.closeFails
                ? failed({ code: 5001, name: "Internal Error", message: "close" })
                : succeeded(undefined)
            )
          );
        },
      };
      later(() => callback(options.openError ? failed(options.openError) : succeeded(file)));
    },
  };
  const scope = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  const before = { Office: scope.Office, Excel: scope.Excel };
  scope.Office = {
    context: {
      requirements: mock.office.context.requirements,
      document: options.noFileApi ? { url: document.url } : document,
    },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  scope.Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => {
      record.runs++;
      return batch(mock.context);
    },
    createWorkbook: (base64: string) => {
      record.created.push(base64);
      return options.createWorkbook ? options.createWorkbook(base64) : Promise.resolve();
    },
  };
  return Object.assign(record, {
    restore: () => {
      scope.Office = before.Office;
      scope.Excel = before.Excel;
    },
  });
}
