/**
 * A small fake of `Office.context.document.settings` (the Common API's document settings), enough
 * for the checklist store: one shared "document" that holds the settings as saved JSON text, and
 * any number of add-in instances over it (the user and co-authoring colleagues), each with its own
 * in-memory copy as Office gives it — `set` and `remove` change that copy only, `saveAsync` writes
 * the whole copy into the document, `refreshAsync` reads the document again, and a save fires
 * `settingsChanged` in the other instances. Failures are the AsyncResults Office gives.
 */

export interface FakeOfficeError {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

/** Office's read-only answer (5002, "Permission Denied"), as Excel gives it for a locked document. */
export const READ_ONLY_ERROR: FakeOfficeError = {
  code: 5002,
  name: "Permission Denied",
  message: "The requested operation is not allowed on the current document mode.",
};

interface FakeAsyncResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: FakeOfficeError;
}

type Callback<T> = (result: FakeAsyncResult<T>) => void;

/** The saved document: the settings as the file holds them. */
export class FakeDocument {
  /** JSON text per setting name, as saved into the file. */
  readonly saved = new Map<string, string>();
  readonly instances: FakeSettings[] = [];

  /** A new add-in instance over this document (a colleague opening it). */
  open(): FakeSettings {
    const settings = new FakeSettings(this);
    this.instances.push(settings);
    return settings;
  }

  /** The saved value of a setting, parsed, or undefined. */
  value(name: string): unknown {
    const text = this.saved.get(name);
    return text === undefined ? undefined : JSON.parse(text);
  }
}

export class FakeSettings {
  private bag = new Map<string, string>();
  private readonly handlers = new Set<() => void>();
  /** The error every saveAsync answers with, while set (a read-only document). */
  saveError: FakeOfficeError | null = null;
  /** The error every refreshAsync answers with, while set. */
  refreshError: FakeOfficeError | null = null;
  readonly calls = { saveAsync: 0, refreshAsync: 0, set: 0, get: 0 };

  constructor(private readonly document: FakeDocument) {
    this.bag = new Map(document.saved);
  }

  get(name: string): unknown {
    this.calls.get++;
    const text = this.bag.get(name);
    // Office answers null for a setting that is not there.
    return text === undefined ? null : JSON.parse(text);
  }

  set(name: string, value: unknown): void {
    this.calls.set++;
    // Office keeps JSON; what cannot be serialized fails here, as in Office.
    this.bag.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.bag.delete(name);
  }

  saveAsync(callback?: Callback<void>): void {
    this.calls.saveAsync++;
    const error = this.saveError;
    const snapshot = new Map(this.bag);
    // Office answers later, never inside the call.
    queueMicrotask(() => {
      if (error) {
        callback?.({ status: "failed", value: undefined, error });
        return;
      }
      this.document.saved.clear();
      for (const [k, v] of snapshot) this.document.saved.set(k, v);
      callback?.({ status: "succeeded", value: undefined });
      for (const other of this.document.instances)
        if (other !== this) for (const handler of other.handlers) handler();
    });
  }

  refreshAsync(callback?: Callback<FakeSettings>): void {
    this.calls.refreshAsync++;
    const error = this.refreshError;
    queueMicrotask(() => {
      if (error) {
        callback?.({ status: "failed", value: this, error });
        return;
      }
      this.bag = new Map(this.document.saved);
      callback?.({ status: "succeeded", value: this });
    });
  }

  addHandlerAsync(eventType: string, handler: () => void, callback?: Callback<void>): void {
    if (eventType !== "settingsChanged") throw new Error(`unknown event ${eventType}`);
    this.handlers.add(handler);
    queueMicrotask(() => callback?.({ status: "succeeded", value: undefined }));
  }

  removeHandlerAsync(
    eventType: string,
    options?: { handler?: () => void },
    callback?: Callback<void>
  ): void {
    if (eventType !== "settingsChanged") throw new Error(`unknown event ${eventType}`);
    if (options?.handler) this.handlers.delete(options.handler);
    else this.handlers.clear();
    queueMicrotask(() => callback?.({ status: "succeeded", value: undefined }));
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  /** What this instance's in-memory copy holds for a setting, parsed. */
  inMemory(name: string): unknown {
    const text = this.bag.get(name);
    return text === undefined ? undefined : JSON.parse(text);
  }

  /** The type the store takes; the fake has what the store uses of it. */
  asOffice(): Office.Settings {
    // A structural fake: Office.Settings has overloads and members the store never calls.
    return this as unknown as Office.Settings;
  }
}

type Scope = { Office?: unknown };

/**
 * Puts a global `Office` with the enums the store reads and `context.document.settings`, and
 * returns how to put back what was there.
 */
export function installSettings(settings: FakeSettings | undefined): () => void {
  const scope = globalThis as Scope;
  const before = scope.Office;
  scope.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { SettingsChanged: "settingsChanged" },
    context: { document: settings ? { settings } : {} },
  };
  return () => {
    if (before === undefined) delete scope.Office;
    else scope.Office = before;
  };
}
