/**
 * The source file's name for the note sheet and the download, from `Office.context.document.url`:
 * a path (`C:\Users\…\Kalkyl.xlsx`), an address (`https://…/Delade%20dokument/Kalkyl.xlsx?web=1`)
 * or a bare name for a workbook never saved. Only the last segment is kept: the folders can name
 * a person (`C:\Users\anna\…`, a OneDrive address), and the copy should not carry that.
 */

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%" in a local file name
  }
}

/** The file name at the end of `url`, or undefined when there is none. */
export function fileNameOf(url: string | null | undefined): string | undefined {
  if (typeof url !== "string") return undefined;
  const isAddress = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const path = isAddress ? url.replace(/[?#].*$/, "") : url;
  const last = path.split(/[\\/]/).pop() ?? "";
  const name = (isAddress ? decoded(last) : last).trim();
  return name === "" ? undefined : name;
}

/** "Kalkyl v2.xlsx" → "Kalkyl v2": the base of the download's name. */
export function withoutExtension(name: string): string {
  return name.replace(/\.(xlsx|xlsm|xlsb|xls)$/i, "") || name;
}
