/**
 * Every live sheet written by `si-kalkyl template`, recalculated by the headless engine, in both
 * languages: no error cells, and the example's figures checked against values worked out here
 * independently (by hand, or with HyperFormula's native NPV), never against the sheet's own code.
 */
import { RATE_ROW, RISK_LEVEL_LABELS, SIM_LABELS } from "../../src/i18n/labels";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import { LOGIKMODELL_TEXT } from "../../src/i18n/sheets/logikmodell";
import { OSAKERHET_TEXT } from "../../src/i18n/sheets/osakerhet";
import { RISKMATRIS_TEXT } from "../../src/i18n/sheets/riskmatris";
import { UPPFOLJNING_TEXT } from "../../src/i18n/sheets/uppfoljning";
import { riskLevel } from "../../src/core/risk";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { levelBounds } from "../../src/templates/sheets/riskmatris";
import { hfEval } from "../helpers/hyperformula";
import { Generated, generate } from "./workbook-helpers";

jest.setTimeout(60_000);

const close = (actual: unknown, expected: number, digits = 6) =>
  expect(actual as number).toBeCloseTo(expected, digits);

/** Yearly flows of the example's lines, worked out directly from the rows. */
function exampleFlows(
  rows: readonly (readonly unknown[])[],
  type: string,
  horizon: number,
  actor?: string
) {
  const flows = Array.from({ length: horizon }, () => 0);
  for (const [, t, a, amount, start, years, dropoff] of rows) {
    if (t !== type || (actor !== undefined && a !== actor)) continue;
    for (let k = 0; k < (years as number); k++) {
      const year = (start as number) + k;
      if (year <= horizon)
        flows[year - 1] += (amount as number) * (1 - ((dropoff as number) || 0)) ** k;
    }
  }
  return flows;
}

/** Present value with the first year undiscounted, by HyperFormula's native NPV. */
function pv(flows: readonly number[], rate: number): number {
  return flows[0] + (hfEval(`=NPV(${rate},${flows.slice(1).join(",")})`) as number);
}

