/**
 * The Kalkyl tab's real service over the playground's host, with the sync counts the recording
 * mock asserts (test/excel/kalkyl-service.test.ts, kalkyl-uncertainty.test.ts): load 2, write 1,
 * chart 2, Osäkerhet 3. Unlike the mock, the playground calculates, so the pane's figures are
 * checked against what the sheet itself shows (never "not recalculated"), and a new discount rate
 * against HyperFormula's native NPV at that rate.
 */
import { actorsAgreement, agreement, kalkylFigures } from "../../src/excel/kalkyl-figures";
import type { KalkylData } from "../../src/excel/kalkyl-outcome";
import { createKalkylService } from "../../src/excel/kalkyl-service";
import { officeHost } from "../../src/excel/office-host";
import { createTemplateService } from "../../src/excel/template-service";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import type { ChartProps } from "../../src/playground/office";
import { hfEval } from "../helpers/hyperformula";
import { hosted, uninstallHosts, type Hosted } from "./office-setup";

const service = createKalkylService(officeHost);

async function kalkylWorkbook(): Promise<{ h: Hosted; data: KalkylData }> {
  const h = hosted();
  await createTemplateService(officeHost).insert(["kalkyl"], { lang: "sv", example: true });
  const loaded = await service.load();
  if (loaded.kind !== "loaded") throw new Error(`no Kalkyl: ${loaded.kind}`);
  h.syncs();
  return { h, data: loaded.data };
}

/** The example's yearly net flow, by hand from its lines (cost negative), over `horizon` years. */
function netFlows(horizon: number): number[] {
  const t = KALKYL_TEXT.sv;
  const net = new Array<number>(horizon).fill(0);
  t.rows.forEach((row) => {
    const sign = row[1] === t.cost ? -1 : 1;
    const [amount, start, years, dropoff] = [row[3], row[4], row[5], row[6]] as number[];
    for (let k = 0; k < years; k++)
      if (start + k <= horizon) net[start + k - 1] += sign * amount * (1 - (dropoff || 0)) ** k;
  });
  return net;
}

afterEach(uninstallHosts);

describe("the Kalkyl tab over the playground", () => {
  it("loads the Kalkyl in two syncs, its figures agreeing with what the sheet shows", async () => {
    const h = hosted();
    await createTemplateService(officeHost).insert(["kalkyl"], { lang: "sv", example: true });
    h.syncs();
    const loaded = await service.load();
    expect(h.syncs()).toBe(2);
    if (loaded.kind !== "loaded") throw new Error(loaded.kind);
    const outcome = kalkylFigures(loaded.data);
    if (outcome.kind !== "figures") throw new Error(outcome.kind);
    const { figures } = outcome;
    const { cells, actors } = loaded.data;
    expect(agreement(figures.npv, cells.npv)).toEqual({ kind: "agrees", address: "B11" });
    expect(agreement(figures.bcr, cells.bcr)).toMatchObject({ kind: "agrees" });
    expect(agreement(figures.payback, cells.payback)).toMatchObject({ kind: "agrees" });
    expect(actorsAgreement(figures.actors, actors)).toMatchObject({ kind: "agrees" });
    // And the sheet itself, read from the workbook rather than through the host.
    expect(h.value("Kalkyl!B11")).toBe(figures.npv);
  });

  it("writes a new discount rate in one sync; the sheet recomputes the NPV at that rate", async () => {
    const { h, data } = await kalkylWorkbook();
    const written = await service.writeInput(data.ref, "rate", 0.04);
    expect(h.syncs()).toBe(1);
    expect(written).toEqual({ kind: "written", input: "rate", value: 0.04, address: "Kalkyl!B6" });
    const net = netFlows(h.value("Kalkyl!B7") as number);
    expect(h.value("Kalkyl!B11")).toBeCloseTo(
      net[0] + (hfEval(`=NPV(0.04,${net.slice(1).join(",")})`) as number),
      4
    );
  });

  it("inserts the per-actor chart in two syncs, drawn from the spill into empty cells", async () => {
    const { h, data } = await kalkylWorkbook();
    const outcome = await service.insertChart(data, "sv");
    expect(h.syncs()).toBe(2);
    if (outcome.kind !== "inserted") throw new Error(outcome.kind);
    const [chart] = h.model.charts(h.sheetId("Kalkyl"));
    expect(chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns" });
    // The source is the spill's actor, cost and benefit columns under its header row.
    const anchor = data.actors?.anchor ?? "";
    expect(
      outcome.source.startsWith(
        `${anchor.replace(/\d+$/, "")}${Number(anchor.replace(/^\D+/, "")) - 1}:`
      )
    ).toBe(true);
    const used = h.model.usedArea(h.sheetId("Kalkyl"), true);
    expect(chart.position && used && chart.position.left > used.right).toBe(true);
  });

  it("inserts Känslighetsanalys with its two charts in three syncs, the tornado crossing at the base NPV", async () => {
    const { h, data } = await kalkylWorkbook();
    const outcome = await service.insertUncertainty(data, "sv");
    expect(h.syncs()).toBe(3);
    expect(outcome).toMatchObject({ kind: "inserted", sheet: "Känslighetsanalys" });
    const charts = h.model.charts(h.sheetId("Känslighetsanalys"));
    expect(charts.map((c) => c.type)).toEqual(["BarClustered", "ColumnClustered"]);
    const tornado = charts[0].props as ChartProps;
    expect(tornado.axes?.value?.positionAt).toBe(h.value("Kalkyl!B11"));
    expect(tornado.series?.map((s) => s.overlap)).toEqual([100, 100]);
    expect((charts[1].props as ChartProps).legend?.visible).toBe(false);
  });

  it("says the sheet is protected when Excel would refuse the change, and changes nothing", async () => {
    const { h, data } = await kalkylWorkbook();
    h.model.setSheetProps(h.sheetId("Kalkyl"), { protected: true });
    expect(await service.writeInput(data.ref, "rate", 0.05)).toMatchObject({
      kind: "failed",
      reason: "protected",
    });
    expect(h.value("Kalkyl!B6")).toBe(0.035);
    expect(await service.insertChart(data, "sv")).toMatchObject({
      kind: "failed",
      reason: "protected",
    });
    expect(h.model.charts(h.sheetId("Kalkyl"))).toEqual([]);
  });
});
