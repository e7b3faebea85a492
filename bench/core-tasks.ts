/** Realistic inputs for each function's core, each task running BATCH evaluations. */
import { findFunction } from "../src/catalog";
import { cba } from "../src/core/cba";
import { Grid } from "../src/core/cells";
import { effect } from "../src/core/effect";
import { effectSize } from "../src/core/effectsize";
import { netBenefit } from "../src/core/netbenefit";
import { riskLevel, riskScore, riskStep } from "../src/core/risk";
import { scaleCost } from "../src/core/scalecost";

const BATCH = 1000;
/** Results are summed into this so the JIT cannot drop the work. */
export let sink = 0;

function consume(v: unknown): void {
  sink += typeof v === "number" ? v : 1;
}

/** A 50-year series: a three-year effort, then savings that fade. */
export function series(years: number, seed: number): { costs: number[]; benefits: number[] } {
  const costs = Array.from({ length: years }, (_, t) => (t < 3 ? 1_500_000 + seed : 50_000));
  const benefits = Array.from({ length: years }, (_, t) =>
    t < 1 ? 0 : 900_000 * Math.pow(0.97, t) + seed
  );
  return { costs, benefits };
}

function cbaLines(n: number): Grid {
  const head = ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år", "Avtagande"];
  const actors = ["Skola", "Socialtjänst", "Region", "Försäkringskassan"];
  const rows = Array.from({ length: n }, (_, i) => [
    `Post ${i}`,
    i % 3 === 0 ? "Kostnad" : "Nytta",
    actors[i % actors.length],
    100_000 + i * 1000,
    1 + (i % 4),
    5 + (i % 10),
    (i % 5) / 20,
  ]);
  return [head, ...rows];
}

export function coreTasks(): { name: string; fn: () => void }[] {
  const s50 = series(50, 0);
  const s30 = series(30, 0);
  const net30 = { costs: s30.costs, benefits: s30.benefits, rate: 0.035, timing: 0 as const };
  const grid50 = { c: [s50.costs] as Grid, b: [s50.benefits] as Grid };
  const CBA = findFunction("CBA")!;
  const CBATABLE = findFunction("CBATABLE")!;
  const lines = cbaLines(20);
  const batch = (f: (i: number) => unknown) => () => {
    for (let i = 0; i < BATCH; i++) consume(f(i));
  };
  return [
    {
      name: "SI.EFFECT core",
      fn: batch((i) =>
        effect(
          { targetBefore: 100 + i, targetAfter: 70, controlBefore: 100, controlAfter: 88 },
          "relative"
        )
      ),
    },
    {
      name: "SI.EFFECTSIZE core",
      fn: batch((i) =>
        effectSize({ mean: 103 + i, sd: 5.5, n: 50 }, { mean: 100, sd: 4.5, n: 50 }, "g", "upper")
      ),
    },
    {
      name: "SI.CBA core, 50-year series, npv",
      fn: batch((i) =>
        cba({ costs: s50.costs, benefits: s50.benefits, rate: 0.035 + i * 1e-9, timing: 0 }, "npv")
      ),
    },
    {
      name: "SI.CBA core, 30-year series, irr",
      fn: batch((i) => cba({ ...net30, rate: 0.035 + i * 1e-9 }, "irr")),
    },
    {
      name: "SI.CBA via catalog (1×50 ranges, coercion included)",
      fn: batch((i) => CBA.invoke([grid50.c, grid50.b, 0.035 + i * 1e-9, "npv", 0], "en")),
    },
    {
      name: "SI.CBATABLE via catalog, 20 lines, 4 actors",
      fn: batch((i) => CBATABLE.invoke([lines, 0.035 + i * 1e-9, undefined, "actors"], "en")),
    },
    {
      name: "SI.SCALECOST core",
      fn: batch((i) =>
        scaleCost({
          targetGroup: 1200 + i,
          costPerParticipant: 2000,
          coverage: 0.8,
          fixedCost: 500_000,
          teamCapacity: 600,
          teamCost: 1_500_000,
          year: 2,
          rampYears: 3,
        })
      ),
    },
    {
      name: "SI.NETBENEFIT core",
      fn: batch((i) =>
        netBenefit(1_000_000 + i, {
          deadweight: 0.2,
          attribution: 0.1,
          displacement: 0.05,
          optimismBias: 0.15,
        })
      ),
    },
    {
      name: "SI.RISKLEVEL core (words)",
      fn: batch((i) => {
        const p = riskStep(i % 2 ? "hög" : "medel", 5, "probability") as number;
        const s = riskStep("mycket hög", 5, "impact") as number;
        return riskLevel(riskScore(p, s), 5);
      }),
    },
  ];
}