describe.each(["sv", "en"] as const)("every sheet in %s", (lang) => {
  let all: Generated;
  beforeAll(async () => {
    all = await generate(TEMPLATE_IDS, lang);
  });

  it("recalculates without an error cell, and nothing is left to Excel alone", () => {
    expect(all.errors).toEqual([]);
    expect(all.stderr).toBe("");
    expect(all.workbook.worksheets.map((w) => w.name)).toHaveLength(TEMPLATE_IDS.length);
    expect(TEMPLATE_IDS).toHaveLength(8);
  });

  it.each(TEMPLATE_IDS.map((id) => [id]))(
    "%s alone, and empty, also recalculates cleanly",
    async (id) => {
      const alone = await generate([id], lang);
      expect(alone.errors).toEqual([]);
      const empty = await generate([id], lang, false);
      // Without lines the per-actor spill says so (#N/A "no lines"); everything else is blank.
      const expected = id === "kalkyl" ? [expect.stringMatching(/^[^!]+!D7 #N\/A /)] : [];
      expect(empty.errors).toEqual(expected);
    }
  );

  it("Kalkyl: yearly flows, NPV, ratio, per-actor split and risk sharing match the lines worked by hand", () => {
    const t = KALKYL_TEXT[lang];
    const s = t.sheet;
    const rate = 0.035;
    const horizon = 10;
    expect(all.value(s, "B6")).toBe(rate);
    expect(all.value(s, "B7")).toBe(horizon);
    const costs = exampleFlows(t.rows, t.cost, horizon);
    const benefits = exampleFlows(t.rows, t.benefit, horizon);
    // Year 1: the three cost lines that start then (2.4 M + 0.3 M + 0.15 M).
    expect(costs[0]).toBe(2_850_000);
    for (let y = 1; y <= horizon; y++) {
      const row = 6 + y;
      expect(all.value(s, `H${row}`)).toBe(y);
      close(all.value(s, `I${row}`), costs[y - 1]);
      close(all.value(s, `J${row}`), benefits[y - 1]);
      close(all.value(s, `K${row}`), benefits[y - 1] - costs[y - 1]);
      const net = benefits.slice(0, y).map((b, i) => b - costs[i]);
      close(all.value(s, `L${row}`), pv(net, rate), 4);
    }
    expect(all.value(s, "H17")).toBeNull(); // year 11 is beyond the horizon
    const pvc = pv(costs, rate);
    const pvb = pv(benefits, rate);
    close(all.value(s, "B11"), pvb - pvc, 4);
    close(all.value(s, "B12"), pvb / pvc, 9);
    close(all.value(s, "B13"), pvb / pvc - 1, 9);
    close(all.value(s, "B15"), pvc, 4);
    close(all.value(s, "B16"), pvb, 4);
    // Payback: the first year the cumulative discounted net is no longer negative.
    const first = Array.from({ length: horizon }, (_, i) => i + 1).find(
      (y) => (all.value(s, `L${6 + y}`) as number) >= 0
    );
    expect(all.value(s, "B14")).toBe(first);
    close(all.value(s, "B19"), 0.3, 12);
    close(all.value(s, "B20"), 0.7 * pvc, 4);
    close(all.value(s, "B21"), 0.3 * pvc, 4);
    // One row per actor, in the order the lines name them.
    const actors = [...new Set(t.rows.map((r) => r[2] as string))];
    actors.forEach((actor, i) => {
      const row = 7 + i;
      expect(all.value(s, `D${row}`)).toBe(actor);
      const c = pv(exampleFlows(t.rows, t.cost, horizon, actor), rate);
      const b = pv(exampleFlows(t.rows, t.benefit, horizon, actor), rate);
      close(all.value(s, `E${row}`), c, 4);
      close(all.value(s, `F${row}`), b, 4);
      close(all.value(s, `G${row}`), b - c, 4);
    });
    // The spill is exactly as long as the list of actors: nothing padded under it.
    expect(all.value(s, `D${7 + actors.length}`)).toBeNull();
  });

  it("Känslighetsanalys: each line at Låg and Hög and the rate at 1 % and 5 %, by hand; the simulation agrees with the exact expectation", () => {
    const k = KALKYL_TEXT[lang];
    const t = OSAKERHET_TEXT[lang];
    const s = t.sheet;
    const rate = 0.035;
    const horizon = 10;
    type Row = (typeof k.rows)[number];
    const npvOf = (rows: readonly Row[], r = rate) => {
      const net = exampleFlows(rows, k.benefit, horizon).map(
        (b, i) => b - exampleFlows(rows, k.cost, horizon)[i]
      );
      return pv(net, r);
    };
    const withAmount = (j: number, amount: number) =>
      k.rows.map((r, i) => (i === j ? ([...r.slice(0, 3), amount, ...r.slice(4)] as Row) : r));
    expect(all.value(s, "B6")).toBe(rate);
    expect(all.value(s, "B7")).toBe(horizon);
    const base = npvOf(k.rows);
    close(all.value(s, "B16"), base, 4);
    expect(all.value(s, "B16")).toBe(all.value(k.sheet, "B11"));

    // Every line of the example has Låg and Hög; the rate's row too; largest swing first.
    const expected = [
      ...k.rows.map((r, j) => ({
        item: r[0] as string,
        low: npvOf(withAmount(j, r[7] as number)),
        high: npvOf(withAmount(j, r[8] as number)),
      })),
      { item: RATE_ROW[lang], low: npvOf(k.rows, 0.01), high: npvOf(k.rows, 0.05) },
    ]
      .map((x) => ({ ...x, swing: Math.abs(x.high - x.low) }))
      .sort((a, b) => b.swing - a.swing);
    expected.forEach((x, i) => {
      const row = 7 + i;
      expect(all.value(s, `H${row}`)).toBe(x.item);
      close(all.value(s, `I${row}`), x.low, 4);
      close(all.value(s, `J${row}`), x.high, 4);
      close(all.value(s, `K${row}`), x.swing, 4);
    });
    expect(all.value(s, `H${7 + expected.length}`)).toBeNull();

    // The summary: labelled rows, the mean within 4 standard errors of the exact expectation
    // (NPV is linear in each amount, and a triangle's mean is (Låg + Belopp + Hög) / 3).
    const labels = SIM_LABELS[lang];
    (["mean", "sd", "p5", "p50", "p95", "probpositive"] as const).forEach((key, i) =>
      expect(all.value(s, `A${21 + i}`)).toBe(labels[key])
    );
    const exact = npvOf(
      k.rows.map((r) => {
        const mean = ((r[7] as number) + (r[3] as number) + (r[8] as number)) / 3;
        return [...r.slice(0, 3), mean, ...r.slice(4)] as Row;
      })
    );
    const [mean, sd, p5, p50, p95, prob] = [21, 22, 23, 24, 25, 26].map(
      (row) => all.value(s, `B${row}`) as number
    );
    expect(sd).toBeGreaterThan(0);
    expect(Math.abs(mean - exact)).toBeLessThan((4 * sd) / Math.sqrt(10_000));
    expect(p5).toBeLessThan(p50);
    expect(p50).toBeLessThan(p95);
    expect(prob).toBeGreaterThan(0);
    expect(prob).toBeLessThanOrEqual(1);
    // In words, rounded to whole per cent by the sheet's own formula.
    expect(all.value(s, "A17")).toBe(`${t.probability}${Math.round(prob * 100)}${t.percentSign}`);

    // The histogram: 20 adjacent bins over the simulated range, counting every iteration once.
    let counted = 0;
    for (let i = 0; i < 20; i++) {
      const row = 7 + i;
      const [from, to, count] = ["D", "E", "F"].map((c) => all.value(s, `${c}${row}`) as number);
      expect(to).toBeGreaterThan(from);
      if (i > 0) expect(from).toBe(all.value(s, `E${row - 1}`));
      counted += count;
    }
    expect(counted).toBe(10_000);
    expect(all.value(s, "D7") as number).toBeLessThanOrEqual(p5);
    expect(all.value(s, "E26") as number).toBeGreaterThanOrEqual(p95);
  });

  it("Riskmatris: scores are likelihood × impact, levels and colours follow the core's rule, the grid counts every risk once", () => {
    const t = RISKMATRIS_TEXT[lang];
    const s = t.sheet;
    const step = (word: unknown) => t.scale.indexOf(word as string) + 1;
    const scores = t.rows.map((r) => step(r[2]) * step(r[3]));
    scores.forEach((score, i) => {
      const row = 6 + i;
      expect(all.value(s, `E${row}`)).toBe(score);
      expect(all.value(s, `F${row}`)).toBe(RISK_LEVEL_LABELS[lang][riskLevel(score, 5)]);
      expect(all.value(s, `L${row}`)).toBe(step(t.rows[i][2]));
      expect(all.value(s, `M${row}`)).toBe(step(t.rows[i][3]));
      // Priority 1 is the highest score; ties keep the sheet's order.
      const before = scores.filter((x, k) => x > score || (x === score && k < i)).length;
      expect(all.value(s, `G${row}`)).toBe(before + 1);
    });
    let counted = 0;
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) {
        const ref = `${String.fromCharCode(81 + impact - 1)}${7 + 5 - likelihood}`;
        const expected = t.rows.filter(
          (r) => step(r[2]) === likelihood && step(r[3]) === impact
        ).length;
        expect(all.value(s, ref)).toBe(expected);
        counted += expected;
      }
    }
    expect(counted).toBe(t.rows.length);
    // The colour thresholds written into the sheet are the core's: low ≤ 6, medium ≤ 12 of 25.
    expect(levelBounds()).toEqual({ low: 6, medium: 12 });
  });

  it("Logikmodell: change, effect against the comparison group, target reached and the warnings, worked by hand", () => {
    const t = LOGIKMODELL_TEXT[lang];
    const s = t.sheet;
    // Row 1: 30 → 20 against a comparison 30 → 27, target 24.
    close(all.value(s, "L23"), 20 / 30 - 1, 12);
    close(all.value(s, "M23"), 20 / 30 - 27 / 30, 12);
    close(all.value(s, "N23"), (20 - 30) / (24 - 30), 12);
    close(all.value(s, "O23"), (20 / 30 - 27 / 30) / (24 / 30 - 1), 12);
    expect(all.value(s, "F23")).toBe(3); // matching: third strongest
    expect(all.value(s, "P23")).toBe(t.status.onTrack);
    expect(all.value(s, "Q23") ?? "").toBe("");
    // Row 2: the target is met in the target group (112.5 %) but the effect reaches only 62.5 %.
    close(all.value(s, "N24"), (31 - 40) / (32 - 40), 12);
    close(all.value(s, "O24"), (31 / 40 - 36 / 40) / (32 / 40 - 1), 12);
    expect(all.value(s, "Q24")).toBe(t.goalNotEffect);
    // Row 3: a before–after measurement is never shown as an effect, and says so.
    close(all.value(s, "L25"), 3.9 / 3.2 - 1, 12);
    expect(all.value(s, "M25") ?? "").toBe("");
    expect(all.value(s, "F25")).toBe(7);
    expect(all.value(s, "Q25")).toBe(t.beforeAfterWarning);
    // Row 4: a process measure without a baseline: 380 of 400 held.
    close(all.value(s, "N26"), 0.95, 12);
    expect(all.value(s, "P26")).toBe(t.status.offTrack);
  });

  it("Uppskalning: ramp-up, teams, full-scale cost and the year the net turns positive, by hand", () => {
    const s = lang === "sv" ? "Uppskalning" : "Scale-up";
    // 1,200 people, half reached, over 3 years: 200, 400, 600 participants.
    const people = [200, 400, 600, 600];
    people.forEach((p, i) => {
      const row = 20 + i;
      expect(all.value(s, `B${row}`)).toBe(p);
      const cost = 400_000 + p * 8_000 + Math.ceil(p / 150) * 1_300_000;
      expect(all.value(s, `C${row}`)).toBe(cost);
      expect(all.value(s, `E${row}`)).toBe(p * 22_000 - cost);
    });
    expect(all.value(s, "B15")).toBe(400_000 + 600 * 8_000 + 4 * 1_300_000);
    // -200,000 in year 1, +1,300,000 in year 2.
    expect(all.value(s, "F21")).toBe(1_100_000);
    expect(all.value(s, "B16")).toBe(2);
  });

  it("Uppföljning: totals, reach, share held and deviation from budget, by hand; the header says it holds no personal data", () => {
    const t = UPPFOLJNING_TEXT[lang];
    const s = t.sheet;
    expect(all.value(s, "A2")).toBe(t.noPersonalData);
    t.rows.forEach(([, planned, held, women, men, other, , , budget, costs], i) => {
      const row = 9 + i;
      const total = (women as number) + (men as number) + (other as number);
      close(all.value(s, `D${row}`), (held as number) / (planned as number), 12);
      expect(all.value(s, `H${row}`)).toBe(total);
      close(all.value(s, `I${row}`), total / 600, 12);
      expect(all.value(s, `N${row}`)).toBe((costs as number) - (budget as number));
    });
  });

  it("Beslutsunderlag reads the other sheets: the same figures, the weakest comparison, the top three risks", () => {
    const paper = lang === "sv" ? "Beslutsunderlag" : "Decision paper";
    const kalkyl = KALKYL_TEXT[lang].sheet;
    const lm = LOGIKMODELL_TEXT[lang];
    const rm = RISKMATRIS_TEXT[lang];
    expect(all.value(paper, "B5")).toBe(1200);
    expect(all.value(paper, "B6")).toBe(lm.alternatives[6][0]);
    expect(all.value(paper, "B7")).toBe(7);
    expect(all.value(paper, "A11")).toBe(lm.rows[0][1]);
    close(all.value(paper, "C11"), 20 / 30 - 27 / 30, 12);
    expect(all.value(paper, "B16")).toBe(all.value(kalkyl, "B11"));
    expect(all.value(paper, "B17")).toBe(all.value(kalkyl, "B12"));
    expect(all.value(paper, "B18")).toBe(all.value(kalkyl, "B14"));
    expect(all.value(paper, "B19")).toBe(10_400_000);
    const step = (w: unknown) => rm.scale.indexOf(w as string) + 1;
    const ranked = rm.rows
      .map((r, i) => ({ text: r[1], score: step(r[2]) * step(r[3]), i }))
      .sort((a, b) => b.score - a.score || a.i - b.i);
    ranked.slice(0, 3).forEach((r, k) => {
      expect(all.value(paper, `A${24 + k}`)).toBe(r.text);
      expect(all.value(paper, `C${24 + k}`)).toBe(r.score);
    });
  });
});

