/**
 * Hidden rows from the address of a sheet's visible cells. Asking each row for `rowHidden` costs one
 * request per row; `getSpecialCells("Visible")` on the whole sheet is one request whose address lists
 * the visible blocks ("Blad1!1:4, Blad1!6:1048576", or "A1:B4, D1:XFD4, …" when columns are hidden
 * too), so hidden rows are the used rows no block covers. Pure, so it is tested without Excel.
 */

/** The last row of a worksheet: a whole-column block ("A:C") covers every row up to it. */
export const SHEET_ROWS = 1_048_576;

type Span = readonly [number, number];

/** Splits "Blad1!A1:B2, 'a, b'!C3" at commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'")
      quoted = !quoted; // a doubled '' inside a name toggles twice: still quoted
    else if (ch === "," && !quoted) {
      areas.push(address.slice(start, i));
      start = i + 1;
    }
  }
  areas.push(address.slice(start));
  return areas.map((a) => a.trim()).filter((a) => a !== "");
}

const REF = /^\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/i;

/** The rows one block covers, or undefined when the reference is not one we understand. */
function rowSpan(area: string): Span | undefined {
  const bang = area.lastIndexOf("!");
  const ref = bang >= 0 ? area.slice(bang + 1) : area;
  const m = REF.exec(ref);
  if (!m || ref === "") return undefined;
  const [, , r1, , r2] = m;
  if (r1 === undefined && r2 === undefined) return [1, SHEET_ROWS]; // whole columns
  const from = Number(r1 ?? r2);
  const to = Number(r2 ?? r1);
  return from <= to ? [from, to] : [to, from];
}

/**
 * The 1-based hidden rows among `firstRow..lastRow`, given the visible cells' address (null when no
 * cell is visible). Undefined when the address cannot be read: the caller then treats every row as
 * shown, which is what the importer sees anyway when hidden rows are unknown.
 */
export function hiddenRowsFromVisible(
  visibleAddress: string | null,
  firstRow: number,
  lastRow: number
): Set<number> | undefined {
  const hidden = new Set<number>();
  if (visibleAddress === null) {
    for (let r = firstRow; r <= lastRow; r++) hidden.add(r);
    return hidden;
  }
  const spans: Span[] = [];
  for (const area of splitAreas(visibleAddress)) {
    const span = rowSpan(area);
    if (span === undefined) return undefined;
    spans.push(span);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let next = firstRow; // the first row not yet known to be visible
  for (const [from, to] of spans) {
    if (from > lastRow) break;
    for (let r = next; r < Math.min(from, lastRow + 1); r++) hidden.add(r);
    next = Math.max(next, to + 1);
  }
  for (let r = next; r <= lastRow; r++) hidden.add(r);
  return hidden;
}
