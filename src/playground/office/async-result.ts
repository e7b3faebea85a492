/**
 * The Common API's callback style (Office.AsyncResult): `{ status, value, error, asyncContext }`,
 * delivered after the call returns, as Office delivers it.
 */

export interface CommonError {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export interface AsyncResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: CommonError;
  readonly asyncContext?: unknown;
  readonly diagnostics?: unknown;
}

export type AsyncCallback<T> = (result: AsyncResult<T>) => void;

/** Office's codes and texts for the failures the host gives (office.js's own strings). */
export const COMMON_ERRORS = {
  notSupported: { code: 5000, name: "Host Error", message: "The operation is not supported." },
  internal: { code: 5001, name: "Internal Error", message: "An internal error has occurred." },
  fileType: {
    code: 1009,
    name: "Data Read Error",
    message: "The specified file type is not supported.",
  },
  invalidSlice: { code: 5001, name: "Internal Error", message: "The slice does not exist." },
} as const;

/** The options argument and the callback of a Common API call, in either position. */
export function callbackOf<T>(
  optionsOrCallback: unknown,
  callback?: AsyncCallback<T>
): { options: Record<string, unknown>; callback?: AsyncCallback<T> } {
  if (typeof optionsOrCallback === "function")
    return { options: {}, callback: optionsOrCallback as AsyncCallback<T> };
  const options = (optionsOrCallback ?? {}) as Record<string, unknown>;
  return { options, callback };
}

/** Calls back later, as Office does, with success or a Common API error. */
export function respond<T>(
  callback: AsyncCallback<T> | undefined,
  options: Record<string, unknown>,
  outcome: { value: T } | { error: CommonError; detail?: string }
): void {
  if (!callback) return;
  const asyncContext = options.asyncContext;
  const result: AsyncResult<T> =
    "value" in outcome
      ? { status: "succeeded", value: outcome.value, asyncContext }
      : {
          status: "failed",
          value: undefined as T,
          asyncContext,
          error: {
            ...outcome.error,
            message:
              outcome.detail === undefined
                ? outcome.error.message
                : `${outcome.error.message} ${outcome.detail}`,
          },
        };
  void Promise.resolve().then(() => callback(result));
}
