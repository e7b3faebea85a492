/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { phasesStrings } from "../../src/i18n/phases";
import { kalkylPaneText } from "../../src/i18n/kalkyl-pane";
import { shareStrings } from "../../src/i18n/share";
import { startCheckStrings } from "../../src/i18n/start-check";
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { TemplateService } from "../../src/excel/template-outcome";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { App } from "../../src/taskpane/App";
import {
  LANGUAGE_KEY,
  memoryLanguageStore,
  storageLanguageStore,
  type LanguageStore,
} from "../../src/taskpane/language-store";
import type { ThemeKind } from "../../src/taskpane/theme";
import { VIEWS, type ViewEntry, type ViewId } from "../../src/taskpane/views";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { installLayoutShim } from "./layout-shim";

// The shell in a DOM: every view in both languages, the navigation by mouse and keyboard (with
// and without room for every tab), the language switch and its memory, the theme.

beforeAll(() => {
  // jsdom has no ResizeObserver, which Fluent's Overflow and MessageBar use in a browser.
  const scope = globalThis as { ResizeObserver?: unknown };
  scope.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

let removeShim: () => void = () => undefined;
afterEach(() => {
  removeShim();
  removeShim = () => undefined;
  localStorage.clear();
});

const LANGUAGES: readonly UiLanguage[] = ["sv", "en"];

/** A template service that is there (so Mallar's controls are enabled) and is never called here. */
const templateService: TemplateService = {
  insert: jest.fn(),
  convertLogicModel: jest.fn(),
  removeExample: jest.fn(),
};

function renderApp(
  language: UiLanguage,
  props: {
    store?: LanguageStore;
    theme?: ThemeKind;
    initialView?: ViewId;
    templateService?: TemplateService;
  } = {}
) {
  const user = userEvent.setup();
  const result = render(
    <App
      language={language}
      version="1.2.3"
      languageStore={props.store ?? memoryLanguageStore()}
      theme={props.theme}
      initialView={props.initialView}
      templateService={props.templateService}
    />
  );
  return { user, ...result };
}

/** The one panel shown; the others are hidden and so not in the accessibility tree. */
function shownPanel(): HTMLElement {
  const panels = screen.getAllByRole("tabpanel");
  expect(panels).toHaveLength(1);
  return panels[0];
}

/** What each view shows first, so a test can tell that the right one opened. */
function expectView(id: ViewId, language: UiLanguage, panel: HTMLElement): void {
  const t = uiStrings[language];
  const inPanel = within(panel);
  switch (id) {
    case "phases":
      expect(inPanel.getByText(t.intro)).toBeTruthy();
      expect(inPanel.getByText(phasesStrings[language].phases.needs.title)).toBeTruthy();
      return;
    case "templates":
      expect(inPanel.getByRole("group", { name: t.templates.sheetsHeading })).toBeTruthy();
      return;
    case "unitCosts":
      expect(inPanel.getByText(t.unitCosts.intro)).toBeTruthy();
      return;
    // Without Excel each workbook view says what it needs (the tests give no services).
    case "start":
    case "check":
      expect(inPanel.getByText(startCheckStrings[language].needsExcel)).toBeTruthy();
      return;
    case "kalkyl":
      expect(inPanel.getByText(kalkylPaneText[language].needsExcel)).toBeTruthy();
      return;
    case "share":
      expect(inPanel.getByText(shareStrings[language].needsExcel)).toBeTruthy();
      return;
  }
}

describe.each(LANGUAGES)("the task pane in %s", (language) => {
  const t = uiStrings[language];

  it("opens on Start and shows every view from its tab, one at a time", async () => {
    const { user } = renderApp(language);
    expect(screen.getByRole("tab", { name: t.tabStart }).getAttribute("aria-selected")).toBe(
      "true"
    );
    expectView("start", language, shownPanel());
    for (const view of VIEWS) {
      const tab = screen.getByRole("tab", { name: t[view.labelKey] });
      await user.click(tab);
      expect(tab.getAttribute("aria-selected")).toBe("true");
      const panel = shownPanel();
      // The panel is named by its tab and the tab says which panel it controls.
      expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
      expect(tab.getAttribute("aria-controls")).toBe(panel.id);
      expect(screen.getByRole("tabpanel", { name: t[view.labelKey] })).toBe(panel);
      expectView(view.id, language, panel);
    }
  });

  it("names the navigation and marks the language switch with the language it switches to", () => {
    renderApp(language);
    const nav = screen.getByRole("navigation", { name: t.navLabel });
    expect(within(nav).getAllByRole("tab")).toHaveLength(VIEWS.length);
    const other = language === "sv" ? "en" : "sv";
    expect(screen.getByRole("button", { name: t.switchLanguage }).getAttribute("lang")).toBe(other);
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("contentinfo").textContent).toBe(t.version("1.2.3"));
  });

  it("mounts a view when first opened and keeps its state while another shows", async () => {
    const { user } = renderApp(language, { templateService });
    // Not built before it is opened.
    expect(document.body.textContent).not.toContain(t.templates.intro);
    await user.click(screen.getByRole("tab", { name: t.tabTemplates }));
    const kalkyl = screen.getByRole("checkbox", { name: t.templates.sheets.kalkyl.name });
    await user.click(kalkyl);
    await user.click(screen.getByRole("tab", { name: t.tabStart }));
    await user.click(screen.getByRole("tab", { name: t.tabTemplates }));
    expect(
      (screen.getByRole("checkbox", { name: t.templates.sheets.kalkyl.name }) as HTMLInputElement)
        .checked
    ).toBe(true);
    expect(screen.getAllByRole("checkbox")).toHaveLength(TEMPLATE_IDS.length + 1);
  });
});

describe("keyboard", () => {
  beforeEach(() => {
    removeShim = installLayoutShim();
  });

  it.each(LANGUAGES)(
    "Tab reaches the switch and the views' tabs, the arrows every tab, Enter opens (%s)",
    async (language) => {
      const t = uiStrings[language];
      const { user } = renderApp(language, { templateService });
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole("button", { name: t.switchLanguage }));
      // Fluent draws its focus ring on elements marked focus-visible, as keyboard focus is.
      expect(document.activeElement?.hasAttribute("data-fui-focus-visible")).toBe(true);
      await user.tab();
      // The tab list is one Tab stop, at the chosen tab.
      expect(document.activeElement).toBe(screen.getByRole("tab", { name: t.tabStart }));
      expect(document.activeElement?.hasAttribute("data-fui-focus-visible")).toBe(true);

      const reached: string[] = [];
      for (let i = 1; i < VIEWS.length; i++) {
        await user.keyboard("{ArrowRight}");
        const focused = document.activeElement as HTMLElement;
        expect(focused.getAttribute("role")).toBe("tab");
        expect(focused.hasAttribute("data-fui-focus-visible")).toBe(true);
        reached.push(focused.id);
      }
      expect(reached).toEqual(
        VIEWS.slice(1).map((v) => screen.getByRole("tab", { name: t[v.labelKey] }).id)
      );
      // Moving does not open (manual activation: a view may read the workbook when it opens).
      expectView("start", language, shownPanel());
      await user.keyboard("{Enter}");
      expectView("share", language, shownPanel());
      await user.keyboard("{ArrowRight}");
      expect(document.activeElement).toBe(screen.getByRole("tab", { name: t.tabStart }));
      // Left from the first wraps round to the last; Space opens as Enter does.
      await user.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft} ");
      expectView("templates", language, shownPanel());
      // Into the view: its first control follows the tab list.
      await user.tab();
      expect(document.activeElement).toBe(
        screen.getByRole("checkbox", { name: t.templates.selectAll })
      );
    }
  );

  it("shows a focus ring on the language switch and tabs only for keyboard focus", async () => {
    const { user } = renderApp("sv");
    const tab = screen.getByRole("tab", { name: uiStrings.sv.tabPhases });
    await user.click(tab);
    expect(document.activeElement).toBe(tab);
    expect(tab.hasAttribute("data-fui-focus-visible")).toBe(false);
  });
});

