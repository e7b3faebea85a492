import {
  CATALOG_SHEET,
  CATALOG_TABLE,
  COLUMNS,
  DEFAULT_PRICE_YEAR,
  PRICE_YEAR_LABEL,
  PRICE_YEAR_NAME,
  UPRATED_FORMULA,
  USED_FORMULA,
} from "../../src/excel/catalog-table";
import {
  importUnitCostCatalog,
  insertUnitCostFormula,
  readUnitCostCatalog,
} from "../../src/excel/unitcost-catalog";
import type { ImportOutcome } from "../../src/excel/unitcost-outcome";
import { MockContext, MockSheet, MockWorkbook, asContext, type MockCellInput } from "./excel-mock";

const SOURCE_HEADER = ["Id", "Kategori", "Kostnadspost", "Enhet", "Kostnad", "Prisår", "Källa"];
const LOCAL = COLUMNS.indexOf("Lokal kostnad");

function sourceRow(i: number, cost = 1000 + i): MockCellInput[] {
  return [
    `K-${i}`,
    i % 2 ? "Socialtjänst" : "Skola",
    `Kostnadspost ${i}`,
    "dygn",
    cost,
    2021,
    "SKR",
  ];
}

function sourceSheet(name: string, ids: number[], cost?: (i: number) => number): MockSheet {
  return MockSheet.from(name, [SOURCE_HEADER, ...ids.map((i) => sourceRow(i, cost?.(i)))]);
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** Every cell of a sheet, to prove a source was left exactly as it was. */
function snapshot(sheet: MockSheet): string {
  return JSON.stringify([...sheet.cells].sort(([a], [b]) => a.localeCompare(b)));
}

async function importInto(
  wb: MockWorkbook,
  scope: "activeSheet" | "workbook" = "activeSheet"
): Promise<{ outcome: ImportOutcome; syncs: number }> {
  const ctx = new MockContext(wb);
  const outcome = await importUnitCostCatalog(asContext(ctx), { scope, lang: "sv" });
  return { outcome, syncs: ctx.syncs };
}

function catalogOf(wb: MockWorkbook) {
  const table = wb.table(CATALOG_TABLE);
  if (!table) throw new Error("no catalog table");
  return { table, body: table.bodyContents(), header: table.header() };
}

describe("a new catalog", () => {
  const source = sourceSheet("Kostnader", range(1, 5000));
  const before = snapshot(source);
  const wb = new MockWorkbook([source]);
  let result: { outcome: ImportOutcome; syncs: number };

  beforeAll(async () => {
    result = await importInto(wb);
  });

  it("imports 5,000 rows from the active sheet in at most 3 syncs", () => {
    expect(result.outcome).toMatchObject({
      kind: "imported",
      created: true,
      added: 5000,
      updated: 0,
    });
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(result.syncs).toBe(2); // nothing to read back before writing
  });

  it("writes the table on its own sheet, below the named price year", () => {
    const { table, header, body } = catalogOf(wb);
    expect(table.sheet.name).toBe(CATALOG_SHEET);
    expect(table.geometry).toEqual({ row: 2, col: 0, rows: 5001, cols: COLUMNS.length });
    expect(header).toEqual([...COLUMNS]);
    expect(body).toHaveLength(5000);
    const yearCol = COLUMNS.indexOf("Kostnad i prisår");
    expect(table.sheet.content(0, yearCol - 1)).toBe(PRICE_YEAR_LABEL);
    expect(table.sheet.content(0, yearCol)).toBe(DEFAULT_PRICE_YEAR);
    expect(wb.names.get(PRICE_YEAR_NAME)).toEqual({ sheet: table.sheet, row: 0, col: yearCol });
    expect(wb.active).toBe(table.sheet);
  });

  it("writes the national columns and exactly the two formulas on every row", () => {
    const { body } = catalogOf(wb);
    expect(body[0]).toEqual([
      "K-1",
      "Socialtjänst",
      "Kostnadspost 1",
      "dygn",
      1001,
      2021,
      "SKR",
      "",
      USED_FORMULA,
      UPRATED_FORMULA,
    ]);
    expect(
      body.every((r) => r[8] === '=IF([@[Lokal kostnad]]="",[@Kostnad],[@[Lokal kostnad]])')
    ).toBe(true);
    expect(body.every((r) => r[9] === "=SI.UPRATE([@Använd],[@Prisår],SI_Prisår)")).toBe(true);
  });

  it("writes the body in one assignment, after the table exists", () => {
    const writes = wb.sheet(CATALOG_SHEET)?.writes ?? [];
    const bodyWrites = writes.filter((w) => w.what === "formulas");
    expect(bodyWrites).toEqual([
      { sync: 2, what: "formulas", geometry: { row: 3, col: 0, rows: 5000, cols: 10 } },
    ]);
    expect(writes.findIndex((w) => w.what === "tables.add")).toBeLessThan(
      writes.indexOf(bodyWrites[0])
    );
    expect(
      writes.filter((w) => w.what === "numberFormat" && w.geometry?.rows === 5000)
    ).toHaveLength(1);
  });

  it("never writes to the source sheet", () => {
    expect(source.writes).toEqual([]);
    expect(snapshot(source)).toBe(before);
  });

  it("leaves out hidden rows, read in the same syncs", async () => {
    const withHidden = sourceSheet("Filtrerat", range(1, 5000));
    for (const r of [3, 4, 5000]) withHidden.hiddenRows.add(r + 1); // sheet rows of K-3, K-4, K-5000
    const book = new MockWorkbook([withHidden]);
    const { outcome, syncs } = await importInto(book);
    expect(syncs).toBe(2);
    expect(outcome).toMatchObject({ kind: "imported", added: 4997 });
    const ids = new Set(catalogOf(book).body.map((r) => r[0]));
    expect(["K-3", "K-4", "K-5000"].filter((id) => ids.has(id))).toEqual([]);
  });

  it("replaces a SI_Prisår name left pointing at a deleted sheet", async () => {
    const book = new MockWorkbook([sourceSheet("Kostnader", [1])]);
    book.names.set(PRICE_YEAR_NAME, { sheet: new MockSheet("Borttaget"), row: 0, col: 0 });
    await importInto(book);
    const catalog = book.sheet(CATALOG_SHEET);
    expect(book.names.get(PRICE_YEAR_NAME)).toEqual({
      sheet: catalog,
      row: 0,
      col: COLUMNS.indexOf("Kostnad i prisår"),
    });
  });

  it("reads the whole workbook in at most 3 syncs, skipping hidden sheets", async () => {
    const hidden = sourceSheet("Uppslag", range(90_000, 3));
    hidden.visibility = "Hidden";
    const book = new MockWorkbook([
      sourceSheet("Del 1", range(1, 2500)),
      sourceSheet("Del 2", range(2501, 2500)),
      hidden,
    ]);
    const { outcome, syncs } = await importInto(book, "workbook");
    expect(syncs).toBeLessThanOrEqual(3);
    expect(syncs).toBe(3); // the sheet list must be known before the sheets are read
    expect(outcome).toMatchObject({ kind: "imported", added: 5000 });
    expect(catalogOf(book).body).toHaveLength(5000);
    expect(book.sheets.every((s) => s.name === CATALOG_SHEET || s.writes.length === 0)).toBe(true);
  });
});

describe("re-importing", () => {
  /** A catalog from a first import, with the user's own figures typed into it. */
  async function catalogWithLocalFigures(ids: number[]) {
    const source = sourceSheet("Kostnader", ids);
    const wb = new MockWorkbook([source]);
    await importInto(wb);
    const { table } = catalogOf(wb);
    const at = (id: number) => 3 + ids.indexOf(id);
    table.sheet.put(at(2), LOCAL, 5100); // typed by the user
    table.sheet.put(at(4), LOCAL, "=B1*2"); // a formula of the user's
    table.sheet.put(at(5), LOCAL, 777); // on a row that will leave the source
    wb.active = source;
    return { wb, source, table };
  }

  it("updates the national columns and keeps every local figure, in at most 3 syncs", async () => {
    const { wb, source } = await catalogWithLocalFigures([1, 2, 3, 4, 5, 6]);
    // The new national list: 5 and 6 are gone, 7 is new, the rest cost more and come in another order.
    const next = sourceSheet("Kostnader", [4, 7, 3, 2, 1], (i) => 2000 + i);
    source.cells.clear();
    next.cells.forEach((cell, key) => source.cells.set(key, cell));
    const before = snapshot(source);

    const { outcome, syncs } = await importInto(wb);
    expect(syncs).toBe(3);
    expect(outcome).toMatchObject({
      kind: "imported",
      created: false,
      updated: 4,
      added: 1,
      kept: 1,
      removed: 1,
    });
    const { body, table } = catalogOf(wb);
    expect(body.map((r) => [r[0], r[4], r[LOCAL]])).toEqual([
      ["K-4", 2004, "=B1*2"],
      ["K-7", 2007, ""],
      ["K-3", 2003, ""],
      ["K-2", 2002, 5100],
      ["K-1", 2001, ""],
      ["K-5", 1005, 777], // left the source, kept for the user's figure
    ]);
    expect(body.every((r) => r[8] === USED_FORMULA && r[9] === UPRATED_FORMULA)).toBe(true);
    expect(table.geometry).toEqual({ row: 2, col: 0, rows: 7, cols: COLUMNS.length });
    // The row the table gave up is empty, not a stale copy.
    expect(table.sheet.content(9, 0)).toBe("");
    expect(source.writes).toEqual([]);
    expect(snapshot(source)).toBe(before);
  });

  it("keeps local figures when 5,000 rows are imported again, in at most 3 syncs", async () => {
    const ids = range(1, 5000);
    const { wb } = await catalogWithLocalFigures(ids);
    const { outcome, syncs } = await importInto(wb);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(syncs).toBe(3); // the table is read back before it is rewritten
    expect(outcome).toMatchObject({ kind: "imported", updated: 5000, added: 0, kept: 0 });
    const { body } = catalogOf(wb);
    expect(body).toHaveLength(5000);
    expect([body[1][LOCAL], body[3][LOCAL], body[4][LOCAL]]).toEqual([5100, "=B1*2", 777]);
    expect(body.filter((r) => r[LOCAL] !== "")).toHaveLength(3);
  });

  it("matches by name when the source has no Id", async () => {
    const noId = (names: string[], cost: number) =>
      MockSheet.from("Utan id", [["Kostnadspost", "Kostnad"], ...names.map((n) => [n, cost])]);
    const wb = new MockWorkbook([noId(["Vårddygn, psykiatri", "Besök"], 100)]);
    await importInto(wb);
    const { table } = catalogOf(wb);
    table.sheet.put(3, LOCAL, 150);
    const source = wb.sheet("Utan id") as MockSheet;
    wb.active = source;
    source.cells.clear();
    noId(["Besök", "VARDDYGN psykiatri"], 200).cells.forEach((c, k) => source.cells.set(k, c));
    await importInto(wb);
    expect(catalogOf(wb).body.map((r) => [r[2], r[4], r[LOCAL]])).toEqual([
      ["Besök", 200, ""],
      ["VARDDYGN psykiatri", 200, 150],
    ]);
  });

  it("moves what the user keeps below the table down instead of writing over it", async () => {
    const { wb, source } = await catalogWithLocalFigures([1, 2, 3, 4, 5]);
    const { table } = catalogOf(wb);
    table.sheet.put(12, 0, "Min anteckning");
    const bigger = sourceSheet("Kostnader", range(1, 9));
    source.cells.clear();
    bigger.cells.forEach((c, k) => source.cells.set(k, c));
    await importInto(wb);
    expect(catalogOf(wb).body).toHaveLength(9);
    expect(table.sheet.content(12 + 4, 0)).toBe("Min anteckning");
  });

  it("does not read the catalog as a source when the whole workbook is imported", async () => {
    const { wb } = await catalogWithLocalFigures([1, 2, 3]);
    const { outcome, syncs } = await importInto(wb, "workbook");
    expect(syncs).toBe(3);
    expect(outcome).toMatchObject({ kind: "imported", updated: 3, added: 0 });
    expect(catalogOf(wb).body).toHaveLength(3);
  });

  it("keeps the user's price year", async () => {
    const { wb, table } = await catalogWithLocalFigures([1, 2]);
    table.sheet.put(0, COLUMNS.indexOf("Kostnad i prisår"), 2025);
    await importInto(wb);
    expect(table.sheet.content(0, COLUMNS.indexOf("Kostnad i prisår"))).toBe(2025);
    expect(table.sheet.writes.filter((w) => w.sync === 3 && w.geometry?.row === 0)).toEqual([]);
  });
});

describe("refusing and writing nothing", () => {
  it("refuses a sheet of the catalog's name that is the user's own", async () => {
    const mine = MockSheet.from(CATALOG_SHEET, [["Mina egna enhetskostnader"], ["Hemtjänst", 450]]);
    const source = sourceSheet("Kostnader", [1, 2]);
    const wb = new MockWorkbook([source, mine]);
    const before = snapshot(mine);
    const { outcome, syncs } = await importInto(wb);
    expect(outcome).toEqual({ kind: "refused", reason: "userSheet" });
    expect(syncs).toBe(1);
    expect(snapshot(mine)).toBe(before);
    expect(wb.sheets.every((s) => s.writes.length === 0)).toBe(true);
    expect(wb.tables).toEqual([]);
    expect(wb.names.size).toBe(0);
  });

  it("refuses to import the catalog into itself", async () => {
    const wb = new MockWorkbook([sourceSheet("Kostnader", [1, 2])]);
    await importInto(wb);
    const catalog = wb.sheet(CATALOG_SHEET) as MockSheet;
    wb.active = catalog;
    const writes = catalog.writes.length;
    const { outcome } = await importInto(wb);
    expect(outcome).toEqual({ kind: "refused", reason: "catalogIsSource" });
    expect(catalog.writes).toHaveLength(writes);
  });

  it("writes nothing when the source has no unit-cost table", async () => {
    const wb = new MockWorkbook([
      MockSheet.from("Anteckningar", [["Möte 3 maj"], ["Inga siffror här"]]),
    ]);
    const { outcome } = await importInto(wb);
    expect(outcome).toMatchObject({
      kind: "noTable",
      message: expect.stringMatching(/Kostnadspost/),
    });
    expect(wb.sheets).toHaveLength(1);
    expect(wb.sheets[0].writes).toEqual([]);
  });

  it("writes nothing when every row is rejected, and reports the rows", async () => {
    const wb = new MockWorkbook([
      MockSheet.from("Kostnader", [
        ["Kostnadspost", "Kostnad"],
        ["Besök", "-"],
        ["Plats", "okänt"],
      ]),
    ]);
    const { outcome } = await importInto(wb);
    expect(outcome.kind).toBe("nothing");
    expect(outcome.kind === "nothing" && outcome.report.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(wb.sheets).toHaveLength(1);
  });
});

describe("personal identity numbers", () => {
  it("are reported by row only, and their digits are written nowhere", async () => {
    const source = sourceSheet("Kostnader", [1, 2, 3]);
    source.put(2, 2, "Kostnadspost 2, Tolvan 19121212-1212");
    const wb = new MockWorkbook([source]);
    const { outcome } = await importInto(wb);
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    expect(outcome.report.warnings.some((w) => w.sheet === "Kostnader" && w.row === 3)).toBe(true);
    const digits = /1212-?1212|191212121212|121212-?1212/;
    expect(JSON.stringify(outcome)).not.toMatch(digits);
    const catalog = wb.sheet(CATALOG_SHEET) as MockSheet;
    expect(JSON.stringify([...catalog.cells.values()])).not.toMatch(digits);
  });
});

describe("the catalog in the pane", () => {
  it("reads rows back with the local figures the user typed", async () => {
    const wb = new MockWorkbook([sourceSheet("Kostnader", [1, 2])]);
    await importInto(wb);
    catalogOf(wb).table.sheet.put(4, LOCAL, 1500);
    const ctx = new MockContext(wb);
    const rows = await readUnitCostCatalog(asContext(ctx));
    expect(rows.map((r) => [r.id, r.cost, r.hasLocal, r.localCost])).toEqual([
      ["K-1", 1001, false, null],
      ["K-2", 1002, true, 1500],
    ]);
  });

  it("reads an empty catalog when there is none", async () => {
    const ctx = new MockContext(new MockWorkbook([new MockSheet("Blad1")]));
    expect(await readUnitCostCatalog(asContext(ctx))).toEqual([]);
    expect(ctx.syncs).toBe(1);
  });

  it("inserts the formula into the active cell in one sync", async () => {
    const sheet = new MockSheet("Kalkyl");
    const wb = new MockWorkbook([sheet]);
    wb.activeCell = { row: 4, col: 2 };
    const ctx = new MockContext(wb);
    const row = {
      id: null,
      name: 'Insats "Steg"',
      category: null,
      unit: null,
      cost: 1,
      priceYear: null,
      source: null,
      hasLocal: false,
      localCost: null,
    };
    const address = await insertUnitCostFormula(asContext(ctx), row);
    expect(ctx.syncs).toBe(1);
    expect(address).toBe("Kalkyl!C5");
    expect(sheet.content(4, 2)).toBe(
      '=SI.UNITCOST("Insats ""Steg""", SI_Enhetskostnader[#All], SI_Prisår)'
    );
  });
});
