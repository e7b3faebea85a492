/**
 * @jest-environment jsdom
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n/ui";
import { boot, type Booted } from "../../src/taskpane/boot";
import { shimResizeObserver } from "../helpers/dom-shims";

// The entry point (src/taskpane/boot.tsx, which index.tsx calls) as taskpane.html runs it: it waits for Office, takes the display language and
// the theme from it, and follows OfficeThemeChanged; in a plain browser it renders without Office.

beforeAll(shimResizeObserver);

const scope = globalThis as { Office?: unknown };

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  localStorage.clear();
});

let booted: Booted | null = null;

/** Starts the pane as src/taskpane/index.tsx does, into #root. */
async function start(): Promise<void> {
  await act(async () => {
    booted = await boot();
  });
}

afterEach(() => {
  act(() => booted?.stop());
  booted = null;
  delete scope.Office;
  document.body.innerHTML = "";
});

function providerCss(): string {
  return [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join("\n");
}

const background = (theme: { colorNeutralBackground1: string }) =>
  `--colorNeutralBackground1: ${theme.colorNeutralBackground1};`;

describe("the task pane's entry point", () => {
  it("in Excel: Office's language and dark theme, and a theme change followed", async () => {
    let themeChanged: () => void = () => undefined;
    const office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: {
        displayLanguage: "sv-SE",
        officeTheme: { bodyBackgroundColor: "#262626", isDarkTheme: true },
        document: {
          addHandlerAsync: (
            _: string,
            handler: () => void,
            done: (r: { status: string }) => void
          ) => {
            themeChanged = handler;
            done({ status: "succeeded" });
          },
          removeHandlerAsync: () => undefined,
        },
      },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    };
    scope.Office = office;
    await start();

    const t = uiStrings.sv;
    expect(await screen.findByRole("navigation", { name: t.navLabel })).toBeTruthy();
    expect(document.documentElement.lang).toBe("sv");
    expect(providerCss()).toContain(background(webDarkTheme));

    // Mallar has Excel's service: its controls are enabled.
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: t.tabTemplates }));
    expect(
      (screen.getByRole("checkbox", { name: t.templates.selectAll }) as HTMLInputElement).disabled
    ).toBe(false);

    office.context.officeTheme = { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false };
    await act(async () => themeChanged());
    expect(providerCss()).toContain(background(webLightTheme));
    expect(providerCss()).not.toContain(background(webDarkTheme));
    // The view and its state are kept.
    expect(screen.getByRole("tab", { name: t.tabTemplates }).getAttribute("aria-selected")).toBe(
      "true"
    );
  });

  it("in a plain browser: the browser's language, no Excel services, the light theme", async () => {
    await start();
    const t = uiStrings.en; // jsdom's navigator.language is en-US
    expect(await screen.findByRole("navigation", { name: t.navLabel })).toBeTruthy();
    expect(providerCss()).toContain(background(webLightTheme));
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: t.tabTemplates }));
    expect(screen.getByText(t.templates.needsExcel)).toBeTruthy();
  });
});
