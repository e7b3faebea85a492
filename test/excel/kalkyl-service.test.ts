import { KALKYL_CHART_API, createKalkylService } from "../../src/excel/kalkyl-service";
import type { KalkylData, KalkylService } from "../../src/excel/kalkyl-outcome";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import type { Lang } from "../../src/i18n/lang";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import { OfficeMock, installOffice, type OfficeMockOptions } from "../templates/office-mock";
import { KalkylMock, drawKalkyl, type DrawnKalkyl } from "./kalkyl-mock";

let restore: (() => void)[] = [];
afterEach(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

// The small table worked by hand: a cost of 100 000 kr in year 1 (the school), a benefit of
// 60 000 kr a year in years 2–3 (social services), at 3.5 %, year 1 not discounted.
const PV_BENEFITS = 60_000 / 1.035 + 60_000 / 1.035 ** 2; // 113 981.66
const NPV = -100_000 + PV_BENEFITS; // 13 981.66

const LINES: Record<Lang, (string | number | null)[][]> = {
  sv: [
    ["Personal", "Kostnad", "Skola", 100_000, 1, 1, null, null, null, null],
    ["Färre placeringar", "Nytta", "Socialtjänst", 60_000, 2, 2, null, null, null, null],
  ],
  en: [
    ["Staff", "Cost", "School", 100_000, 1, 1, null, null, null, null],
    ["Fewer placements", "Benefit", "Social services", 60_000, 2, 2, null, null, null, null],
  ],
};

/** What Excel shows on a recalculated sheet, by hand. */
function recalculated(k: KalkylMock, drawn: DrawnKalkyl, lang: Lang): void {
  const [school, social] = LINES[lang].map((l) => l[2] as string);
  k.show(drawn.sheet, "B11", NPV);
  k.show(drawn.sheet, "B12", PV_BENEFITS / 100_000);
  k.show(drawn.sheet, "B14", 3);
  k.showSpill(drawn.sheet, "D7", [
    [school, 100_000, 0, -100_000],
    [social, 0, PV_BENEFITS, PV_BENEFITS],
  ]);
}

interface Setup {
  office: OfficeMock;
  k: KalkylMock;
  service: KalkylService;
  drawn: DrawnKalkyl[];
}

/** A workbook with `count` Kalkyl sheets, each with the hand-worked lines, recalculated. */
async function setup(lang: Lang, count = 1, options: OfficeMockOptions = {}): Promise<Setup> {
  const office = new OfficeMock(options);
  restore.push(installOffice(office));
  const drawn: DrawnKalkyl[] = [];
  for (let i = 0; i < count; i++) drawn.push(await drawKalkyl(office, lang, LINES[lang]));
  const k = new KalkylMock(office);
  drawn.forEach((d) => recalculated(k, d, lang));
  const service = createKalkylService({
    run: (batch) => batch(k.context),
    isSetSupported: (name, version) => k.isSetSupported(name, version),
  });
  return { office, k, service, drawn };
}

async function loaded(service: KalkylService, table?: string): Promise<KalkylData> {
  const outcome = await service.load(table);
  if (outcome.kind !== "loaded") throw new Error(`not loaded: ${JSON.stringify(outcome)}`);
  return outcome.data;
}

/** Every write on every sheet: the adapter's writes must be exactly the ones a test expects. */
function allWrites(office: OfficeMock): string[] {
  return office.sheets.flatMap((s) => s.writes.map((w) => `${s.name}: ${w.what} ${w.address}`));
}

describe("load", () => {
  it.each<Lang>(["sv", "en"])(
    "reads the table, the named cells and the per-actor spill in two syncs (%s)",
    async (lang) => {
      const { office, service } = await setup(lang);
      const sheet = KALKYL_TEXT[lang].sheet;
      const outcome = await service.load();
      expect(office.syncs).toBe(2);
      expect(allWrites(office)).toEqual([]);
      const c = KALKYL_TEXT[lang].columns;
      const headers = [c.item, c.type, c.actor, c.amount, c.start, c.years, c.dropoff, c.low];
      const ref = {
        table: "SI_Kalkyl",
        sheet,
        names: {
          rate: { name: "SI_Diskonteringsranta", address: "B6" },
          horizon: { name: "SI_Horisont", address: "B7" },
          fundShare: { name: "SI_Fondandel", address: "B8" },
          npv: { name: "SI_Nettonuvarde", address: "B11" },
          bcr: { name: "SI_Nyttokostnadskvot", address: "B12" },
          payback: { name: "SI_Aterbetalningstid", address: "B14" },
        },
      };
      expect(outcome).toEqual({
        kind: "loaded",
        kalkyls: [ref],
        data: {
          ref,
          table: [[...headers, c.high, c.unitCost], ...LINES[lang].map((l) => l.map((v) => v))],
          cells: {
            rate: { ...ref.names.rate, value: 0.035 },
            horizon: { ...ref.names.horizon, value: 10 },
            fundShare: { ...ref.names.fundShare, value: 0.7 },
            npv: { ...ref.names.npv, value: NPV },
            bcr: { ...ref.names.bcr, value: PV_BENEFITS / 100_000 },
            payback: { ...ref.names.payback, value: 3 },
          },
          actors: {
            anchor: "D7",
            rows: [
              [LINES[lang][0][2], 100_000, 0, -100_000],
              [LINES[lang][1][2], 0, PV_BENEFITS, PV_BENEFITS],
            ],
          },
        },
      });
    }
  );

  it("says there is none in one sync when the workbook has no SI_Kalkyl table", async () => {
    const office = new OfficeMock({
      tables: [{ name: "Tabell1", sheet: "Blad1", ref: "A1:B3" }],
      names: [{ name: "SI_Diskonteringsranta", sheet: "Blad1", ref: "C1" }],
    });
    const k = new KalkylMock(office);
    const service = createKalkylService({
      run: (batch) => batch(k.context),
      isSetSupported: (n, v) => k.isSetSupported(n, v),
    });
    expect(await service.load()).toEqual({ kind: "none" });
    expect(office.syncs).toBe(1);
  });

  it("finds each Kalkyl's names by sheet, whatever their suffixes", async () => {
    // A name the user had already taken: the second sheet's horizon becomes SI_Horisont_3 while
    // its table is SI_Kalkyl_2 (src/templates/names.ts chooses each suffix on its own).
    const { office, service } = await setup("sv", 2, {
      sheets: ["Blad1"],
      names: [{ name: "SI_Horisont_2", sheet: "Blad1", ref: "A1" }],
    });
    expect(office.table("SI_Kalkyl_2")?.sheet.name).toBe("Kalkyl (2)");
    const outcome = await service.load("si_kalkyl_2");
    expect(office.syncs).toBe(2);
    if (outcome.kind !== "loaded") throw new Error(outcome.kind);
    expect(outcome.kalkyls.map((r) => [r.table, r.sheet])).toEqual([
      ["SI_Kalkyl", "Kalkyl"],
      ["SI_Kalkyl_2", "Kalkyl (2)"],
    ]);
    expect(outcome.data.ref.table).toBe("SI_Kalkyl_2");
    expect(outcome.data.ref.names.horizon).toEqual({ name: "SI_Horisont_3", address: "B7" });
    expect(outcome.data.ref.names.rate).toEqual({ name: "SI_Diskonteringsranta_2", address: "B6" });
    expect(outcome.data.cells.horizon?.value).toBe(10);
    // The first sheet keeps its own names; the user's SI_Horisont_2 on Blad1 is no one's.
    expect(outcome.kalkyls[0].names.horizon).toEqual({ name: "SI_Horisont", address: "B7" });
  });

  it("reads the first Kalkyl when the one asked for is gone", async () => {
    const { service } = await setup("sv");
    expect((await loaded(service, "SI_Kalkyl_9")).ref.table).toBe("SI_Kalkyl");
  });

  it("leaves out a name that is missing, on another sheet or not a cell", async () => {
    const { office, k, service } = await setup("sv");
    const npv = office.names.findIndex((n) => n.name === "SI_Nettonuvarde");
    office.names.splice(npv, 1);
    const bcr = office.names.find((n) => n.name === "SI_Nyttokostnadskvot");
    if (!bcr) throw new Error("no bcr name");
    bcr.area = { top: 12, left: 2, bottom: 13, right: 2 }; // two cells
    k.otherNames.push({ name: "SI_Aterbetalningstid_2", type: "String", value: "3" });
    const data = await loaded(service);
    expect(Object.keys(data.ref.names).sort()).toEqual(
      ["fundShare", "horizon", "payback", "rate"].sort()
    );
    expect(data.cells.npv).toBeUndefined();
    expect(data.cells.bcr).toBeUndefined();
  });

  it("reads an error cell as its text and a sheet without the spill as no split", async () => {
    const { office, k, service, drawn } = await setup("sv");
    k.show(drawn[0].sheet, "D31", { error: "#N/A" });
    const sheet = office.sheet(drawn[0].sheet);
    sheet?.cells.delete("7,4"); // the user cleared D7
    k.spills.splice(0);
    for (let col = 4; col <= 7; col++)
      for (const row of [7, 8]) sheet?.cells.delete(`${row},${col}`);
    const data = await loaded(service);
    expect(data.table[1][3]).toEqual({ error: "#N/A" });
    expect(data.actors).toBeUndefined();
    expect(office.syncs).toBe(2);
  });

  it("reads the spill's error when the split shows one", async () => {
    const { k, service, drawn } = await setup("en");
    k.spills.splice(0);
    for (let col = 4; col <= 7; col++) k.show(drawn[0].sheet, `${"DEFG"[col - 4]}8`, null);
    k.show(drawn[0].sheet, "D7", { error: "#NAME?" });
    for (const col of "EFG") k.show(drawn[0].sheet, `${col}7`, null);
    expect((await loaded(service)).actors).toEqual({ anchor: "D7", rows: [[{ error: "#NAME?" }]] });
  });

  it("refuses an Excel without ExcelApi 1.4 before touching anything", async () => {
    const { k, service } = await setup("sv");
    k.excelApi = "1.3";
    expect(await service.load()).toEqual({
      kind: "failed",
      reason: "needsNewerExcel",
      detail: "1.4",
    });
    expect(k.syncs).toBe(0);
  });

  it("reads with exactly ExcelApi 1.4", async () => {
    const { k, service } = await setup("sv");
    k.excelApi = "1.4";
    expect((await service.load()).kind).toBe("loaded");
  });

  it("says so when a cell is being edited", async () => {
    const { k, service } = await setup("sv");
    k.editing = true;
    expect(await service.load()).toEqual({
      kind: "failed",
      reason: "cellEditMode",
      detail: "Excel is in cell-editing mode.",
    });
  });

  it("turns anything Excel throws, coded or not, into an outcome", async () => {
    const failing = (error: unknown): KalkylService =>
      createKalkylService({ run: () => Promise.reject(error), isSetSupported: () => true });
    expect(await failing({ code: "InvalidOperation", message: "Protected." }).load()).toEqual({
      kind: "failed",
      reason: "protected",
      detail: "Protected.",
    });
    expect(await failing(new Error("Något oväntat")).load()).toEqual({
      kind: "failed",
      reason: "other",
      detail: "Något oväntat",
    });
    expect(await failing("bara text").load()).toEqual({
      kind: "failed",
      reason: "other",
      detail: "bara text",
    });
  });
});

describe("writeInput", () => {
  it("writes the rate into its named cell and nothing else, in one sync", async () => {
    const { office, service } = await setup("sv");
    const data = await loaded(service);
    office.syncs = 0;
    const outcome = await service.writeInput(data.ref, "rate", 0.04);
    expect(outcome).toEqual({ kind: "written", input: "rate", value: 0.04, address: "Kalkyl!B6" });
    expect(office.syncs).toBe(1);
    expect(allWrites(office)).toEqual(["Kalkyl: values B6"]);
    expect(office.sheet("Kalkyl")?.cell(6, 2)?.value).toBe(0.04);
  });

  it("writes the horizon of the Kalkyl chosen, through its own name", async () => {
    const { office, service } = await setup("en", 2);
    const data = await loaded(service, "SI_Kalkyl_2");
    office.syncs = 0;
    const outcome = await service.writeInput(data.ref, "horizon", 25);
    expect(outcome).toEqual({
      kind: "written",
      input: "horizon",
      value: 25,
      address: "'CBA (2)'!B7",
    });
    expect(office.syncs).toBe(1);
    expect(allWrites(office)).toEqual(["CBA (2): values B7"]);
  });

  it.each([
    ["rate", 1.5, "outOfRange"],
    ["rate", -1, "outOfRange"],
    ["rate", Number.NaN, "notNumber"],
    ["horizon", 0, "outOfRange"],
    ["horizon", 101, "outOfRange"],
    ["horizon", 2.5, "notWhole"],
    ["horizon", Number.POSITIVE_INFINITY, "notNumber"],
  ] as const)("refuses %s %p before anything is written (%s)", async (input, value, problem) => {
    const { office, service } = await setup("sv");
    const data = await loaded(service);
    office.syncs = 0;
    expect(await service.writeInput(data.ref, input, value)).toEqual({
      kind: "invalid",
      input,
      problem,
    });
    expect(office.syncs).toBe(0);
    expect(allWrites(office)).toEqual([]);
  });

  it("writes nowhere when the Kalkyl has no named cell for the input", async () => {
    const { office, service } = await setup("sv");
    const data = await loaded(service);
    office.syncs = 0;
    const { rate: _rate, ...names } = data.ref.names;
    expect(await service.writeInput({ ...data.ref, names }, "rate", 0.03)).toEqual({
      kind: "noNamedCell",
      input: "rate",
    });
    expect(office.syncs).toBe(0);
  });

  it("says the sheet is protected, and the cell keeps its value", async () => {
    const { office, k, service } = await setup("sv");
    const data = await loaded(service);
    k.protectedSheets.add("Kalkyl");
    const outcome = await service.writeInput(data.ref, "rate", 0.04);
    expect(outcome).toMatchObject({ kind: "failed", reason: "protected" });
    expect(office.sheet("Kalkyl")?.cell(6, 2)?.value).toBe(0.035);
  });

  it("refuses to write a name that has come to mean several cells", async () => {
    const { office, service } = await setup("sv");
    const data = await loaded(service);
    const rate = office.names.find((n) => n.name === "SI_Diskonteringsranta");
    if (!rate) throw new Error("no rate name");
    rate.area = { top: 6, left: 2, bottom: 7, right: 2 };
    expect(await service.writeInput(data.ref, "rate", 0.04)).toMatchObject({
      kind: "failed",
      reason: "other",
    });
    expect(allWrites(office)).toEqual([]);
  });

  it("says so when a cell is being edited", async () => {
    const { k, service } = await setup("sv");
    const data = await loaded(service);
    k.editing = true;
    expect(await service.writeInput(data.ref, "horizon", 12)).toMatchObject({
      kind: "failed",
      reason: "cellEditMode",
    });
  });
});

describe("insertChart", () => {
  it.each<Lang>(["sv", "en"])(
    "adds a clustered-column chart of the spill beside the results, in two syncs (%s)",
    async (lang) => {
      const { office, k, service, drawn } = await setup(lang);
      const data = await loaded(service);
      office.syncs = 0;
      const outcome = await service.insertChart(data, lang);
      expect(outcome).toEqual({
        kind: "inserted",
        sheet: drawn[0].sheet,
        // The used range ends in column L (the yearly block); one empty column, then N…U.
        area: "N5:U22",
        source: "D6:F8",
      });
      expect(office.syncs).toBe(2);
      const t = kalkylPaneText[lang];
      const [chart] = k.chartsOn(drawn[0].sheet);
      expect(chart).toMatchObject({
        type: "ColumnClustered",
        source: "D6:F8",
        seriesBy: "Columns",
        name: t.chartName("SI_Kalkyl"),
        title: t.chartTitle,
        categoryTitle: t.chartCategoryAxis,
        valueTitle: t.chartValueAxis,
        legend: "Bottom",
        position: { start: "N5", end: "U22" },
      });
      // No cell was written: the chart only reads the spill.
      expect(allWrites(office)).toEqual([`${drawn[0].sheet}: charts.add D6:F8`]);
    }
  );

  it("puts a second chart beside the first instead of over it", async () => {
    const { k, service } = await setup("sv");
    const data = await loaded(service);
    await service.insertChart(data, "sv");
    k.office.syncs = 0;
    const second = await service.insertChart(data, "sv");
    expect(second).toMatchObject({ kind: "inserted", area: "W5:AD22" });
    expect(k.syncs).toBe(2);
    const [a, b] = k.chartsOn("Kalkyl").map((c) => c.box);
    expect(a.left + a.width).toBeLessThanOrEqual(b.left);
  });

  it("keeps clear of a chart the user has put to the right", async () => {
    const { k, service } = await setup("sv");
    const data = await loaded(service);
    const sheet = k.sheet("Kalkyl");
    const first = k.boxOf(sheet, { top: 5, left: 14, bottom: 22, right: 21 });
    k.addChart("Kalkyl", { left: first.left + 50, top: first.top + 100, width: 100, height: 100 });
    expect(await service.insertChart(data, "sv")).toMatchObject({ area: "W5:AD22" });
  });

  it("says there is no room when charts fill every area tried, and adds nothing", async () => {
    const { k, service } = await setup("sv");
    const data = await loaded(service);
    k.addChart("Kalkyl", { left: 0, top: 0, width: 100_000, height: 2_000 });
    k.office.syncs = 0;
    expect(await service.insertChart(data, "sv")).toEqual({ kind: "noRoom" });
    expect(k.syncs).toBe(1);
    expect(k.chartsOn("Kalkyl")).toHaveLength(1);
  });

  it("draws nothing when the sheet has no split, or it shows no figures", async () => {
    const { office, k, service, drawn } = await setup("sv");
    const data = await loaded(service);
    const { actors: _actors, ...withoutSplit } = data;
    office.syncs = 0;
    expect(await service.insertChart(withoutSplit, "sv")).toEqual({ kind: "noSplit" });
    expect(office.syncs).toBe(0);

    // The split shows an error now (e.g. #NAME? where the add-in is not loaded): it does not spill.
    k.spills.splice(0);
    k.show(drawn[0].sheet, "D7", { error: "#NAME?" });
    expect(await service.insertChart(data, "sv")).toEqual({ kind: "noSplit" });
    expect(office.syncs).toBe(1);

    // A spill whose figures are not numbers.
    k.showSpill(drawn[0].sheet, "D7", [["Skola", "", "", ""]]);
    expect(await service.insertChart(data, "sv")).toEqual({ kind: "noSplit" });

    // The formula at the anchor is no longer the split of this table.
    k.showSpill(drawn[0].sheet, "D7", [["Skola", 1, 2, 1]]);
    const anchor = office.sheet(drawn[0].sheet)?.at(7, 4);
    if (anchor) anchor.formula = "=SUM(A1:A2)";
    expect(await service.insertChart(data, "sv")).toEqual({ kind: "noSplit" });
    expect(k.chartsOn(drawn[0].sheet)).toEqual([]);
  });

  it(`refuses an Excel without ExcelApi ${KALKYL_CHART_API}, and works with exactly it`, async () => {
    const { k, service } = await setup("sv");
    const data = await loaded(service);
    k.office.syncs = 0;
    k.excelApi = "1.11";
    expect(await service.insertChart(data, "sv")).toEqual({
      kind: "failed",
      reason: "needsNewerExcel",
      detail: "1.12",
    });
    expect(k.syncs).toBe(0);
    k.excelApi = "1.12";
    expect((await service.insertChart(data, "sv")).kind).toBe("inserted");
  });

  it("says the sheet is protected, and adds nothing", async () => {
    const { k, service } = await setup("sv");
    const data = await loaded(service);
    k.protectedSheets.add("Kalkyl");
    expect(await service.insertChart(data, "sv")).toMatchObject({
      kind: "failed",
      reason: "protected",
    });
    expect(k.chartsOn("Kalkyl")).toEqual([]);
  });
});
