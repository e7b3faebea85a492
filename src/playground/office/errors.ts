/**
 * The errors the playground's Office.js host raises, shaped as office.js raises them: an
 * OfficeExtension.Error ("RichApi.Error") with Excel's `code`, its message and `debugInfo`
 * (`{ code, message, errorLocation }`), so that the add-in's own classification
 * (src/excel/office-host.ts: `codeOf`, `messageOf`) treats them exactly as Excel's.
 */
import { ModelError } from "../model";

/** The codes the host raises: the model's (Excel's own) and the client-side ones of office.js. */
export type OfficeErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "InvalidOperation"
  | "InvalidReference"
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "ApiNotFound"
  | "RunMustReturnPromise"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

/** Excel's English texts for its codes, used when there is no more specific reason to give. */
const GENERIC: Record<OfficeErrorCode, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  AccessDenied: "You cannot perform the requested operation.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidReference: "This reference is not valid for the current operation.",
  PropertyNotLoaded: "The property is not available.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "There was an internal error while processing the request.",
};

// office.js gives each code an HTTP status; the add-in never reads it, but a logged error looks right.
const HTTP_STATUS: Partial<Record<OfficeErrorCode, number>> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  PropertyNotLoaded: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
};

export interface DebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

/** OfficeExtension.Error as the add-in sees it. */
export class RichApiError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: DebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: OfficeErrorCode, message?: string, errorLocation?: string) {
    super(message ?? GENERIC[code]);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
    this.debugInfo = {
      code,
      message: this.message,
      ...(errorLocation === undefined ? {} : { errorLocation }),
    };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function officeError(
  code: OfficeErrorCode,
  message?: string,
  errorLocation?: string
): RichApiError {
  return new RichApiError(code, message, errorLocation);
}

/** What office.js throws on reading a property no sync has loaded (its own wording). */
export function propertyNotLoaded(entity: string, property: string): RichApiError {
  return new RichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}

/**
 * Anything a queued command threw, as the sync rejects with it: the model's refusals keep their
 * code and reason; a RichApiError keeps its code and gets the command's location; anything else
 * is a bug in the host or the model and surfaces as Excel's GeneralException with its text.
 */
export function asRichApiError(error: unknown, errorLocation: string): RichApiError {
  if (error instanceof RichApiError)
    return error.debugInfo.errorLocation === undefined
      ? new RichApiError(error.code, error.message, errorLocation)
      : error;
  if (error instanceof ModelError)
    return new RichApiError(error.code, error.message, errorLocation);
  const text = error instanceof Error ? error.message : String(error);
  return new RichApiError(
    "GeneralException",
    `${GENERIC.GeneralException} (${text})`,
    errorLocation
  );
}

/** The codes office.js exposes as OfficeExtension.ErrorCodes / Excel.ErrorCodes (camel-cased keys). */
export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
} as const;
