/**
 * Every view of the task pane over a workbook that calculates: the eight live sheets inserted
 * through the pane, then Start, Faser, Kalkyl, Kontroll and Dela as a person opens them. Each view
 * is checked for what it must say, and pictured alone (test-results/e2e/pane-<view>.png, which
 * `npm run screenshots:browser` copies to docs/images for the README). Dela's copy is downloaded and
 * read back in Node: its SI formulas must have become the values the sheet computed.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import { shareStrings } from "../../src/i18n/share";
import { startCheckStrings } from "../../src/i18n/start-check";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { describeInBrowser, screenshotDir } from "./harness";
import { openView, pane, sheetValues } from "./page-helpers";
import { differences, fileCells, sameValue } from "./reference";

async function insertAll(page: Page, lang: UiLanguage): Promise<void> {
  const ui = uiStrings[lang];
  await openView(page, ui.tabTemplates, ui.moreViews);
  await pane(page).getByRole("checkbox", { name: ui.templates.selectAll, exact: true }).check();
  await pane(page).getByRole("button", { name: ui.templates.insertButton, exact: true }).click();
  const names = TEMPLATE_IDS.map((id) => ui.templates.sheets[id].name);
  await pane(page).getByText(ui.templates.inserted(names), { exact: true }).waitFor();
}

/** The Kalkyl view's "agrees with the sheet (B11)." line, whatever the cell. */
function agreesWithSheet(lang: UiLanguage): RegExp {
  const prefix = kalkylPaneText[lang].agrees("\u0000").split("\u0000")[0];
  return new RegExp(`^${prefix.replace(/[()]/g, "\\$&")}`);
}

/**
 * The pane alone, whole: the window is made as tall as the pane's content for the picture (the
 * pane scrolls inside the page otherwise), then given back its height.
 */
async function picture(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await pane(page).evaluate((root) =>
    Math.max(...[root, ...Array.from(root.querySelectorAll("*"))].map((e) => e.scrollHeight))
  );
  await page.setViewportSize({ width: viewport.width, height: Math.max(400, height + 16) });
  await pane(page).screenshot({ path: `${screenshotDir}/${name}.png` });
  await page.setViewportSize(viewport);
}

describeInBrowser(__filename, "every view of the pane over a calculating workbook", ({ open }) => {
  it("Swedish: Start, Faser, Kalkyl, Kontroll and Dela say what the workbook holds", async () => {
    const { page, foreign, errors } = await open("sv");
    const ui = uiStrings.sv;
    await picture(page, "pane-templates");
    await insertAll(page, "sv");

    const s = startCheckStrings.sv;
    await openView(page, ui.tabStart, ui.moreViews);
    await pane(page).getByRole("button", { name: s.refreshButton }).click();
    await pane(page).getByText(s.errorsNone).waitFor();
    await pane(page).getByText(s.redThreadNone).first().waitFor();
    await picture(page, "pane-start");

    await openView(page, ui.tabPhases, ui.moreViews);
    await picture(page, "pane-phases");

    // The Kalkyl view computes the NPV itself and compares it with the sheet's cell.
    await openView(page, ui.tabKalkyl, ui.moreViews);
    await pane(page).getByText(agreesWithSheet("sv")).first().waitFor();
    await picture(page, "pane-kalkyl");

    await openView(page, ui.tabCheck, ui.moreViews);
    await pane(page).getByRole("button", { name: s.rescanButton }).click();
    // Blad1, which the new workbook had, and the eight inserted sheets.
    await pane(page)
      .getByText(s.personalNoneIn(TEMPLATE_IDS.length + 1))
      .waitFor();
    await picture(page, "pane-check");

    // Dela: the copy is offered as a download; its Kalkyl holds values where the SI formulas were.
    const sh = shareStrings.sv;
    await openView(page, ui.tabShare, ui.moreViews);
    const download = page.waitForEvent("download");
    await pane(page).getByRole("button", { name: sh.shareButton }).click();
    const file = await (await download).path();
    await picture(page, "pane-share");
    const copy = await fileCells(readFileSync(file));
    const kalkyl = ui.templates.sheets.kalkyl.name;
    const computed = await sheetValues(page, kalkyl);
    // The NPV cell (B11) held =SI.CBATABLE(…); the copy holds its value and no SI formula at all.
    expect(typeof computed.B11).toBe("number");
    expect(sameValue(copy.values[kalkyl].B11, computed.B11)).toBe(true);
    expect(copy.formulas[kalkyl]).not.toContain("B11");
    expect(differences(computed, copy.values[kalkyl])).toEqual([]);
    expect(foreign()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("English: the Kalkyl view", async () => {
    const { page } = await open("en");
    await insertAll(page, "en");
    const ui = uiStrings.en;
    await openView(page, ui.tabKalkyl, ui.moreViews);
    await pane(page).getByText(agreesWithSheet("en")).first().waitFor();
    await picture(page, "pane-kalkyl-en");
    await page.context().close();
  });
});
