import { call, err, expectClose, num } from "../helpers/call";

const HEAD = ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år", "Avtagande"];
const PV60 = 60 / 1.035 + 60 / 1.035 ** 2;

describe("SI.CBATABLE", () => {
  it("reads a Swedish table and agrees with SI.CBA on the same yearly flows", () => {
    const lines = [
      HEAD,
      ["Personal", "Kostnad", "Skola", 100, 1, 1, null],
      ["Placeringar", "Nytta", "Socialtjänst", 60, 2, 2, null],
    ];
    expectClose(num(call("CBATABLE", [lines])), PV60 - 100);
    expectClose(num(call("CBATABLE", [lines, 0.035, null, "bcr"])), PV60 / 100);
    const viaCba = num(call("CBA", [[[100, 0, 0]], [[0, 60, 60]], 0.035, "bcr"]));
    expectClose(num(call("CBATABLE", [lines, null, null, "bcr"])), viaCba);
  });

  it("matches headers in English, any case, without accents, in any column order, ignoring other columns", () => {
    const lines = [
      ["Note", "AMOUNT", "type", "Actor", "Start Year", "years", "drop-off", "Low", "High"],
      ["x", 100, "cost", "School", 1, 1, 0, 1, 2],
      ["y", 60, "Benefit", "Social services", 2, 2, 0, 1, 2],
    ];
    expectClose(num(call("CBATABLE", [lines])), PV60 - 100);
    const accentless = [
      ["post", "typ", "aktor", "belopp", "startar", "antal ar"],
      ["a", "kostnad", "s", 100, 1, 1],
      ["b", "NYTTA", "t", 60, 2, 2],
    ];
    expectClose(num(call("CBATABLE", [accentless])), PV60 - 100);
  });

  it("applies drop-off as amount·(1 − dropoff)^(year − start)", () => {
    const lines = [
      HEAD,
      ["Effekt", "Nytta", "Region", 1000, 2, 3, 0.2],
      ["Insats", "Kostnad", "Region", 500, 1, 1, null],
    ];
    // Benefit years 2, 3, 4: 1000, 800, 640, at 0 % so no discounting.
    expect(num(call("CBATABLE", [lines, 0, null, "pvbenefits"]))).toBeCloseTo(1000 + 800 + 640, 9);
    const r = 0.035;
    const byHand = 1000 / (1 + r) + 800 / (1 + r) ** 2 + 640 / (1 + r) ** 3 - 500;
    expectClose(num(call("CBATABLE", [lines, r])), byHand);
  });

  it("defaults the horizon to the last year any line reaches, and cuts lines at a given horizon", () => {
    const lines = [HEAD, ["a", "Kostnad", "", 100, 1, 1, null], ["b", "Nytta", "", 10, 3, 5, null]];
    expect(num(call("CBATABLE", [lines, 0, null, "pvbenefits"]))).toBe(50); // years 3–7
    expect(num(call("CBATABLE", [lines, 0, 4, "pvbenefits"]))).toBe(20); // years 3–4
    // −100 in year 1 against 10 a year for five years never pays back, however long the horizon.
    expect(err(call("CBATABLE", [lines, 0, 10, "payback"])).kind).toBe("NA");
    expect(num(call("CBATABLE", [lines, 0, 10, "pvcosts"]))).toBe(100);
  });

  it("filters to one actor and splits costs and benefits per actor", () => {
    const lines = [
      HEAD,
      ["Personal", "Kostnad", "Skola", 100, 1, 1, null],
      ["Material", "Kostnad", "Socialtjänst", 20, 1, 1, null],
      ["Placeringar", "Nytta", "Socialtjänst", 60, 2, 2, null],
    ];
    expectClose(num(call("CBATABLE", [lines, 0.035, null, "npv", "socialtjänst"])), PV60 - 20);
    const actors = call("CBATABLE", [lines, 0.035, null, "actors"]) as unknown[][];
    expect(actors.map((r) => r[0])).toEqual(["Skola", "Socialtjänst"]);
    expect(actors[0].slice(1)).toEqual([100, 0, -100]);
    expectClose(actors[1][1] as number, 20);
    expectClose(actors[1][2] as number, PV60);
    expectClose(actors[1][3] as number, PV60 - 20);
    // The actors' nets add up to the whole table's NPV.
    expectClose(
      (actors[0][3] as number) + (actors[1][3] as number),
      num(call("CBATABLE", [lines]))
    );
    expect(err(call("CBATABLE", [lines, 0.035, null, "npv", "Försäkringskassan"])).kind).toBe("NA");
  });

  it("labels lines without an actor in the display language", () => {
    const lines = [
      ["Typ", "Belopp"],
      ["Kostnad", 5],
    ];
    expect((call("CBATABLE", [lines, 0.035, null, "aktörer"], "sv") as unknown[][])[0][0]).toBe(
      "(ingen aktör)"
    );
    expect((call("CBATABLE", [lines, 0.035, null, "actors"], "en") as unknown[][])[0][0]).toBe(
      "(no actor)"
    );
  });

  it("skips empty lines and names the row of a bad line", () => {
    const ok = [
      HEAD,
      [null, null, null, null, null, null, null],
      ["a", "Kostnad", "S", 100, null, null, null],
    ];
    expect(num(call("CBATABLE", [ok, 0, null, "pvcosts"]))).toBe(100);
    const badType = err(call("CBATABLE", [[HEAD, ["a", "Utgift", "S", 1, 1, 1, 0]]]));
    expect(badType.kind).toBe("VALUE");
    expect(badType.params.row).toBe(2);
    expect(err(call("CBATABLE", [[HEAD, ["a", "Kostnad", "S", "mycket", 1, 1, 0]]])).key).toBe(
      "lineNumber"
    );
    expect(err(call("CBATABLE", [[HEAD, ["a", "Kostnad", "S", 1, 1, -2, 0]]])).kind).toBe("NUM");
    expect(err(call("CBATABLE", [[HEAD, ["a", "Kostnad", "S", 1, 0, 1, 0]]])).kind).toBe("NUM");
    expect(err(call("CBATABLE", [[HEAD, ["a", "Kostnad", "S", 1, 1, 1, 1.5]]])).kind).toBe("NUM");
    expect(
      err(
        call("CBATABLE", [
          [
            ["Post", "Belopp"],
            ["a", 1],
          ],
        ])
      ).key
    ).toBe("missingColumn");
    expect(
      err(
        call("CBATABLE", [
          [
            ["Post", "Typ"],
            ["a", "Kostnad"],
          ],
        ])
      ).key
    ).toBe("missingColumn");
    expect(err(call("CBATABLE", [[HEAD]])).key).toBe("noLines");
    expect(
      err(call("CBATABLE", [[HEAD, ["a", "Kostnad", "S", 1, 1, 1, 0]], 0.035, 2.5])).params.arg
    ).toBe("horizon");
  });
});
