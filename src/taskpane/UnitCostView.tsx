import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CatalogRow } from "../excel/catalog-table";
import type { ImportOutcome, ImportScope } from "../excel/unitcost-outcome";
import { uiStrings, type UiLanguage } from "../i18n/ui";
import { CatalogList } from "./CatalogList";
import { ImportReport } from "./ImportReport";

// The unit-cost tab as plain data and callbacks: it never touches Office.js, so it renders the
// same in Excel, in a browser and in server-side tests. UnitCostPane wires it to the workbook.
export interface UnitCostViewProps {
  readonly language: UiLanguage;
  readonly rows: readonly CatalogRow[];
  /** The last import's outcome, or null before the first import. */
  readonly outcome: ImportOutcome | null;
  /** False outside Excel: import and insertion are disabled and the pane says why. */
  readonly available: boolean;
  readonly busy?: boolean;
  /** An unexpected failure's message (from Excel), shown until the next action. */
  readonly error?: string | null;
  /** Address of the cell the last formula went into. */
  readonly insertedAt?: string | null;
  readonly initialScope?: ImportScope;
  readonly initialQuery?: string;
  readonly onImport: (scope: ImportScope) => void;
  readonly onInsert: (row: CatalogRow) => void;
  readonly onRefresh: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function isScope(value: string): value is ImportScope {
  return value === "activeSheet" || value === "workbook";
}

export function UnitCostView(props: UnitCostViewProps): React.JSX.Element {
  const { language, rows, outcome, available, busy = false, error, insertedAt } = props;
  const styles = useStyles();
  const t = uiStrings[language].unitCosts;
  const [scope, setScope] = React.useState<ImportScope>(props.initialScope ?? "activeSheet");
  const disabled = !available || busy;
  return (
    <div className={styles.root}>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      <Field label={t.scopeLabel}>
        <RadioGroup
          value={scope}
          layout="horizontal"
          disabled={disabled}
          onChange={(_, data) => {
            if (isScope(data.value)) setScope(data.value);
          }}
        >
          <Radio value="activeSheet" label={t.scopeActiveSheet} />
          <Radio value="workbook" label={t.scopeWorkbook} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={() => props.onImport(scope)}>
          {busy ? t.importing : t.importButton}
        </Button>
        <Button disabled={disabled} onClick={props.onRefresh}>
          {t.refreshButton}
        </Button>
      </div>
      {!available && (
        <MessageBar intent="info">
          <MessageBarBody>{t.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.failed(error)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && <ImportReport outcome={outcome} t={t} />}
      {insertedAt && (
        <MessageBar intent="success">
          <MessageBarBody>{t.inserted(insertedAt)}</MessageBarBody>
        </MessageBar>
      )}
      <CatalogList
        rows={rows}
        t={t}
        canInsert={available && !busy}
        onInsert={props.onInsert}
        initialQuery={props.initialQuery}
      />
    </div>
  );
}
