/**
 * Each live sheet clicked in the real task pane of the playground, in headless Chromium: the
 * values the grid's workbook computes must equal, cell for cell, those `si-kalkyl template`
 * computes for the same sheets in Node (drawn by the other renderer, recalculated by the headless
 * engine), and the grid must show them.
 */
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { TEMPLATE_IDS, type TemplateId } from "../../src/templates/spec";
import { describeInBrowser, screenshot } from "./harness";
import { openView, pane, sheetNames, sheetValues, shownTexts, syncCount } from "./page-helpers";
import { differences, referenceValues } from "./reference";

jest.setTimeout(120_000);

describeInBrowser(
  __filename,
  "live sheets inserted from the pane in the playground",
  ({ open }) => {
    async function insert(ids: readonly TemplateId[], lang: UiLanguage, shot: string) {
      const recorded = await open(lang);
      const { page } = recorded;
      const ui = uiStrings[lang];
      const t = ui.templates;
      await openView(page, ui.tabTemplates, ui.moreViews);
      const p = pane(page);
      if (ids.length === TEMPLATE_IDS.length) {
        await p.getByRole("checkbox", { name: t.selectAll, exact: true }).check();
      } else {
        for (const id of ids)
          await p.getByRole("checkbox", { name: t.sheets[id].name, exact: true }).check();
      }
      const syncsBefore = await syncCount(page);
      await p.getByRole("button", { name: t.insertButton, exact: true }).click();
      const names = ids.map((id) => t.sheets[id].name);
      // The pane reports the sheets it inserted, in the order it drew them (the order given here).
      await p.getByText(t.inserted(names), { exact: true }).waitFor();
      const syncs = (await syncCount(page)) - syncsBefore;
      await screenshot(page, shot);
      return { ...recorded, names, syncs };
    }

    it.each(TEMPLATE_IDS.map((id) => [id] as const))(
      "%s: every computed cell equals si-kalkyl template's, and the grid shows them",
      async (id) => {
        const { page, names, foreign, errors, syncs } = await insert([id], "sv", `template-${id}`);
        // As in Excel (and asserted against the recording mock): names and sheets, then formulas.
        expect(syncs).toBe(2);
        const expected = await referenceValues([id], "sv");
        const sheets = await sheetNames(page);
        for (const name of names) {
          expect(sheets).toContain(name);
          const actual = await sheetValues(page, name);
          expect(Object.keys(actual).length).toBeGreaterThan(5);
          expect(differences(expected[name], actual)).toEqual([]);
        }
        // The grid shows the sheet the pane activated: every value there, errors where the engine
        // has them and nowhere else (numbers as their format shows them, so only their presence).
        const active = expected[names[names.length - 1]];
        const shown = await shownTexts(page);
        expect(shown.A1).toBe(String(active.A1));
        for (const [address, value] of Object.entries(active)) {
          if (value === "" || value === null) continue;
          const text = shown[address] ?? "";
          if (typeof value === "string" && /^#[A-Z/0!?]+/.test(value)) expect(text).toBe(value);
          else expect([address, /^#[A-Z/0!?]+$/.test(text)]).toEqual([address, false]);
          if (typeof value === "string" && !value.startsWith("#")) expect(text).toBe(value);
        }
        expect(foreign()).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    );

    it("all eight sheets at once, in English: the decision paper reads the others", async () => {
      const { page, names, foreign, syncs } = await insert(TEMPLATE_IDS, "en", "template-all-en");
      expect(syncs).toBe(2);
      const expected = await referenceValues(TEMPLATE_IDS, "en");
      for (const name of names) {
        expect(differences(expected[name], await sheetValues(page, name))).toEqual([]);
      }
      expect(foreign()).toEqual([]);
      await page.context().close();
    });
  }
);
