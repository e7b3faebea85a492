/** Words an SiError in the user's language, with argument names as the function help shows them. */
import { SiError } from "../core/errors";
import { FUNCTIONS_SV } from "./functions.sv";
import { Lang } from "./lang";
import { MESSAGES } from "./messages";

const ARG_PARAMS = new Set(["arg", "other"]);

export function paramLabel(fnId: string | undefined, name: string, lang: Lang): string {
  if (lang === "en" || fnId === undefined) return name;
  return FUNCTIONS_SV[fnId]?.params[name]?.name ?? name;
}

export function formatError(err: SiError, lang: Lang, fnId?: string): string {
  const template = MESSAGES[lang][err.key];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = err.params[key];
    if (v === undefined) return whole;
    return ARG_PARAMS.has(key) ? paramLabel(fnId, String(v), lang) : String(v);
  });
}
