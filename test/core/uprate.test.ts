import { KPI, latestYear, parseIndexCsv, uprate, yearSpans } from "../../src/core/priceindex";
import { call, err, expectClose, num } from "../helpers/call";

describe("the bundled consumer price index", () => {
  it("holds SCB's published yearly averages (spot checks against the table)", () => {
    expect(KPI.values.get(2006)).toBe(284.22);
    expect(KPI.values.get(2015)).toBe(313.35);
    expect(KPI.values.get(2023)).toBe(403.7);
    expect(latestYear(KPI)).toBe(2023);
    expect(yearSpans(KPI)).toBe("2006–2023");
  });

  it("reads a year added as one line", () => {
    const longer = parseIndexCsv("test", "year,kpi\n2022,371.91\n2023,403.70\n2024,415.0\n");
    expect(latestYear(longer)).toBe(2024);
  });
});

describe("SI.UPRATE", () => {
  it("uprates by the ratio of the two years' index values (worked by hand)", () => {
    expectClose(num(call("UPRATE", [6200, 2015, 2023])), (6200 * 403.7) / 313.35);
    expect(
      num(
        call("UPRATE", [
          100,
          2020,
          2021,
          [
            [2020, 100],
            [2021, 103],
          ],
        ])
      )
    ).toBe(103);
    expect(num(call("UPRATE", [100, 2021, 2021]))).toBe(100);
  });

  it("is undone by uprating back", () => {
    const there = num(call("UPRATE", [1000, 2008, 2019]));
    expectClose(num(call("UPRATE", [there, 2019, 2008])), 1000);
  });

  it("accepts the user's index with a header row and blank rows", () => {
    const pkv = [
      ["År", "PKV"],
      [2020, 100],
      [null, null],
      [2021, 102.5],
    ];
    expectClose(num(call("UPRATE", [200, 2020, 2021, pkv])), 205);
  });

  it("broadcasts over a column of amounts and years", () => {
    const r = call("UPRATE", [
      [[100], [200]],
      [[2020], [2021]],
      2022,
      [
        [2020, 100],
        [2021, 110],
        [2022, 121],
      ],
    ]);
    expect(r).toEqual([[121], [220]]);
  });

  it("names the years the index has when a year is missing", () => {
    const e = err(call("UPRATE", [100, 2005, 2023]));
    expect(e.kind).toBe("NA");
    expect(e.params).toMatchObject({ arg: "from_year", year: 2005, years: "2006–2023" });
    expect(err(call("UPRATE", [100, 2015.5, 2023])).kind).toBe("NUM");
    expect(err(call("UPRATE", [100, null, 2023])).key).toBe("missing");
    expect(err(call("UPRATE", [100, 2020, 2021, [[2020, 100, 1]]])).key).toBe("indexRange");
    expect(
      err(
        call("UPRATE", [
          100,
          2020,
          2021,
          [
            [2020, 100],
            [2020, 101],
          ],
        ])
      ).key
    ).toBe("indexDuplicate");
    expect(
      err(
        call("UPRATE", [
          100,
          2020,
          2021,
          [
            [2020, -1],
            [2021, 1],
          ],
        ])
      ).key
    ).toBe("indexValue");
    expect(uprate(1, 2006, 2040, KPI)).toMatchObject({ kind: "NA" });
  });
});
