/** The user's display language from Office, when Office is there (it is not in tests or a plain browser). */
import { Lang, langOf } from "../i18n/lang";

export function officeLanguage(): Lang {
  try {
    return langOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return "en";
  }
}
