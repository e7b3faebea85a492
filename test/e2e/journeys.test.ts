/**
 * What a person does in the playground, in headless Chromium over the production build: open the
 * sample unit-cost workbook, import it through the pane and insert SI.UNITCOST from the catalog;
 * run the sensitivity analysis from the Kalkyl view; switch the language; and meet the pane's
 * message when a sheet is protected. Every value is checked against one computed here in Node.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { KPI } from "../../src/core/priceindex";
import { DEFAULT_PRICE_YEAR } from "../../src/excel/catalog-table";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import { playgroundStrings } from "../../src/i18n/playground";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { describeInBrowser, repoRoot, screenshot } from "./harness";
import {
  activeCellFormula,
  clickCell,
  openView,
  pane,
  protectActiveSheet,
  ready,
  sheetValues,
  shownText,
  waitForSheet,
} from "./page-helpers";
import { differences, fileCells, referenceValues } from "./reference";

jest.setTimeout(120_000);

const unitCostFixture = path.join(repoRoot, "test", "fixtures", "enhetskostnader-exempel.xlsx");

describeInBrowser(__filename, "the playground, as a person uses it", ({ open: start }) => {
  /** Opens the sample workbook from disk and imports its unit costs through the pane. */
  async function importUnitCosts(page: Page, lang: UiLanguage): Promise<void> {
    await page.locator('input[type="file"]').setInputFiles(unitCostFixture);
    await waitForSheet(page, "Enhetskostnader");
    const ui = uiStrings[lang];
    await openView(page, ui.tabUnitCosts, ui.moreViews);
    await pane(page).getByRole("button", { name: ui.unitCosts.importButton }).click();
    await pane(page).getByText(ui.unitCosts.createdSheet).waitFor();
  }

  it("imports the sample's unit costs, inserts SI.UNITCOST from the catalog and saves the workbook", async () => {
    const { page, foreign, errors } = await start("sv");
    await importUnitCosts(page, "sv");
    const t = uiStrings.sv.unitCosts;
    await clickCell(page, "Enhetskostnader", "C21");
    await pane(page).getByTitle(t.insertTitle("Placering HVB, barn och unga")).click();
    await pane(page)
      .getByText(/Formeln infogades i/)
      .waitFor();
    expect(await activeCellFormula(page)).toMatch(/^=SI\.UNITCOST\(/);
    const expected = (6200 * KPI.values.get(DEFAULT_PRICE_YEAR)!) / KPI.values.get(2015)!;
    const values = await sheetValues(page, "Enhetskostnader");
    expect(values.C21).toBeCloseTo(expected, 6);
    expect(await shownText(page, "C21")).not.toMatch(/^#/);
    await screenshot(page, "unitcost-catalog");

    // Saved as .xlsx and read back in Node: the formula is there, and the computed value cached.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: playgroundStrings.sv.saveAs }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(playgroundStrings.sv.fileName);
    const file = await fileCells(readFileSync(await saved.path()));
    expect(file.formulas.Enhetskostnader).toContain("C21");
    expect(file.values.Enhetskostnader.C21).toBeCloseTo(expected, 6);
    expect(differences(values, file.values.Enhetskostnader)).toEqual([]);
    expect(foreign()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("runs the sensitivity analysis from the Kalkyl view: the sheet computes and two charts are drawn", async () => {
    const { page, foreign } = await start("sv");
    const ui = uiStrings.sv;
    await openView(page, ui.tabTemplates, ui.moreViews);
    await pane(page).getByRole("checkbox", { name: ui.templates.sheets.kalkyl.name }).check();
    await pane(page).getByRole("button", { name: ui.templates.insertButton, exact: true }).click();
    await pane(page)
      .getByText(ui.templates.inserted([ui.templates.sheets.kalkyl.name]))
      .waitFor();
    await openView(page, ui.tabKalkyl, ui.moreViews);
    const k = kalkylPaneText.sv;
    await pane(page).getByRole("button", { name: k.uncertaintyButton }).click();
    const sheet = ui.templates.sheets.osakerhet.name;
    await pane(page)
      .getByText(new RegExp(`^Bladet ${sheet} infogades`))
      .waitFor();
    const expected = await referenceValues(["kalkyl", "osakerhet"], "sv");
    expect(differences(expected[sheet], await sheetValues(page, sheet))).toEqual([]);
    const charts = await page.evaluate((name) => {
      interface Model {
        sheetByName(n: string): { id: string } | undefined;
        charts(id: string): readonly { type: string }[];
      }
      const m = (window as unknown as { siPlayground: { model: Model } }).siPlayground.model;
      return m.charts(m.sheetByName(name)!.id).map((c) => c.type);
    }, sheet);
    expect(charts).toHaveLength(2);
    await screenshot(page, "sensitivity");
    expect(foreign()).toEqual([]);
    await page.context().close();
  });

  it("switches the pane to English and back, and remembers the choice", async () => {
    const { page } = await start("sv");
    const sv = uiStrings.sv;
    const en = uiStrings.en;
    await pane(page).getByRole("button", { name: sv.switchLanguage }).click();
    await pane(page).getByRole("tab", { name: en.tabStart, exact: true }).waitFor();
    await openView(page, en.tabTemplates, en.moreViews);
    await pane(page).getByText(en.templates.sheetsHeading).waitFor();
    await screenshot(page, "language-en");
    await page.reload();
    await ready(page);
    await pane(page).getByRole("button", { name: en.switchLanguage }).waitFor();
    await pane(page).getByRole("button", { name: en.switchLanguage }).click();
    await pane(page).getByRole("tab", { name: sv.tabPhases, exact: true }).waitFor();
    await page.context().close();
  });

  it("says in the pane that a protected sheet refused the formula, and changes nothing", async () => {
    const { page } = await start("sv");
    await importUnitCosts(page, "sv");
    await clickCell(page, "Enhetskostnader", "C21");
    const before = await sheetValues(page, "Enhetskostnader");
    await protectActiveSheet(page);
    const t = uiStrings.sv.unitCosts;
    await pane(page).getByTitle(t.insertTitle("Placering HVB, barn och unga")).click();
    const bar = pane(page).getByText(/Bladet eller arbetsboken är skyddat/);
    await bar.waitFor();
    expect(await sheetValues(page, "Enhetskostnader")).toEqual(before);
    await screenshot(page, "protected-sheet");
    await page.context().close();
  });
});
