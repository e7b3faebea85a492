/**
 * The `Office` global of the playground's host: onReady, the display language, requirement sets,
 * the document's settings (two copies, as Office keeps them, and SettingsChanged), the file in
 * slices, and install/uninstall of the globals.
 */
import { createOfficeHost } from "../../src/playground/office";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { hosted, uninstallHosts } from "./office-setup";

afterEach(uninstallHosts);

/** A Common API call as a promise of its AsyncResult. */
function asyncResult<T>(
  start: (done: (r: Office.AsyncResult<T>) => void) => void
): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

describe("Office.onReady and Office.context", () => {
  it("is ready as Excel on the web, in the display language given", async () => {
    hosted({ displayLanguage: "en-GB" });
    const seen: unknown[] = [];
    const info = await Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(seen).toEqual([info]);
    expect(Office.context.displayLanguage).toBe("en-GB");
    expect(Office.context.officeTheme.isDarkTheme).toBe(false);
  });

  it("has every ExcelApi set up to 1.17 unless told otherwise", () => {
    hosted();
    const sets = Office.context.requirements;
    expect(
      ["1.1", "1.8", "1.9", "1.13", "1.17"].map((v) => sets.isSetSupported("ExcelApi", v))
    ).toEqual([true, true, true, true, true]);
    expect(sets.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(sets.isSetSupported("WordApi", "1.1")).toBe(false);
    uninstallHosts();
    hosted({ requirementSets: { ExcelApi: "1.7" } });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
  });
});

describe("document settings", () => {
  it("keeps Office's two copies: set changes the add-in's, saveAsync writes the document's", async () => {
    const h = hosted();
    const settings = Office.context.document.settings;
    settings.set("a", { list: [1, 2] });
    expect(settings.get("a")).toEqual({ list: [1, 2] });
    expect(h.model.settings()).toEqual({});
    const saved = await asyncResult<void>((done) => settings.saveAsync(done));
    expect(saved.status).toBe("succeeded");
    expect(h.model.settings()).toEqual({ a: { list: [1, 2] } });
    // Another writer of the document; the in-memory copy stays until refreshAsync.
    h.model.setSettings({ a: "other" });
    expect(settings.get("a")).toEqual({ list: [1, 2] });
    await asyncResult((done) => settings.refreshAsync(done));
    expect(settings.get("a")).toBe("other");
    settings.remove("a");
    expect(settings.get("a")).toBeNull();
  });

  it("raises SettingsChanged when the document's settings change otherwise than by its own save", async () => {
    const h = hosted();
    const settings = Office.context.document.settings;
    const events: string[] = [];
    const handler = (args?: unknown) =>
      events.push(String((args as Office.SettingsChangedEventArgs).type));
    await asyncResult((done) =>
      settings.addHandlerAsync(Office.EventType.SettingsChanged, handler, done)
    );
    settings.set("x", 1);
    await asyncResult<void>((done) => settings.saveAsync(done));
    expect(events).toEqual([]);
    h.model.load({ ...h.model.snapshot(), settings: { x: 2 } });
    expect(events).toEqual(["settingsChanged"]);
    await asyncResult((done) =>
      settings.removeHandlerAsync(Office.EventType.SettingsChanged, { handler }, done)
    );
    h.model.load({ ...h.model.snapshot(), settings: { x: 3 } });
    expect(events).toEqual(["settingsChanged"]);
  });
});

describe("the file", () => {
  it("hands over the bytes in slices that put together are the file", async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 256);
    hosted({ fileBytes: () => Promise.resolve(bytes) });
    const opened = await asyncResult<Office.File>((done) =>
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4096 }, done)
    );
    expect(opened.status).toBe("succeeded");
    const file = opened.value;
    expect([file.size, file.sliceCount]).toEqual([10_000, Math.ceil(10_000 / 4096)]);
    const parts: number[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await asyncResult<Office.Slice>((done) => file.getSliceAsync(i, done));
      parts.push(...(slice.value.data as number[]));
    }
    expect(Uint8Array.from(parts)).toEqual(bytes);
    await asyncResult((done) => file.closeAsync(done));
    const afterClose = await asyncResult<Office.Slice>((done) => file.getSliceAsync(0, done));
    expect(afterClose.status).toBe("failed");
  });

  it("fails as Office does without a file, or for a file type it does not make", async () => {
    hosted();
    const none = await asyncResult<Office.File>((done) =>
      Office.context.document.getFileAsync(Office.FileType.Compressed, done)
    );
    expect(none.status).toBe("failed");
    expect(none.error.code).toBe(5000);
    expect(none.error.message).toMatch(/not supported.*without a way to write the workbook/);
    uninstallHosts();
    hosted({ fileBytes: () => Promise.resolve(new Uint8Array(1)) });
    const pdf = await asyncResult<Office.File>((done) =>
      Office.context.document.getFileAsync(Office.FileType.Pdf, done)
    );
    expect([pdf.status, pdf.error.code]).toEqual(["failed", 1009]);
  });
});

describe("installing", () => {
  it("sets the globals and puts back what was there", () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const before = { Office: scope.Office, Excel: scope.Excel };
    const model = createPlaygroundModel();
    const host = createOfficeHost(model, { displayLanguage: "sv-SE" });
    const uninstall = host.install(globalThis);
    expect(scope.Office).toBe(host.Office);
    expect(scope.Excel).toBe(host.Excel);
    uninstall();
    expect({ Office: scope.Office, Excel: scope.Excel }).toEqual(before);
  });

  it("refuses Excel.createWorkbook, so the Dela tab offers the copy as a download", async () => {
    hosted();
    await expect(Excel.createWorkbook("UEsDBA==")).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
