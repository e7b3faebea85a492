/** The two languages of the interface: Swedish first, English second. */
export type Lang = "sv" | "en";

/** Swedish for any Swedish display language (sv-SE, sv-FI), else English. */
export function langOf(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === "string" && /^sv(-|_|$)/i.test(displayLanguage) ? "sv" : "en";
}
