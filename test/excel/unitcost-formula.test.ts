import { excelString, unitCostFormula } from "../../src/excel/unitcost-formula";

describe("the SI.UNITCOST formula inserted from the catalog", () => {
  it("uses the Id when the row has one", () => {
    expect(unitCostFormula({ id: "HVB-01", name: "Placering på HVB" })).toBe(
      '=SI.UNITCOST("HVB-01", SI_Enhetskostnader[#All], SI_Prisår)'
    );
  });

  it("uses the name when there is no Id (or a blank one)", () => {
    const expected = '=SI.UNITCOST("Vårddygn, psykiatri", SI_Enhetskostnader[#All], SI_Prisår)';
    expect(unitCostFormula({ id: null, name: "Vårddygn, psykiatri" })).toBe(expected);
    expect(unitCostFormula({ id: "  ", name: "Vårddygn, psykiatri" })).toBe(expected);
  });

  it("doubles every quote in the key", () => {
    expect(excelString('Insats "Steg för steg"')).toBe('"Insats ""Steg för steg"""');
    expect(unitCostFormula({ id: null, name: '"Unga" på "HVB"' })).toBe(
      '=SI.UNITCOST("""Unga"" på ""HVB""", SI_Enhetskostnader[#All], SI_Prisår)'
    );
    expect(unitCostFormula({ id: 'A"1', name: "x" })).toBe(
      '=SI.UNITCOST("A""1", SI_Enhetskostnader[#All], SI_Prisår)'
    );
  });
});
