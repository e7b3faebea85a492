import { CBATABLE } from "../../src/catalog/functions/cbatable";
import { SiError, isSiError } from "../../src/core/errors";
import {
  actorsAgreement,
  agreement,
  kalkylFigures,
  sameNumber,
  type KalkylFigures,
} from "../../src/excel/kalkyl-figures";
import type { KalkylCell, KalkylData, KalkylNameRole } from "../../src/excel/kalkyl-outcome";
import type { Lang } from "../../src/i18n/lang";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import { generate } from "../templates/workbook-helpers";

const HEADER = ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år", "Avtagande"];
/** Plain cells, as SI.CBATABLE takes them too. */
const SMALL: (string | number | null)[][] = [
  HEADER,
  ["Personal", "Kostnad", "Skola", 100_000, 1, 1, null],
  ["Färre placeringar", "Nytta", "Socialtjänst", 60_000, 2, 2, null],
];
// By hand: year 1 is not discounted, years 2 and 3 by 1.035 and 1.035².
const PV_BENEFITS = 60_000 / 1.035 + 60_000 / 1.035 ** 2; // 113 981.66
const NPV = -100_000 + PV_BENEFITS; // 13 981.66

const ADDRESSES: Record<KalkylNameRole, string> = {
  rate: "B6",
  horizon: "B7",
  fundShare: "B8",
  npv: "B11",
  bcr: "B12",
  payback: "B14",
};

/** A Kalkyl as the service reads it: its table and what its named cells show. */
function kalkyl(
  table: KalkylCell[][],
  shown: Partial<Record<KalkylNameRole, KalkylCell>> = { rate: 0.035, horizon: 10 }
): KalkylData {
  const roles = Object.keys(shown) as KalkylNameRole[];
  const names = Object.fromEntries(
    roles.map((r) => [r, { name: `SI_${r}`, address: ADDRESSES[r] }])
  );
  const cells = Object.fromEntries(
    roles.map((r) => [r, { name: `SI_${r}`, address: ADDRESSES[r], value: shown[r] ?? null }])
  );
  return { ref: { table: "SI_Kalkyl", sheet: "Kalkyl", names }, table, cells };
}

function figuresOf(data: KalkylData): KalkylFigures {
  const outcome = kalkylFigures(data);
  if (outcome.kind !== "figures") throw new Error(`no figures: ${JSON.stringify(outcome)}`);
  return outcome.figures;
}

function num(f: number | SiError): number {
  if (isSiError(f)) throw new Error(`an error: ${f.key}`);
  return f;
}

