/** @jest-environment jsdom */
/**
 * The grid, formula bar and sheet tabs over the real workbook model: what a person types is
 * computed by the engine and shown as Excel shows it; the pane's changes (selection, active
 * sheet) show in the grid.
 */
import { act, screen } from "@testing-library/react";
import { playgroundStrings } from "../../src/i18n/playground";
import { renderPage } from "./ui-helpers";

const sv = playgroundStrings.sv;
const en = playgroundStrings.en;

describe("typing into the grid", () => {
  it("computes a formula typed into a cell and shows the formula in the formula bar", async () => {
    const page = renderPage("sv", "sv-SE");
    await page.user.click(page.cellAt("A1"));
    await page.user.keyboard("2{Enter}");
    // Enter moved the active cell down, as in Excel.
    await page.user.keyboard("=A1*3+0,5{Escape}");
    expect(page.model.cell(page.sheetId, 1, 0).input).toBeNull();
    await page.user.keyboard("=A1*3{Enter}");
    // 2 × 3, by hand.
    expect(page.cellAt("A2").textContent).toBe("6");
    await page.user.click(page.cellAt("A2"));
    expect(screen.getByLabelText(sv.formulaLabel)).toHaveProperty("value", "=A1*3");
    expect(screen.getByLabelText(sv.addressLabel)).toHaveProperty("value", "A2");
  });

  it("computes an SI function as the engine does", async () => {
    const page = renderPage("en", "en-US");
    await page.user.click(page.cellAt("B2"));
    await page.user.keyboard('=SI.CBA({{100,0,0},{{0,60,60},0.035,"npv"){Enter}');
    // NPV at 3.5 %: −100 + 60/1.035 + 60/1.035², by hand (13.98165651…), shown in General as a
    // default-width column fits it: 8 characters, so 13.98166, as Excel shows it.
    const npv = -100 + 60 / 1.035 + 60 / 1.035 ** 2;
    expect(page.model.cell(page.sheetId, 1, 1).value).toBeCloseTo(npv, 10);
    expect(page.cellAt("B2").textContent).toBe(npv.toFixed(5));
  });

  it("reads numbers in the user's locale and in the invariant form, and percentages", async () => {
    const page = renderPage("sv", "sv-SE");
    await page.user.click(page.cellAt("A1"));
    await page.user.keyboard("1,5{Enter}0.25{Enter}12 %{Enter}'007{Enter}");
    const input = (row: number) => page.model.cell(page.sheetId, row, 0).input;
    expect([input(0), input(1), input(2), input(3)]).toEqual([1.5, 0.25, 0.12, "007"]);
    // Excel gives a typed percentage a percentage format and shows it back as typed.
    expect(page.model.cell(page.sheetId, 2, 0).numberFormat).toBe("0%");
    expect(page.cellAt("A3").textContent).toBe("12%");
    expect(page.cellAt("A1").textContent).toBe("1,5");
  });

  it("edits with F2 and double-click, cancels with Esc, clears with Delete", async () => {
    const page = renderPage("en", "en-US");
    act(() => page.model.setInputs(page.sheetId, 0, 0, [[10], [20]]));
    await page.user.click(page.cellAt("A1"));
    await page.user.keyboard("{F2}5{Enter}");
    expect(page.model.cell(page.sheetId, 0, 0).input).toBe(105);
    await page.user.dblClick(page.cellAt("A2"));
    await page.user.keyboard("9{Escape}");
    expect(page.model.cell(page.sheetId, 1, 0).input).toBe(20);
    await page.user.click(page.cellAt("A1"));
    await page.user.keyboard("{Shift>}{ArrowDown}{/Shift}{Delete}");
    expect(page.model.usedArea(page.sheetId)).toBeNull();
  });

  it("commits from the formula bar with Enter and moves with Tab and the arrows", async () => {
    const page = renderPage("en", "en-US");
    await page.user.click(page.cellAt("C3"));
    await page.user.keyboard("{ArrowRight}{ArrowDown}{Tab}");
    expect(screen.getByLabelText(en.addressLabel)).toHaveProperty("value", "E4");
    await page.user.click(screen.getByLabelText(en.formulaLabel));
    await page.user.keyboard("=2^10{Enter}");
    expect(page.model.cell(page.sheetId, 3, 4).value).toBe(1024);
    expect(screen.getByLabelText(en.addressLabel)).toHaveProperty("value", "E5");
  });
});