describe("a pane too narrow for every tab", () => {
  // Room for three 80 px tabs and the 60 px menu button (Overflow keeps 10 px spare), not four.
  const ROW = 320;
  const TAB = 80;
  const MENU = 60;

  beforeEach(() => {
    removeShim = installLayoutShim({
      widthOf: (el) => {
        if (el.classList.contains("fui-Overflow") || el.tagName === "NAV") return ROW;
        // By role, not by Overflow's data-overflow-item: Overflow measures a re-registered tab
        // before it sets that attribute again.
        if (el.getAttribute("role") === "tab") return TAB;
        if (el.hasAttribute("data-overflow-menu")) return MENU;
        return undefined;
      },
    });
  });

  /**
   * The names of the tabs in the row, in order: an overflowing tab is display: none and so not in
   * the accessibility tree.
   */
  const rowTabs = (language: UiLanguage = "sv") =>
    VIEWS.map((v) => uiStrings[language][v.labelKey]).filter(
      (name) => screen.queryByRole("tab", { name }) !== null
    );

  it.each(LANGUAGES)(
    "keeps the rest in a menu, and a view chosen there gets a place in the row (%s)",
    async (language) => {
      const t = uiStrings[language];
      const label = (id: ViewId) => t[VIEWS.find((v) => v.id === id)!.labelKey];
      const { user } = renderApp(language);
      expect(rowTabs(language)).toEqual([t.tabStart, t.tabPhases, t.tabTemplates]);
      const more = screen.getByRole("button", { name: t.moreViews });
      expect(more.getAttribute("aria-haspopup")).toBe("menu");

      // Keyboard: the switch, the tab list, then the menu button.
      await user.tab();
      await user.tab();
      await user.tab();
      expect(document.activeElement).toBe(more);
      await user.keyboard("{Enter}");
      const menu = await screen.findByRole("menu");
      const entries = within(menu).getAllByRole("menuitem");
      expect(entries.map((e) => e.textContent)).toEqual(
        (["unitCosts", "kalkyl", "check", "share"] as const).map(label)
      );
      expect(document.activeElement).toBe(entries[0]);
      await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");

      expectView("check", language, shownPanel());
      expect(screen.queryByRole("menu")).toBeNull();
      // The chosen view's tab takes the place of the last tab that fitted, and gets the focus.
      expect(rowTabs(language)).toEqual([t.tabStart, t.tabPhases, t.tabCheck]);
      const check = screen.getByRole("tab", { name: t.tabCheck });
      expect(check.getAttribute("aria-selected")).toBe("true");
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      expect(document.activeElement).toBe(check);
    }
  );

  it("opens a view from the menu with the mouse", async () => {
    const t = uiStrings.en;
    const { user } = renderApp("en");
    await user.click(screen.getByRole("button", { name: t.moreViews }));
    await user.click(await screen.findByRole("menuitem", { name: t.tabShare }));
    expectView("share", "en", shownPanel());
    expect(rowTabs("en")).toEqual([t.tabStart, t.tabPhases, t.tabShare]);
  });

  it("needs no menu when every tab fits", () => {
    removeShim();
    removeShim = installLayoutShim({
      widthOf: (el) => (el.classList.contains("fui-Overflow") || el.tagName === "NAV" ? 1000 : TAB),
    });
    renderApp("sv");
    expect(rowTabs()).toHaveLength(VIEWS.length);
    expect(screen.queryByRole("button", { name: uiStrings.sv.moreViews })).toBeNull();
  });
});

