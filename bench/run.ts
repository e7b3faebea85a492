/**
 * `npm run bench`: throughput of each function's core on realistic inputs, and SI.CBA beside
 * HyperFormula's native NPV on the same 50-year series, in one run with the ratio printed.
 * Figures, not assertions: the test suite never times anything.
 */
import { Bench } from "tinybench";
import { coreTasks } from "./core-tasks";
import { hyperformulaNpvTask } from "./hyperformula-npv";

/** Evaluations per task call: batching keeps the timer's own cost out of sub-microsecond figures. */
export const BATCH = 1000;

async function main(): Promise<void> {
  const bench = new Bench({ time: 700, warmupTime: 200 });
  for (const t of coreTasks()) bench.add(t.name, t.fn);
  const npv = hyperformulaNpvTask();
  bench.add(npv.name, npv.fn);
  await bench.run();

  const perSecond = new Map<string, number>();
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`${task.name}: ${r.state}`);
    const scale = task.name === npv.name ? npv.evaluationsPerCall : BATCH;
    perSecond.set(task.name, r.throughput.p50 * scale);
  }
  const width = Math.max(...[...perSecond.keys()].map((k) => k.length));
  console.log(
    `SI Kalkyl benchmark — node ${process.version}, ${process.platform}/${process.arch}, one core`
  );
  console.log("evaluations per second (median of samples):");
  for (const [name, ops] of perSecond)
    console.log(`  ${name.padEnd(width)}  ${Math.round(ops).toLocaleString("en-US").padStart(14)}`);
  const ours = perSecond.get("SI.CBA core, 50-year series, npv")!;
  const catalog = perSecond.get("SI.CBA via catalog (1×50 ranges, coercion included)")!;
  const theirs = perSecond.get(npv.name)!;
  console.log("");
  console.log(
    `SI.CBA core vs HyperFormula native NPV (50 years): ${(ours / theirs).toFixed(1)}× as many evaluations per second`
  );
  console.log(
    `SI.CBA via catalog vs HyperFormula native NPV:      ${(catalog / theirs).toFixed(1)}×`
  );
  console.log(
    `target ≥ 1,000,000 SI.CBA 50-year core evaluations/s: ${ours >= 1e6 ? "met" : "NOT met"} (${Math.round(ours).toLocaleString("en-US")})`
  );
  // Whole workbooks through `si-kalkyl recalc` (bench/recalc.ts): SI.CBA beside native NPV, 10,000 rows.
  console.log(["", ...(await (await import("./recalc")).recalcFigures())].join("\n"));
  // Unit-cost import (bench/import.ts): 5,000 rows through the command, 50,000 through the importer.
  console.log(["", ...(await (await import("./import")).importBench())].join("\n"));
  // Live sheets (bench/templates.ts): the template command beside a plain ExcelJS write.
  console.log(["", ...(await (await import("./templates")).templateBench())].join("\n"));
  // The playground (bench/playground.ts): the live sheets opened and inserted over its workbook.
  console.log(["", ...(await (await import("./playground")).playgroundBench())].join("\n"));
  // Monte Carlo (bench/simulate.ts): SI.CBASIM beside a RAND() table evaluated by HyperFormula.
  console.log(["", ...(await import("./simulate")).simulateFigures()].join("\n"));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
