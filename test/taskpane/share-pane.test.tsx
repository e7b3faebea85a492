/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type { ShareFailure, ShareOutcome, ShareService } from "../../src/excel/share-outcome";
import { shareStrings, type ShareStrings } from "../../src/i18n/share";
import type { UiLanguage } from "../../src/i18n/ui";
import { SharePane } from "../../src/taskpane/SharePane";
import { shimResizeObserver } from "../helpers/dom-shims";

beforeAll(shimResizeObserver);

/** jsdom has no Blob URLs; a test that wants them installs these and sees what was made. */
function blobUrls() {
  const made: Blob[] = [];
  const revoked: string[] = [];
  const scope = URL as unknown as {
    createObjectURL?: (blob: Blob) => string;
    revokeObjectURL?: (url: string) => void;
  };
  scope.createObjectURL = (blob: Blob) => {
    made.push(blob);
    return `blob:si-kalkyl/${made.length}`;
  };
  scope.revokeObjectURL = (url: string) => void revoked.push(url);
  return {
    made,
    revoked,
    restore: () => {
      delete scope.createObjectURL;
      delete scope.revokeObjectURL;
    },
  };
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads one). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function fakeService(answer: ShareOutcome | Error | Promise<ShareOutcome>) {
  return {
    makeCopy: jest.fn((_: Parameters<ShareService["makeCopy"]>[0]) =>
      answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    ),
  } satisfies ShareService;
}

function renderPane(language: UiLanguage, service?: ShareService) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <SharePane language={language} service={service} />
    </FluentProvider>
  );
  return { user, ...view };
}

function intentOf(el: HTMLElement): string | null | undefined {
  return el.closest(".fui-MessageBar")?.getAttribute("data-intent");
}

/** The text of the elements aria-describedby names. */
function descriptionOf(el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

const isDisabled = (el: HTMLElement): boolean => (el as HTMLButtonElement).disabled;

const REPORT = {
  replaced: 8,
  pending: 0,
  sheets: ["Kalkyl"],
  noteSheet: "Om kopian",
  source: "Kalkyl 2026.xlsx",
};

const BYTES = Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]);

/** What each failure says, written out for the test from the strings, reason by reason. */
const FAILURES: [ShareFailure, (t: ShareStrings) => string][] = [
  [{ kind: "failed", reason: "needsFileApi", detail: "File" }, (t) => t.needsFileApi],
  [
    { kind: "failed", reason: "cannotRead", detail: "An internal error has occurred." },
    (t) => t.cannotRead("An internal error has occurred."),
  ],
  [
    { kind: "failed", reason: "notXlsx", detail: "an Excel binary workbook" },
    (t) => t.notXlsx("an Excel binary workbook"),
  ],
  [{ kind: "failed", reason: "other", detail: "no clock" }, (t) => t.failed("no clock")],
];

