import { DEFAULT_RATE, checkCbaInput, presentValues } from "../../core/cba";
import {
  CbaLine,
  actorsOf,
  lastYear,
  lineFlows,
  linesOf,
  linesOfActor,
  parseLines,
} from "../../core/cbalines";
import { Arg, OutCell, isBlank } from "../../core/cells";
import { SiError, finite, isSiError, naError, numError } from "../../core/errors";
import { NO_ACTOR } from "../../i18n/labels";
import { Lang } from "../../i18n/lang";
import { OptionTable, allOk, gridArg, numberArg, optionArg, single, timingArg } from "../coerce";
import { FunctionSpec } from "../spec";
import {
  CbaOption,
  MEASURE_WORDS,
  PV60,
  HORIZON_HELP,
  RATE_HELP,
  TABLE_SIZE,
  TIMING_HELP,
  literalOption,
  measureResult,
} from "./cba";

type TableOption = CbaOption | "actors";
const OPTIONS: OptionTable<TableOption> = {
  ...MEASURE_WORDS,
  table: ["table", "tabell"],
  actors: ["actors", "aktörer"],
};

export function horizonArg(
  arg: Parameters<typeof numberArg>[0],
  lines: readonly CbaLine[]
): number | SiError {
  const h = numberArg(arg, "horizon");
  if (isSiError(h)) return h;
  if (h === undefined) return lastYear(lines);
  return Number.isInteger(h) && h >= 1 ? h : numError("horizon", { arg: "horizon" });
}

function actorArg(arg: Arg): string | undefined | SiError {
  const v = single(arg, "actor");
  if (isSiError(v)) return v;
  return isBlank(v) ? undefined : String(v);
}

/** One row per actor: actor, PV costs, PV benefits, net (the payer is often not the one who saves). */
function actorRows(
  lines: readonly CbaLine[],
  horizon: number,
  rate: number,
  timing: 0 | 1,
  lang: Lang
): OutCell[][] {
  return actorsOf(lines).map((actor) => {
    const own = linesOf(lines, actor);
    const { pvCosts, pvBenefits } = presentValues({ ...lineFlows(own, horizon), rate, timing });
    return [
      actor === "" ? NO_ACTOR[lang] : actor,
      finite(pvCosts),
      finite(pvBenefits),
      finite(pvBenefits - pvCosts),
    ];
  });
}

// Hand-worked table: a cost of 100 in year 1; a benefit of 60 a year for years 2–3.
const LINES_EXAMPLE = [
  ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år"],
  ["Personal", "Kostnad", "Skola", 100, 1, 1],
  ["Färre placeringar", "Nytta", "Socialtjänst", 60, 2, 2],
];

export const CBATABLE: FunctionSpec = {
  id: "CBATABLE",
  description:
    "Cost–benefit analysis from a table of cost and benefit lines (one line per cost or benefit, per actor), with each actor's share.",
  params: [
    {
      name: "lines",
      description:
        "The table with a header row: Post/Item, Typ/Type (Kostnad/Cost or Nytta/Benefit), Aktör/Actor, Belopp/Amount (kronor per year), Startår/Start year (default 1), Antal år/Years (default 1), Avtagande/Drop-off (yearly share, default 0). Other columns are ignored.",
      range: true,
    },
    { name: "rate", description: RATE_HELP, optional: true },
    { name: "horizon", description: HORIZON_HELP, optional: true },
    {
      name: "measure",
      description:
        'As in SI.CBA, plus "actors" (Swedish "aktörer"): one row per actor with PV costs, PV benefits and net.',
      optional: true,
    },
    { name: "actor", description: "Only the lines of this actor (default all).", optional: true },
    { name: "timing", description: TIMING_HELP, optional: true },
  ],
  spills: true,
  formula:
    "A line's flow in year y is amount·(1 − dropoff)^(y − start) for start ≤ y < start + years, else 0; the yearly sums of costs and benefits are analysed as in SI.CBA with year 1 as the first period.",
  errors:
    "#VALUE! no Typ/Type or Belopp/Amount column, an unknown type or a non-numeric amount (the message names the row); #NUM! a negative or fractional start or years, a drop-off outside 0–1, rate ≤ −1, a bad horizon; #N/A no lines, or none for the actor; otherwise as SI.CBA.",
  examples: [
    { args: [LINES_EXAMPLE], result: PV60 - 100 },
    { args: [LINES_EXAMPLE, 0.035, null, "bcr"], result: PV60 / 100 },
    {
      args: [LINES_EXAMPLE, 0.035, null, "actors"],
      result: [
        ["Skola", 100, 0, -100],
        ["Socialtjänst", 0, PV60, PV60],
      ],
      note: "The school pays, social services save.",
    },
  ],
  resultSize(args) {
    const measure = literalOption(args[3], OPTIONS);
    if (measure === "table") return TABLE_SIZE;
    // At most one actor per line below the header row.
    if (measure === "actors") return { rows: Math.max(1, (args[0]?.rows ?? 1) - 1), cols: 4 };
    return { rows: 1, cols: 1 };
  },
  invoke(args, lang) {
    const lines = parseLines(gridArg(args[0]));
    if (isSiError(lines)) return lines;
    if (lines.length === 0) return naError("noLines", { arg: "lines" });
    const ok = allOk([
      numberArg(args[1], "rate", DEFAULT_RATE),
      horizonArg(args[2], lines),
      optionArg(args[3], "measure", OPTIONS, "npv"),
      actorArg(args[4]),
      timingArg(args[5], "timing"),
    ] as const);
    if (isSiError(ok)) return ok;
    const [rate, horizon, measure, actor, timing] = ok;
    const chosen = actor === undefined ? lines : linesOfActor(lines, actor);
    if (isSiError(chosen)) return chosen;
    if (measure === "actors") {
      const bad = checkCbaInput({ costs: [], benefits: [], rate, timing });
      return bad ?? actorRows(chosen, horizon, rate, timing, lang);
    }
    return measureResult({ ...lineFlows(chosen, horizon), rate, timing }, measure, lang);
  },
};
