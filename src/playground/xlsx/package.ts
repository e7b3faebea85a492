/**
 * The xlsx package (a zip of XML parts) in the browser, unzipped with fflate. The steps over the
 * parts' XML are the headless engine's own (src/engine/xlsx-parts.ts, the reading;
 * src/templates/xlsx-finish-parts.ts, the finishing): this file only unzips and zips again.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import {
  checkSignature,
  checkWorkbookPart,
  damaged,
  type XlsxParts,
} from "../../engine/xlsx-parts";

/** The package's parts by name, after the checks that give a one-line reason. */
export function unpack(bytes: Uint8Array): Unzipped {
  checkSignature(bytes);
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes);
  } catch (e) {
    throw damaged(e);
  }
  checkWorkbookPart((name) => parts[name] !== undefined);
  return parts;
}

/** The unzipped parts as the shared XML steps read them. */
export function partsOf(parts: Unzipped): XlsxParts {
  return {
    names: () => Object.keys(parts),
    text: (name) => (parts[name] ? strFromU8(parts[name]) : undefined),
  };
}

/** The package again with `changed` parts (text) put in; `bytes` itself when nothing changed. */
export function repack(
  bytes: Uint8Array,
  parts: Unzipped,
  changed: Map<string, string>
): Uint8Array {
  if (changed.size === 0) return bytes;
  const next: Unzipped = { ...parts };
  for (const [name, text] of changed) next[name] = strToU8(text);
  return zipSync(next);
}
