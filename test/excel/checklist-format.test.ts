import fc from "fast-check";
import { PHASES, checklistKey } from "../../src/core/phases";
import {
  CHECKLIST_SETTING,
  MAX_KEYS,
  isChecklistKey,
  parseChecklist,
  serializeChecklist,
} from "../../src/excel/checklist-format";

const keys = (raw: unknown): string[] => [...parseChecklist(raw).state.checked].sort();

/** Every key the phases define. */
const ALL_KEYS = PHASES.flatMap((p) => p.items.map((item) => checklistKey(p.id, item)));

describe("the stored checklist", () => {
  it("is one setting with a versioned name", () => {
    expect(CHECKLIST_SETTING).toBe("SIKalkyl.checklist.v1");
  });

  it("reads the ticks it wrote", () => {
    const stored = serializeChecklist({ checked: new Set(["design.risks", "needs.flow"]) });
    expect(stored).toEqual({
      version: 1,
      checked: { "design.risks": true, "needs.flow": true },
    });
    expect(keys(stored)).toEqual(["design.risks", "needs.flow"]);
    expect(parseChecklist(stored).newer).toBe(false);
  });

  it("gives every phase item a key of the stored shape", () => {
    for (const key of ALL_KEYS) expect(isChecklistKey(key)).toBe(true);
    expect(new Set(ALL_KEYS).size).toBe(ALL_KEYS.length);
  });

  it("keeps keys it does not know but that have the right shape (a newer version's items)", () => {
    expect(keys({ version: 1, checked: { "design.new-item": true, "needs.flow": true } })).toEqual([
      "design.new-item",
      "needs.flow",
    ]);
  });

  it.each<[string, unknown, string[]]>([
    ["null", null, []],
    ["undefined", undefined, []],
    ["a number", 7, []],
    ["a boolean", true, []],
    ["an array", [{ version: 1 }], []],
    ["text that is not JSON", "{oops", []],
    ["JSON text", JSON.stringify({ version: 1, checked: { "needs.flow": true } }), ["needs.flow"]],
    ["no version", { checked: { "needs.flow": true } }, []],
    ["version 0", { version: 0, checked: { "needs.flow": true } }, []],
    ["version as text", { version: "1", checked: { "needs.flow": true } }, []],
    ["a fractional version", { version: 1.5, checked: { "needs.flow": true } }, []],
    ["checked missing", { version: 1 }, []],
    ["checked as a list", { version: 1, checked: ["needs.flow"] }, []],
    [
      "ticks that are not true",
      { version: 1, checked: { "needs.flow": 1, "needs.gaps": "true", "needs.costs": false } },
      [],
    ],
    [
      "keys of the wrong shape",
      {
        version: 1,
        checked: {
          "Needs.Flow": true,
          needs: true,
          "needs.flow.x": true,
          ".flow": true,
          "needs.": true,
          " needs.flow": true,
          "needs.flow": true,
        },
      },
      ["needs.flow"],
    ],
  ])("reads %s safely", (_, raw, expected) => {
    expect(keys(raw)).toEqual(expected);
  });

  it("notices a newer version, and still shows its ticks", () => {
    const parsed = parseChecklist({ version: 2, checked: { "needs.flow": true } });
    expect(parsed.newer).toBe(true);
    expect([...parsed.state.checked]).toEqual(["needs.flow"]);
    expect(parseChecklist({ version: 5 }).newer).toBe(true);
  });

  it("does not let a key reach the prototype", () => {
    const raw = JSON.parse('{"version":1,"checked":{"__proto__":true,"needs.flow":true}}');
    expect(keys(raw)).toEqual(["needs.flow"]);
    const stored = serializeChecklist({ checked: new Set(["__proto__", "needs.flow"]) });
    expect(Object.keys(stored.checked)).toEqual(["needs.flow"]);
    expect(({} as Record<string, unknown>).flow).toBeUndefined();
  });

  it("survives getters that throw and a proxy that refuses", () => {
    const raw = {
      version: 1,
      get checked(): never {
        throw new Error("nope");
      },
    };
    expect(keys(raw)).toEqual([]);
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("nope");
        },
      }
    );
    expect(keys({ version: 1, checked: proxy })).toEqual([]);
  });

  it(`holds at most ${MAX_KEYS} keys, however large the value`, () => {
    const checked = Object.fromEntries(
      Array.from({ length: MAX_KEYS + 50 }, (_, i) => [`p.item-${i}`, true])
    );
    expect(keys({ version: 1, checked })).toHaveLength(MAX_KEYS);
  });
});

describe("the checklist parser, on any input (properties)", () => {
  const anyKey = fc.oneof(
    fc.constantFrom(...ALL_KEYS),
    fc.string(),
    fc.stringMatching(/^[a-z]+\.[a-z-]+$/)
  );
  const storedLike = fc.record(
    {
      version: fc.oneof(fc.constant(1), fc.integer(), fc.double(), fc.string()),
      checked: fc.oneof(
        fc.dictionary(anyKey, fc.oneof(fc.constant(true), fc.anything())),
        fc.anything()
      ),
    },
    { requiredKeys: [] }
  );
  const anyValue = fc.oneof(
    fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
    fc.jsonValue(),
    storedLike,
    storedLike.map((v) => JSON.stringify(v))
  );

  it("never throws, and keeps only well-formed keys, at most MAX_KEYS", () => {
    fc.assert(
      fc.property(anyValue, (raw) => {
        const { state } = parseChecklist(raw);
        expect(state.checked.size).toBeLessThanOrEqual(MAX_KEYS);
        for (const key of state.checked) expect(isChecklistKey(key)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it("reads back exactly what it writes, through the JSON the settings keep", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ALL_KEYS)), (ticked) => {
        const stored = JSON.parse(JSON.stringify(serializeChecklist({ checked: new Set(ticked) })));
        expect(keys(stored)).toEqual([...ticked].sort());
        expect(parseChecklist(stored).newer).toBe(false);
      })
    );
  });

  it("is stable: reading what it wrote from anything gives the same ticks again", () => {
    fc.assert(
      fc.property(anyValue, (raw) => {
        const once = parseChecklist(raw).state;
        const twice = parseChecklist(serializeChecklist(once)).state;
        expect([...twice.checked].sort()).toEqual([...once.checked].sort());
      }),
      { numRuns: 1000 }
    );
  });
});
