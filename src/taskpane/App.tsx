import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { uiStrings, type UiLanguage } from "../i18n/ui";
import { storageLanguageStore, type LanguageStore } from "./language-store";
import { fluentTheme, type ThemeKind } from "./theme";
import { ViewNav } from "./ViewNav";
import { FIRST_VIEW, VIEWS, type AppServices, type ViewEntry, type ViewId } from "./views";

// The task pane's shell: header with the language switch, the views' navigation, the views, the
// version. It gets everything from props and never touches Office.js, so it renders the same in
// Excel, in a plain browser and in tests; src/taskpane/index.tsx reads Office and passes it in.
// The views themselves are listed in ./views.tsx.

export interface AppProps extends AppServices {
  /** Office's display language: the pane's language until the user chooses another. */
  readonly language: UiLanguage;
  readonly version: string;
  /** The host's theme (src/taskpane/theme.ts); light when not given. */
  readonly theme?: ThemeKind;
  /** Where the user's language choice is remembered; localStorage when not given. */
  readonly languageStore?: LanguageStore;
  /** The view shown first; Start when not given. */
  readonly initialView?: ViewId;
  /** The views; ./views.tsx's VIEWS when not given (tests pass their own). */
  readonly views?: readonly ViewEntry[];
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  // Native scrollbars and form controls follow the theme too.
  dark: { colorScheme: "dark" },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  tagline: { color: tokens.colorNeutralForeground2 },
  language: { flexShrink: 0 },
  main: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  // The display above would override the hidden attribute's display: none.
  hidden: { display: "none" },
  footer: {
    marginTop: "auto",
    color: tokens.colorNeutralForeground3,
  },
});

/** DOM ids of a view's tab and panel, unique per App (React's useId prefix). */
function domIds(prefix: string, id: string): { tabId: string; panelId: string } {
  return { tabId: `${prefix}-tab-${id}`, panelId: `${prefix}-panel-${id}` };
}

export function App(props: AppProps): React.JSX.Element {
  const { version, theme = "light", views = VIEWS } = props;
  const first = views.find((v) => v.id === (props.initialView ?? FIRST_VIEW)) ?? views[0];
  const styles = useStyles();
  const store = React.useMemo(
    () => props.languageStore ?? storageLanguageStore(),
    [props.languageStore]
  );
  // A remembered choice wins over Office's language: the user made it on purpose.
  const [language, setLanguage] = React.useState<UiLanguage>(() => store.load() ?? props.language);
  const t = uiStrings[language];
  const other: UiLanguage = language === "sv" ? "en" : "sv";
  const switchLanguage = (): void => {
    setLanguage(other);
    store.save(other);
  };

  // Screen readers take the page's language from <html lang>, which boot.tsx set at start.
  React.useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = language;
  }, [language]);

  const [view, setView] = React.useState<string>(first.id);
  // A view mounts when first opened and then stays mounted (hidden), so its report, search and
  // choices survive a look at another view.
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(() => new Set([first.id]));
  const select = (value: string): void => {
    if (!views.some((v) => v.id === value)) return;
    setView(value);
    setOpened((before) => (before.has(value) ? before : new Set([...before, value])));
  };

  const prefix = React.useId();
  const items = views.map((entry) => ({
    id: entry.id,
    label: t[entry.labelKey],
    ...domIds(prefix, entry.id),
  }));

  return (
    <FluentProvider
      theme={fluentTheme(theme)}
      lang={language}
      className={mergeClasses(styles.root, theme === "dark" && styles.dark)}
    >
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1">{t.appName}</Title3>
          <Text className={styles.tagline}>{t.tagline}</Text>
        </div>
        {/* Named in the language it switches to, and marked so, so it is read in that language. */}
        <Button
          appearance="subtle"
          size="small"
          lang={other}
          className={styles.language}
          onClick={switchLanguage}
        >
          {t.switchLanguage}
        </Button>
      </header>
      <ViewNav
        items={items}
        selected={view}
        onSelect={select}
        label={t.navLabel}
        moreLabel={t.moreViews}
      />
      <main className={styles.main}>
        {views.map((entry) => {
          const { tabId, panelId } = domIds(prefix, entry.id);
          const shown = entry.id === view;
          return (
            <div
              key={entry.id}
              role="tabpanel"
              id={panelId}
              aria-labelledby={tabId}
              hidden={!shown}
              className={mergeClasses(styles.panel, !shown && styles.hidden)}
            >
              {opened.has(entry.id) && entry.render({ language, services: props, active: shown })}
            </div>
          );
        })}
      </main>
      <footer className={styles.footer}>
        <Caption1>{t.version(version)}</Caption1>
      </footer>
    </FluentProvider>
  );
}
