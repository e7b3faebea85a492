/**
 * The evidence that the add-in's real Mallar service runs unchanged over the playground's Office.js
 * host: createTemplateService over the host (as the task pane's boot makes it, through Excel.run)
 * draws every live sheet in both languages with the same two syncs the recording mock asserts
 * (test/excel/template-service.test.ts), and the workbook then computes what the sheets promise —
 * checked against values worked out independently: the Kalkyl's net present value and
 * benefit–cost ratio with HyperFormula's native NPV over the example's lines, risk scores and
 * effects (SI.EFFECT's default, the relative change less the comparison group's) by hand.
 */
import { officeHost } from "../../src/excel/office-host";
import { createTemplateService } from "../../src/excel/template-service";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import { LOGIKMODELL_TEXT } from "../../src/i18n/sheets/logikmodell";
import { RISKMATRIS_TEXT } from "../../src/i18n/sheets/riskmatris";
import type { Lang } from "../../src/i18n/lang";
import type { CellValue } from "../../src/playground/model";
import { TEMPLATES } from "../../src/templates/index";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { hfEval } from "../helpers/hyperformula";
import { fixtureRows, hosted, sheetOf, uninstallHosts, type Hosted } from "./office-setup";

/** A table's data rows as records by header, read from the workbook directly. */
function tableRecords(h: Hosted, table: string): Record<string, CellValue>[] {
  const t = h.model.tables().find((x) => x.name === table);
  if (!t) throw new Error(`no table ${table}`);
  const cell = (r: number, c: number) => h.model.cell(t.sheetId, r, c).value;
  const headers = Array.from({ length: t.area.right - t.area.left + 1 }, (_, j) =>
    String(cell(t.area.top, t.area.left + j))
  );
  const out: Record<string, CellValue>[] = [];
  for (let r = t.area.top + 1; r <= t.area.bottom; r++)
    out.push(Object.fromEntries(headers.map((hd, j) => [hd, cell(r, t.area.left + j)])));
  return out;
}

/** The value of the cell a defined name refers to ("=Kalkyl!$B$11"). */
function named(h: Hosted, name: string): CellValue {
  const formula = h.model.names().find((n) => n.name === name)?.formula;
  const m = /^='?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(formula ?? "");
  if (!m) throw new Error(`${name} is not a cell: ${String(formula)}`);
  return h.value(`${m[1]}!${m[2]}${m[3]}`);
}

/**
 * The example's yearly costs and benefits, by hand from its lines: each line's amount from its
 * start year for its number of years, shrinking by its drop-off each year after the first.
 */
function exampleFlows(lang: Lang, horizon: number): { costs: number[]; benefits: number[] } {
  const t = KALKYL_TEXT[lang];
  const costs = new Array<number>(horizon).fill(0);
  const benefits = new Array<number>(horizon).fill(0);
  for (const row of t.rows) {
    const [type, amount, start, years, dropoff] = [row[1], row[3], row[4], row[5], row[6]] as [
      string,
      number,
      number,
      number,
      number | null,
    ];
    const target = type === t.cost ? costs : benefits;
    for (let k = 0; k < years && start + k <= horizon; k++)
      target[start + k - 1] += amount * (1 - (dropoff ?? 0)) ** k;
  }
  return { costs, benefits };
}

/** Present value with the first year undiscounted (the sheet's timing), by HyperFormula's NPV. */
function presentValue(flows: number[], rate: number): number {
  return flows[0] + (hfEval(`=NPV(${rate},${flows.slice(1).join(",")})`) as number);
}

