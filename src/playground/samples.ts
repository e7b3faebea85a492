/**
 * The sample workbooks of the Exempel menu: the repository's own fixtures (test/fixtures/, invented
 * aggregated figures), copied by webpack into dist/playground/samples/ and fetched from the page's
 * own origin.
 */
export interface Sample {
  /** The file's base name; its menu label comes from src/i18n/playground.ts. */
  id: string;
  /** Relative to the page. */
  url: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: "enhetskostnader-exempel", url: "samples/enhetskostnader-exempel.xlsx" },
  { id: "logikmodell-exempel", url: "samples/logikmodell-exempel.xlsx" },
];

export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}

/** A sample's bytes; `load` is the page's fetch (tests give their own). */
export async function sampleBytes(
  sample: Sample,
  load: (
    url: string
  ) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>
): Promise<Uint8Array> {
  const response = await load(sample.url);
  if (!response.ok) throw new Error(`${sample.url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
