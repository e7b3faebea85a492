import {
  COLUMNS,
  UPRATED_FORMULA,
  USED_FORMULA,
  buildCatalog,
  catalogRowsFromValues,
  type ExistingTable,
  type FormulaCell,
} from "../../src/excel/catalog-table";
import type { UnitCostItem } from "../../src/import/types";

function item(name: string, cost: number, extra: Partial<UnitCostItem> = {}): UnitCostItem {
  return {
    name,
    cost,
    unit: "dygn",
    priceYear: 2022,
    category: "Socialtjänst",
    source: "SKR",
    id: null,
    sheet: "Källa",
    row: 2,
    ...extra,
  };
}

/** An old table as a previous import wrote it, with the user's figures in Lokal kostnad. */
function oldTable(
  rows: { id: string; name: string; cost: number; local: FormulaCell }[],
  extraHeader: string[] = [],
  extra: FormulaCell[][] = []
): ExistingTable {
  return {
    header: [...COLUMNS, ...extraHeader],
    body: rows.map((r, i) => [
      r.id,
      "Socialtjänst",
      r.name,
      "dygn",
      r.cost,
      2021,
      "SKR",
      r.local,
      USED_FORMULA,
      UPRATED_FORMULA,
      ...(extra[i] ?? []),
    ]),
    numberFormats: rows.map(() => [
      ...COLUMNS.map(() => "General"),
      ...extraHeader.map(() => "0.0"),
    ]),
  };
}

describe("buildCatalog for a new catalog", () => {
  const contents = buildCatalog([
    item("Plats på HVB", 4200, { id: "HVB-01" }),
    item("Vårddygn", 9000, { unit: null, priceYear: null, category: null, source: null }),
  ]);

  it("writes the national columns, an empty local figure and the two formulas", () => {
    expect(contents.header).toEqual([...COLUMNS]);
    expect(contents.body).toEqual([
      [
        "HVB-01",
        "Socialtjänst",
        "Plats på HVB",
        "dygn",
        4200,
        2022,
        "SKR",
        "",
        USED_FORMULA,
        UPRATED_FORMULA,
      ],
      ["", "", "Vårddygn", "", 9000, "", "", "", USED_FORMULA, UPRATED_FORMULA],
    ]);
    expect(contents).toMatchObject({ added: 2, updated: 0, kept: 0, removed: 0 });
  });

  it("formats text columns as text and money as whole kronor", () => {
    expect(contents.numberFormats[0]).toEqual([
      "@",
      "@",
      "@",
      "@",
      "#,##0",
      "0",
      "@",
      "#,##0",
      "#,##0",
      "#,##0",
    ]);
  });

  it("shows öre for a cost that has them, where whole kronor would hide them", () => {
    const formats = buildCatalog([item("Resa", 12.5, { unit: "km" })]).numberFormats[0];
    expect([formats[4], formats[7], formats[8], formats[9]]).toEqual([
      "#,##0.00",
      "#,##0",
      "#,##0.00",
      "#,##0",
    ]);
  });

  it("uses exactly the formulas of the contract", () => {
    expect(USED_FORMULA).toBe('=IF([@[Lokal kostnad]]="",[@Kostnad],[@[Lokal kostnad]])');
    expect(UPRATED_FORMULA).toBe("=SI.UPRATE([@Använd],[@Prisår],SI_Prisår)");
  });
});

