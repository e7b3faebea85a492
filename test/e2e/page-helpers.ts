/**
 * Driving the playground page the way a person does — the pane's tabs and buttons by their
 * visible, translated names (src/i18n/ui.ts), the grid's cells by their addresses — and reading
 * back what the workbook computed through `window.siPlayground` (src/playground/page.tsx).
 */
import type { Locator, Page } from "playwright-core";
import { playgroundStrings } from "../../src/i18n/playground";
import type { UiLanguage } from "../../src/i18n/ui";
import type { Plain } from "./reference";

/** The task pane's container (boot() renders into #root). */
export function pane(page: Page): Locator {
  return page.locator("#root");
}

/** Waits until the workbook and the pane's tab row are there. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => "siPlayground" in window);
  await pane(page).getByRole("tablist").first().waitFor();
}

/**
 * Opens a view of the pane by its tab's name; tabs that do not fit the pane's width sit in the
 * "Mer"/"More" menu, as in Excel's narrow pane.
 */
export async function openView(page: Page, name: string, more: string): Promise<void> {
  const tab = pane(page).getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
    return;
  }
  await pane(page)
    .getByRole("button", { name: new RegExp(`^${more}`) })
    .click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

/** Every non-empty computed value of a sheet, by A1 address, errors as their text. */
export function sheetValues(page: Page, sheetName: string): Promise<Record<string, Plain>> {
  return page.evaluate((name) => {
    // The page's own objects; typed loosely here because they live in the browser.
    type Value = number | string | boolean | null | { error: string };
    interface Model {
      sheetByName(n: string): { id: string } | undefined;
      usedArea(id: string): { top: number; left: number; bottom: number; right: number } | null;
      cell(id: string, r: number, c: number): { value: Value };
    }
    const model = (window as unknown as { siPlayground: { model: Model } }).siPlayground.model;
    const sheet = model.sheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const letters = (c: number): string => {
      let s = "";
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    const out: Record<string, number | string | boolean> = {};
    const used = model.usedArea(sheet.id);
    if (!used) return out;
    for (let r = used.top; r <= used.bottom; r++) {
      for (let c = used.left; c <= used.right; c++) {
        const v = model.cell(sheet.id, r, c).value;
        if (v === null) continue;
        out[`${letters(c)}${r + 1}`] = typeof v === "object" ? v.error : v;
      }
    }
    return out;
  }, sheetName);
}

/** The text the grid shows in a cell of the active sheet. */
export async function shownText(page: Page, address: string): Promise<string> {
  return (await page.locator(`[data-address="${address}"]`).first().innerText()).trim();
}

export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Model {
      sheets(): readonly { name: string }[];
    }
    const model = (window as unknown as { siPlayground: { model: Model } }).siPlayground.model;
    return model.sheets().map((s) => s.name);
  });
}

/** The number of context.sync() calls the pane has made so far. */
export function syncCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    (
      window as unknown as { siPlayground: { office: { syncCount(): number } } }
    ).siPlayground.office.syncCount()
  );
}

export type { UiLanguage };

/** The grid's sheet tabs (the pane has tabs of its own, inside #root). */
export function sheetTab(page: Page, name: string): Locator {
  return page
    .locator('[role="tab"]:not(#root [role="tab"])')
    .filter({ hasText: new RegExp(`^${name}$`) });
}

/** Activates a sheet by its tab and clicks one of its cells, as a person selects a cell. */
export async function clickCell(page: Page, sheet: string, address: string): Promise<void> {
  await sheetTab(page, sheet).click();
  await page.locator(`[data-address="${address}"]`).first().click();
}

/** The formula (or constant) of the active cell, as the workbook holds it. */
export function activeCellFormula(page: Page): Promise<string | number | boolean | null> {
  return page.evaluate(() => {
    interface Model {
      selection(): { sheetId: string; area: { top: number; left: number } };
      cell(id: string, r: number, c: number): { input: string | number | boolean | null };
    }
    const m = (window as unknown as { siPlayground: { model: Model } }).siPlayground.model;
    const { sheetId, area } = m.selection();
    return m.cell(sheetId, area.top, area.left).input;
  });
}

/** Waits until the workbook has a sheet of this name (after opening a file, say). */
export async function waitForSheet(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    interface Model {
      sheetByName(s: string): unknown;
    }
    return !!(
      window as unknown as { siPlayground: { model: Model } }
    ).siPlayground.model.sheetByName(n);
  }, name);
}

/** Turns on protection of the active sheet with the page's toolbar button (a toggle). */
export async function protectActiveSheet(page: Page, lang: UiLanguage = "sv"): Promise<void> {
  const button = page.getByRole("button", { name: playgroundStrings[lang].protectSheet });
  await button.click();
  await page.waitForFunction(() => {
    interface Model {
      activeSheetId(): string;
      sheet(id: string): { protected: boolean } | undefined;
    }
    const m = (window as unknown as { siPlayground: { model: Model } }).siPlayground.model;
    return m.sheet(m.activeSheetId())?.protected === true;
  });
}

/** Every cell the grid draws for the active sheet: address → the text it shows. */
export function shownTexts(page: Page): Promise<Record<string, string>> {
  return page.$$eval("[data-address]", (cells) =>
    Object.fromEntries(
      cells.map((c) => [c.getAttribute("data-address")!, (c as HTMLElement).innerText.trim()])
    )
  );
}
