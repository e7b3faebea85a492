/**
 * The Start and Kontroll tabs' workbook scan, the Faser tab's checklist store and the Dela tab's
 * copy — the real services of src/excel/ over the playground's host, with the sync counts the
 * recording mocks assert (scan 2, select 1, share 0). The playground calculates, so the scan sees
 * the risk levels the sheet computes: counted here by hand from the example's risks.
 */
import ExcelJS from "exceljs";
import { officeChecklistStore } from "../../src/excel/checklist-store";
import { officeHost } from "../../src/excel/office-host";
import { createShareService } from "../../src/excel/share-service";
import { createTemplateService } from "../../src/excel/template-service";
import { createWorkbookScanService } from "../../src/excel/workbook-scan-service";
import { CHECKLIST_SETTING } from "../../src/excel/checklist-format";
import { RISKMATRIS_TEXT } from "../../src/i18n/sheets/riskmatris";
import { checkDigit } from "../helpers/personnummer";
import { hosted, uninstallHosts } from "./office-setup";

afterEach(uninstallHosts);

describe("the workbook scan", () => {
  it("reads every sheet in two syncs and finds what the workbook holds, computed", async () => {
    const h = hosted();
    await createTemplateService(officeHost).insert(["kalkyl", "riskmatris"], {
      lang: "sv",
      example: true,
    });
    const number = `19850412-123${checkDigit("850412123")}`;
    h.model.setInputs(h.sheetId("Blad1"), 6, 2, [[`Kontakt ${number}`]]);
    const scan = createWorkbookScanService(officeHost);
    h.syncs();
    const outcome = await scan.scan();
    expect(h.syncs()).toBe(2);
    if (outcome.kind !== "scanned") throw new Error(outcome.kind);
    const { health } = outcome;
    expect(health.sheetCount).toBe(3);
    expect(health.holdings.map((x) => [x.kind, x.table])).toEqual(
      expect.arrayContaining([
        ["calculation", "SI_Kalkyl"],
        ["riskMatrix", "SI_Risker"],
      ])
    );
    expect(health.personalNumbers.map((p) => [p.place.sheet, p.place.areas, p.count])).toEqual([
      ["Blad1", ["C7"], 1],
    ]);
    expect(JSON.stringify(health)).not.toContain(number);
    // Likelihood × impact of the five example risks by their words, over 25: ≤ 0.25 low, ≤ 0.5 medium.
    const scale = RISKMATRIS_TEXT.sv.scale;
    const levels = RISKMATRIS_TEXT.sv.rows.map((r) => {
      const share = ((scale.indexOf(String(r[2])) + 1) * (scale.indexOf(String(r[3])) + 1)) / 25;
      return share <= 0.25 ? "low" : share <= 0.5 ? "medium" : "high";
    });
    const count = (level: string) => levels.filter((l) => l === level).length;
    expect(health.risks).toEqual([
      expect.objectContaining({
        table: "SI_Risker",
        counts: { low: count("low"), medium: count("medium"), high: count("high") },
        unrated: 0,
      }),
    ]);
    expect(health.errors).toEqual([]);
  });

  it("selects a found place in one sync: its sheet active, its cells selected", async () => {
    const h = hosted();
    h.model.addSheet("Data");
    const scan = createWorkbookScanService(officeHost);
    h.syncs();
    const place = {
      sheetId: h.sheetId("Data"),
      sheet: "Data",
      hidden: false,
      areas: ["B3:C4", "E7"],
    };
    expect(await scan.select(place)).toMatchObject({ kind: "selected", selected: 2, total: 2 });
    expect(h.syncs()).toBe(1);
    expect(h.model.activeSheetId()).toBe(h.sheetId("Data"));
    // The playground selects one area: the first.
    expect(h.model.selection()).toEqual({
      sheetId: h.sheetId("Data"),
      area: { top: 2, left: 1, bottom: 3, right: 2 },
    });
  });
});

describe("the checklist in the document's settings", () => {
  it("saves the ticks into the workbook's settings and reads them back from there", async () => {
    const h = hosted();
    const store = officeChecklistStore();
    if (!store) throw new Error("no store over the playground's document");
    expect(await store.save({ checked: new Set(["design.logic", "need.target"]) })).toEqual({
      kind: "saved",
    });
    const stored = h.model.settings()[CHECKLIST_SETTING];
    expect(stored).toBeDefined();
    // Another pane over the same workbook (a reload) reads what the document holds.
    uninstallHosts();
    const again = hosted({ snapshot: h.model.snapshot() });
    expect(again.model.settings()[CHECKLIST_SETTING]).toEqual(stored);
    const reread = await officeChecklistStore()?.load();
    expect([...(reread?.checked ?? [])].sort()).toEqual(["design.logic", "need.target"]);
  });

  it("tells the pane when another workbook is opened", async () => {
    const h = hosted();
    const store = officeChecklistStore();
    if (!store?.subscribe) throw new Error("no store that follows the document");
    const heard: number[] = [];
    const stop = store.subscribe(() => heard.push(1));
    await Promise.resolve(); // addHandlerAsync answers later, as Office does
    h.model.load({
      ...h.model.snapshot(),
      settings: { [CHECKLIST_SETTING]: { version: 1, checked: [] } },
    });
    expect(heard).toEqual([1]);
    stop();
  });
});

describe("the Dela tab", () => {
  it("makes the values-only copy from the file's bytes without a sync, offered as a download", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Kalkyl");
    sheet.getCell("A1").value = {
      formula: "SI.CBA({100,0},{0,120},0.035)",
      result: 15.942028985507,
    };
    sheet.getCell("A2").value = 5;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const h = hosted({ fileBytes: () => Promise.resolve(bytes), documentUrl: () => "Kalkyl.xlsx" });
    h.syncs();
    const outcome = await createShareService().makeCopy("sv");
    expect(h.syncs()).toBe(0);
    expect(outcome).toMatchObject({
      kind: "download",
      reason: "openFailed",
      report: { replaced: 1, source: "Kalkyl.xlsx" },
    });
  });
});
