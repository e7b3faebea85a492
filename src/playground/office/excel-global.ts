/**
 * The `Excel` global: `Excel.run` with a fresh RequestContext per batch, `Excel.RequestContext`,
 * `Excel.createWorkbook` and `Excel.ErrorCodes`.
 *
 * `Excel.run` awaits the batch and then, as office.js does, syncs whatever it left queued. That
 * last sync counts in `syncCount()` only when something was queued: with nothing queued office.js
 * sends no request, so Excel sees no round trip either.
 */
import type { PlaygroundModel } from "../model";
import { RequestContextProxy } from "./context";
import { ERROR_CODES, officeError } from "./errors";
import { Session } from "./session";

export interface ExcelGlobalOptions {
  readonly model: PlaygroundModel;
  /** Called once per context.sync() of any context. */
  readonly counted: () => void;
  /** Office's display language, the locale text written to cells is read in. */
  readonly locale: string;
  /** Opens a workbook from base64 xlsx; without it, createWorkbook fails (the pane offers a download). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

type Batch<T> = (context: RequestContextProxy) => Promise<T>;

export function createExcelGlobal(options: ExcelGlobalOptions) {
  const { model, counted } = options;
  const newContext = (): RequestContextProxy =>
    new RequestContextProxy(new Session(model, counted, options.locale));

  class RequestContext extends RequestContextProxy {
    constructor() {
      super(new Session(model, counted, options.locale));
    }
  }

  /** Excel.run(batch), Excel.run(options, batch): the batch is always the last argument. */
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    if (typeof batch !== "function")
      throw officeError("InvalidArgument", "Excel.run needs a batch function.");
    const context = newContext();
    try {
      const pending = batch(context);
      if (pending === null || typeof (pending as { then?: unknown })?.then !== "function")
        throw officeError("RunMustReturnPromise");
      const result = await pending;
      if (context.session.hasPending()) await context.sync();
      return result;
    } finally {
      context.session.close();
    }
  }

  function createWorkbook(base64?: string): Promise<void> {
    if (options.createWorkbook && typeof base64 === "string") return options.createWorkbook(base64);
    return Promise.reject(
      officeError(
        "ApiNotFound",
        "The playground cannot open another workbook; the file is offered as a download."
      )
    );
  }

  return { run, RequestContext, createWorkbook, ErrorCodes: ERROR_CODES };
}

export type PlaygroundExcel = ReturnType<typeof createExcelGlobal>;