describe("kalkylFigures", () => {
  it("computes NPV, ratio, payback and the split of the small table as worked by hand", () => {
    const f = figuresOf(kalkyl(SMALL));
    expect(f.rate).toBe(0.035);
    expect(f.horizon).toBe(10);
    expect(f.lines).toBe(2);
    expect(num(f.npv)).toBeCloseTo(NPV, 8);
    expect(num(f.npv)).toBeCloseTo(13_981.6565, 3);
    expect(num(f.bcr)).toBeCloseTo(PV_BENEFITS / 100_000, 12);
    expect(f.payback).toBe(3);
    expect(num(f.pvCosts)).toBe(100_000);
    expect(num(f.pvBenefits)).toBeCloseTo(PV_BENEFITS, 8);
    expect(f.actors.map((a) => a.actor)).toEqual(["Skola", "Socialtjänst"]);
    expect(f.actors[0]).toEqual({ actor: "Skola", pvCosts: 100_000, pvBenefits: 0, net: -100_000 });
    expect(f.actors[1].pvCosts).toBe(0);
    expect(num(f.actors[1].pvBenefits)).toBeCloseTo(PV_BENEFITS, 8);
    expect(num(f.actors[1].net)).toBeCloseTo(PV_BENEFITS, 8);
  });

  it("gives exactly what SI.CBATABLE gives for the same table", () => {
    const f = figuresOf(kalkyl(SMALL));
    const call = (measure?: string) =>
      CBATABLE.invoke([SMALL, 0.035, 10, measure ?? null], "sv") as unknown;
    expect(f.npv).toBe(call());
    expect(f.bcr).toBe(call("bcr"));
    expect(f.payback).toBe(call("payback"));
    expect(f.actors.map((a) => [a.actor, a.pvCosts, a.pvBenefits, a.net])).toEqual(call("aktörer"));
  });

  it("follows the rate and the horizon", () => {
    // Two years only: the benefit of year 3 is left out and the effort never pays back.
    const short = figuresOf(kalkyl(SMALL, { rate: 0.035, horizon: 2 }));
    expect(num(short.npv)).toBeCloseTo(-100_000 + 60_000 / 1.035, 8);
    expect(isSiError(short.payback) && short.payback.key).toBe("noPayback");
    // At 0 %, nothing is discounted.
    const flat = figuresOf(kalkyl(SMALL, { rate: 0, horizon: 10 }));
    expect(flat.npv).toBe(20_000);
    expect(flat.bcr).toBe(1.2);
  });

  it("takes SI.CBATABLE's defaults when the rate or horizon cell is blank", () => {
    const f = figuresOf(kalkyl(SMALL, { rate: null, horizon: null }));
    expect(f.rate).toBe(0.035);
    expect(f.horizon).toBe(3); // the last year any line reaches
    expect(num(f.npv)).toBeCloseTo(NPV, 8);
  });

  it("fades a line by its drop-off, year by year", () => {
    const table = [HEADER, ["Stöd", "Nytta", "Region", 1_000, 1, 3, 0.5]];
    const f = figuresOf(kalkyl(table, { rate: 0.1, horizon: 10 }));
    // 1 000, then 500, then 250, discounted from year 2.
    expect(num(f.pvBenefits)).toBeCloseTo(1_000 + 500 / 1.1 + 250 / 1.21, 9);
    expect(isSiError(f.bcr) && f.bcr.kind).toBe("DIV0");
  });

  it("names a line without an actor by an empty actor", () => {
    const table = [HEADER, ["Personal", "Kostnad", null, 10, 1, 1, null]];
    expect(figuresOf(kalkyl(table)).actors.map((a) => a.actor)).toEqual([""]);
  });

  it("says there are no lines when the table is empty", () => {
    expect(kalkylFigures(kalkyl([HEADER, [null, null, null, null, null, null, null]]))).toEqual({
      kind: "noLines",
    });
  });

  it("needs the named cells of the rate and the horizon", () => {
    expect(kalkylFigures(kalkyl(SMALL, { horizon: 10, npv: 1 }))).toEqual({
      kind: "missingInput",
      inputs: ["rate"],
    });
    expect(kalkylFigures(kalkyl(SMALL, {}))).toEqual({
      kind: "missingInput",
      inputs: ["rate", "horizon"],
    });
  });

  it.each<[string, KalkylCell[][], Partial<Record<KalkylNameRole, KalkylCell>>, string, string]>([
    ["a bad type", [HEADER, ["X", "Kanske", "Skola", 1, 1, 1, null]], {}, "table", "lineType"],
    [
      "an error cell",
      [HEADER, ["X", "Kostnad", "Skola", { error: "#N/A" }, 1, 1, null]],
      {},
      "table",
      "propagated",
    ],
    [
      "no amount column",
      [
        ["Post", "Typ"],
        ["X", "Kostnad"],
      ],
      {},
      "table",
      "missingColumn",
    ],
    ["text as the rate", SMALL, { rate: "hög" }, "rate", "expectedNumber"],
    ["an error as the rate", SMALL, { rate: { error: "#REF!" } }, "rate", "propagated"],
    ["a rate of −100 %", SMALL, { rate: -1 }, "rate", "rateDomain"],
    ["a fractional horizon", SMALL, { horizon: 2.5 }, "horizon", "horizon"],
    ["a horizon of 0", SMALL, { horizon: 0 }, "horizon", "horizon"],
  ])("gives SI.CBATABLE's error for %s", (_, table, shown, source, key) => {
    const outcome = kalkylFigures(kalkyl(table, { rate: 0.035, horizon: 10, ...shown }));
    expect(outcome).toMatchObject({ kind: "error", source });
    expect(outcome.kind === "error" && outcome.error.key).toBe(key);
  });
});

