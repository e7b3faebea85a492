import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type {
  ConvertOutcome,
  InsertOutcome,
  RemoveExampleOutcome,
  TemplateFailure,
} from "../excel/template-outcome";
import type { TemplateStrings } from "../i18n/ui";
import { OutcomeBar } from "./OutcomeBar";

// The last action's outcome in the Mallar tab, as message bars: what was done, what was not and
// why, and after a conversion the red-thread gaps to mend. Every word comes from src/i18n/ui.ts.

export type TemplateAction = "insert" | "remove" | "convert";

export type TemplateResultState =
  | { readonly action: "insert"; readonly outcome: InsertOutcome }
  | { readonly action: "convert"; readonly outcome: ConvertOutcome }
  | { readonly action: "remove"; readonly outcome: RemoveExampleOutcome };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

export function failureText(failure: TemplateFailure, t: TemplateStrings): string {
  switch (failure.reason) {
    case "needsNewerExcel":
      return t.needsNewerExcel(failure.detail);
    case "cellEditMode":
      return t.cellEditMode;
    case "protected":
      return t.protectedWorkbook(failure.detail);
    default:
      return t.failed(failure.detail);
  }
}

/** The red-thread check after a conversion: each gap names its level. */
function RedThread({
  warnings,
  t,
}: {
  warnings: Extract<ConvertOutcome, { kind: "converted" }>["warnings"];
  t: TemplateStrings;
}): React.JSX.Element {
  const styles = useStyles();
  if (warnings.length === 0) return <OutcomeBar intent="success">{t.noGaps}</OutcomeBar>;
  return (
    <MessageBar intent="warning" layout="multiline" data-intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{t.redThreadHeading(warnings.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {warnings.map((w, i) => (
            <li key={`${w.level}-${i}`}>{w.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function Outcome({ result, t }: { result: TemplateResultState; t: TemplateStrings }) {
  const o = result.outcome;
  switch (o.kind) {
    case "failed":
      return <OutcomeBar intent="error">{failureText(o, t)}</OutcomeBar>;
    case "inserted":
      return <OutcomeBar intent="success">{t.inserted(o.sheets)}</OutcomeBar>;
    case "converted":
      return (
        <>
          <OutcomeBar intent="success">{t.converted(o.source, o.sheet, o.indicators)}</OutcomeBar>
          <RedThread warnings={o.warnings} t={t} />
        </>
      );
    case "notFound":
      return <OutcomeBar intent="warning">{t.notFound(o.message)}</OutcomeBar>;
    case "removed":
      return <OutcomeBar intent="success">{t.removed(o.sheet, o.rows, o.cells)}</OutcomeBar>;
    case "nothingLeft":
      return <OutcomeBar intent="info">{t.nothingLeft(o.sheet)}</OutcomeBar>;
    case "notTemplate":
      return <OutcomeBar intent="warning">{t.notTemplate(o.sheet)}</OutcomeBar>;
  }
}

export function TemplateResult({
  result,
  t,
}: {
  result: TemplateResultState;
  t: TemplateStrings;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Outcome result={result} t={t} />
    </div>
  );
}
