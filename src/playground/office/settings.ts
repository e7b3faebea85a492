/**
 * Office.context.document.settings over the model's document settings, with Office's two copies:
 * `get`/`set`/`remove` work on the add-in's in-memory copy (taken from the document when the host
 * starts), `saveAsync` writes that copy into the document (model.setSettings), `refreshAsync`
 * reads the document again. SettingsChanged is raised when the document's settings change other
 * than by this copy's own save — in the playground, when another workbook is opened — as Office
 * raises it for a co-author's save.
 */
import type { PlaygroundModel } from "../model";
import { COMMON_ERRORS, callbackOf, respond, type AsyncCallback } from "./async-result";

export const SETTINGS_CHANGED = "settingsChanged";

type Handler = (args: { type: string; settings: DocumentSettings }) => void;

/** Settings hold JSON: what is set is serialised at once, as Office does (it throws on a cycle). */
function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class DocumentSettings {
  private memory: Record<string, unknown>;
  private readonly handlers = new Set<Handler>();
  private unsubscribe?: () => void;
  /** The document's settings as this copy last saw them (read or saved), to tell others' changes. */
  private seen: string;

  constructor(private readonly model: PlaygroundModel) {
    this.memory = jsonCopy(model.settings());
    this.seen = JSON.stringify(model.settings());
  }

  get(name: string): unknown {
    return name in this.memory ? jsonCopy(this.memory[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.memory[name] = jsonCopy(value);
  }

  remove(name: string): void {
    delete this.memory[name];
  }

  saveAsync(optionsOrCallback?: unknown, callback?: AsyncCallback<void>): void {
    const { options, callback: done } = callbackOf(optionsOrCallback, callback);
    const saved = jsonCopy(this.memory);
    this.seen = JSON.stringify(saved);
    this.model.setSettings(saved);
    respond<void>(done, options, { value: undefined });
  }

  refreshAsync(callback?: AsyncCallback<DocumentSettings>): void {
    this.memory = jsonCopy(this.model.settings());
    this.seen = JSON.stringify(this.memory);
    respond(callback, {}, { value: this });
  }

  addHandlerAsync(
    eventType: string,
    handler: Handler,
    optionsOrCallback?: unknown,
    callback?: AsyncCallback<void>
  ): void {
    const { options, callback: done } = callbackOf(optionsOrCallback, callback);
    if (eventType !== SETTINGS_CHANGED) {
      respond<void>(done, options, {
        error: COMMON_ERRORS.notSupported,
        detail: `(${String(eventType)})`,
      });
      return;
    }
    this.handlers.add(handler);
    this.unsubscribe ??= this.model.subscribe(() => this.changed());
    respond<void>(done, options, { value: undefined });
  }

  removeHandlerAsync(
    eventType: string,
    optionsOrCallback?: unknown,
    callback?: AsyncCallback<void>
  ): void {
    const { options, callback: done } = callbackOf(optionsOrCallback, callback);
    const handler = options.handler as Handler | undefined;
    if (eventType === SETTINGS_CHANGED) {
      if (handler) this.handlers.delete(handler);
      else this.handlers.clear();
    }
    if (this.handlers.size === 0) this.stop();
    respond<void>(done, options, { value: undefined });
  }

  /** Stops following the model (the host is uninstalled). */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private changed(): void {
    const now = JSON.stringify(this.model.settings());
    if (now === this.seen) return;
    this.seen = now;
    for (const handler of [...this.handlers]) handler({ type: SETTINGS_CHANGED, settings: this });
  }
}
