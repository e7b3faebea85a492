/**
 * @jest-environment jsdom
 */
import fs from "fs";
import path from "path";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CatalogRow } from "../../src/excel/catalog-table";
import type { TemplateService } from "../../src/excel/template-outcome";
import type { UnitCostService } from "../../src/excel/unitcost-outcome";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { App } from "../../src/taskpane/App";
import { memoryLanguageStore } from "../../src/taskpane/language-store";
import { VIEWS, type ViewId } from "../../src/taskpane/views";
import { installLayoutShim } from "./layout-shim";
import { HVB_ROW } from "../helpers/catalog-rows";

// The automated accessibility check: axe-core (Deque's rules engine, as browsers' audit tools use)
// over the whole pane in both languages, with every view opened in turn and the "Mer" menu open.
// Rules: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices (landmarks, headings).
// Only color-contrast is off: jsdom computes no layout or colours, so it cannot be judged here —
// Fluent's themes are built to pass it, and high contrast follows the system.
//
// axe-core is loaded at run time: until it is a devDependency the suite is skipped and says so;
// once package.json lists it, failing to load it fails the suite.

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly html: string; readonly failureSummary?: string }[];
}
interface Axe {
  run(
    context: Element | Document,
    options: Record<string, unknown>
  ): Promise<{ violations: AxeViolation[]; passes: { id: string }[] }>;
}

const AXE = "axe-core";
const declared = (() => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
  return AXE in { ...pkg.dependencies, ...pkg.devDependencies };
})();

function loadAxe(): Axe | null {
  try {
    return jest.requireActual<Axe>(AXE);
  } catch (error) {
    if (declared) throw error;
    return null;
  }
}

const axe = loadAxe();
if (!axe) {
  console.warn(
    "test/taskpane/a11y.test.tsx is skipped: axe-core is not installed (npm install --save-dev axe-core)."
  );
}

const OPTIONS = {
  // Only violations are wanted, and no CSS selectors for them: both save most of axe's time in jsdom.
  resultTypes: ["violations"],
  selectors: false,
  runOnly: {
    type: "tag",
    values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
  },
  rules: {
    // jsdom has no layout or rendering: contrast cannot be computed here (see above).
    "color-contrast": { enabled: false },
  },
};

/** Every violation as one readable line per element, so a failure says what and where. */
async function violations(options: Record<string, unknown> = OPTIONS): Promise<string[]> {
  // In act: Fluent's tab indicator animates on a frame callback that fires while axe runs.
  let result: Awaited<ReturnType<Axe["run"]>> = { violations: [], passes: [] };
  await act(async () => {
    result = await axe!.run(document, options);
  });
  return result.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${node.html.slice(0, 160)}`)
  );
}

const rows: CatalogRow[] = [
  HVB_ROW,
  {
    id: null,
    category: null,
    name: "Hemtjänst",
    unit: "timme",
    cost: 650,
    priceYear: 2023,
    source: null,
    hasLocal: false,
    localCost: null,
  },
];

/** Services that are there (so every control is enabled) and answer at once. */
const templateService: TemplateService = {
  insert: jest.fn(),
  convertLogicModel: jest.fn(),
  removeExample: jest.fn(),
};
const unitCostService: UnitCostService = {
  importCatalog: jest.fn(),
  readCatalog: () => Promise.resolve(rows),
  insert: jest.fn(),
};

beforeAll(() => {
  // The page's <title> comes from taskpane.html, which jsdom does not load.
  const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  document.title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? "";
  const scope = globalThis as { ResizeObserver?: unknown };
  scope.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderPane(language: UiLanguage, withExcel: boolean, view: ViewId) {
  return render(
    <App
      language={language}
      version="1.2.3"
      initialView={view}
      languageStore={memoryLanguageStore()}
      templateService={withExcel ? templateService : undefined}
      unitCostService={withExcel ? unitCostService : undefined}
    />
  );
}

const suite = axe ? describe : describe.skip;

suite("accessibility (axe-core)", () => {
  // One view at a time (a fresh pane opened on it), so each run checks little hidden content.
  const cases = (["sv", "en"] as const).flatMap((language) =>
    (["in Excel", "in a browser"] as const).flatMap((host) =>
      // Outside Excel only in Swedish: the same controls, disabled, and the same messages.
      language === "en" && host === "in a browser"
        ? []
        : VIEWS.map((view) => [language, host, view.id] as const)
    )
  );

  it.each(cases)("finds no violation: %s, %s, view %s", async (language, host, id) => {
    const withExcel = host === "in Excel";
    renderPane(language, withExcel, id);
    if (id === "unitCosts" && withExcel) await screen.findByText(rows[0].name);
    expect(await violations()).toEqual([]);
  });

  it.each<UiLanguage>(["sv", "en"])(
    "finds no violation with every view opened in turn (%s): ids stay unique across views",
    async (language) => {
      const t = uiStrings[language];
      const user = userEvent.setup();
      renderPane(language, true, "start");
      for (const view of VIEWS) {
        await user.click(screen.getByRole("tab", { name: t[view.labelKey] }));
      }
      await screen.findByText(rows[0].name);
      await user.click(screen.getByRole("tab", { name: t.tabTemplates }));
      expect(await violations()).toEqual([]);
    }
  );

  it("finds no violation with the views' menu open in a narrow pane", async () => {
    const remove = installLayoutShim({
      widthOf: (el) =>
        el.classList.contains("fui-Overflow") || el.tagName === "NAV"
          ? 320
          : el.getAttribute("role") === "tab"
            ? 80
            : el.hasAttribute("data-overflow-menu")
              ? 60
              : undefined,
    });
    try {
      const t = uiStrings.sv;
      const user = userEvent.setup();
      render(<App language="sv" version="1" languageStore={memoryLanguageStore()} />);
      await user.click(screen.getByRole("button", { name: t.moreViews }));
      const menu = await screen.findByRole("menu");
      expect(within(menu).getAllByRole("menuitem").length).toBeGreaterThan(0);
      // A popup menu lives in a portal at the end of <body>, outside the landmarks, as every
      // Fluent popup does; its role (menu) is what a screen reader announces, so axe's best-practice
      // "region" rule does not apply to it. Every other rule does.
      const withoutRegion = { ...OPTIONS, rules: { ...OPTIONS.rules, region: { enabled: false } } };
      expect(await violations(withoutRegion)).toEqual([]);
      await user.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    } finally {
      remove();
    }
  });

  it("can fail: a button without a name is a violation", async () => {
    render(<App language="sv" version="1" languageStore={memoryLanguageStore()} />);
    const unnamed = document.createElement("button");
    act(() => {
      document.querySelector("main")?.appendChild(unnamed);
    });
    expect((await violations()).some((line) => line.startsWith("button-name"))).toBe(true);
    unnamed.remove();
  });
});
