import { readOfficeTheme, readThemeSignals, watchThemeSignals } from "../../src/excel/office-theme";
import type { ThemeSignals } from "../../src/taskpane/theme";

// Reading the host's theme signals: Office.context.officeTheme where the host has it, the system's
// forced colours and colour preference through matchMedia, and their changes. A stand-in Office
// and matchMedia on globalThis, as office.js and the browser provide them.

type Listener = () => void;

/** matchMedia with queries the test switches on and off, each announcing its change. */
class FakeMedia {
  readonly active = new Set<string>();
  readonly listeners = new Map<string, Set<Listener>>();

  readonly matchMedia = (query: string) => {
    const active = this.active;
    return {
      media: query,
      get matches() {
        return active.has(query);
      },
      addEventListener: (_: "change", listener: Listener) => {
        const set = this.listeners.get(query) ?? new Set<Listener>();
        set.add(listener);
        this.listeners.set(query, set);
      },
      removeEventListener: (_: "change", listener: Listener) => {
        this.listeners.get(query)?.delete(listener);
      },
    };
  };

  set(query: string, on: boolean): void {
    if (on) this.active.add(query);
    else this.active.delete(query);
    this.listeners.get(query)?.forEach((listener) => listener());
  }

  listening(): number {
    return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
  }
}

let media: FakeMedia;

interface FakeOffice {
  context: {
    officeTheme?: unknown;
    document?: {
      addHandlerAsync: jest.Mock;
      removeHandlerAsync: jest.Mock;
    };
  };
  EventType: { OfficeThemeChanged?: string };
}

function fakeOffice(officeTheme: unknown, handlerStatus: "succeeded" | "failed" = "succeeded") {
  const handlers: Listener[] = [];
  const office: FakeOffice = {
    context: {
      officeTheme,
      document: {
        addHandlerAsync: jest.fn(
          (_type: string, handler: Listener, callback: (r: { status: string }) => void) => {
            if (handlerStatus === "succeeded") handlers.push(handler);
            callback({ status: handlerStatus });
          }
        ),
        removeHandlerAsync: jest.fn(),
      },
    },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
  };
  return { office, raise: () => handlers.forEach((h) => h()) };
}

const scope = globalThis as { Office?: unknown; matchMedia?: unknown };

beforeEach(() => {
  media = new FakeMedia();
  scope.matchMedia = media.matchMedia;
});

afterEach(() => {
  delete scope.Office;
  delete scope.matchMedia;
});

describe("readThemeSignals", () => {
  it("outside Office: no Office theme, the browser's preference and forced colours", () => {
    expect(readThemeSignals()).toEqual({ office: null, forcedColors: false, prefersDark: false });
    media.set("(prefers-color-scheme: dark)", true);
    media.set("(forced-colors: active)", true);
    expect(readThemeSignals()).toEqual({ office: null, forcedColors: true, prefersDark: true });
  });

  it("takes the legacy Edge high-contrast query as forced colours too", () => {
    media.set("(-ms-high-contrast: active)", true);
    expect(readThemeSignals().forcedColors).toBe(true);
  });

  it("reads Office's body colour and isDarkTheme", () => {
    scope.Office = fakeOffice({
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#FFFFFF",
      isDarkTheme: true,
    }).office;
    expect(readOfficeTheme()).toEqual({ bodyBackgroundColor: "#262626", isDarkTheme: true });
  });

  it("keeps only what an older host has", () => {
    scope.Office = fakeOffice({ bodyBackgroundColor: "#FFFFFF" }).office;
    expect(readOfficeTheme()).toEqual({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: undefined });
  });

  it.each([
    ["no officeTheme", () => fakeOffice(undefined).office],
    ["officeTheme not an object", () => fakeOffice("dark").office],
    [
      "Office.context that throws",
      () => ({
        get context(): never {
          throw new Error("Office.context is not ready");
        },
      }),
    ],
    ["no Office.context", () => ({})],
  ])("is null with %s", (_, make) => {
    scope.Office = make();
    expect(readOfficeTheme()).toBeNull();
    expect(readThemeSignals().office).toBeNull();
  });

  it("works without matchMedia (an old host)", () => {
    delete scope.matchMedia;
    expect(readThemeSignals()).toEqual({ office: null, forcedColors: false, prefersDark: false });
  });

  it("works when matchMedia throws on a query", () => {
    scope.matchMedia = () => {
      throw new SyntaxError("bad query");
    };
    expect(readThemeSignals()).toEqual({ office: null, forcedColors: false, prefersDark: false });
    expect(() => watchThemeSignals(() => undefined)()).not.toThrow();
  });
});

describe("watchThemeSignals", () => {
  it("tells when forced colours or the colour preference change, until stopped", () => {
    const seen: ThemeSignals[] = [];
    const stop = watchThemeSignals((s) => seen.push(s));
    media.set("(forced-colors: active)", true);
    media.set("(prefers-color-scheme: dark)", true);
    expect(seen.map((s) => [s.forcedColors, s.prefersDark])).toEqual([
      [true, false],
      [true, true],
    ]);
    stop();
    expect(media.listening()).toBe(0);
    media.set("(forced-colors: active)", false);
    expect(seen).toHaveLength(2);
  });

  it("tells when Office raises OfficeThemeChanged, with the new theme", () => {
    const { office, raise } = fakeOffice({ bodyBackgroundColor: "#FFFFFF" });
    scope.Office = office;
    const seen: ThemeSignals[] = [];
    const stop = watchThemeSignals((s) => seen.push(s));
    expect(office.context.document?.addHandlerAsync).toHaveBeenCalledTimes(1);
    expect(office.context.document?.addHandlerAsync.mock.calls[0][0]).toBe("officeThemeChanged");
    office.context.officeTheme = { bodyBackgroundColor: "#000000", isDarkTheme: true };
    raise();
    expect(seen).toEqual([
      {
        office: { bodyBackgroundColor: "#000000", isDarkTheme: true },
        forcedColors: false,
        prefersDark: false,
      },
    ]);
    stop();
    expect(office.context.document?.removeHandlerAsync).toHaveBeenCalledTimes(1);
  });

  it("carries on when the host refuses the handler (Excel documents the event for Outlook and PowerPoint)", () => {
    const { office } = fakeOffice({ bodyBackgroundColor: "#FFFFFF" }, "failed");
    scope.Office = office;
    const stop = watchThemeSignals(() => undefined);
    stop();
    expect(office.context.document?.removeHandlerAsync).not.toHaveBeenCalled();
    expect(media.listening()).toBe(0);
  });

  it("carries on on a host without the event or the document", () => {
    scope.Office = { context: { officeTheme: {} }, EventType: {} };
    expect(() => watchThemeSignals(() => undefined)()).not.toThrow();
    scope.Office = {
      context: {
        document: {
          addHandlerAsync: () => {
            throw new Error("not supported");
          },
        },
      },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    };
    expect(() => watchThemeSignals(() => undefined)()).not.toThrow();
  });
});
