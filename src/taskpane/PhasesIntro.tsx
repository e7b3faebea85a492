import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { uiStrings, type UiLanguage } from "../i18n/ui";

// What SI Kalkyl is for, in one paragraph above the six phases (PhasesPane) on the Faser view.
export function PhasesIntro({ language }: { language: UiLanguage }): React.JSX.Element {
  return (
    <Body1 as="p" block>
      {uiStrings[language].intro}
    </Body1>
  );
}
