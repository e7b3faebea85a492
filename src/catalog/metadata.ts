/**
 * Excel's custom-function metadata, generated from the catalog: functions.json in English and
 * functions-sv.json with the Swedish translation table merged in. Invalid metadata is an error
 * listing every problem, so the build fails loudly instead of Excel silently dropping a function.
 */
import { FUNCTIONS_SV } from "../i18n/functions.sv";
import { Lang } from "../i18n/lang";
import { FunctionSpec } from "./spec";

export interface ParameterMetadata {
  name: string;
  description: string;
  type: "number" | "string" | "boolean" | "any";
  dimensionality: "scalar" | "matrix";
  optional: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type: "any"; dimensionality: "scalar" | "matrix" };
}
export interface MetadataFile {
  functions: FunctionMetadata[];
}

const ID = /^[A-Z][A-Z0-9_.]{2,}$/;
const PARAM_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const TYPES = new Set(["number", "string", "boolean", "any"]);

/** Every problem with the catalog's metadata, in both languages; empty when it is valid. */
export function metadataProblems(catalog: readonly FunctionSpec[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const f of catalog) {
    if (!ID.test(f.id))
      problems.push(`${f.id}: the id must be A–Z, 0–9, _ or . and at least 3 characters`);
    if (ids.has(f.id)) problems.push(`${f.id}: duplicate id`);
    ids.add(f.id);
    if (!f.description.trim()) problems.push(`${f.id}: missing description`);
    const sv = FUNCTIONS_SV[f.id];
    if (!sv?.description.trim()) problems.push(`${f.id}: missing Swedish description`);
    const names = new Set<string>();
    let sawOptional = false;
    for (const p of f.params) {
      const where = `${f.id}(${p.name})`;
      if (!PARAM_NAME.test(p.name)) problems.push(`${where}: invalid parameter name`);
      if (names.has(p.name)) problems.push(`${where}: duplicate parameter`);
      names.add(p.name);
      if (!p.description.trim()) problems.push(`${where}: missing description`);
      if (sawOptional && !p.optional)
        problems.push(`${where}: a required parameter after an optional one`);
      sawOptional ||= !!p.optional;
      const svp = sv?.params[p.name];
      if (!svp?.description.trim()) problems.push(`${where}: missing Swedish description`);
      if (!svp || !PARAM_NAME.test(svp.name))
        problems.push(`${where}: missing or invalid Swedish parameter name`);
    }
    for (const extra of Object.keys(sv?.params ?? {})) {
      if (!names.has(extra))
        problems.push(`${f.id}(${extra}): Swedish text for a parameter the function does not have`);
    }
  }
  for (const id of Object.keys(FUNCTIONS_SV)) {
    if (!ids.has(id)) problems.push(`${id}: Swedish text for a function the catalog does not have`);
  }
  return problems;
}

export function buildMetadata(catalog: readonly FunctionSpec[], lang: Lang): MetadataFile {
  const problems = metadataProblems(catalog);
  if (problems.length > 0)
    throw new Error(`Invalid function metadata:\n  ${problems.join("\n  ")}`);
  return {
    functions: catalog.map((f) => {
      const sv = FUNCTIONS_SV[f.id];
      return {
        id: f.id,
        name: f.id,
        description: lang === "sv" ? sv.description : f.description,
        parameters: f.params.map((p) => ({
          name: lang === "sv" ? sv.params[p.name].name : p.name,
          description: lang === "sv" ? sv.params[p.name].description : p.description,
          // "any" and "matrix" for every parameter: text or a range given where a number is
          // expected then reaches our code, which names the argument, instead of Excel rejecting
          // it silently or lifting the function over the range.
          type: "any" as const,
          dimensionality: "matrix" as const,
          optional: !!p.optional,
        })),
        result: { type: "any", dimensionality: f.spills ? "matrix" : "scalar" },
      };
    }),
  };
}

/** A check on finished metadata, also applied to files that were edited by hand. */
export function metadataFileProblems(file: MetadataFile): string[] {
  const problems: string[] = [];
  for (const f of file.functions) {
    for (const p of f.parameters) {
      if (!TYPES.has(p.type)) problems.push(`${f.id}(${p.name}): unsupported type "${p.type}"`);
      if (p.dimensionality !== "scalar" && p.dimensionality !== "matrix") {
        problems.push(`${f.id}(${p.name}): unsupported dimensionality "${p.dimensionality}"`);
      }
    }
  }
  return problems;
}
