/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { UnitCostService } from "../../src/excel/unitcost-outcome";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { UnitCostPane } from "../../src/taskpane/UnitCostPane";
import { HVB_ROW } from "../helpers/catalog-rows";
import { shimResizeObserver } from "../helpers/dom-shims";

beforeAll(shimResizeObserver);

// How the Enhetskostnader tab words a failed insertion: Office's error code decides, so a
// protected sheet or a cell being edited reads as what to do, anything else as Excel's message.

const row = HVB_ROW;

function failingInsert(error: unknown): UnitCostService {
  return {
    importCatalog: () => Promise.reject(new Error("not in this test")),
    readCatalog: () => Promise.resolve([row]),
    insert: () => Promise.reject(error),
  };
}

async function insertWith(language: UiLanguage, error: unknown): Promise<string> {
  render(
    <FluentProvider theme={webLightTheme}>
      <UnitCostPane language={language} service={failingInsert(error)} />
    </FluentProvider>
  );
  const t = uiStrings[language].unitCosts;
  await userEvent.click(await screen.findByTitle(t.insertTitle(row.name)));
  return (await screen.findByText(/^(Det gick inte|That did not work)/)).textContent ?? "";
}

describe.each(["sv", "en"] as const)("a failed insertion (%s)", (language) => {
  const t = uiStrings[language].unitCosts;

  it("on a protected sheet says so and what to do, with Excel's own words", async () => {
    const error = Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" });
    expect(await insertWith(language, error)).toBe(
      t.failed(t.protectedSheet("The sheet is protected."))
    );
  });

  it("while a cell is being edited asks to finish the edit", async () => {
    const error = Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
    expect(await insertWith(language, error)).toBe(t.failed(t.cellEditMode));
  });

  it("for anything else shows the error's message", async () => {
    expect(await insertWith(language, new Error("Något oväntat"))).toBe(t.failed("Något oväntat"));
  });
});
