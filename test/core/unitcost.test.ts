import { call, err, expectClose, num } from "../helpers/call";

const KPI_2015 = 313.35; // SCB, KPI 1980=100, yearly average (data file)
const KPI_2023 = 403.7;

const TABLE = [
  ["Id", "Kategori", "Kostnadspost", "Enhet", "Kostnad", "Prisår", "Källa"],
  ["HVB1", "Barn och unga", "Placering HVB, barn och unga", "kr/dygn", 6200, 2015, "Exempel"],
  ["FH1", "Barn och unga", "Familjehemsplacering", "kr/dygn", 1300, 2015, "Exempel"],
  ["GR1", "Skola", "Grundskola, per elev", "kr/år", 105000, null, "Exempel"],
  [null, "Skola", "Gymnasieskola, per elev", "kr/år", "118 000", 2016, "Exempel"],
];

describe("SI.UNITCOST", () => {
  it("finds an item by exact id, else by name whatever its case, accents and spaces", () => {
    expect(num(call("UNITCOST", ["HVB1", TABLE]))).toBe(6200);
    expect(num(call("UNITCOST", ["familjehemsplacering", TABLE]))).toBe(1300);
    expect(num(call("UNITCOST", ["  GYMNASIESKOLA,per elev ", TABLE]))).toBe(118000); // number stored as text
    expect(num(call("UNITCOST", ["Placering HVB barn och unga", TABLE]))).toBe(6200);
  });

  it("uprates to a price year with the bundled KPI or the user's index", () => {
    expectClose(num(call("UNITCOST", ["HVB1", TABLE, 2023])), (6200 * KPI_2023) / KPI_2015);
    const pkv = [
      [2015, 100],
      [2016, 102],
    ];
    expectClose(num(call("UNITCOST", ["HVB1", TABLE, 2016, pkv])), 6324);
  });

  it("uses the live catalog's Använd column (the local figure) over the national cost", () => {
    const live = [
      ["Id", "Kostnadspost", "Kostnad", "Prisår", "Lokal kostnad", "Använd", "Kostnad 2023"],
      ["A", "Alfa", 100, 2015, 150, 150, 193.2],
      ["B", "Beta", 200, 2015, null, 200, 257.7],
    ];
    expect(num(call("UNITCOST", ["A", live]))).toBe(150);
    expect(num(call("UNITCOST", ["Beta", live]))).toBe(200);
  });

  it("looks up a column of items at once", () => {
    expect(call("UNITCOST", [[["HVB1"], ["FH1"]], TABLE])).toEqual([[6200], [1300]]);
  });

  it("says which names are closest when an item is not found", () => {
    const e = err(call("UNITCOST", ["Familjehemsplacring", TABLE]));
    expect(e.kind).toBe("NA");
    const names = String(e.params.closest).match(/"[^"]+"/g);
    expect(names).toEqual(['"Familjehemsplacering"', expect.any(String), expect.any(String)]);
  });

  it("names the rows of an ambiguous name, and refuses to uprate a cost without price year", () => {
    const twice = [
      ...TABLE,
      ["X", "Annat", "Familjehemsplacering", "kr/dygn", 1400, 2015, "Lokal"],
    ];
    const e = err(call("UNITCOST", ["familjehemsplacering", twice]));
    expect(e.key).toBe("itemAmbiguous");
    expect(String(e.params.names)).toMatch(/!3.*!6/);
    expect(num(call("UNITCOST", ["X", twice]))).toBe(1400); // the id still finds it
    expect(err(call("UNITCOST", ["GR1", TABLE, 2023])).key).toBe("itemNoYear");
    expect(err(call("UNITCOST", ["HVB1", TABLE, 2040])).key).toBe("indexYear");
  });

  it("rejects a table without a header of name and cost, and a blank item", () => {
    expect(
      err(
        call("UNITCOST", [
          "A",
          [
            ["a", "b"],
            [1, 2],
          ],
        ])
      ).key
    ).toBe("noUnitCostHeader");
    expect(err(call("UNITCOST", [null, TABLE])).key).toBe("missing");
  });
});
