/**
 * @jest-environment jsdom
 */
/**
 * The real task pane over the playground: the page's way of starting it — the host installed as
 * the Office and Excel globals, then src/taskpane/boot.tsx's boot() — gives the pane Excel's own
 * services (src/excel/), in the host's display language. A newcomer's way then runs over the
 * playground's workbook: Faser → Utformning → "Infoga alla 5" draws the sheets into the workbook,
 * and the Kalkyl tab shows the net present value the workbook computed — checked against
 * HyperFormula's native NPV over the example's lines, and agreeing with the sheet.
 */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import { phasesStrings } from "../../src/i18n/phases";
import { KALKYL_TEXT } from "../../src/i18n/sheets/kalkyl";
import { uiStrings } from "../../src/i18n/ui";
import { boot, type Booted } from "../../src/taskpane/boot";
import { kronor } from "../../src/taskpane/KalkylFormat";
import { shimResizeObserver } from "../helpers/dom-shims";
import { hfEval } from "../helpers/hyperformula";
import { hosted, uninstallHosts } from "./office-setup";

jest.setTimeout(60_000);

beforeAll(() => {
  shimResizeObserver();
  // jest's jsdom environment hides Node's structuredClone, which browsers and the model use.
  const scope = globalThis as { structuredClone?: (v: unknown) => unknown };
  scope.structuredClone ??= (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
});

let booted: Booted | null = null;

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  localStorage.clear();
});

afterEach(() => {
  act(() => booted?.stop());
  booted = null;
  uninstallHosts();
  document.body.innerHTML = "";
});

/** The Swedish example's NPV: yearly net flows by hand, HyperFormula's NPV from the second year. */
function exampleNpv(): number {
  const t = KALKYL_TEXT.sv;
  const years = Array.from({ length: 10 }, (_, i) => i + 1);
  const net = years.map((year) =>
    t.rows.reduce((sum, row) => {
      const [amount, start, count, dropoff] = [row[3], row[4], row[5], row[6]] as number[];
      const k = year - start;
      if (k < 0 || k >= count) return sum;
      return sum + (row[1] === t.cost ? -1 : 1) * amount * (1 - (dropoff || 0)) ** k;
    }, 0)
  );
  return net[0] + (hfEval(`=NPV(0.035,${net.slice(1).join(",")})`) as number);
}

it("runs the real pane over the playground: from an empty workbook to the Kalkyl's result", async () => {
  const h = hosted({ lang: "sv" });
  await act(async () => {
    booted = await boot();
  });
  expect(document.documentElement.lang).toBe("sv");
  const user = userEvent.setup();
  const p = phasesStrings.sv;
  await user.click(await screen.findByRole("tab", { name: uiStrings.sv.tabPhases }));
  await user.click(screen.getByRole("button", { name: new RegExp(`^${p.phases.design.title}`) }));
  h.syncs();
  await user.click(screen.getByRole("button", { name: p.insertAll(5) }));
  await screen.findByText((_, el) => el?.getAttribute("data-intent") === "success");
  expect(h.syncs()).toBe(2);
  expect(h.model.tables().map((t) => t.name)).toEqual(
    expect.arrayContaining(["SI_Kalkyl", "SI_Risker", "SI_Indikatorer"])
  );

  await user.click(screen.getByRole("tab", { name: uiStrings.sv.tabKalkyl }));
  const panel = screen.getByRole("tabpanel", { name: uiStrings.sv.tabKalkyl });
  await within(panel).findByText(kalkylPaneText.sv.npvTitle);
  expect(panel.textContent).toContain(kronor(exampleNpv(), "sv-SE"));
  expect(panel.textContent).toContain(kronor(h.value("Kalkyl!B11") as number, "sv-SE"));
});