describe("selection", () => {
  it("selects an area by shift-click and by dragging, and follows the pane's selection", async () => {
    const page = renderPage("en", "en-US");
    await page.user.click(page.cellAt("B2"));
    await page.user.keyboard("{Shift>}");
    await page.user.click(page.cellAt("D5"));
    await page.user.keyboard("{/Shift}");
    expect(page.model.selection().area).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    await page.user.pointer([
      { keys: "[MouseLeft>]", target: page.cellAt("F1") },
      { target: page.cellAt("G3") },
      { keys: "[/MouseLeft]" },
    ]);
    expect(page.model.selection().area).toEqual({ top: 0, left: 5, bottom: 2, right: 6 });
    act(() => page.model.select(page.sheetId, { top: 9, left: 2, bottom: 11, right: 3 }));
    expect(screen.getByLabelText(en.addressLabel)).toHaveProperty("value", "C10");
    expect(page.cellAt("D12").getAttribute("aria-selected")).toBe("true");
  });

  it("goes to an address typed into the name box", async () => {
    const page = renderPage("sv", "sv-SE");
    await page.user.click(screen.getByLabelText(sv.addressLabel));
    await page.user.keyboard("{Control>}a{/Control}B3:C4{Enter}");
    expect(page.model.selection().area).toEqual({ top: 2, left: 1, bottom: 3, right: 2 });
    await page.user.click(screen.getByLabelText(sv.addressLabel));
    await page.user.keyboard("{Control>}a{/Control}nej{Enter}");
    expect(screen.getByRole("alert").textContent).toContain(sv.notAnAddress("nej"));
  });
});

describe("sheet tabs", () => {
  it("shows the visible sheets, activates by click and follows the model", async () => {
    const page = renderPage("sv", "sv-SE");
    let kalkylId = "";
    act(() => {
      kalkylId = page.model.addSheet("Kalkyl").id;
      const hidden = page.model.addSheet("Dold");
      page.model.setSheetProps(hidden.id, { visibility: "Hidden" });
    });
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual(["Blad1", "Kalkyl"]);
    await page.user.click(screen.getByRole("tab", { name: "Kalkyl" }));
    expect(page.model.activeSheetId()).toBe(kalkylId);
    expect(screen.getByRole("tab", { name: "Kalkyl" }).getAttribute("aria-selected")).toBe("true");
    act(() => page.model.activate(page.sheetId));
    expect(screen.getByRole("tab", { name: "Blad1" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("a protected sheet", () => {
  it("refuses an edit with a message and keeps what the cell had", async () => {
    const page = renderPage("sv", "sv-SE");
    act(() => page.model.setInputs(page.sheetId, 0, 0, [[42]]));
    await page.user.click(screen.getByRole("button", { name: sv.protectSheet }));
    expect(page.model.sheet(page.sheetId)?.protected).toBe(true);
    expect(screen.getByRole("button", { name: sv.protectSheet }).getAttribute("aria-pressed")).toBe(
      "true"
    );
    await page.user.click(page.cellAt("A1"));
    await page.user.keyboard("7{Enter}");
    expect(screen.getByRole("alert").textContent).toContain(sv.protectedRefusal);
    await page.user.keyboard("{Delete}");
    expect(page.model.cell(page.sheetId, 0, 0).input).toBe(42);
    expect(page.cellAt("A1").textContent).toBe("42");
  });
});
