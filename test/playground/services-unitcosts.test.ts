/**
 * The unit-cost catalog's real service (src/excel/unitcost-service.ts, which calls the Office and
 * Excel globals itself) over the playground's host: the sample workbook
 * test/fixtures/enhetskostnader-exempel.xlsx imported from the active sheet in the two syncs the
 * recording mock asserts (test/excel/unitcost-catalog.test.ts), read back, and an SI.UNITCOST formula
 * inserted into the active cell in one sync — whose value the workbook computes as the fixture's
 * cost uprated by the consumer price index, worked out here from the fixture and SCB's figures.
 */
import {
  CATALOG_SHEET,
  CATALOG_TABLE,
  COLUMNS,
  DEFAULT_PRICE_YEAR,
  UPRATED_HEADER,
} from "../../src/excel/catalog-table";
import { excelUnitCostService } from "../../src/excel/unitcost-service";
import type { CatalogRow } from "../../src/excel/catalog-table";
import { KPI_1980_100_CSV } from "../../src/core/data/kpi-1980-100";
import { fixtureRows, hosted, sheetOf, uninstallHosts, type Hosted } from "./office-setup";

/** SCB's yearly KPI, as the bundled data file lists it ("year,kpi" lines). */
const KPI = new Map(
  KPI_1980_100_CSV.trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number) as [number, number])
);

/** The fixture's unit costs: name → cost and price year, from its table (header "Kostnadspost"). */
async function fixtureCosts(): Promise<Map<string, { cost: number; year: number }>> {
  const { rows } = await fixtureRows("enhetskostnader-exempel.xlsx");
  const header = rows.findIndex((r) => r.includes("Kostnadspost"));
  const col = (name: string) =>
    rows[header].findIndex((h) => typeof h === "string" && h.startsWith(name));
  const [item, cost, year] = [col("Kostnadspost"), col("Kostnad ("), col("Prisår")];
  const out = new Map<string, { cost: number; year: number }>();
  for (const r of rows.slice(header + 1))
    if (typeof r[item] === "string" && typeof r[cost] === "number")
      out.set(r[item] as string, { cost: r[cost] as number, year: r[year] as number });
  return out;
}

async function withFixture(): Promise<Hosted> {
  const { name, rows } = await fixtureRows("enhetskostnader-exempel.xlsx");
  return hosted({ snapshot: { sheets: [sheetOf(name, rows)], names: [], settings: {} } });
}

describe("the sample unit-cost workbook through the catalog service", () => {
  let h: Hosted;
  let costs: Map<string, { cost: number; year: number }>;
  let rows: CatalogRow[];

  beforeAll(async () => {
    costs = await fixtureCosts();
    h = await withFixture();
  });
  afterAll(uninstallHosts);

  it("imports the active sheet into a new catalog in two syncs", async () => {
    h.syncs();
    const outcome = await excelUnitCostService.importCatalog("activeSheet", "sv");
    expect(h.syncs()).toBe(2);
    expect(outcome).toMatchObject({ kind: "imported", created: true, added: costs.size });
    const table = h.model.tables().find((t) => t.name === CATALOG_TABLE);
    expect(table && h.model.sheet(table.sheetId)?.name).toBe(CATALOG_SHEET);
  });

  it("reads the catalog back as the fixture has it", async () => {
    h.syncs();
    rows = await excelUnitCostService.readCatalog();
    expect(h.syncs()).toBe(2);
    expect(new Map(rows.map((r) => [r.name, { cost: r.cost, year: r.priceYear }]))).toEqual(costs);
  });

  it("uprates every row to the price year in the catalog's own column", () => {
    const table = h.model.tables().find((t) => t.name === CATALOG_TABLE);
    if (!table) throw new Error("no catalog");
    const col = (name: string) =>
      table.area.left + COLUMNS.indexOf(name as (typeof COLUMNS)[number]);
    for (let r = table.area.top + 1; r <= table.area.bottom; r++) {
      const item = h.model.cell(table.sheetId, r, col("Kostnadspost")).value as string;
      const { cost, year } = costs.get(item) ?? { cost: NaN, year: NaN };
      const expected = (cost * (KPI.get(DEFAULT_PRICE_YEAR) as number)) / (KPI.get(year) as number);
      expect(h.model.cell(table.sheetId, r, col(UPRATED_HEADER)).value).toBeCloseTo(expected, 6);
    }
  });

  it("inserts SI.UNITCOST into the active cell in one sync, computing the uprated cost", async () => {
    const source = h.model.sheets()[0];
    h.model.activate(source.id);
    h.model.select(source.id, { top: 24, left: 7, bottom: 24, right: 7 });
    const row = rows.find((r) => r.name === "Placering HVB, barn och unga") as CatalogRow;
    h.syncs();
    const address = await excelUnitCostService.insert(row);
    expect(h.syncs()).toBe(1);
    expect(address).toBe(`${source.name}!H25`);
    const { cost, year } = costs.get(row.name) as { cost: number; year: number };
    // 6,200 kr in 2015 prices in the latest year's: KPI 2023 / KPI 2015.
    expect(h.value(`${source.name}!H25`)).toBeCloseTo(
      (cost * (KPI.get(DEFAULT_PRICE_YEAR) as number)) / (KPI.get(year) as number),
      6
    );
    expect(h.model.cell(source.id, 24, 7).formula).toBe(
      `=SI.UNITCOST("${row.name}", ${CATALOG_TABLE}[#All], SI_Prisår)`
    );
  });
});

describe("importing again", () => {
  afterEach(uninstallHosts);

  it("updates the national figures, keeps a local one and moves a note below the table down, in three syncs", async () => {
    const h = await withFixture();
    await excelUnitCostService.importCatalog("activeSheet", "sv");
    const table = h.model.tables().find((t) => t.name === CATALOG_TABLE);
    if (!table) throw new Error("no catalog");
    const local = table.area.left + COLUMNS.indexOf("Lokal kostnad");
    h.model.setInputs(table.sheetId, table.area.top + 1, local, [[7000]]);
    h.model.setInputs(table.sheetId, table.area.bottom + 3, 0, [["Min anteckning"]]);
    // The source gains two rows.
    const source = h.model.sheets()[0];
    const used = h.model.usedArea(source.id, true);
    if (!used) throw new Error("empty source");
    const extra = [
      ["Socialtjänst, barn och unga", "Ny post A", "kr/dygn", 1000, 2020, "Test"],
      ["Socialtjänst, barn och unga", "Ny post B", "kr/dygn", 2000, 2021, "Test"],
    ];
    h.model.setInputs(source.id, used.bottom + 1, 0, extra);
    h.model.activate(source.id);
    h.syncs();
    const outcome = await excelUnitCostService.importCatalog("activeSheet", "sv");
    expect(h.syncs()).toBe(3);
    expect(outcome).toMatchObject({ kind: "imported", created: false, added: 2 });
    const after = h.model.tables().find((t) => t.name === CATALOG_TABLE);
    if (!after) throw new Error("no catalog");
    expect(after.area.bottom - after.area.top).toBe(table.area.bottom - table.area.top + 2);
    const used2 = after.area.left + COLUMNS.indexOf("Använd");
    expect(h.model.cell(after.sheetId, after.area.top + 1, used2).value).toBe(7000);
    expect(h.model.cell(after.sheetId, table.area.bottom + 3 + 2, 0).value).toBe("Min anteckning");
  });
});
