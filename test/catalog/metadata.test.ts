import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG } from "../../src/catalog";
import { buildMetadata, metadataFileProblems, metadataProblems } from "../../src/catalog/metadata";
import { FunctionSpec } from "../../src/catalog/spec";

describe("generated function metadata", () => {
  const en = buildMetadata(CATALOG, "en");
  const sv = buildMetadata(CATALOG, "sv");

  it("lists every catalog function once, with the same ids and names in both languages", () => {
    expect(en.functions.map((f) => f.id)).toEqual(CATALOG.map((f) => f.id));
    expect(sv.functions.map((f) => f.name)).toEqual(en.functions.map((f) => f.name));
    expect(new Set(en.functions.map((f) => f.id)).size).toBe(en.functions.length);
  });

  it("has the functions and argument orders the contract names", () => {
    const params = Object.fromEntries(
      en.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])
    );
    expect(params).toEqual({
      EFFECT: ["target_before", "target_after", "control_before", "control_after", "scale"],
      EFFECTSIZE: ["mean_t", "sd_t", "n_t", "mean_c", "sd_c", "n_c", "type", "output"],
      CBA: ["costs", "benefits", "rate", "measure", "timing"],
      CBATABLE: ["lines", "rate", "horizon", "measure", "actor", "timing"],
      CBASIM: ["lines", "rate", "horizon", "iterations", "seed", "output", "timing"],
      SENSITIVITY: ["lines", "rate", "horizon", "rate_low", "rate_high", "timing"],
      SCALECOST: [
        "target_group",
        "cost_per_participant",
        "coverage",
        "fixed_cost",
        "team_capacity",
        "team_cost",
        "year",
        "ramp_years",
      ],
      NETBENEFIT: ["gross", "deadweight", "attribution", "displacement", "optimism_bias"],
      RISKSCORE: ["probability", "impact", "scale"],
      RISKLEVEL: ["probability", "impact", "scale"],
      UNITCOST: ["item", "table", "price_year", "index"],
      UPRATE: ["amount", "from_year", "to_year", "index"],
      VERSION: [],
    });
  });

  it("has Swedish text for every function and parameter, different from the English", () => {
    expect(metadataProblems(CATALOG)).toEqual([]);
    sv.functions.forEach((f, i) => {
      expect(f.description).not.toBe(en.functions[i].description);
      f.parameters.forEach((p, j) =>
        expect(p.description).not.toBe(en.functions[i].parameters[j].description)
      );
    });
  });

  it("declares no function volatile, streaming or asynchronous", () => {
    for (const f of en.functions) expect(f).not.toHaveProperty("options");
  });

  it("fails loudly for a missing Swedish text, a duplicate id or a missing description", () => {
    const extra: FunctionSpec = { ...CATALOG[0], id: "NEWFN" };
    expect(metadataProblems([...CATALOG, extra])).toContain("NEWFN: missing Swedish description");
    expect(metadataProblems([...CATALOG, CATALOG[0]])).toContain("EFFECT: duplicate id");
    const noHelp: FunctionSpec = {
      ...CATALOG[2],
      params: [{ ...CATALOG[2].params[0], description: " " }],
    };
    expect(metadataProblems([noHelp])).toContain("CBA(costs): missing description");
    const order: FunctionSpec = {
      ...CATALOG[2],
      params: [{ ...CATALOG[2].params[2] }, { ...CATALOG[2].params[0] }],
    };
    expect(metadataProblems([order])).toContain(
      "CBA(costs): a required parameter after an optional one"
    );
    expect(() => buildMetadata([...CATALOG, CATALOG[0]], "en")).toThrow(/duplicate id/);
  });

  it("rejects an unsupported type in finished metadata", () => {
    const bad = JSON.parse(JSON.stringify(en));
    bad.functions[0].parameters[0].type = "date";
    expect(metadataFileProblems(bad)).toEqual(['EFFECT(target_before): unsupported type "date"']);
  });

  it("is what the build wrote (generated/ is never edited by hand)", () => {
    const path = join(__dirname, "..", "..", "generated");
    expect(JSON.parse(readFileSync(join(path, "functions.json"), "utf8"))).toEqual(en);
    expect(JSON.parse(readFileSync(join(path, "functions-sv.json"), "utf8"))).toEqual(sv);
  });
});

describe("SI.VERSION", () => {
  it("is the version in package.json", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(CATALOG.find((f) => f.id === "VERSION")!.invoke([], "en")).toBe(pkg.version);
  });
});
