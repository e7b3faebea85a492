/**
 * Property: any sequence of writes, clears and new sheets — valid or not — throws nothing but
 * ModelError, and leaves every input and the used area exactly as a plain map of the successful
 * writes says.
 */
import fc from "fast-check";
import type { Area, CellInput } from "../../src/playground/model";
import { ModelError } from "../../src/playground/model";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { union } from "../../src/playground/workbook/areas";

const input: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    "=A1+1",
    "=SUM(A1:C3)",
    "=1/0",
    "=SUM(",
    "=NOPE(1)",
    "=Sheet1!B2*2",
    "='Ny flik'!A1",
    "=SI.CBA({100,0},{0,120},0.035)",
    "=SI.CBA(A1:A2,B1:B2,0.1)",
    "=A1:A3",
    "=T[Belopp]",
    "=",
    "=#REF!A1"
  )
);

const place = fc.record({
  row: fc.integer({ min: -1, max: 12 }),
  col: fc.integer({ min: -1, max: 6 }),
});

type Op =
  | { kind: "set"; sheet: number; row: number; col: number; block: CellInput[][] }
  | { kind: "clear"; sheet: number; area: Area }
  | { kind: "addSheet"; name: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    sheet: fc.nat({ max: 3 }),
    row: place.map((p) => p.row),
    col: place.map((p) => p.col),
    block: fc
      .integer({ min: 1, max: 3 })
      .chain((w) =>
        fc.array(fc.array(input, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 3 })
      ),
  }),
  fc.record({
    kind: fc.constant("clear" as const),
    sheet: fc.nat({ max: 3 }),
    area: fc
      .tuple(place, place)
      .map(([a, b]) => ({ top: a.row, left: a.col, bottom: b.row, right: b.col })),
  }),
  fc.record({
    kind: fc.constant("addSheet" as const),
    name: fc.oneof(
      fc.constantFrom("Ny flik", "sheet1", "Blad/2", "", "T"),
      fc.string({ maxLength: 4 })
    ),
  })
);

function boundsOf(cells: Map<string, CellInput>): Area | null {
  let a: Area | null = null;
  for (const key of cells.keys()) {
    const [row, col] = key.split(":").map(Number);
    a = union(a, { top: row, left: col, bottom: row, right: col });
  }
  return a;
}

describe("any sequence of edits", () => {
  it("throws only ModelError and keeps inputs and the used area consistent", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const model = createPlaygroundModel();
        const mirror = new Map<string, Map<string, CellInput>>([[model.sheets()[0].id, new Map()]]);
        for (const o of ops) {
          const ids = model.sheets().map((s) => s.id);
          try {
            if (o.kind === "addSheet") {
              const s = model.addSheet(o.name);
              mirror.set(s.id, new Map());
            } else if (o.kind === "set") {
              const id = ids[o.sheet % ids.length];
              model.setInputs(id, o.row, o.col, o.block);
              o.block.forEach((r, i) =>
                r.forEach((v, j) => {
                  const key = `${o.row + i}:${o.col + j}`;
                  if (v === null || v === "") mirror.get(id)!.delete(key);
                  else mirror.get(id)!.set(key, v);
                })
              );
            } else {
              const id = ids[o.sheet % ids.length];
              model.clear(id, o.area, "Contents");
              for (const key of [...mirror.get(id)!.keys()]) {
                const [row, col] = key.split(":").map(Number);
                if (
                  row >= o.area.top &&
                  row <= o.area.bottom &&
                  col >= o.area.left &&
                  col <= o.area.right
                )
                  mirror.get(id)!.delete(key);
              }
            }
          } catch (e) {
            if (!(e instanceof ModelError)) throw e;
          }
        }
        for (const [id, cells] of mirror) {
          const used = model.usedArea(id);
          expect(used).toEqual(boundsOf(cells));
          expect(model.usedArea(id, true)).toEqual(used);
          if (used)
            for (let r = used.top; r <= used.bottom; r++)
              for (let c = used.left; c <= used.right; c++) {
                const view = model.cell(id, r, c);
                expect(view.input).toEqual(cells.get(`${r}:${c}`) ?? null);
                expect(view.value === undefined).toBe(false);
              }
        }
      }),
      { numRuns: 150 }
    );
  });
});
