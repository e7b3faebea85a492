import { Arg, CellValue, OutCell, isBlank } from "../../core/cells";
import { SiError, isSiError, naError, valueError } from "../../core/errors";
import { uprate } from "../../core/priceindex";
import { elementwise } from "../broadcast";
import { cellNumber, gridArg } from "../coerce";
import { indexArg } from "../index-arg";
import { FunctionSpec } from "../spec";
import { findItem, readUnitCostTable } from "../unitcost-table";
import { INDEX_HELP, KPI_2015, KPI_2023 } from "./uprate";

const TABLE_EXAMPLE = [
  ["Id", "Kategori", "Kostnadspost", "Enhet", "Kostnad", "Prisår", "Källa"],
  ["HVB1", "Barn och unga", "Placering HVB, barn och unga", "kr/dygn", 6200, 2015, "Exempel"],
  ["GR1", "Skola", "Grundskola, per elev", "kr/år", 105000, 2016, "Exempel"],
];

function itemText(v: CellValue | undefined): string | SiError {
  if (isSiError(v)) return v;
  if (isBlank(v)) return valueError("missing", { arg: "item" });
  return typeof v === "boolean"
    ? valueError("expectedOption", { arg: "item", allowed: "Id, Kostnadspost" })
    : String(v);
}

export const UNITCOST: FunctionSpec = {
  id: "UNITCOST",
  description:
    "Looks up a unit cost by id or name in a unit-cost table (such as SI_Enhetskostnader) and returns it, uprated to a price year when one is given. Element-wise over item and price year.",
  params: [
    {
      name: "item",
      description: "The item's Id, or its name (case, accents and spaces do not matter).",
      range: true,
    },
    {
      name: "table",
      description:
        "The unit-cost table with its header row (Kostnadspost/Item, Kostnad/Cost, Prisår/Price year, Id …), e.g. SI_Enhetskostnader[#All]. A column Använd (the local figure where there is one) wins over Kostnad.",
      range: true,
      whole: true,
    },
    {
      name: "price_year",
      description: "Uprate to this year's prices; blank: the cost as it stands.",
      optional: true,
      range: true,
    },
    { name: "index", description: INDEX_HELP, optional: true, range: true, whole: true },
  ],
  spills: true,
  elementwise: true,
  formula:
    "cost of the row whose Id equals item, else whose name matches; with price_year: cost · index[price_year] / index[the row's price year].",
  errors:
    "#N/A no such item (the message names up to three closest names), a name on several rows (naming them), a row without price year when uprating, or a year the index lacks (naming the years it has); #VALUE! a table without a header row of name and cost.",
  examples: [
    { args: ["HVB1", TABLE_EXAMPLE], result: 6200 },
    {
      args: ["grundskola per elev", TABLE_EXAMPLE],
      result: 105000,
      note: "By name: case, accents and punctuation do not matter.",
    },
    {
      args: ["HVB1", TABLE_EXAMPLE, 2023],
      result: (6200 * KPI_2023) / KPI_2015,
      note: "Uprated with the bundled KPI.",
    },
  ],
  invoke(args, lang) {
    const items = readUnitCostTable(gridArg(args[1]), "table", lang);
    if (isSiError(items)) return items;
    const index = indexArg(args[3], "index");
    if (isSiError(index)) return index;
    const perItem: Arg[] = [args[0], args[2]];
    return elementwise(perItem, ["item", "price_year"], (cells): OutCell => {
      const wanted = itemText(cells[0]);
      if (isSiError(wanted)) return wanted;
      const year = cellNumber(cells[1], "price_year");
      if (isSiError(year)) return year;
      const item = findItem(wanted, items, "table");
      if (isSiError(item)) return item;
      if (year === undefined) return item.cost;
      if (item.priceYear === null) return naError("itemNoYear", { item: item.name, arg: "table" });
      return uprate(item.cost, item.priceYear, year, index);
    });
  },
};
