/**
 * The live sheets: one template per sheet, and the planning that turns a choice of templates into
 * finished specs for a given workbook (names made unique, cross-sheet references resolved).
 * Both renderers start here: src/templates/render-exceljs.ts and src/templates/render-office.ts.
 */
import { Lang } from "../i18n/lang";
import { NamePlanner } from "./names";
import { BESLUTSUNDERLAG } from "./sheets/beslutsunderlag";
import { INTRESSENTER } from "./sheets/intressenter";
import { KALKYL } from "./sheets/kalkyl";
import { LOGIKMODELL } from "./sheets/logikmodell";
import { OSAKERHET } from "./sheets/osakerhet";
import { RISKMATRIS } from "./sheets/riskmatris";
import { UPPFOLJNING } from "./sheets/uppfoljning";
import { UPPSKALNING } from "./sheets/uppskalning";
import { Existing, LogicContent, SheetSpec, TEMPLATE_IDS, Template, TemplateId } from "./spec";

export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
  logikmodell: LOGIKMODELL,
  riskmatris: RISKMATRIS,
  kalkyl: KALKYL,
  uppskalning: UPPSKALNING,
  uppfoljning: UPPFOLJNING,
  intressenter: INTRESSENTER,
  osakerhet: OSAKERHET,
  beslutsunderlag: BESLUTSUNDERLAG,
};

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export interface PlanOptions {
  lang: Lang;
  /** Fill in each template's fictitious example (default true). */
  example?: boolean;
  /** Fills the Logikmodell sheet from a converted logic model. */
  logicModel?: LogicContent;
  /**
   * What a sheet that reads others finds for a base name, ahead of the workbook's first match:
   * `{ SI_Kalkyl: "SI_Kalkyl_2", SI_Horisont: "SI_Horisont_3" }` when the task pane draws the
   * Känslighetsanalys for the Kalkyl the user chose.
   */
  sources?: Readonly<Record<string, string>>;
}

/**
 * Sheets that read others are drawn after them (a formula naming a table that does not exist yet
 * is refused): the sensitivity sheet after the Kalkyl, the decision paper last of all.
 */
const READS_OTHERS: Partial<Record<TemplateId, number>> = { osakerhet: 1, beslutsunderlag: 2 };

/**
 * The specs for drawing `ids` into a workbook that already holds `existing`, in the order given,
 * except that the sheets that read others come after them (READS_OTHERS).
 */
export function planSheets(
  ids: readonly TemplateId[],
  existing: Existing,
  options: PlanOptions
): SheetSpec[] {
  const rank = (id: TemplateId) => READS_OTHERS[id] ?? 0;
  const ordered = [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
  const planner = new NamePlanner(existing);
  const plans = ordered.map((id) => {
    const t = TEMPLATES[id];
    return { t, plan: planner.plan(t.sheetName[options.lang], t.tables, t.names) };
  });
  return plans.map(({ t, plan }) =>
    t.build({
      lang: options.lang,
      example: options.example ?? true,
      sheet: plan.sheet,
      table: (key) => required(plan.tables[key], t.id, key),
      name: (key) => required(plan.names[key], t.id, key),
      find: (base) => options.sources?.[base] ?? planner.find(base),
      logicModel: options.logicModel,
    })
  );
}

function required(name: string | undefined, id: string, key: string): string {
  if (name === undefined) throw new Error(`template ${id} has no table or name "${key}"`);
  return name;
}
