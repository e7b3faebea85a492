/**
 * Office.context.document.getFileAsync for the Dela tab: the workbook as the bytes of an xlsx
 * (Office.FileType.Compressed), handed over in slices of at most 4 MB, each slice's data an array
 * of bytes as Office gives it. The bytes come from the page (`fileBytes`, the playground's own
 * xlsx writer); without it, or for another file type, the call fails as Office fails it.
 */
import { COMMON_ERRORS, callbackOf, respond, type AsyncCallback } from "./async-result";

/** Office's largest slice, and its default. */
export const MAX_SLICE = 4_194_304;

export interface Slice {
  readonly data: number[];
  readonly index: number;
  readonly size: number;
}

export interface OfficeFile {
  readonly size: number;
  readonly sliceCount: number;
  getSliceAsync(index: number, callback: AsyncCallback<Slice>): void;
  closeAsync(callback?: AsyncCallback<void>): void;
}

function fileOf(bytes: Uint8Array, sliceSize: number): OfficeFile {
  let open = true;
  const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
  return {
    size: bytes.length,
    sliceCount,
    getSliceAsync(index, callback) {
      if (!open || !Number.isInteger(index) || index < 0 || index >= sliceCount) {
        respond(callback, {}, { error: COMMON_ERRORS.invalidSlice, detail: `(slice ${index})` });
        return;
      }
      const part = bytes.subarray(index * sliceSize, (index + 1) * sliceSize);
      respond(callback, {}, { value: { data: Array.from(part), index, size: part.length } });
    },
    closeAsync(callback) {
      open = false;
      respond<void>(callback, {}, { value: undefined });
    },
  };
}

export function getFileAsync(
  fileBytes: (() => Promise<Uint8Array>) | undefined,
  fileType: string,
  optionsOrCallback?: unknown,
  callback?: AsyncCallback<OfficeFile>
): void {
  const { options, callback: done } = callbackOf(optionsOrCallback, callback);
  if (fileType !== "compressed") {
    respond(done, options, { error: COMMON_ERRORS.fileType });
    return;
  }
  if (!fileBytes) {
    respond(done, options, {
      error: COMMON_ERRORS.notSupported,
      detail: "(The playground was started without a way to write the workbook as a file.)",
    });
    return;
  }
  const requested = Number(options.sliceSize ?? MAX_SLICE);
  const sliceSize =
    Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_SLICE) : MAX_SLICE;
  fileBytes().then(
    (bytes) => respond(done, options, { value: fileOf(bytes, sliceSize) }),
    (e: unknown) =>
      respond(done, options, {
        error: COMMON_ERRORS.internal,
        detail: `(${e instanceof Error ? e.message : String(e)})`,
      })
  );
}
