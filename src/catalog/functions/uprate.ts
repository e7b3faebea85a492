import { isSiError } from "../../core/errors";
import { KPI, latestYear, uprate } from "../../core/priceindex";
import { elementwise } from "../broadcast";
import { allOk, cellNumber, requiredCell } from "../coerce";
import { indexArg } from "../index-arg";
import { FunctionSpec } from "../spec";

const NAMES = ["amount", "from_year", "to_year"] as const;
/** Index values of the bundled KPI used in hand-worked examples. */
export const KPI_2015 = KPI.values.get(2015)!;
export const KPI_2023 = KPI.values.get(2023)!;

export const INDEX_HELP = `Optional two-column range: year and index value (e.g. SKR's municipal price index PKV); default the bundled consumer price index KPI (SCB, 1980=100, yearly averages up to ${latestYear(KPI)}).`;

export const UPRATE: FunctionSpec = {
  id: "UPRATE",
  description:
    "Uprates an amount from one price year to another with a price index: the same real value in another year's prices. Element-wise over amount and years.",
  params: [
    {
      name: "amount",
      description: "The amount in kronor, in from_year's prices (a blank cell counts as 0).",
      range: true,
    },
    { name: "from_year", description: "The price year of the amount.", range: true },
    { name: "to_year", description: "The price year to express it in.", range: true },
    { name: "index", description: INDEX_HELP, optional: true, range: true, whole: true },
  ],
  spills: true,
  elementwise: true,
  formula: "amount · index[to_year] / index[from_year].",
  errors:
    "#N/A a year the index lacks (the message names the years it has); #NUM! a year that is not whole; #VALUE! text, or an index range that is not two columns of year and positive value.",
  examples: [
    {
      args: [6200, 2015, 2023],
      result: (6200 * KPI_2023) / KPI_2015,
      note: "A day in residential care priced 2015, in 2023 prices (KPI 403.70/313.35).",
    },
    {
      args: [
        100,
        2020,
        2021,
        [
          [2020, 100],
          [2021, 103],
        ],
      ],
      result: 103,
      note: "With the user's own index.",
    },
  ],
  invoke(args) {
    const index = indexArg(args[3], "index");
    if (isSiError(index)) return index;
    return elementwise(args.slice(0, 3), NAMES, (cells) => {
      const ok = allOk([
        cellNumber(cells[0], "amount", 0),
        requiredCell(cells[1], "from_year"),
        requiredCell(cells[2], "to_year"),
      ] as const);
      if (isSiError(ok)) return ok;
      const [amount, from, to] = ok;
      return uprate(amount, from, to, index);
    });
  },
};