describe("the decision paper alone", () => {
  it("says which sheet to insert for each figure it cannot find", async () => {
    const alone = await generate(["beslutsunderlag"], "sv");
    expect(alone.errors).toEqual([]);
    expect(alone.value("Beslutsunderlag", "B16")).toBe("– (infoga bladet Kalkyl)");
    expect(alone.value("Beslutsunderlag", "A24")).toBe("– (infoga bladet Riskmatris)");
  });
});

describe("the sensitivity sheet without a calculation to read", () => {
  it("says on each figure to insert the Kalkyl sheet, and recalculates cleanly", async () => {
    const alone = await generate(["osakerhet"], "sv");
    expect(alone.errors).toEqual([]);
    const s = OSAKERHET_TEXT.sv.sheet;
    for (const ref of ["A3", "B16", "A17", "A21", "D7", "H7"])
      expect(alone.value(s, ref)).toBe(OSAKERHET_TEXT.sv.missing);
    expect(OSAKERHET_TEXT.sv.missing).toContain(KALKYL_TEXT.sv.sheet);
  });

  it("with an empty Kalkyl, its three spills say there are no lines (#N/A), the rest is blank", async () => {
    const empty = await generate(["kalkyl", "osakerhet"], "en", false);
    const s = OSAKERHET_TEXT.en.sheet;
    expect(empty.errors.filter((e) => e.startsWith(`${s}!`))).toEqual([
      expect.stringMatching(new RegExp(`^${s}!D7 #N/A `)),
      expect.stringMatching(new RegExp(`^${s}!H7 #N/A `)),
      expect.stringMatching(new RegExp(`^${s}!A21 #N/A `)),
    ]);
    expect(empty.value(s, "B16") ?? "").toBe("");
    expect(empty.value(s, "A17") ?? "").toBe("");
  });
});

