import { DEFAULT_RATE } from "../../core/cba";
import { parseUncertainLines } from "../../core/distributions";
import { SiError, isSiError, naError, valueError } from "../../core/errors";
import { sensitivity } from "../../core/sensitivity";
import { RATE_ROW, UNNAMED_LINE } from "../../i18n/labels";
import { allOk, gridArg, timingArg } from "../coerce";
import { FunctionSpec } from "../spec";
import { PV60, HORIZON_HELP, RATE_HELP, TIMING_HELP } from "./cba";
import { LINES_HELP, rateArg } from "./cbasim";
import { horizonArg } from "./cbatable";

// Hand-worked: a cost of 100 in year 1 (90 to 130) and a benefit of 60 a year in years 2–3 (40 to 70).
const LINES = [
  ["Post", "Typ", "Belopp", "Startår", "Antal år", "Låg", "Hög"],
  ["Personal", "Kostnad", 100, 1, 1, 90, 130],
  ["Färre placeringar", "Nytta", 60, 2, 2, 40, 70],
];
/** Present value of 1 krona a year in years 2–3 at 3.5 %. */
const A = PV60 / 60;
const at = (rate: number) => 60 / (1 + rate) + 60 / (1 + rate) ** 2 - 100;

export const SENSITIVITY: FunctionSpec = {
  id: "SENSITIVITY",
  description:
    "One-way sensitivity of the net present value of a table of cost and benefit lines: each uncertain line at its low and at its high value while the others stay at their amount, and optionally the discount rate — the data of a tornado chart, largest swing first.",
  params: [
    { name: "lines", description: LINES_HELP, range: true },
    { name: "rate", description: RATE_HELP, optional: true },
    { name: "horizon", description: HORIZON_HELP, optional: true },
    {
      name: "rate_low",
      description: "A low discount rate, given together with rate_high: adds a row for the rate.",
      optional: true,
    },
    {
      name: "rate_high",
      description: "A high discount rate, given together with rate_low.",
      optional: true,
    },
    { name: "timing", description: TIMING_HELP, optional: true },
  ],
  spills: true,
  formula:
    "One row per uncertain line (Låg and Hög filled in): Post, the NPV with that line at Låg, the NPV with it at Hög — every other line at Belopp, each NPV computed as SI.CBATABLE computes it — and the swing, the absolute difference of the two; with rate_low and rate_high a row for the discount rate (Diskonteringsränta/Discount rate) with the NPV at each. Rows sorted by swing, largest first; equal swings keep the table's order. No header row. The distribution column is read and checked but does not matter here: Låg and Hög are used as they are.",
  errors:
    "As SI.CBASIM for the table; #VALUE! only one of rate_low and rate_high; #NUM! rate, rate_low or rate_high ≤ −1; #N/A no lines, or no uncertain line and no rate row.",
  examples: [
    {
      args: [LINES],
      result: [
        ["Färre placeringar", 40 * A - 100, 70 * A - 100, 30 * A],
        ["Personal", PV60 - 90, PV60 - 130, 40],
      ],
      note: "The benefit's range moves the NPV more (57) than the cost's (40).",
    },
    {
      args: [LINES, 0.035, null, 0.01, 0.1],
      result: [
        ["Färre placeringar", 40 * A - 100, 70 * A - 100, 30 * A],
        ["Personal", PV60 - 90, PV60 - 130, 40],
        ["Discount rate", at(0.01), at(0.1), at(0.01) - at(0.1)],
      ],
    },
  ],
  resultSize(args) {
    // At most one row per line below the header row, and one for the rate when it is given.
    const lines = Math.max(1, (args[0]?.rows ?? 1) - 1);
    return { rows: lines + (args.length > 3 ? 1 : 0), cols: 4 };
  },
  invoke(args, lang) {
    const lines = parseUncertainLines(gridArg(args[0]));
    if (isSiError(lines)) return lines;
    if (lines.length === 0) return naError("noLines", { arg: "lines" });
    const ok = allOk([
      rateArg(args[1], "rate", DEFAULT_RATE) as number | SiError,
      horizonArg(args[2], lines),
      rateArg(args[3], "rate_low"),
      rateArg(args[4], "rate_high"),
      timingArg(args[5], "timing"),
    ] as const);
    if (isSiError(ok)) return ok;
    const [rate, horizon, low, high, timing] = ok;
    if ((low === undefined) !== (high === undefined))
      return low === undefined
        ? valueError("ratePair", { arg: "rate_low", other: "rate_high" })
        : valueError("ratePair", { arg: "rate_high", other: "rate_low" });
    const rates = low !== undefined && high !== undefined ? { low, high } : undefined;
    const rows = sensitivity({ lines, rate, horizon, timing, rates });
    if (isSiError(rows)) return rows;
    if (rows.length === 0) return naError("noUncertainLines", { arg: "lines" });
    return rows.map((r) => [
      r.line === undefined
        ? RATE_ROW[lang]
        : r.line.item.trim() !== ""
          ? r.line.item
          : UNNAMED_LINE[lang].replace("{row}", String(r.line.row)),
      r.low,
      r.high,
      r.swing,
    ]);
  },
};
