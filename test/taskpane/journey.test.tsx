/**
 * @jest-environment jsdom
 */
/**
 * The newcomer's way through the pane, over the real services and the recording Office mock:
 * from an empty workbook, Faser → the design phase → "Infoga alla" draws the logic model, the
 * calculation, the scale-up, the risk matrix and the follow-up (with the fictitious example) into
 * the workbook, and the Kalkyl view then shows the calculation's result — the net present value
 * checked against HyperFormula's native NPV over the example's lines, worked out here.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryChecklistStore } from "../../src/excel/checklist-memory";
import { createKalkylService } from "../../src/excel/kalkyl-service";
import { createTemplateService } from "../../src/excel/template-service";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { phasesStrings } from "../../src/i18n/phases";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import { App } from "../../src/taskpane/App";
import { memoryLanguageStore } from "../../src/taskpane/language-store";
import { kronor } from "../../src/taskpane/KalkylFormat";
import { hfEval } from "../helpers/hyperformula";
import { KalkylMock } from "../excel/kalkyl-mock";
import { OfficeMock, installOffice } from "../templates/office-mock";
import { shimResizeObserver } from "../helpers/dom-shims";

jest.setTimeout(60_000);

beforeAll(shimResizeObserver);

/** The example's net present value, from its lines by hand and HyperFormula's NPV. */
function exampleNpv(language: UiLanguage): number {
  const t = KALKYL_TEXT[language];
  const horizon = 10;
  const net = Array.from({ length: horizon }, () => 0);
  for (const [, type, , amount, start, years, dropoff] of t.rows) {
    const sign = type === t.cost ? -1 : 1;
    for (let k = 0; k < (years as number); k++) {
      const year = (start as number) + k;
      if (year <= horizon)
        net[year - 1] += sign * (amount as number) * (1 - ((dropoff as number) || 0)) ** k;
    }
  }
  return net[0] + (hfEval(`=NPV(0.035,${net.slice(1).join(",")})`) as number);
}

describe.each(["sv", "en"] as const)("a newcomer in %s", (language) => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("goes from an empty workbook to a logic model, a risk matrix and a calculation with its result", async () => {
    const office = new OfficeMock();
    restore = installOffice(office);
    const kalkyl = new KalkylMock(office);
    const host = { isSetSupported: () => true };
    const services = {
      templateService: createTemplateService({ ...host, run: (batch) => batch(office.context) }),
      kalkylService: createKalkylService({
        isSetSupported: (name, version) => kalkyl.isSetSupported(name, version),
        run: (batch) => batch(kalkyl.context),
      }),
      checklistStore: createMemoryChecklistStore(),
    };
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          language={language}
          version="1"
          initialView="phases"
          languageStore={memoryLanguageStore()}
          {...services}
        />
      </FluentProvider>
    );
    const p = phasesStrings[language];
    // The design phase: open it and insert all its sheets, with the example.
    await user.click(screen.getByRole("button", { name: new RegExp(`^${p.phases.design.title}`) }));
    // One phase is open at a time, so its "insert all" is the only one.
    await user.click(screen.getByRole("button", { name: p.insertAll(5) }));
    await screen.findByText((_, el) => el?.getAttribute("data-intent") === "success");
    const names = office.added().map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        KALKYL_TEXT[language].sheet,
        language === "sv" ? "Logikmodell" : "Logic model",
      ])
    );
    expect(office.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["SI_Indikatorer", "SI_Kalkyl", "SI_Risker"])
    );

    // The result: the Kalkyl view reads the table just drawn and computes its net present value.
    await user.click(screen.getByRole("tab", { name: uiStrings[language].tabKalkyl }));
    const k = kalkylPaneText[language];
    const npv = kronor(exampleNpv(language), language === "sv" ? "sv-SE" : "en-GB");
    const panel = screen.getByRole("tabpanel", { name: uiStrings[language].tabKalkyl });
    await within(panel).findByText(k.npvTitle);
    expect(panel.textContent).toContain(npv);
  });
});
