/**
 * The `Office` global as the add-in uses it: `Office.onReady`, `Office.context` (display language,
 * requirement sets, the document with its settings, file, url and handlers, the theme) and the
 * enums it reads (AsyncResultStatus, FileType, EventType, HostType, PlatformType).
 *
 * Office.onReady resolves to `{ host: "Excel", platform: "OfficeOnline" }`: the pane runs in a
 * browser page, as in Excel on the web. The theme is Office's light theme (Excel's default).
 */
import type { PlaygroundModel } from "../model";
import { COMMON_ERRORS, callbackOf, respond, type AsyncCallback } from "./async-result";
import { getFileAsync, type OfficeFile } from "./file";
import { DocumentSettings } from "./settings";

/** Every ExcelApi set up to 1.17, and the Common API sets the add-in asks for. */
export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  ExcelApiOnline: "1.1",
  File: "1.1",
  Settings: "1.1",
  DocumentEvents: "1.1",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
  RibbonApi: "1.1",
};

const LIGHT_THEME = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
  isDarkTheme: false,
  themeId: "White",
} as const;

/** "1.17" ≥ "1.9": compared part by part as numbers. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return false;
    if (x !== y) return x > y;
  }
  return true;
}

export interface OfficeGlobalOptions {
  readonly model: PlaygroundModel;
  readonly displayLanguage: string;
  readonly requirementSets: Readonly<Record<string, string>>;
  readonly fileBytes?: () => Promise<Uint8Array>;
  /** The workbook's name as Office.context.document.url gives it. */
  readonly documentUrl: () => string;
}

export const HOST_INFO = { host: "Excel", platform: "OfficeOnline" } as const;

export function createOfficeGlobal(options: OfficeGlobalOptions) {
  const settings = new DocumentSettings(options.model);
  const isSetSupported = (name: string, minVersion = "1.1"): boolean => {
    const have = options.requirementSets[name];
    return typeof have === "string" && versionAtLeast(have, String(minVersion));
  };

  const document = {
    settings,
    mode: "readWrite",
    get url(): string {
      return options.documentUrl();
    },
    getFileAsync(
      fileType: string,
      optionsOrCallback?: unknown,
      callback?: AsyncCallback<OfficeFile>
    ): void {
      getFileAsync(options.fileBytes, fileType, optionsOrCallback, callback);
    },
    /** Excel raises none of the document events the add-in listens for (OfficeThemeChanged). */
    addHandlerAsync(
      eventType: string,
      _handler: unknown,
      optionsOrCallback?: unknown,
      callback?: AsyncCallback<void>
    ): void {
      const { options: o, callback: done } = callbackOf(optionsOrCallback, callback);
      respond<void>(done, o, {
        error: COMMON_ERRORS.notSupported,
        detail: `(${String(eventType)})`,
      });
    },
    removeHandlerAsync(
      _eventType: string,
      optionsOrCallback?: unknown,
      callback?: AsyncCallback<void>
    ): void {
      const { options: o, callback: done } = callbackOf(optionsOrCallback, callback);
      respond<void>(done, o, { value: undefined });
    },
  };

  const context = {
    ...HOST_INFO,
    displayLanguage: options.displayLanguage,
    contentLanguage: options.displayLanguage,
    requirements: { isSetSupported },
    document,
    officeTheme: LIGHT_THEME,
    diagnostics: { ...HOST_INFO, version: "16.0 (SI Kalkyl playground)" },
  };

  const office = {
    context,
    onReady(callback?: (info: typeof HOST_INFO) => void): Promise<typeof HOST_INFO> {
      const info = { ...HOST_INFO };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    EventType: {
      SettingsChanged: "settingsChanged",
      OfficeThemeChanged: "officeThemeChanged",
      DocumentSelectionChanged: "documentSelectionChanged",
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  };

  return { office, stop: () => settings.stop() };
}

export type PlaygroundOfficeGlobal = ReturnType<typeof createOfficeGlobal>["office"];