describe("agreement with the sheet", () => {
  const cell = (value: KalkylCell) => ({ name: "SI_Nettonuvarde", address: "B11", value });

  it("agrees when the sheet shows the same number, to the last bits", () => {
    expect(agreement(NPV, cell(NPV))).toEqual({ kind: "agrees", address: "B11" });
    expect(agreement(NPV, cell(NPV * (1 + 1e-12)))).toEqual({ kind: "agrees", address: "B11" });
    expect(sameNumber(0, 1e-12)).toBe(true);
    expect(sameNumber(100, 100.001)).toBe(false);
  });

  it("says what the sheet shows when it differs, is blank or is not there", () => {
    expect(agreement(NPV, cell(12_000))).toEqual({
      kind: "differs",
      address: "B11",
      shown: 12_000,
    });
    expect(agreement(NPV, cell({ error: "#NAME?" }))).toEqual({
      kind: "differs",
      address: "B11",
      shown: { error: "#NAME?" },
    });
    expect(agreement(NPV, cell("13 982"))).toMatchObject({ kind: "differs" });
    expect(agreement(NPV, cell(null))).toEqual({ kind: "blank", address: "B11" });
    expect(agreement(NPV, undefined)).toEqual({ kind: "noCell" });
  });

  it("agrees on an error when the sheet shows it as Excel shows a custom function's error", () => {
    const f = figuresOf(kalkyl(SMALL, { rate: 0.035, horizon: 2 }));
    expect(agreement(f.payback, cell({ error: "#N/A" }))).toMatchObject({ kind: "agrees" });
    expect(agreement(f.payback, cell({ error: "#NUM!" }))).toMatchObject({ kind: "differs" });
    expect(agreement(f.payback, cell(3))).toMatchObject({ kind: "differs" });
  });

  it("compares the split row by row with the spill", () => {
    const f = figuresOf(kalkyl(SMALL));
    const rows = [
      ["skola", 100_000, 0, -100_000],
      ["Socialtjänst", 0, PV_BENEFITS, PV_BENEFITS],
    ];
    expect(actorsAgreement(f.actors, { anchor: "D7", rows })).toEqual({
      kind: "agrees",
      address: "D7",
    });
    expect(actorsAgreement(f.actors, { anchor: "D7", rows: rows.slice(0, 1) })).toMatchObject({
      kind: "differs",
    });
    const stale = [rows[0], ["Socialtjänst", 0, 1, 1]];
    expect(actorsAgreement(f.actors, { anchor: "D7", rows: stale })).toMatchObject({
      kind: "differs",
    });
    expect(actorsAgreement(f.actors, { anchor: "D7", rows: [[{ error: "#NAME?" }]] })).toEqual({
      kind: "differs",
      address: "D7",
      shown: { error: "#NAME?" },
    });
    expect(actorsAgreement(f.actors, { anchor: "D7", rows: [] })).toEqual({
      kind: "blank",
      address: "D7",
    });
    expect(actorsAgreement(f.actors, undefined)).toEqual({ kind: "noCell" });
  });

  it("takes the spill's label for lines without an actor in either language", () => {
    const table = [HEADER, ["Personal", "Kostnad", null, 10, 1, 1, null]];
    const f = figuresOf(kalkyl(table));
    for (const label of ["(ingen aktör)", "(no actor)"])
      expect(
        actorsAgreement(f.actors, { anchor: "D7", rows: [[label, 10, 0, -10]] })
      ).toMatchObject({ kind: "agrees" });
  });
});

describe.each<Lang>(["sv", "en"])("the example sheet recalculated by the engine (%s)", (lang) => {
  // The sheet `si-kalkyl template` writes, every formula evaluated by the headless engine
  // (SI.CBATABLE through the catalog): the pane must agree with every figure on it.
  it("agrees with every named result and the whole per-actor split", async () => {
    const wb = await generate(["kalkyl"], lang, true);
    const t = KALKYL_TEXT[lang];
    const s = t.sheet;
    const v = (ref: string) => wb.value(s, ref) as KalkylCell;
    const cols = "ABCDEFGHIJ";
    const table = Array.from({ length: t.rows.length + 1 }, (_, r) =>
      [...cols].map((c) => v(`${c}${30 + r}`))
    );
    const data = kalkyl(table, {
      rate: v("B6"),
      horizon: v("B7"),
      npv: v("B11"),
      bcr: v("B12"),
      payback: v("B14"),
    });
    const f = figuresOf(data);
    expect(agreement(f.npv, data.cells.npv)).toMatchObject({ kind: "agrees" });
    expect(agreement(f.bcr, data.cells.bcr)).toMatchObject({ kind: "agrees" });
    expect(agreement(f.payback, data.cells.payback)).toMatchObject({ kind: "agrees" });
    const rows = f.actors.map((_, i) => [...cols.slice(3, 7)].map((c) => v(`${c}${7 + i}`)));
    expect(actorsAgreement(f.actors, { anchor: "D7", rows })).toMatchObject({ kind: "agrees" });
    expect(f.actors.length).toBeGreaterThan(1);
  });
});