describe.each<Lang>(["sv", "en"])("inserting every live sheet (%s)", (lang) => {
  let h: Hosted;
  let syncs: number;
  let outcome: Awaited<ReturnType<ReturnType<typeof createTemplateService>["insert"]>>;

  beforeAll(async () => {
    h = hosted({ lang });
    h.syncs();
    outcome = await createTemplateService(officeHost).insert(TEMPLATE_IDS, { lang, example: true });
    syncs = h.syncs();
  });
  afterAll(uninstallHosts);

  it("draws all eight sheets in two syncs, the first one active", () => {
    expect(outcome).toEqual({
      kind: "inserted",
      sheets: TEMPLATE_IDS.map((id) => TEMPLATES[id].sheetName[lang]),
    });
    expect(syncs).toBe(2);
    const names = h.model.sheets().map((s) => s.name);
    expect(names.slice(1)).toEqual(TEMPLATE_IDS.map((id) => TEMPLATES[id].sheetName[lang]));
    expect(h.model.activeSheetId()).toBe(h.sheetId(TEMPLATES.logikmodell.sheetName[lang]));
  });

  it("computes the Kalkyl's net present value and ratio as HyperFormula's NPV over the example", () => {
    const rate = named(h, "SI_Diskonteringsranta") as number;
    const horizon = named(h, "SI_Horisont") as number;
    expect([rate, horizon]).toEqual([0.035, 10]);
    const { costs, benefits } = exampleFlows(lang, horizon);
    const pvCosts = presentValue(costs, rate);
    const pvBenefits = presentValue(benefits, rate);
    expect(named(h, "SI_Nettonuvarde")).toBeCloseTo(pvBenefits - pvCosts, 4);
    expect(named(h, "SI_Nyttokostnadskvot")).toBeCloseTo(pvBenefits / pvCosts, 10);
  });

  it("scores every risk as likelihood × impact on the five-step scale", () => {
    const t = RISKMATRIS_TEXT[lang];
    const step = (word: CellValue) => t.scale.indexOf(String(word)) + 1;
    const risks = tableRecords(h, "SI_Risker");
    expect(risks).toHaveLength(t.rows.length);
    for (const risk of risks)
      expect(risk[t.columns.score]).toBe(
        step(risk[t.columns.likelihood]) * step(risk[t.columns.impact])
      );
    expect(risks.map((r) => r[t.columns.score])).toEqual([16, 12, 10, 6, 8]);
  });

  it("gives each indicator with a comparison group its effect: its relative change less the group's", () => {
    const c = LOGIKMODELL_TEXT[lang].columns;
    const compared = tableRecords(h, "SI_Indikatorer").filter((r) =>
      [c.baseline, c.outcome, c.comparisonBefore, c.comparisonAfter].every(
        (k) => typeof r[k] === "number"
      )
    );
    expect(compared.length).toBeGreaterThan(0);
    for (const r of compared) {
      const n = (k: string) => r[k] as number;
      const own = n(c.outcome) / n(c.baseline) - 1;
      const group = n(c.comparisonAfter) / n(c.comparisonBefore) - 1;
      expect(r[c.effect]).toBeCloseTo(own - group, 10);
    }
  });

  it("leaves no formula of the example showing an error", () => {
    const errors: string[] = [];
    for (const sheet of h.model.sheets()) {
      const used = h.model.usedArea(sheet.id, true);
      if (!used) continue;
      for (let r = used.top; r <= used.bottom; r++)
        for (let col = used.left; col <= used.right; col++) {
          const v = h.model.cell(sheet.id, r, col).value;
          if (v !== null && typeof v === "object")
            errors.push(`${sheet.name} ${r},${col} ${v.error}`);
        }
    }
    // The Beslutsunderlag names the sheets it reads; all are there, so nothing is an error.
    expect(errors).toEqual([]);
  });
});

describe("the rest of the Mallar tab", () => {
  afterEach(uninstallHosts);

  it("converts the sample logic model in two syncs, reading the source without writing it", async () => {
    const { name, rows } = await fixtureRows("logikmodell-exempel.xlsx");
    const h = hosted({ snapshot: { sheets: [sheetOf(name, rows)], names: [], settings: {} } });
    const before = JSON.stringify(h.model.snapshot().sheets[0].cells);
    h.syncs();
    const outcome = await createTemplateService(officeHost).convertLogicModel("sv");
    expect(outcome).toMatchObject({ kind: "converted", source: name });
    expect(h.syncs()).toBe(2);
    expect(JSON.stringify(h.model.snapshot().sheets[0].cells)).toBe(before);
    expect(h.model.tables().map((t) => t.name)).toEqual(["SI_Indikatorer"]);
  });

  it("removes the example from the active sheet in two syncs, and says so when the sheet is protected", async () => {
    const h = hosted();
    const service = createTemplateService(officeHost);
    await service.insert(["riskmatris"], { lang: "sv", example: true });
    const risks = h.sheetId("Riskmatris");
    h.model.activate(risks);
    h.model.setSheetProps(risks, { protected: true });
    h.syncs();
    expect(await service.removeExample()).toMatchObject({ kind: "failed", reason: "protected" });
    h.model.setSheetProps(risks, { protected: false });
    h.syncs();
    const removed = await service.removeExample();
    expect(removed).toMatchObject({
      kind: "removed",
      template: "riskmatris",
      rows: RISKMATRIS_TEXT.sv.rows.length,
    });
    expect(h.syncs()).toBe(2);
    expect(
      tableRecords(h, "SI_Risker").every((r) => r[RISKMATRIS_TEXT.sv.columns.description] === null)
    ).toBe(true);
  });

  it("refuses an Excel without ExcelApi 1.8 before touching anything", async () => {
    const h = hosted({ requirementSets: { ExcelApi: "1.7" } });
    h.syncs();
    const outcome = await createTemplateService(officeHost).insert(["kalkyl"], {
      lang: "sv",
      example: true,
    });
    expect(outcome).toEqual({ kind: "failed", reason: "needsNewerExcel", detail: "1.8" });
    expect(h.syncs()).toBe(0);
    expect(h.model.sheets()).toHaveLength(1);
  });
});
