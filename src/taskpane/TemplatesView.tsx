import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { uiStrings, type UiLanguage } from "../i18n/ui";
import { TEMPLATE_IDS, type TemplateId } from "../templates/spec";
import { TemplateResult, type TemplateAction, type TemplateResultState } from "./TemplateResult";

// The Mallar tab as plain data and callbacks: it never touches Office.js, so it renders the same
// in Excel, in a browser and in tests. TemplatesPane wires it to the workbook.
export interface TemplatesViewProps {
  readonly language: UiLanguage;
  /** False outside Excel: every action is disabled and the pane says why. */
  readonly available: boolean;
  /** The action running, if any: every control waits, and its button shows a spinner. */
  readonly busy?: TemplateAction | null;
  /** The last action's outcome, until the next action. */
  readonly result?: TemplateResultState | null;
  readonly initialSelected?: readonly TemplateId[];
  readonly initialExample?: boolean;
  /** The chosen sheets, in the list's order. */
  readonly onInsert: (ids: readonly TemplateId[], example: boolean) => void;
  readonly onRemoveExample: () => void;
  readonly onConvert: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexDirection: "column" },
  // Under the checkbox's label, not under its box.
  description: {
    color: tokens.colorNeutralForeground3,
    paddingLeft: `calc(${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalS})`,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function TemplatesView(props: TemplatesViewProps): React.JSX.Element {
  const { language, available, busy = null, result } = props;
  const styles = useStyles();
  const t = uiStrings[language].templates;
  const [selected, setSelected] = React.useState<ReadonlySet<TemplateId>>(
    () => new Set(props.initialSelected ?? [])
  );
  const [example, setExample] = React.useState(props.initialExample ?? true);
  const headingId = React.useId();
  const descriptionId = React.useId();
  const disabled = !available || busy !== null;
  const all = selected.size === TEMPLATE_IDS.length;

  const toggle = (id: TemplateId, on: boolean): void =>
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const chosen = TEMPLATE_IDS.filter((id) => selected.has(id));
  const spinner = (action: TemplateAction) =>
    busy === action ? <Spinner size="tiny" aria-hidden /> : undefined;

  return (
    <div className={styles.root}>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      <div role="group" aria-labelledby={headingId} className={styles.group}>
        <Subtitle2 as="h2" id={headingId} block>
          {t.sheetsHeading}
        </Subtitle2>
        <Checkbox
          label={t.selectAll}
          checked={all ? true : selected.size === 0 ? false : "mixed"}
          disabled={disabled}
          onChange={() => setSelected(new Set(all ? [] : TEMPLATE_IDS))}
        />
        {/* role="list" keeps list semantics in Safari, which drops them with list-style: none. */}
        <ul className={styles.list} role="list">
          {TEMPLATE_IDS.map((id) => (
            <li key={id} className={styles.item}>
              <Checkbox
                label={t.sheets[id].name}
                checked={selected.has(id)}
                disabled={disabled}
                aria-describedby={`${descriptionId}-${id}`}
                onChange={(_, data) => toggle(id, data.checked === true)}
              />
              <Caption1 id={`${descriptionId}-${id}`} className={styles.description}>
                {t.sheets[id].description}
              </Caption1>
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.section}>
        <Switch
          label={t.exampleSwitch}
          checked={example}
          disabled={disabled}
          aria-describedby={`${descriptionId}-example`}
          onChange={(_, data) => setExample(data.checked)}
        />
        <Caption1 id={`${descriptionId}-example`} className={styles.hint}>
          {t.exampleHint}
        </Caption1>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={disabled || chosen.length === 0}
            icon={spinner("insert")}
            onClick={() => props.onInsert(chosen, example)}
          >
            {busy === "insert" ? t.inserting : t.insertButton}
          </Button>
        </div>
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2" block>
          {t.activeSheetHeading}
        </Subtitle2>
        <div className={styles.actions}>
          <Button disabled={disabled} icon={spinner("remove")} onClick={props.onRemoveExample}>
            {busy === "remove" ? t.removing : t.removeExampleButton}
          </Button>
        </div>
        <div className={styles.actions}>
          <Button
            disabled={disabled}
            icon={spinner("convert")}
            aria-describedby={`${descriptionId}-convert`}
            onClick={props.onConvert}
          >
            {busy === "convert" ? t.converting : t.convertButton}
          </Button>
        </div>
        <Caption1 id={`${descriptionId}-convert`} className={styles.hint}>
          {t.convertHint}
        </Caption1>
      </div>
      {!available && (
        <MessageBar intent="info">
          <MessageBarBody>{t.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      {result && <TemplateResult result={result} t={t} />}
    </div>
  );
}
