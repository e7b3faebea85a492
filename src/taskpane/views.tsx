import * as React from "react";
import type { ChecklistStore } from "../excel/checklist-outcome";
import type { KalkylService } from "../excel/kalkyl-outcome";
import type { ShareService } from "../excel/share-outcome";
import type { TemplateService } from "../excel/template-outcome";
import type { UnitCostService } from "../excel/unitcost-outcome";
import type { WorkbookScanService } from "../excel/workbook-scan-outcome";
import type { UiLanguage, UiStrings } from "../i18n/ui";
import { CheckPane } from "./CheckPane";
import { KalkylPane } from "./KalkylPane";
import { PhasesIntro } from "./PhasesIntro";
import { PhasesPane } from "./PhasesPane";
import { SharePane } from "./SharePane";
import { StartPane } from "./StartPane";
import { TemplatesPane } from "./TemplatesPane";
import { UnitCostPane } from "./UnitCostPane";

// The task pane's views, in the order the navigation shows them. Adding a view is one entry in
// VIEWS (plus its name, a `tab…` key in src/i18n/ui.ts, in both languages). A view's element is
// made only when the view is first opened; after that it stays mounted (hidden while another view
// shows), so its state survives a look elsewhere, and it re-renders when the language changes.
//
// Wiring a view that uses a workbook service, e.g. Start:
//   1. here, the entry's render (and the pane's import):
//        render: (c) => <StartPane language={c.language} service={c.services.workbookScanService} active={c.active} />,
//   2. AppServices below, once per service:   readonly workbookScanService?: WorkbookScanService;
//   3. src/taskpane/boot.tsx, excelServices(), once per service:   workbookScanService: excelWorkbookScanService,
// A pane without a service of its own needs step 1 only.

/** The workbook services the views use, each absent outside Excel (a plain browser, tests). */
export interface AppServices {
  /** The unit-cost catalog (Enhetskostnader). */
  readonly unitCostService?: UnitCostService;
  /** The live sheets: insert, remove the example, convert a logic model (Mallar). */
  readonly templateService?: TemplateService;
  /** What the workbook holds and its health (Start, Kontroll). */
  readonly workbookScanService?: WorkbookScanService;
  /** The chosen SI_Kalkyl table's figures, inputs and chart (Kalkyl). */
  readonly kalkylService?: KalkylService;
  /** The phases' checklists, saved in the workbook's document settings (Faser). */
  readonly checklistStore?: ChecklistStore;
  /** A values-only copy for readers without the add-in (Dela). */
  readonly shareService?: ShareService;
}

/** What a view's factory gets: the pane's current language, the services, and whether it shows. */
export interface ViewContext {
  readonly language: UiLanguage;
  readonly services: AppServices;
  /** True while the view is the one shown; a view that reads the workbook reads again when it turns true. */
  readonly active: boolean;
}

/** A view's name in the navigation: one of the `tab…` strings. */
export type ViewLabelKey = Extract<keyof UiStrings, `tab${string}`>;

export interface ViewEntry {
  /** Stable and unique: the navigation's value and part of the tab's and panel's DOM ids. */
  readonly id: string;
  readonly labelKey: ViewLabelKey;
  /** Makes the view's element; first called when the view is first opened. */
  readonly render: (context: ViewContext) => React.ReactElement;
}

export const VIEWS = [
  {
    id: "start",
    labelKey: "tabStart",
    render: (c) => (
      <StartPane language={c.language} service={c.services.workbookScanService} active={c.active} />
    ),
  },
  {
    id: "phases",
    labelKey: "tabPhases",
    render: (c) => (
      <>
        <PhasesIntro language={c.language} />
        <PhasesPane
          language={c.language}
          store={c.services.checklistStore}
          templateService={c.services.templateService}
          active={c.active}
        />
      </>
    ),
  },
  {
    id: "templates",
    labelKey: "tabTemplates",
    render: (c) => <TemplatesPane language={c.language} service={c.services.templateService} />,
  },
  {
    id: "unitCosts",
    labelKey: "tabUnitCosts",
    render: (c) => <UnitCostPane language={c.language} service={c.services.unitCostService} />,
  },
  {
    id: "kalkyl",
    labelKey: "tabKalkyl",
    render: (c) => <KalkylPane language={c.language} service={c.services.kalkylService} />,
  },
  {
    id: "check",
    labelKey: "tabCheck",
    render: (c) => (
      <CheckPane language={c.language} service={c.services.workbookScanService} active={c.active} />
    ),
  },
  {
    id: "share",
    labelKey: "tabShare",
    render: (c) => <SharePane language={c.language} service={c.services.shareService} />,
  },
] as const satisfies readonly ViewEntry[];

export type ViewId = (typeof VIEWS)[number]["id"];

/** The view the pane opens with. */
export const FIRST_VIEW: ViewId = "start";