async function axeViolations(container: HTMLElement): Promise<string[]> {
  // jsdom draws nothing, so contrast cannot be measured here.
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

describe.each<UiLanguage>(["sv", "en"])("the Dela tab in %s", (language) => {
  const t = shareStrings[language];

  it("explains what the copy is, with the button described by its hint", () => {
    renderPane(language, fakeService({ kind: "opened", report: REPORT }));
    expect(screen.getByText(t.intro)).toBeTruthy();
    const button = screen.getByRole("button", { name: t.shareButton });
    expect(isDisabled(button)).toBe(false);
    expect(descriptionOf(button)).toBe(t.shareHint);
  });

  it("outside Excel, disables the button and says the copy needs Excel", () => {
    renderPane(language);
    expect(isDisabled(screen.getByRole("button", { name: t.shareButton }))).toBe(true);
    expect(intentOf(screen.getByText(t.needsExcel))).toBe("info");
  });

  it("makes the copy in the pane's language, waiting with a spinner, and says it opened", async () => {
    let resolve: (o: ShareOutcome) => void = () => undefined;
    const service = fakeService(new Promise<ShareOutcome>((r) => (resolve = r)));
    const { user } = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(service.makeCopy).toHaveBeenCalledWith(language);
    const running = screen.getByRole("button", { name: t.sharing });
    expect(isDisabled(running)).toBe(true);
    expect(running.querySelector(".fui-Spinner")).not.toBeNull();
    await act(async () => resolve({ kind: "opened", report: REPORT }));
    const text = `${t.opened("8", 8)} ${t.saveHint} ${t.unchanged}`;
    expect(intentOf(await screen.findByText(text))).toBe("success");
    expect(isDisabled(screen.getByRole("button", { name: t.shareButton }))).toBe(false);
    expect(service.makeCopy).toHaveBeenCalledTimes(1);
  });

  it("words one formula, thousands and none", async () => {
    const service = fakeService({ kind: "opened", report: { ...REPORT, replaced: 1 } });
    const { user } = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(
      await screen.findByText(`${t.opened("1", 1)} ${t.saveHint} ${t.unchanged}`)
    ).toBeTruthy();
    // Grouped as each language writes thousands: a no-break space in Swedish, a comma in English.
    service.makeCopy.mockResolvedValueOnce({
      kind: "opened",
      report: { ...REPORT, replaced: 1234 },
    });
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    const thousands = language === "sv" ? "1\u00a0234" : "1,234";
    const grouped = `${t.opened(thousands, 1234)} ${t.saveHint} ${t.unchanged}`;
    // Exactly, no-break space included (findByText would fold it into a plain space).
    expect(
      await screen.findByText(
        (_, el) => !!el?.matches(".fui-MessageBarBody") && el.textContent === grouped
      )
    ).toBeTruthy();
    service.makeCopy.mockResolvedValueOnce({
      kind: "opened",
      report: { ...REPORT, replaced: 0, sheets: [] },
    });
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(await screen.findByText(`${t.openedNone} ${t.saveHint} ${t.unchanged}`)).toBeTruthy();
  });

  it("warns about SI cells that were not finished calculating", async () => {
    const service = fakeService({ kind: "opened", report: { ...REPORT, pending: 3 } });
    const { user } = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(intentOf(await screen.findByText(t.pending("3", 3)))).toBe("warning");
  });

  it("offers the copy as a download where Excel cannot open it, and lets go of it afterwards", async () => {
    const urls = blobUrls();
    try {
      const service = fakeService({
        kind: "download",
        report: REPORT,
        bytes: BYTES,
        extension: "xlsx",
        reason: "needsNewerExcel",
        detail: "1.8",
      });
      const { user, unmount } = renderPane(language, service);
      await user.click(screen.getByRole("button", { name: t.shareButton }));
      expect(intentOf(await screen.findByText(`${t.made("8", 8)} ${t.unchanged}`))).toBe("success");
      const name =
        language === "sv" ? "Kalkyl 2026 (att dela).xlsx" : "Kalkyl 2026 (to share).xlsx";
      const link = await screen.findByRole("link", { name: t.downloadLink(name) });
      expect(link.getAttribute("href")).toBe("blob:si-kalkyl/1");
      expect(link.getAttribute("download")).toBe(name);
      expect(intentOf(link)).toBe("warning");
      expect(link.closest(".fui-MessageBar")?.textContent).toContain(
        t.downloadNeedsNewerExcel("1.8")
      );
      expect(urls.made).toHaveLength(1);
      expect(urls.made[0].type).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      );
      expect(await bytesOf(urls.made[0])).toEqual(BYTES);
      unmount();
      expect(urls.revoked).toEqual(["blob:si-kalkyl/1"]);
    } finally {
      urls.restore();
    }
  });

  it("says why Excel would not open it, and falls back to a data address without Blob URLs", async () => {
    const service = fakeService({
      kind: "download",
      report: { ...REPORT, source: undefined, replaced: 0, sheets: [] },
      bytes: BYTES,
      extension: "xlsx",
      reason: "openFailed",
      detail: "The request payload size has exceeded the limit.",
    });
    const { user } = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(await screen.findByText(`${t.madeNone} ${t.unchanged}`)).toBeTruthy();
    const name = language === "sv" ? "Arbetsbok (att dela).xlsx" : "Workbook (to share).xlsx";
    const link = await screen.findByRole("link", { name: t.downloadLink(name) });
    expect(link.getAttribute("href")).toBe(
      `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${Buffer.from(BYTES).toString("base64")}`
    );
    expect(link.closest(".fui-MessageBar")?.textContent).toContain(
      t.downloadOpenFailed("The request payload size has exceeded the limit.")
    );
  });

  it("names a workbook with macros .xlsm, as Excel requires", async () => {
    const urls = blobUrls();
    try {
      const service = fakeService({
        kind: "download",
        report: { ...REPORT, source: "Makron.xlsm" },
        bytes: BYTES,
        extension: "xlsm",
        reason: "needsNewerExcel",
        detail: "1.8",
      });
      const { user, unmount } = renderPane(language, service);
      await user.click(screen.getByRole("button", { name: t.shareButton }));
      const name = language === "sv" ? "Makron (att dela).xlsm" : "Makron (to share).xlsm";
      const link = await screen.findByRole("link", { name: t.downloadLink(name) });
      expect(link.getAttribute("download")).toBe(name);
      // A Blob keeps its type in lower case.
      expect(urls.made[0].type).toBe("application/vnd.ms-excel.sheet.macroenabled.12");
      unmount();
    } finally {
      urls.restore();
    }
  });

  it.each(FAILURES)("shows the failure $reason as an error bar", async (failure, expected) => {
    const { user } = renderPane(language, fakeService(failure));
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(intentOf(await screen.findByText(expected(t)))).toBe("error");
  });

  it("shows a service that throws all the same as a failure, not an unhandled rejection", async () => {
    const { user } = renderPane(language, fakeService(new Error("boom")));
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    expect(intentOf(await screen.findByText(t.failed("boom")))).toBe("error");
    expect(isDisabled(screen.getByRole("button", { name: t.shareButton }))).toBe(false);
  });

  it("is reached and used by keyboard alone", async () => {
    const service = fakeService({
      kind: "download",
      report: REPORT,
      bytes: BYTES,
      extension: "xlsx",
      reason: "needsNewerExcel",
      detail: "1.8",
    });
    const { user } = renderPane(language, service);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: t.shareButton }));
    await user.keyboard("{Enter}");
    const link = await screen.findByRole("link");
    await user.tab();
    expect(document.activeElement).toBe(link);
  });

  it("has no accessibility violations, idle and with a download offered", async () => {
    const { container, user } = renderPane(
      language,
      fakeService({
        kind: "download",
        report: { ...REPORT, pending: 2 },
        bytes: BYTES,
        extension: "xlsx",
        reason: "needsNewerExcel",
        detail: "1.8",
      })
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole("button", { name: t.shareButton }));
    await screen.findByRole("link");
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("the strings", () => {
  it("give every outcome words in both languages, in Swedish first", () => {
    for (const lang of ["sv", "en"] as const) {
      const t = shareStrings[lang];
      expect(t.copyFileName("Kalkyl", "xlsx")).toMatch(/^Kalkyl \(.+\)\.xlsx$/);
      for (const text of [t.opened("2", 2), t.pending("2", 2), t.made("2", 2)])
        expect(text).toMatch(/2/);
    }
    expect(shareStrings.sv.pending("1", 1)).toBe(
      "1 SI-cell var inte färdigräknad när kopian gjordes och är tom eller visar ett fel i kopian. Vänta tills Excel har räknat klart och gör en ny kopia."
    );
    expect(shareStrings.en.opened("1", 1)).toBe(
      "The copy was opened as a new workbook: 1 SI formula was replaced by its value."
    );
  });
});
