import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  ProgressBar,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PHASES, currentPhase, phaseProgress, type PhaseId } from "../core/phases";
import { createMemoryChecklistStore } from "../excel/checklist-memory";
import type { ChecklistStore } from "../excel/checklist-outcome";
import type { InsertOutcome, TemplateService } from "../excel/template-outcome";
import { phasesStrings } from "../i18n/phases";
import { uiStrings, type UiLanguage } from "../i18n/ui";
import type { TemplateId } from "../templates/spec";
import { PhaseChecklist } from "./PhaseChecklist";
import { usePhaseChecklist } from "./PhaseChecklistState";
import { PhaseSheets, type PhaseInsertTarget } from "./PhaseSheets";
import { OutcomeBar } from "./OutcomeBar";

// The Faser tab: the six phases of the work as an accordion, one open at a time, each with its
// explanation, its live sheets (inserted through the template service, as in the Mallar tab) and
// its checklist with progress. The checklist lives in the document through the store; the pane
// never touches Office.js. Without a store (a plain browser) ticks are kept in the page and the
// pane says so; without a template service the insert buttons are disabled and the pane says why.

export interface PhasesPaneProps {
  readonly language: UiLanguage;
  /** Where the checklist is kept: the document's settings in Excel (src/excel/checklist-store.ts). Pass the same object on every render. */
  readonly store?: ChecklistStore;
  /** Inserts the live sheets; absent outside Excel. */
  readonly templateService?: TemplateService;
  /**
   * Whether the tab is shown (default true). When it turns true the checklist is read again, so
   * a colleague's ticks show up when the user comes back to the tab.
   */
  readonly active?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  header: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    textAlign: "start",
  },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "24px",
    height: "24px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  title: { display: "flex", flexDirection: "column" },
  progress: {
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    boxSizing: "border-box",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface InsertState {
  readonly phase: PhaseId;
  readonly target: PhaseInsertTarget;
}

export function PhasesPane({
  language,
  store,
  templateService,
  active = true,
}: PhasesPaneProps): React.JSX.Element {
  const styles = useStyles();
  const t = phasesStrings[language];
  const templates = uiStrings[language].templates;
  // Outside Excel the ticks live in the page: the list still works, and the pane says it is not saved.
  const [pageStore] = React.useState(() => createMemoryChecklistStore());
  const checklist = usePhaseChecklist(store ?? pageStore, active);

  const [open, setOpen] = React.useState<PhaseId | null>(PHASES[0].id);
  const chosen = React.useRef(false);
  // Once the document's checklist is read, open the phase where the work stands — unless the
  // user has already opened one.
  React.useEffect(() => {
    if (checklist.loaded && !chosen.current) setOpen(currentPhase(checklist.checked));
    // Only the first read decides (hence only `loaded`): later ticks must not move the accordion
    // under the user.
  }, [checklist.loaded]);

  const [example, setExample] = React.useState(true);
  const [busy, setBusy] = React.useState<InsertState | null>(null);
  const [inserted, setInserted] = React.useState<{
    phase: PhaseId;
    outcome: InsertOutcome;
  } | null>(null);

  const insert = async (phase: PhaseId, ids: readonly TemplateId[], target: PhaseInsertTarget) => {
    if (!templateService || busy) return;
    setBusy({ phase, target });
    setInserted(null);
    let outcome: InsertOutcome;
    try {
      outcome = await templateService.insert(ids, { lang: language, example });
    } catch (e) {
      // The service resolves its failures; anything thrown all the same is shown, never lost.
      outcome = { kind: "failed", reason: "other", detail: messageOf(e) };
    }
    setInserted({ phase, outcome });
    setBusy(null);
  };

  const failedKey = checklist.saveFailure?.key;
  const exampleHintId = React.useId();

  return (
    <div className={styles.root}>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      <div className={styles.section}>
        <Switch
          label={t.exampleSwitch}
          checked={example}
          disabled={!templateService || busy !== null}
          aria-describedby={exampleHintId}
          onChange={(_, data) => setExample(data.checked)}
        />
        <Caption1 id={exampleHintId} className={styles.hint}>
          {[t.exampleHint, t.copyHint(`${templates.sheets.kalkyl.name} (2)`)].join(" ")}
        </Caption1>
      </div>
      {!templateService && <OutcomeBar intent="info">{t.needsExcel}</OutcomeBar>}
      {store ? (
        <Caption1 as="p" block className={styles.hint}>
          {t.savedInWorkbook}
        </Caption1>
      ) : (
        <OutcomeBar intent="info">{t.notSavedOutsideExcel}</OutcomeBar>
      )}
      {checklist.loadFailure !== null && (
        <OutcomeBar intent="warning">{t.loadFailed(checklist.loadFailure)}</OutcomeBar>
      )}
      {!checklist.loaded && <Spinner size="tiny" label={t.loading} />}
      <Accordion
        collapsible
        openItems={open === null ? [] : [open]}
        onToggle={(_, data) => {
          chosen.current = true;
          const phase = PHASES.find((p) => p.id === data.value)?.id ?? null;
          setOpen(open === phase ? null : phase);
        }}
      >
        {PHASES.map((phase, index) => {
          const words = t.phases[phase.id];
          const { done, total } = phaseProgress(phase, checklist.checked);
          return (
            <AccordionItem key={phase.id} value={phase.id}>
              <AccordionHeader as="h2">
                <span className={styles.header}>
                  <span className={styles.number} aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className={styles.title}>
                    <Text weight="semibold" block>
                      {words.title}
                    </Text>
                    <Caption1 block className={styles.hint}>
                      {t.progress(done, total)}
                    </Caption1>
                  </span>
                </span>
              </AccordionHeader>
              <ProgressBar
                className={styles.progress}
                value={done}
                max={total}
                color={done === total ? "success" : "brand"}
                aria-label={t.progressLabel(words.title, done, total)}
              />
              <AccordionPanel>
                <div className={styles.panel}>
                  <Body1 as="p" block>
                    {words.explanation}
                  </Body1>
                  <PhaseSheets
                    sheets={phase.sheets}
                    t={t}
                    templates={templates}
                    available={templateService !== undefined}
                    busy={busy?.phase === phase.id ? busy.target : null}
                    anyBusy={busy !== null}
                    outcome={inserted?.phase === phase.id ? inserted.outcome : null}
                    onInsert={(ids, target) => void insert(phase.id, ids, target)}
                  />
                  <PhaseChecklist
                    phase={phase}
                    t={t}
                    checked={checklist.checked}
                    disabled={!checklist.loaded}
                    failure={
                      failedKey !== undefined && failedKey.startsWith(`${phase.id}.`)
                        ? (checklist.saveFailure?.failure ?? null)
                        : null
                    }
                    onToggle={checklist.toggle}
                  />
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
