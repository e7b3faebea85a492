/**
 * The Kalkyl tab's *Osäkerhet* over the mock Office host: the Känslighetsanalys sheet drawn by the
 * templates' renderer for the chosen Kalkyl, the tornado chart and the histogram from its spills,
 * the round trips, and every refusal as an outcome.
 */
import { KALKYL_UNCERTAINTY_API, createKalkylService } from "../../src/excel/kalkyl-service";
import type { KalkylData, KalkylService } from "../../src/excel/kalkyl-outcome";
import { chartPlaces, sourcesOf } from "../../src/excel/kalkyl-uncertainty";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import type { Lang } from "../../src/i18n/lang";
import { OSAKERHET_TEXT } from "../../src/i18n/sheets/osakerhet";
import { OfficeMock, installOffice, type OfficeMockOptions } from "../templates/office-mock";
import { KalkylMock, drawKalkyl, type DrawnKalkyl } from "./kalkyl-mock";
import { UncertaintyMock } from "./kalkyl-uncertainty-mock";

let restore: (() => void)[] = [];
afterEach(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

// Worked by hand: a cost of 100 000 kr in year 1 (90 000 to 130 000), a benefit of 60 000 kr a year
// in years 2–3 (40 000 to 70 000), a fixed cost of 5 000 kr in year 1; 3.5 %, year 1 undiscounted.
const NPV = -100_000 - 5_000 + 60_000 / 1.035 + 60_000 / 1.035 ** 2; // 8 981.66

const LINES: Record<Lang, (string | number | null)[][]> = {
  sv: [
    ["Personal", "Kostnad", "Skola", 100_000, 1, 1, null, 90_000, 130_000, null],
    ["Färre placeringar", "Nytta", "Socialtjänst", 60_000, 2, 2, null, 40_000, 70_000, null],
    ["Lokal", "Kostnad", "Skola", 5_000, 1, 1, null, null, null, null],
  ],
  en: [
    ["Staff", "Cost", "School", 100_000, 1, 1, null, 90_000, 130_000, null],
    ["Fewer placements", "Benefit", "Social services", 60_000, 2, 2, null, 40_000, 70_000, null],
    ["Premises", "Cost", "School", 5_000, 1, 1, null, null, null, null],
  ],
};

interface Setup {
  office: OfficeMock;
  k: KalkylMock;
  u: UncertaintyMock;
  /** The pane's service over the combined mock: it reads the Kalkyl and inserts the sheet. */
  service: KalkylService;
  drawn: DrawnKalkyl[];
}

async function setup(
  lang: Lang,
  count = 1,
  options: OfficeMockOptions = {},
  lines = LINES[lang]
): Promise<Setup> {
  const office = new OfficeMock(options);
  restore.push(installOffice(office));
  const drawn: DrawnKalkyl[] = [];
  for (let i = 0; i < count; i++) drawn.push(await drawKalkyl(office, lang, lines));
  const k = new KalkylMock(office);
  const u = new UncertaintyMock(k);
  const isSetSupported = (name: string, version: string) => k.isSetSupported(name, version);
  const service = createKalkylService({ run: (batch) => batch(u.context), isSetSupported });
  return { office, k, u, service, drawn };
}

async function loaded(s: Setup, table?: string): Promise<KalkylData> {
  const outcome = await s.service.load(table);
  if (outcome.kind !== "loaded") throw new Error(`not loaded: ${JSON.stringify(outcome)}`);
  s.office.syncs = 0;
  for (const sheet of s.office.sheets) sheet.writes.splice(0);
  return outcome.data;
}

function formulaAt(s: Setup, sheet: string, row: number, col: number): string | undefined {
  return s.office.sheet(sheet)?.cell(row, col)?.formula;
}

describe("insertUncertainty", () => {
  it.each<Lang>(["sv", "en"])(
    "draws the sheet for the Kalkyl, then a tornado and a histogram from its spills, in three syncs (%s)",
    async (lang) => {
      const s = await setup(lang);
      const data = await loaded(s);
      const outcome = await s.service.insertUncertainty(data, lang);
      const sheet = OSAKERHET_TEXT[lang].sheet;
      expect(outcome).toEqual({
        kind: "inserted",
        sheet,
        uncertainLines: 2,
        // Two lines with Låg and Hög and the rate's row: H7:K9 under the headers in row 6.
        tornado: { area: "M5:T24", source: "I6:J9", categories: "H7:H9" },
        histogram: { area: "A31:F48", source: "F6:F26", categories: "D7:D26" },
      });
      expect(s.office.syncs).toBe(3);
      // The new sheet is active, and nothing but it was written.
      expect(s.office.active?.name).toBe(sheet);
      for (const other of s.office.sheets.filter((x) => x.name !== sheet))
        expect(other.writes).toEqual([]);
      // It reads this Kalkyl's table and named cells.
      expect(formulaAt(s, sheet, 6, 2)).toBe("=SI_Diskonteringsranta");
      expect(formulaAt(s, sheet, 7, 2)).toBe("=SI_Horisont");
      expect(formulaAt(s, sheet, 7, 8)).toBe(
        "=SI.SENSITIVITY(SI_Kalkyl[#All],$B$6,$B$7,$B$8,$B$9)"
      );
      expect(formulaAt(s, sheet, 7, 4)).toMatch(
        /^=SI\.CBASIM\(SI_Kalkyl\[#All\],\$B\$6,\$B\$7,\$B\$10,\$B\$11,"histogram"\)$/
      );

      const t = kalkylPaneText[lang];
      const words = OSAKERHET_TEXT[lang];
      const [tornado, histogram] = s.u.chartsOn(sheet);
      expect(tornado).toMatchObject({
        type: "BarClustered",
        source: "I6:J9",
        seriesBy: "Columns",
        name: t.tornadoName("SI_Kalkyl"),
        title: t.tornadoTitle,
        legend: { position: "Bottom" },
        position: { start: "M5", end: "T24" },
        series: [
          { name: words.npvLow, values: "I7:I9", xValues: "H7:H9", overlap: 100, gapWidth: 40 },
          { name: words.npvHigh, values: "J7:J9", xValues: "H7:H9", overlap: 100, gapWidth: 40 },
        ],
        categoryAxis: { reversePlotOrder: true, position: "Maximum", tickLabelPosition: "Low" },
        valueAxis: { title: t.tornadoValueAxis },
      });
      // The bars grow from the base-case NPV, worked by hand above.
      expect(tornado.valueAxis.positionAt).toBeCloseTo(NPV, 6);
      expect(histogram).toMatchObject({
        type: "ColumnClustered",
        source: "F6:F26",
        seriesBy: "Columns",
        name: t.histogramName("SI_Kalkyl"),
        title: t.histogramTitle,
        legend: { visible: false },
        position: { start: "A31", end: "F48" },
        series: [{ name: words.count, values: "F7:F26", xValues: "D7:D26", gapWidth: 5 }],
        categoryAxis: { title: t.histogramCategoryAxis },
        valueAxis: { title: t.histogramValueAxis },
      });
      // The charts cover cells the sheet leaves empty.
      const drawnSheet = s.office.sheet(sheet)!;
      for (const [from, to] of [
        [
          { top: 5, left: 13 },
          { bottom: 24, right: 20 },
        ],
        [
          { top: 31, left: 1 },
          { bottom: 48, right: 6 },
        ],
      ] as const)
        for (let r = from.top; r <= to.bottom; r++)
          for (let c = from.left; c <= to.right; c++) {
            const cell = drawnSheet.cell(r, c);
            expect(cell?.value ?? cell?.formula).toBeUndefined();
          }
    }
  );

  it("reads the Kalkyl chosen, through its own table and names, and takes a free sheet name", async () => {
    // The user's SI_Horisont_2 makes the second Kalkyl's horizon SI_Horisont_3.
    const s = await setup("sv", 2, {
      sheets: ["Blad1", "Känslighetsanalys"],
      names: [{ name: "SI_Horisont_2", sheet: "Blad1", ref: "A1" }],
    });
    const data = await loaded(s, "SI_Kalkyl_2");
    expect(sourcesOf(data)).toEqual({
      SI_Kalkyl: "SI_Kalkyl_2",
      SI_Diskonteringsranta: "SI_Diskonteringsranta_2",
      SI_Horisont: "SI_Horisont_3",
    });
    const outcome = await s.service.insertUncertainty(data, "sv");
    expect(outcome).toMatchObject({ kind: "inserted", sheet: "Känslighetsanalys (2)" });
    const sheet = "Känslighetsanalys (2)";
    expect(formulaAt(s, sheet, 6, 2)).toBe("=SI_Diskonteringsranta_2");
    expect(formulaAt(s, sheet, 7, 2)).toBe("=SI_Horisont_3");
    expect(formulaAt(s, sheet, 7, 8)).toContain("SI.SENSITIVITY(SI_Kalkyl_2[#All],");
    expect(s.u.chartsOn(sheet)[0].name).toBe(kalkylPaneText.sv.tornadoName("SI_Kalkyl_2"));
    // The sheet already called Känslighetsanalys was not touched.
    expect(s.office.sheet("Känslighetsanalys")?.writes).toEqual([]);
  });

  it("with no line uncertain, draws the rate's row alone and says so through the count", async () => {
    const fixed = LINES.sv.map((l) => [...l.slice(0, 7), null, null, null]);
    const s = await setup("sv", 1, {}, fixed);
    const outcome = await s.service.insertUncertainty(await loaded(s), "sv");
    expect(outcome).toMatchObject({
      kind: "inserted",
      uncertainLines: 0,
      tornado: { source: "I6:J7", categories: "H7:H7" },
    });
    expect(chartPlaces(1).tornado).toEqual({
      area: "M5:T24",
      source: "I6:J7",
      categories: "H7:H7",
    });
  });

  it("leaves the axis crossing to Excel when the base NPV cannot be computed", async () => {
    const s = await setup("sv");
    const data = await loaded(s);
    const broken: KalkylData = {
      ...data,
      cells: { ...data.cells, rate: { ...data.cells.rate!, value: "tre procent" } },
    };
    const outcome = await s.service.insertUncertainty(broken, "sv");
    expect(outcome.kind).toBe("inserted");
    expect(s.u.charts[0].valueAxis.positionAt).toBeUndefined();
  });

  it(`refuses an Excel without ExcelApi ${KALKYL_UNCERTAINTY_API} before touching anything, and works with exactly it`, async () => {
    const s = await setup("sv");
    const data = await loaded(s);
    s.k.excelApi = "1.7";
    expect(await s.service.insertUncertainty(data, "sv")).toEqual({
      kind: "failed",
      reason: "needsNewerExcel",
      detail: "1.8",
    });
    expect(s.office.syncs).toBe(0);
    expect(s.office.added()).toHaveLength(1); // the Kalkyl only
    s.k.excelApi = "1.8";
    expect((await s.service.insertUncertainty(data, "sv")).kind).toBe("inserted");
  });

  it("says the workbook is protected when the sheet cannot be added, and draws no chart", async () => {
    const s = await setup("sv");
    const data = await loaded(s);
    Object.assign(s.office, { protectedStructure: true });
    const outcome = await s.service.insertUncertainty(data, "sv");
    expect(outcome).toMatchObject({ kind: "failed", reason: "protected" });
    expect(s.office.syncs).toBe(2);
    expect(s.u.charts).toEqual([]);
  });

  it("keeps the sheet and says so when Excel refuses the charts", async () => {
    const s = await setup("en");
    const data = await loaded(s);
    s.u.refuseCharts = "GeneralException: the chart could not be created";
    const outcome = await s.service.insertUncertainty(data, "en");
    expect(outcome).toEqual({
      kind: "chartsFailed",
      sheet: "Sensitivity",
      failure: {
        kind: "failed",
        reason: "other",
        detail: "GeneralException: the chart could not be created",
      },
    });
    expect(s.office.syncs).toBe(3);
    expect(s.office.sheet("Sensitivity")).toBeDefined();
    expect(s.u.charts).toEqual([]);
  });

  it("says so when a cell is being edited", async () => {
    const s = await setup("sv");
    const data = await loaded(s);
    s.k.editing = true;
    expect(await s.service.insertUncertainty(data, "sv")).toEqual({
      kind: "failed",
      reason: "cellEditMode",
      detail: "Excel is in cell-editing mode.",
    });
    expect(s.office.sheet("Känslighetsanalys")).toBeUndefined();
  });
});
