import { CHECKLIST_SETTING } from "../../src/excel/checklist-format";
import { createMemoryChecklistStore } from "../../src/excel/checklist-memory";
import { withItem, type ChecklistState } from "../../src/excel/checklist-outcome";
import {
  checklistFailure,
  createChecklistStore,
  officeChecklistStore,
} from "../../src/excel/checklist-store";
import { FakeDocument, installSettings, READ_ONLY_ERROR } from "./checklist-settings";

const state = (...keys: string[]): ChecklistState => ({ checked: new Set(keys) });
const keysOf = (s: ChecklistState): string[] => [...s.checked].sort();

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** A document and the user's add-in over it, with the global Office the store reads. */
function setUp() {
  const doc = new FakeDocument();
  const mine = doc.open();
  uninstall = installSettings(mine);
  const store = createChecklistStore(mine.asOffice());
  return { doc, mine, store };
}

describe("the checklist in the document's settings", () => {
  it("reads an empty checklist from a document that has none", async () => {
    const { store, mine } = setUp();
    expect(keysOf(await store.load())).toEqual([]);
    // Read from the document itself, not only the copy the add-in started with.
    expect(mine.calls.refreshAsync).toBe(1);
  });

  it("saves under one key, in the stored form, with one saveAsync and no other write", async () => {
    const { store, doc, mine } = setUp();
    const outcome = await store.save(state("design.logic-model", "needs.flow"));
    expect(outcome).toEqual({ kind: "saved" });
    expect(doc.value(CHECKLIST_SETTING)).toEqual({
      version: 1,
      checked: { "design.logic-model": true, "needs.flow": true },
    });
    expect([...doc.saved.keys()]).toEqual([CHECKLIST_SETTING]);
    expect(mine.calls).toMatchObject({ saveAsync: 1, set: 1 });
    expect(keysOf(await store.load())).toEqual(["design.logic-model", "needs.flow"]);
  });

  it("keeps settings of other parts of the add-in when it saves", async () => {
    const { store, doc, mine } = setUp();
    mine.set("SIKalkyl.other", { a: 1 });
    await store.save(state("needs.flow"));
    expect(doc.value("SIKalkyl.other")).toEqual({ a: 1 });
  });

  it("sees what a colleague saved, on the next load", async () => {
    const { store, doc } = setUp();
    expect(keysOf(await store.load())).toEqual([]);
    const colleague = createChecklistStore(doc.open().asOffice());
    await colleague.save(state("choice.evidence"));
    expect(keysOf(await store.load())).toEqual(["choice.evidence"]);
  });

  it("a load then a save of one item keeps a colleague's tick made in between", async () => {
    const { store, doc } = setUp();
    const colleague = createChecklistStore(doc.open().asOffice());
    await store.save(state("needs.flow"));
    await colleague.save(withItem(await colleague.load(), "needs.gaps", true));
    // What the pane does for a tick: read, change one item, save.
    await store.save(withItem(await store.load(), "needs.costs", true));
    expect(doc.value(CHECKLIST_SETTING)).toEqual({
      version: 1,
      checked: { "needs.costs": true, "needs.flow": true, "needs.gaps": true },
    });
  });

  it("turns a read-only document into an outcome and leaves document and memory as they were", async () => {
    const { store, doc, mine } = setUp();
    await store.save(state("needs.flow"));
    mine.saveError = READ_ONLY_ERROR;
    const outcome = await store.save(state("needs.flow", "needs.gaps"));
    expect(outcome).toEqual({
      kind: "failed",
      reason: "readOnly",
      detail: READ_ONLY_ERROR.message,
    });
    expect(doc.value(CHECKLIST_SETTING)).toEqual({ version: 1, checked: { "needs.flow": true } });
    // The in-memory copy is put back, so another save of the add-in cannot write the failed tick.
    expect(mine.inMemory(CHECKLIST_SETTING)).toEqual({
      version: 1,
      checked: { "needs.flow": true },
    });
  });

  it("removes the failed value from memory when the document had none", async () => {
    const { store, mine } = setUp();
    mine.saveError = READ_ONLY_ERROR;
    await store.save(state("needs.flow"));
    expect(mine.inMemory(CHECKLIST_SETTING)).toBeUndefined();
  });

  it.each([
    [5002, "readOnly"],
    [5009, "readOnly"],
    [9016, "readOnly"],
    [5006, "session"],
    [5012, "session"],
    [4001, "other"],
    [5001, "other"],
  ])("words Office error %i as %s", async (code, reason) => {
    const { store, mine } = setUp();
    mine.saveError = { code, name: "Error", message: `fel ${code}` };
    expect(await store.save(state("needs.flow"))).toEqual({
      kind: "failed",
      reason,
      detail: `fel ${code}`,
    });
  });

  it("turns a throwing saveAsync or set into an outcome", async () => {
    const { store, mine } = setUp();
    mine.saveAsync = () => {
      throw new Error("Kastat");
    };
    expect(await store.save(state("needs.flow"))).toEqual({
      kind: "failed",
      reason: "other",
      detail: "Kastat",
    });
    mine.set = () => {
      throw new Error("Kan inte sätta");
    };
    expect(await store.save(state("needs.flow"))).toMatchObject({ reason: "other" });
  });

  it("never overwrites a checklist a newer version wrote, but shows its ticks", async () => {
    const { store, doc, mine } = setUp();
    const newer = { version: 2, checked: { "needs.flow": true }, notes: { "needs.flow": "x" } };
    doc.saved.set(CHECKLIST_SETTING, JSON.stringify(newer));
    expect(keysOf(await store.load())).toEqual(["needs.flow"]);
    const outcome = await store.save(state("needs.flow", "needs.gaps"));
    expect(outcome).toMatchObject({ kind: "failed", reason: "newerVersion" });
    expect(mine.calls.saveAsync).toBe(0);
    expect(doc.value(CHECKLIST_SETTING)).toEqual(newer);
  });

  it.each<[string, unknown]>([
    ["text", "kryss"],
    ["a number", 42],
    ["an array", [1, 2]],
    ["no version", { checked: { "needs.flow": true } }],
    ["checked as a list", { version: 1, checked: ["needs.flow"] }],
  ])("reads a garbled value (%s) as an empty checklist, and a save replaces it", async (_, raw) => {
    const { store, doc } = setUp();
    doc.saved.set(CHECKLIST_SETTING, JSON.stringify(raw));
    expect(keysOf(await store.load())).toEqual([]);
    expect(await store.save(state("needs.flow"))).toEqual({ kind: "saved" });
    expect(doc.value(CHECKLIST_SETTING)).toEqual({ version: 1, checked: { "needs.flow": true } });
  });

  it("reads the copy it has when the document cannot be read again", async () => {
    const { store, mine, doc } = setUp();
    await store.save(state("needs.flow"));
    doc.saved.clear(); // a colleague's change this instance cannot see
    mine.refreshError = { code: 5001, name: "Internal Error", message: "x" };
    expect(keysOf(await store.load())).toEqual(["needs.flow"]);
    (mine as { refreshAsync?: unknown }).refreshAsync = undefined; // a host without it
    expect(keysOf(await store.load())).toEqual(["needs.flow"]);
    mine.get = () => {
      throw new Error("trasig");
    };
    expect(keysOf(await store.load())).toEqual([]);
  });

  it("tells when a colleague saved, and stops when asked", async () => {
    const { store, doc, mine } = setUp();
    const heard = jest.fn();
    const stop = store.subscribe?.(heard);
    expect(mine.handlerCount).toBe(1);
    const colleague = createChecklistStore(doc.open().asOffice());
    await colleague.save(state("needs.flow"));
    expect(heard).toHaveBeenCalledTimes(1);
    // Its own saves are not news.
    await store.save(state("needs.gaps"));
    expect(heard).toHaveBeenCalledTimes(1);
    stop?.();
    expect(mine.handlerCount).toBe(0);
    await colleague.save(state("needs.costs"));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("subscribes to nothing where the host cannot tell", () => {
    const { mine, store } = setUp();
    mine.addHandlerAsync = () => {
      throw new Error("not supported");
    };
    const stop = store.subscribe?.(() => undefined);
    expect(() => stop?.()).not.toThrow();
  });
});

describe("officeChecklistStore", () => {
  it("is there inside Office with document settings, and works on them", async () => {
    const doc = new FakeDocument();
    const mine = doc.open();
    uninstall = installSettings(mine);
    const store = officeChecklistStore();
    expect(store).toBeDefined();
    await store?.save(state("evaluation.effects"));
    expect(doc.value(CHECKLIST_SETTING)).toEqual({
      version: 1,
      checked: { "evaluation.effects": true },
    });
  });

  it("is absent in a plain browser and in a host without document settings", () => {
    expect(officeChecklistStore()).toBeUndefined();
    uninstall = installSettings(undefined);
    expect(officeChecklistStore()).toBeUndefined();
  });
});

describe("checklistFailure", () => {
  it("reads anything thrown", () => {
    expect(checklistFailure("text")).toEqual({ kind: "failed", reason: "other", detail: "text" });
    expect(checklistFailure({ code: "5002", message: "m" })).toEqual({
      kind: "failed",
      reason: "other",
      detail: "m",
    });
  });
});

describe("the memory store", () => {
  it("keeps what a save gave, in the stored form", async () => {
    const store = createMemoryChecklistStore();
    expect(keysOf(await store.load())).toEqual([]);
    await store.save(state("running.reach", "design.risks"));
    expect(store.stored()).toEqual({
      version: 1,
      checked: { "design.risks": true, "running.reach": true },
    });
    expect(keysOf(await store.load())).toEqual(["design.risks", "running.reach"]);
  });

  it("refuses to overwrite a newer version's checklist, as the document store does", async () => {
    const newer = { version: 3, checked: {} };
    const store = createMemoryChecklistStore(newer);
    expect(await store.save(state("needs.flow"))).toMatchObject({ reason: "newerVersion" });
    expect(store.stored()).toBe(newer);
  });
});
