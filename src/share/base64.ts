/**
 * Bytes as Base64, the form Excel.createWorkbook takes. The bytes go to `btoa` as a binary string
 * built in chunks: one String.fromCharCode call per byte would be slow, one call for the whole
 * file would pass millions of arguments and overflow the stack.
 */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK)
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return btoa(parts.join(""));
}
