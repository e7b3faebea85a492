/* global setTimeout, performance */

// Long work in the pane — an import of thousands of rows, a 100,000-iteration simulation — runs on
// the page's one thread. Done in one go it freezes the pane (no repaint, no clicks, no screen-reader
// updates) until it ends. Done in slices of a few milliseconds with a yield in between, the
// progress bar moves, Cancel can be pressed and Excel stays usable. Office.js round trips already
// yield (each `await context.sync()`); these are for the work done in JavaScript between them.

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** Gives the browser a turn: input, paint and React's updates run before the work goes on. */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** About one frame at 60 Hz, minus time for the browser's own work. */
export const SLICE_MS = 12;

export interface ChunkOptions {
  /** Told after every slice; the last time with done === total. */
  readonly onProgress?: (progress: Progress) => void;
  /** Stops before the next step once aborted (the view closed, the user cancelled). */
  readonly signal?: AbortSignal;
  readonly sliceMs?: number;
  /** For tests: the clock and the yield. */
  readonly now?: () => number;
  readonly yieldFn?: () => Promise<void>;
}

/**
 * Runs `step(0)` … `step(total - 1)` in time slices, yielding between them. Resolves true when all
 * steps ran, false when the signal stopped it first; a step that throws rejects with its error.
 */
export async function runInSlices(
  total: number,
  step: (index: number) => void,
  options: ChunkOptions = {}
): Promise<boolean> {
  const { onProgress, signal, sliceMs = SLICE_MS } = options;
  const now = options.now ?? (() => performance.now());
  const yieldFn = options.yieldFn ?? yieldToPane;
  let index = 0;
  while (index < total) {
    if (signal?.aborted) return false;
    const start = now();
    // At least one step per slice, so a slow step cannot stall the loop.
    do {
      step(index);
      index += 1;
    } while (index < total && now() - start < sliceMs);
    onProgress?.({ done: index, total });
    if (index < total) await yieldFn();
  }
  return true;
}
