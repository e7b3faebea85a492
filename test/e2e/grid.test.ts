/**
 * The playground's grid as a person types into it, in headless Chromium: constants and formulas
 * typed into cells and through the formula bar compute with the engine (native and SI.*), values
 * checked against numbers worked out here; and the whole page — grid, toolbar, pane — checked by
 * axe-core for WCAG 2.x A/AA problems in a real browser (which, unlike jsdom, computes contrast).
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { KPI } from "../../src/core/priceindex";
import { playgroundStrings } from "../../src/i18n/playground";
import { describeInBrowser, screenshot } from "./harness";
import { openView, pane, sheetValues, shownText } from "./page-helpers";
import { uiStrings } from "../../src/i18n/ui";

/** Clicks a cell of the active sheet and types into it, committing with Enter. */
async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`[data-address="${address}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

describeInBrowser(__filename, "typing in the playground's grid", ({ open }) => {
  it("computes typed constants and formulas, native and SI, and shows a formula in the formula bar", async () => {
    const { page, errors } = await open("sv");
    const sheet = playgroundStrings.sv.firstSheet;
    await typeInto(page, "A1", "1000");
    await typeInto(page, "A2", "2015");
    await typeInto(page, "A3", "2023");
    await typeInto(page, "B1", "=SI.UPRATE(A1,A2,A3)");
    await typeInto(page, "B2", "=A1*2+A2");
    await typeInto(page, "B3", "=SI.UPRATE(A1,A2,1800)");
    const values = await sheetValues(page, sheet);
    expect(values.B1).toBeCloseTo((1000 * KPI.values.get(2023)!) / KPI.values.get(2015)!, 9);
    expect(values.B2).toBe(1000 * 2 + 2015);
    // A year the price index does not have: Excel's #N/A, shown in the cell, explained on hover.
    expect(values.B3).toBe("#N/A");
    expect(await shownText(page, "B3")).toBe("#N/A");
    expect(await page.locator('[data-address="B3"]').getAttribute("title")).toMatch(/1800/);

    // Changing an input recomputes what depends on it.
    await typeInto(page, "A1", "2000");
    expect((await sheetValues(page, sheet)).B2).toBe(2000 * 2 + 2015);

    // The formula bar shows the selected cell's formula, and edits it.
    await page.locator('[data-address="B2"]').click();
    const bar = page.getByRole("textbox", { name: playgroundStrings.sv.formulaLabel });
    await expect(bar.inputValue()).resolves.toBe("=A1*2+A2");
    await bar.fill("=A1+1");
    await bar.press("Enter");
    expect((await sheetValues(page, sheet)).B2).toBe(2001);
    await screenshot(page, "grid-typing");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has no WCAG 2.x A/AA problems that axe-core finds, with the live sheets in the grid", async () => {
    const { page } = await open("sv");
    const ui = uiStrings.sv;
    await openView(page, ui.tabTemplates, ui.moreViews);
    await pane(page).getByRole("checkbox", { name: ui.templates.selectAll, exact: true }).check();
    await pane(page).getByRole("button", { name: ui.templates.insertButton, exact: true }).click();
    await pane(page)
      .getByText(/^8 blad infogades/)
      .waitFor();
    const axePath = createRequire(__filename).resolve("axe-core/axe.min.js");
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      // Fluent UI's focus manager (Tabster) puts invisible <i data-tabster-dummy tabindex="0"
      // aria-hidden> guards around focus zones to steer Tab; axe reads them as hidden focusable
      // content, which they are by design, not content a screen reader misses.
      const result = await axe.run(
        { exclude: [["[data-tabster-dummy]"]] },
        {
          runOnly: {
            type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
          },
        }
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
      }));
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