describe("drawing the sheets a second time into the same workbook", () => {
  it("suffixes every sheet, table and name, and the second copies compute from their own tables", async () => {
    const { planSheets } = await import("../../src/templates");
    const { drawSheetExcelJs } = await import("../../src/templates/render-exceljs");
    const { recalcBytes } = await import("../../src/cli/recalc");
    const ExcelJS = (await import("exceljs")).default;
    const { loadXlsx } = await import("../../src/engine/xlsx-file");
    const first = planSheets(TEMPLATE_IDS, { sheets: [], tables: [], names: [] }, { lang: "sv" });
    const existing = {
      sheets: first.map((s) => s.name),
      tables: first.flatMap((s) => s.tables.map((t) => t.name)),
      names: first.flatMap((s) => s.names.map((n) => n.name)),
    };
    const second = planSheets(TEMPLATE_IDS, existing, { lang: "sv" });
    expect(second.map((s) => s.name)).toEqual(first.map((s) => `${s.name} (2)`));
    expect(second.flatMap((s) => s.tables.map((t) => t.name))).toEqual(
      existing.tables.map((t) => `${t}_2`)
    );
    // The second calculation's formulas name its own table and cells, never the first's.
    const kalkyl2 = second.find((s) => s.id === "kalkyl")!;
    const formulas = kalkyl2.cells.flatMap((c) =>
      c.content && typeof c.content === "object" ? [c.content.formula] : []
    );
    expect(formulas.filter((f) => f.includes("SI.CBATABLE")).length).toBeGreaterThan(40);
    for (const f of formulas.filter((x) => x.includes("SI.CBATABLE"))) {
      expect(f).toContain("SI_Kalkyl_2[#All]");
      expect(f).not.toMatch(/SI_Kalkyl\[/);
    }
    // One more krona of cost in the second table's first line: its results must move, the first's not.
    (kalkyl2.tables[0].rows[0] as number[])[3] += 1;
    const wb = new ExcelJS.Workbook();
    for (const spec of [...first, ...second]) drawSheetExcelJs(wb, spec);
    const io = { out: () => undefined, err: () => undefined };
    const result = await recalcBytes(
      Buffer.from(await wb.xlsx.writeBuffer()),
      { input: "twice", output: "", valuesOnly: false, report: false, lang: "sv" },
      io
    );
    expect(result.sheets.flatMap((s) => s.errors)).toEqual([]);
    const { workbook } = await loadXlsx(result.bytes);
    const npv = (sheet: string) =>
      (workbook.getWorksheet(sheet)!.getCell("B11") as unknown as { result: number }).result;
    // The line runs three years, the first undiscounted: 1 + 1/1.035 + 1/1.035² kronor less.
    expect(npv("Kalkyl") - npv("Kalkyl (2)")).toBeCloseTo(1 + 1 / 1.035 + 1 / 1.035 ** 2, 6);
    expect(typeof npv("Kalkyl")).toBe("number");
  });
});

describe("docs/sheets.md", () => {
  it("is up to date (run `npm run docs` after changing a sheet)", async () => {
    const { readFileSync } = await import("node:fs");
    const { sheetsMarkdown } = await import("../../src/templates/docs");
    expect(readFileSync("docs/sheets.md", "utf8")).toBe(sheetsMarkdown());
  });
});
