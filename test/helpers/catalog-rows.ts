/** A unit-cost catalog row for the pane's tests: a national cost with a local one beside it. */
import type { CatalogRow } from "../../src/excel/catalog-table";

export const HVB_ROW: CatalogRow = {
  id: "HVB-01",
  category: "Socialtjänst",
  name: "Placering på HVB, ungdom",
  unit: "dygn",
  cost: 4250,
  priceYear: 2022,
  source: "Socialstyrelsen",
  hasLocal: true,
  localCost: 5100,
};
