import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type {
  ConvertOutcome,
  InsertOutcome,
  RemoveExampleOutcome,
  TemplateFailure,
} from "../excel/template-outcome";
import type { TemplateStrings } from "../i18n/ui";

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

/** The intent is repeated as data-intent: Fluent shows it only through colour and icon. */
function Bar({ intent, text }: { intent: MessageBarIntent; text: string }): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline" data-intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
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
  if (warnings.length === 0) return <Bar intent="success" text={t.noGaps} />;
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
      return <Bar intent="error" text={failureText(o, t)} />;
    case "inserted":
      return <Bar intent="success" text={t.inserted(o.sheets)} />;
    case "converted":
      return (
        <>
          <Bar intent="success" text={t.converted(o.source, o.sheet, o.indicators)} />
          <RedThread warnings={o.warnings} t={t} />
        </>
      );
    case "notFound":
      return <Bar intent="warning" text={t.notFound(o.message)} />;
    case "removed":
      return <Bar intent="success" text={t.removed(o.sheet, o.rows, o.cells)} />;
    case "nothingLeft":
      return <Bar intent="info" text={t.nothingLeft(o.sheet)} />;
    case "notTemplate":
      return <Bar intent="warning" text={t.notTemplate(o.sheet)} />;
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
