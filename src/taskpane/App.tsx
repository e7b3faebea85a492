import * as React from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { TemplateService } from "../excel/template-outcome";
import type { UnitCostService } from "../excel/unitcost-outcome";
import { uiStrings, type UiLanguage } from "../i18n/ui";
import { TemplatesPane } from "./TemplatesPane";
import { UnitCostPane } from "./UnitCostPane";

// The component gets language and version as props and never touches Office.js, so it
// renders the same in Excel, in a plain browser and in server-side tests.
export interface AppProps {
  readonly language: UiLanguage;
  readonly version: string;
  /** The workbook's unit-cost catalog; absent outside Excel. */
  readonly unitCostService?: UnitCostService;
  /** The live sheets (insert, remove the example, convert a logic model); absent outside Excel. */
  readonly templateService?: TemplateService;
}

type TabId = "overview" | "unitCosts" | "templates";

function isTab(value: unknown): value is TabId {
  return value === "overview" || value === "unitCosts" || value === "templates";
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  // The display above would override the hidden attribute's display: none.
  hidden: {
    display: "none",
  },
  tagline: {
    color: tokens.colorNeutralForeground2,
  },
  phases: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  phase: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
  },
  phaseNumber: {
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
  phaseText: {
    display: "flex",
    flexDirection: "column",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  footer: {
    marginTop: "auto",
    color: tokens.colorNeutralForeground3,
  },
});

export function App({
  language,
  version,
  unitCostService,
  templateService,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const t = uiStrings[language];
  const [tab, setTab] = React.useState<TabId>("overview");
  // A tab mounts when first opened and then stays mounted (hidden), so its report, search and
  // choices survive a look at another tab.
  const [opened, setOpened] = React.useState<ReadonlySet<TabId>>(() => new Set(["overview"]));
  const select = (value: unknown): void => {
    if (!isTab(value)) return;
    setTab(value);
    setOpened((before) => (before.has(value) ? before : new Set([...before, value])));
  };
  return (
    <FluentProvider theme={webLightTheme} lang={language} className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">{t.appName}</Title2>
        <Text className={styles.tagline}>{t.tagline}</Text>
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, data) => select(data.value)}>
        <Tab value="overview">{t.tabOverview}</Tab>
        <Tab value="unitCosts">{t.tabUnitCosts}</Tab>
        <Tab value="templates">{t.tabTemplates}</Tab>
      </TabList>
      <main
        className={mergeClasses(styles.main, tab !== "overview" && styles.hidden)}
        hidden={tab !== "overview"}
      >
        <Body1 as="p" block>
          {t.intro}
        </Body1>
        <Subtitle2 as="h2" block>
          {t.phasesHeading}
        </Subtitle2>
        {/* role="list" keeps list semantics in Safari, which drops them with list-style: none. */}
        <ol className={styles.phases} role="list">
          {t.phases.map((phase, index) => (
            <li key={phase.title} className={styles.phase}>
              <span className={styles.phaseNumber} aria-hidden="true">
                {index + 1}
              </span>
              <span className={styles.phaseText}>
                <Text weight="semibold">{phase.title}</Text>
                <Caption1 className={styles.muted}>{phase.summary}</Caption1>
              </span>
            </li>
          ))}
        </ol>
        <Caption1 as="p" block className={styles.muted}>
          {t.phasesPlaceholder}
        </Caption1>
      </main>
      {opened.has("unitCosts") && (
        <main
          className={mergeClasses(styles.main, tab !== "unitCosts" && styles.hidden)}
          hidden={tab !== "unitCosts"}
        >
          <UnitCostPane language={language} service={unitCostService} />
        </main>
      )}
      {opened.has("templates") && (
        <main
          className={mergeClasses(styles.main, tab !== "templates" && styles.hidden)}
          hidden={tab !== "templates"}
        >
          <TemplatesPane language={language} service={templateService} />
        </main>
      )}
      <footer className={styles.footer}>
        <Caption1>
          {t.versionLabel} {version}
        </Caption1>
      </footer>
    </FluentProvider>
  );
}
