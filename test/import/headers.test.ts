import {
  findPriceYearAbove,
  findUnitCostHeader,
  matchHeaderCell,
  readCostHeader,
  readYearCell,
} from "../../src/import/headers";
import type { GridCell } from "../../src/import/types";

describe("header cells", () => {
  it.each([
    ["Kostnadspost", "name"],
    ["Post", "name"],
    ["Kostnadsslag", "name"],
    ["Namn", "name"],
    ["Benämning", "name"],
    ["BENAMNING", "name"],
    ["Item", "name"],
    ["Name", "name"],
    ["Kostnad", "cost"],
    ["Belopp", "cost"],
    ["Schablon", "cost"],
    ["Cost", "cost"],
    ["Amount", "cost"],
    ["Enhetskostnad", "cost"],
    ["Unit cost", "cost"],
    ["Enhet", "unit"],
    ["Unit", "unit"],
    ["Prisår", "priceYear"],
    ["Prisnivå", "priceYear"],
    ["År", "priceYear"],
    ["Price year", "priceYear"],
    ["Year", "priceYear"],
    ["Källa", "source"],
    ["Källa (rapport)", "source"],
    ["Source", "source"],
    ["Område", "category"],
    ["Kategori", "category"],
    ["Category", "category"],
    ["Id", "id"],
    ["Kod", "id"],
    ["Code", "id"],
    [" källa: ", "source"],
    ["Namn¹", "name"],
  ])("%j names the %s column", (text, field) => {
    expect(matchHeaderCell(text)?.field).toBe(field);
  });

  it.each([
    ["Enhetskostnader – exempeltabell"],
    ["Kostnader totalt"],
    ["Kommentar"],
    ["Kostnad per brukare och dygn"],
    ["Enhet/mått"],
    [""],
  ])("%j names no column", (text) => {
    expect(matchHeaderCell(text)).toBeUndefined();
  });

  it.each([
    ["Kostnad", { year: null, exp10: 0, unit: null }],
    ["Kostnad 2015 (kr)", { year: 2015, exp10: 0, unit: null }],
    ["Kostnad (tkr)", { year: null, exp10: 3, unit: null }],
    ["Kostnad, tkr", { year: null, exp10: 3, unit: null }],
    ["Kostnad (mnkr)", { year: null, exp10: 6, unit: null }],
    ["Belopp (Mkr)", { year: null, exp10: 6, unit: null }],
    ["Cost (MSEK)", { year: null, exp10: 6, unit: null }],
    ["Cost, SEK thousands", { year: null, exp10: 3, unit: null }],
    ["Belopp i 2018 års priser", { year: 2018, exp10: 0, unit: null }],
    ["Kostnad, milj. kr", { year: null, exp10: 6, unit: null }],
    ["Kostnad (kr/dygn)", { year: null, exp10: 0, unit: "kr/dygn" }],
    ["Kostnad 2016 (tkr/år)", { year: 2016, exp10: 3, unit: "kr/år" }],
    ["Kostnad/månad", { year: null, exp10: 0, unit: "kr/månad" }],
    ["Kostnad per enhet (kr)", { year: null, exp10: 0, unit: null }],
    ["Kostnad exkl. moms", { year: null, exp10: 0, unit: null }],
    ["Kostnad 2015, 2018 års priser", { year: null, exp10: 0, unit: null }],
  ])("reads the cost header %j", (text, info) => {
    expect(readCostHeader(text)).toEqual(info);
  });
});

describe("the header row", () => {
  const title: GridCell[] = ["Enhetskostnader – exempeltabell", null, null];

  it("is the first row within 30 with a name and a cost column, anywhere in the row", () => {
    const rows: GridCell[][] = [
      title,
      [],
      ["Prisnivå: 2018"],
      [null, "Område", "Kostnadspost", "Enhet", "Kostnad 2015 (tkr)", "Prisår", "Källa", "Id"],
      [null, "Skola", "Grundskola", "kr/år", 105, 2016, "SKR", "A1"],
    ];
    expect(findUnitCostHeader(rows)).toEqual({
      row: 3,
      columns: { category: 1, name: 2, unit: 3, cost: 4, priceYear: 5, source: 6, id: 7 },
      costYear: 2015,
      costScale: 1000,
      costUnit: null,
      yearAbove: 2018,
      firstColumn: 1,
      duplicates: [],
    });
  });

  it("needs both a name and a cost column", () => {
    expect(findUnitCostHeader([["Kostnadspost", "Enhet", "Källa"]])).toBeUndefined();
    expect(findUnitCostHeader([["Kostnad", "Enhet", "Källa"]])).toBeUndefined();
    expect(
      findUnitCostHeader([
        [1, 2, 3],
        ["Kostnad", 5],
      ])
    ).toBeUndefined();
  });

  it("is searched in the first maxRows rows only", () => {
    const rows: GridCell[][] = [
      ...Array.from({ length: 30 }, () => [] as GridCell[]),
      ["Namn", "Kostnad"],
    ];
    expect(findUnitCostHeader(rows)).toBeUndefined();
    expect(findUnitCostHeader(rows, 31)?.row).toBe(30);
  });

  it("uses the leftmost column of a field and lists the others", () => {
    const h = findUnitCostHeader([["Namn", "Kostnad 2015", "Kostnad 2018", "Benämning"]]);
    expect(h?.columns).toEqual({ name: 0, cost: 1 });
    expect(h?.costYear).toBe(2015);
    expect(h?.duplicates).toEqual([
      { field: "cost", column: 2, used: 1 },
      { field: "name", column: 3, used: 0 },
    ]);
  });
});

describe("price years", () => {
  it.each([
    [["Prisnivå: 2018"], 2018],
    [["Prisår 2018"], 2018],
    [["PRISNIVÅ 2019 (KPI)"], 2019],
    [["Priser i 2017"], 2017],
    [["Alla belopp i 2016 års priser"], 2016],
    [["Figures in 2014 prices"], 2014],
    [["Price level: 2013"], 2013],
    [["Prisnivå:", 2012], 2012],
    [["Prisår", null, "2011"], 2011],
    [["Enhetskostnader 2015"], null],
    [["Prisnivå: okänd"], null],
  ])("a line %j above the header gives %p", (line, year) => {
    expect(findPriceYearAbove([line as GridCell[], ["Namn", "Kostnad"]], 1)).toBe(year);
  });

  it("takes the nearest line above the header, and none below stopRow", () => {
    const rows: GridCell[][] = [["Prisnivå 2010"], ["Prisnivå 2018"], ["Namn", "Kostnad"]];
    expect(findPriceYearAbove(rows, 2)).toBe(2018);
    expect(findPriceYearAbove([["Prisnivå 2010"], [], ["Namn", "Kostnad"]], 2, 1)).toBeNull();
  });

  it("reads a price-year cell", () => {
    expect(readYearCell(2015)).toEqual({ kind: "year", year: 2015 });
    expect(readYearCell("2015")).toEqual({ kind: "year", year: 2015 });
    expect(readYearCell(" 2015 års priser ")).toEqual({ kind: "year", year: 2015 });
    expect(readYearCell(new Date(Date.UTC(2016, 0, 1)))).toEqual({ kind: "year", year: 2016 });
    expect(readYearCell(null)).toEqual({ kind: "blank" });
    expect(readYearCell("  ")).toEqual({ kind: "blank" });
    for (const v of ["2015/16", "okänt", 2015.5, 15, true, { error: "#N/A" }] as GridCell[]) {
      expect(readYearCell(v)).toEqual({ kind: "unreadable" });
    }
  });
});