describe("buildCatalog over an existing table", () => {
  it("keeps each local figure, matched by Id before name", () => {
    const old = oldTable([
      { id: "A1", name: "Gammalt namn", cost: 100, local: 150 },
      { id: "", name: "Vårddygn (psykiatri)", cost: 200, local: "=C9*2" },
    ]);
    const contents = buildCatalog(
      [item("Nytt namn", 110, { id: "a1" }), item("VÅRDDYGN psykiatri", 210)],
      old
    );
    expect(contents.body.map((r) => [r[0], r[2], r[4], r[5], r[7]])).toEqual([
      ["a1", "Nytt namn", 110, 2022, 150],
      ["", "VÅRDDYGN psykiatri", 210, 2022, "=C9*2"],
    ]);
    expect(contents).toMatchObject({ updated: 2, added: 0, kept: 0, removed: 0 });
    expect(contents.rows.map((r) => [r.hasLocal, r.localCost])).toEqual([
      [true, 150],
      [true, null],
    ]);
  });

  it("does not match by name onto a row that carries another Id", () => {
    const old = oldTable([{ id: "B2", name: "Plats på HVB", cost: 100, local: 999 }]);
    const contents = buildCatalog([item("Plats på HVB", 120, { id: "C3" })], old);
    expect(contents.body[0][7]).toBe("");
    // The old row holds the user's figure, so it stays, after the imported rows.
    expect(contents.body[1].slice(0, 8)).toEqual([
      "B2",
      "Socialtjänst",
      "Plats på HVB",
      "dygn",
      100,
      2021,
      "SKR",
      999,
    ]);
    expect(contents).toMatchObject({ updated: 0, added: 1, kept: 1, removed: 0 });
  });

  it("claims each old row once when names repeat", () => {
    const old = oldTable([
      { id: "", name: "Besök", cost: 1, local: 10 },
      { id: "", name: "Besök", cost: 2, local: 20 },
    ]);
    const contents = buildCatalog([item("Besök", 5), item("Besök", 6), item("Besök", 7)], old);
    expect(contents.body.map((r) => r[7])).toEqual([10, 20, ""]);
  });

  it("drops old rows without the user's figures that left the source", () => {
    const old = oldTable([{ id: "X", name: "Borta", cost: 1, local: "" }]);
    const contents = buildCatalog([item("Ny", 5)], old);
    expect(contents.body).toHaveLength(1);
    expect(contents).toMatchObject({ removed: 1, kept: 0 });
  });

  it("carries the user's own columns and their formats along with the row", () => {
    const old = oldTable(
      [{ id: "A1", name: "Post", cost: 1, local: "" }],
      ["Kommentar"],
      [["egen not"]]
    );
    const contents = buildCatalog([item("Post", 2, { id: "A1" }), item("Ny post", 3)], old);
    expect(contents.header).toEqual([...COLUMNS, "Kommentar"]);
    expect(contents.body.map((r) => r[10])).toEqual(["egen not", ""]);
    expect(contents.numberFormats[0][10]).toBe("0.0");
  });

  it("puts its columns back in order when the user moved them", () => {
    const header: FormulaCell[] = ["Kostnadspost", "Lokal kostnad", "Id", "Kostnad"];
    const contents = buildCatalog([item("Post", 2, { id: "A1" })], {
      header,
      body: [["Post", 77, "A1", 1]],
      numberFormats: [["@", "0", "@", "0"]],
    });
    expect(contents.header).toEqual([...COLUMNS]);
    expect(contents.body[0][7]).toBe(77);
  });
});

describe("catalogRowsFromValues", () => {
  it("reads the rows the pane shows, local figures included", () => {
    const rows = catalogRowsFromValues([
      [...COLUMNS],
      ["A1", "Socialtjänst", "Plats", "dygn", 4200, 2022, "SKR", 5000, 5000, 5100],
      ["", "", "Besök", "", 800, "", "", "", 800, 810],
      ["", "", "", "", "", "", "", "", 0, 0],
    ]);
    expect(rows).toEqual([
      {
        id: "A1",
        category: "Socialtjänst",
        name: "Plats",
        unit: "dygn",
        cost: 4200,
        priceYear: 2022,
        source: "SKR",
        hasLocal: true,
        localCost: 5000,
      },
      {
        id: null,
        category: null,
        name: "Besök",
        unit: null,
        cost: 800,
        priceYear: null,
        source: null,
        hasLocal: false,
        localCost: null,
      },
    ]);
  });
});
