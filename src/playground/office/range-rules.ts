/**
 * Range.dataValidation and Range.conditionalFormats as the live sheets set them. The model keeps
 * Office.js's own objects (a validation's rule, prompt and alert; a conditional format's type and
 * the properties set on it), checked against Excel's limits.
 */
import { tokenize } from "../../engine/formula";
import type { ConditionalFormatInfo, ValidationInfo } from "../model";
import { sameArea } from "./address";
import { ClientObject } from "./client-object";
import { officeError } from "./errors";
import type { RangeWhere } from "./range-read";
import { colour } from "./range-format";
import type { Collect, Session } from "./session";
import { settable } from "./settable";

/** Excel's limits on a validation: a list source, a title, a message. */
const LIST_SOURCE_MAX = 255;
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

type Where = () => RangeWhere;
type Patch = Partial<Omit<ValidationInfo, "sheetId" | "area">>;

function checkText(value: unknown, max: number, what: string): void {
  if (value !== undefined && (typeof value !== "string" || value.length > max))
    throw officeError("InvalidArgument", `The ${what} is longer than Excel's ${max} characters.`);
}

function checkRule(rule: Record<string, unknown>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (kinds.length !== 1)
    throw officeError("InvalidArgument", "A validation rule must have exactly one kind of rule.");
  const list = rule.list as { source?: unknown } | undefined;
  if (list && typeof list.source === "string" && list.source.length > LIST_SOURCE_MAX)
    throw officeError("InvalidArgument", `A list longer than ${LIST_SOURCE_MAX} characters.`);
}

function checkMessage(box: unknown, what: string): void {
  const b = (box ?? {}) as { title?: unknown; message?: unknown };
  checkText(b.title, TITLE_MAX, `${what} title`);
  checkText(b.message, MESSAGE_MAX, `${what} message`);
}

export class DataValidationProxy extends ClientObject<RangeWhere> {
  constructor(session: Session, where: Where) {
    super(session, "DataValidation", where);
  }

  /** The validation of exactly this range, with `patch` over what it had. */
  private merge(w: RangeWhere, patch: Patch): void {
    const model = this.session.model;
    const existing = model.validations(w.sheet.id).find((v) => sameArea(v.area, w.area));
    model.setValidation({ rule: {}, ...existing, ...patch, sheetId: w.sheet.id, area: w.area });
  }

  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.write("rule", rule, (w) => {
      checkRule(rule);
      this.merge(w, { rule: { ...rule } });
    });
  }

  get errorAlert(): Record<string, unknown> {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.write("errorAlert", alert, (w) => {
      checkMessage(alert, "error alert");
      this.merge(w, { errorAlert: { ...alert } });
    });
  }

  get prompt(): Record<string, unknown> {
    return this.read("prompt");
  }
  set prompt(prompt: Record<string, unknown>) {
    this.write("prompt", prompt, (w) => {
      checkMessage(prompt, "prompt");
      this.merge(w, { prompt: { ...prompt } });
    });
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.write("ignoreBlanks", value, (w) => this.merge(w, { ignoreBlanks: value === true }));
  }

  protected prepareLoad(w: RangeWhere): Collect {
    return () => {
      const found = this.session.model
        .validations(w.sheet.id)
        .find((v) => sameArea(v.area, w.area));
      this.props.set("rule", found?.rule ?? {});
      this.props.set("errorAlert", found?.errorAlert ?? {});
      this.props.set("prompt", found?.prompt ?? {});
      this.props.set("ignoreBlanks", found?.ignoreBlanks ?? true);
      this.props.set("type", found ? (Object.keys(found.rule)[0] ?? "None") : "None");
    };
  }
}

/** Excel takes no structured reference in a conditional format's formula. */
function checkRuleFormula(formula: unknown): string {
  if (typeof formula !== "string" || !formula.startsWith("="))
    throw officeError("InvalidArgument", `"${String(formula)}" is not a formula.`);
  if (tokenize(formula.slice(1)).some((t) => t.kind === "bracket"))
    throw officeError(
      "InvalidArgument",
      `A conditional format cannot use a structured reference: ${formula}`
    );
  return formula;
}

/**
 * One conditional format. The model takes a format whole, so the properties set on it are gathered
 * while the batch that added it runs and it goes into the model at that batch's end; setting one
 * in a later sync is refused (a difference from Excel, which changes it in place).
 */
class ConditionalFormatProxy {
  readonly custom: {
    rule: { formula: string };
    format: {
      fill: { color: string };
      font: { color: string; bold: boolean; italic: boolean };
    };
  };
  private pending: ConditionalFormatInfo | undefined;
  private added = false;

  constructor(
    session: Session,
    where: Where,
    readonly type: string
  ) {
    session.enqueue("ConditionalFormatCollection.add", () => {
      const w = where();
      const info: ConditionalFormatInfo = { sheetId: w.sheet.id, area: w.area, type, props: {} };
      this.pending = info;
      session.atBatchEnd(() => {
        this.pending = undefined;
        this.added = true;
        session.model.addConditionalFormat(info);
      });
    });
    // Each value is checked when the batch runs, as Excel checks it.
    const format = (props: Record<string, unknown>, key: string, value: unknown) => {
      props.format = { ...((props.format as Record<string, unknown>) ?? {}), [key]: value };
    };
    const entity = "ConditionalFormat.custom";
    this.custom = {
      rule: settable(session, `${entity}.rule`, ["formula"] as const, (_, f) =>
        this.change((props) => (props.formula = checkRuleFormula(f)))
      ) as { formula: string },
      format: {
        fill: settable(session, `${entity}.format.fill`, ["color"] as const, (_, c) =>
          this.change((props) => format(props, "fill", colour(c)))
        ) as { color: string },
        font: settable(
          session,
          `${entity}.format.font`,
          ["color", "bold", "italic"] as const,
          (key, v) =>
            this.change((props) =>
              format(
                props,
                key === "color" ? "fontColor" : key,
                key === "color" ? colour(v) : v === true
              )
            )
        ) as { color: string; bold: boolean; italic: boolean },
      },
    };
  }

  /** Runs in the batch: changes the format added earlier in it. */
  private change(apply: (props: Record<string, unknown>) => void): void {
    if (!this.pending)
      throw officeError(
        "InvalidOperation",
        this.added
          ? "The playground cannot change a conditional format after the sync that added it."
          : "The conditional format was not added."
      );
    apply(this.pending.props);
  }
}

export class ConditionalFormatCollectionProxy {
  constructor(
    private readonly session: Session,
    private readonly where: Where
  ) {}

  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.session, this.where, type);
  }

  /** Removes the conditional formats over the range. */
  clearAll(): void {
    this.session.enqueue("ConditionalFormatCollection.clearAll", () => {
      const w = this.where();
      this.session.model.clearConditionalFormats(w.sheet.id, w.area);
    });
  }
}