describe("the language", () => {
  it.each(LANGUAGES)(
    "follows Office's (%s) until the user switches, then everything follows the switch",
    async (language) => {
      const other: UiLanguage = language === "sv" ? "en" : "sv";
      const store = memoryLanguageStore();
      const { user } = renderApp(language, { store });
      expect(document.documentElement.lang).toBe(language);
      await user.click(screen.getByRole("tab", { name: uiStrings[language].tabTemplates }));
      await user.click(screen.getByRole("button", { name: uiStrings[language].switchLanguage }));

      const t = uiStrings[other];
      expect(store.load()).toBe(other);
      expect(document.documentElement.lang).toBe(other);
      expect(document.querySelector(".fui-FluentProvider")?.getAttribute("lang")).toBe(other);
      // The open view speaks the new language and is still the open view.
      expect(screen.getByRole("tab", { name: t.tabTemplates }).getAttribute("aria-selected")).toBe(
        "true"
      );
      expectView("templates", other, shownPanel());
      expect(screen.getByRole("navigation", { name: t.navLabel })).toBeTruthy();
      // And back.
      await user.click(screen.getByRole("button", { name: t.switchLanguage }));
      expect(store.load()).toBe(language);
      expect(screen.getByRole("button", { name: uiStrings[language].switchLanguage })).toBeTruthy();
    }
  );

  it("is remembered in localStorage across sessions, over Office's language", async () => {
    const first = renderApp("sv", { store: storageLanguageStore() });
    await first.user.click(screen.getByRole("button", { name: uiStrings.sv.switchLanguage }));
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("en");
    first.unmount();

    // The next session: Office still says Swedish, the pane opens in English.
    renderApp("sv", { store: storageLanguageStore() });
    expect(screen.getByRole("navigation", { name: uiStrings.en.navLabel })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("uses localStorage when no store is given", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App language="en" version="1" />);
    await user.click(screen.getByRole("button", { name: uiStrings.en.switchLanguage }));
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("sv");
    unmount();
    render(<App language="en" version="1" />);
    expect(screen.getByRole("navigation", { name: uiStrings.sv.navLabel })).toBeTruthy();
  });

  it("ignores a stored value that is not a language", () => {
    localStorage.setItem(LANGUAGE_KEY, "fi");
    renderApp("sv", { store: storageLanguageStore() });
    expect(screen.getByRole("navigation", { name: uiStrings.sv.navLabel })).toBeTruthy();
  });

  it("still switches when storage refuses (blocked, or full), and forgets with the session", async () => {
    const refusing = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    const blocked = storageLanguageStore(refusing);
    const { user, unmount } = renderApp("sv", { store: blocked });
    await user.click(screen.getByRole("button", { name: uiStrings.sv.switchLanguage }));
    expect(screen.getByRole("navigation", { name: uiStrings.en.navLabel })).toBeTruthy();
    unmount();

    const full = storageLanguageStore(() => ({
      getItem: () => null,
      setItem: () => {
        throw new DOMException("Quota exceeded", "QuotaExceededError");
      },
    }));
    const second = renderApp("sv", { store: full });
    await second.user.click(screen.getByRole("button", { name: uiStrings.sv.switchLanguage }));
    expect(screen.getByRole("navigation", { name: uiStrings.en.navLabel })).toBeTruthy();
    second.unmount();
    renderApp("sv", { store: full });
    expect(screen.getByRole("navigation", { name: uiStrings.sv.navLabel })).toBeTruthy();
  });
});

describe("the theme", () => {
  const THEMES: readonly [ThemeKind, Theme][] = [
    ["light", webLightTheme],
    ["dark", webDarkTheme],
    ["highContrast", teamsHighContrastTheme],
  ];

  /** The CSS custom properties FluentProvider writes for its subtree. */
  function providerCss(): string {
    return [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join("\n");
  }

  it.each(THEMES)("%s paints the pane with that Fluent theme's tokens", (kind, theme) => {
    renderApp("sv", { theme: kind });
    const css = providerCss();
    expect(css).toContain(`--colorNeutralBackground1: ${theme.colorNeutralBackground1};`);
    expect(css).toContain(`--colorNeutralForeground1: ${theme.colorNeutralForeground1};`);
    expectView("start", "sv", shownPanel());
  });

  it("changes without losing what the views hold", async () => {
    const user = userEvent.setup();
    const store = memoryLanguageStore();
    const { rerender } = render(
      <App language="sv" version="1" languageStore={store} templateService={templateService} />
    );
    await user.click(screen.getByRole("tab", { name: uiStrings.sv.tabTemplates }));
    await user.click(
      screen.getByRole("checkbox", { name: uiStrings.sv.templates.sheets.kalkyl.name })
    );
    rerender(
      <App
        language="sv"
        version="1"
        languageStore={store}
        templateService={templateService}
        theme="dark"
      />
    );
    expect(providerCss()).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`
    );
    expect(
      (
        screen.getByRole("checkbox", {
          name: uiStrings.sv.templates.sheets.kalkyl.name,
        }) as HTMLInputElement
      ).checked
    ).toBe(true);
  });
});

describe("the views table", () => {
  it("has unique ids and names, each named in both languages", () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    expect(new Set(VIEWS.map((v) => v.labelKey)).size).toBe(VIEWS.length);
    for (const language of LANGUAGES) {
      const names = VIEWS.map((v) => uiStrings[language][v.labelKey]);
      expect(new Set(names).size).toBe(VIEWS.length);
      for (const name of names) expect(name.trim()).not.toBe("");
    }
  });

  it("makes a view when first opened, with the language, the services and whether it shows", async () => {
    const calls: { id: string; language: UiLanguage; active: boolean; hasService: boolean }[] = [];
    const entry = (id: string, labelKey: ViewEntry["labelKey"]): ViewEntry => ({
      id,
      labelKey,
      render: (c) => {
        calls.push({
          id,
          language: c.language,
          active: c.active,
          hasService: !!c.services.templateService,
        });
        return <Counter label={id} />;
      },
    });
    const views = [entry("one", "tabStart"), entry("two", "tabPhases")];
    const user = userEvent.setup();
    render(
      <App
        language="sv"
        version="1"
        views={views}
        languageStore={memoryLanguageStore()}
        templateService={templateService}
      />
    );
    expect(screen.getAllByRole("tab")).toHaveLength(2);
    // Only the view shown is made.
    expect(calls.length).toBeGreaterThan(0);
    expect(calls).toEqual(
      calls.map(() => ({ id: "one", language: "sv", active: true, hasService: true }))
    );
    await user.click(screen.getByRole("button", { name: "one" }));
    expect(screen.getByRole("button", { name: "one" }).textContent).toBe("1");

    calls.length = 0;
    await user.click(screen.getByRole("tab", { name: uiStrings.sv.tabPhases }));
    // "two" is made now, and "one" is told it no longer shows — and keeps its count.
    expect(calls).toContainEqual({ id: "two", language: "sv", active: true, hasService: true });
    expect(calls).toContainEqual({ id: "one", language: "sv", active: false, hasService: true });
    calls.length = 0;
    await user.click(screen.getByRole("button", { name: uiStrings.sv.switchLanguage }));
    expect(calls).toContainEqual({ id: "one", language: "en", active: false, hasService: true });
    await user.click(screen.getByRole("tab", { name: uiStrings.en.tabStart }));
    expect(screen.getByRole("button", { name: "one" }).textContent).toBe("1");
  });
});

/** A view with state of its own: a button that counts its clicks, named by its label. */
function Counter({ label }: { label: string }): React.JSX.Element {
  const [count, setCount] = React.useState(0);
  return (
    <button type="button" aria-label={label} onClick={() => setCount((n) => n + 1)}>
      {count}
    </button>
  );
}
