/** Timing for the benchmarks: the median of a few runs after one warm-up run. */

/** Runs `run` once to warm up (module loading, JIT), then `runs` times; the median in ms. */
export async function medianMs(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
