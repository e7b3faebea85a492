/**
 * Task-pane strings. Swedish is the primary language (the users are Swedish municipalities,
 * regions and Finsam federations); English follows Excel's display language for everyone else.
 * Both languages are checked against `UiStrings`, so a key missing in either is a compile error.
 */

import { langOf, type Lang } from "./lang";

/** The task pane speaks the same two languages as the functions. */
export type UiLanguage = Lang;

export interface PhaseText {
  readonly title: string;
  readonly summary: string;
}

/** The six phases of a social investment, in order; a tuple so a seventh or a missing one fails to compile. */
export type SixPhases = readonly [PhaseText, PhaseText, PhaseText, PhaseText, PhaseText, PhaseText];

export interface UiStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly intro: string;
  readonly phasesHeading: string;
  readonly phases: SixPhases;
  readonly phasesPlaceholder: string;
  readonly versionLabel: string;
}

const sv: UiStrings = {
  appName: "SI Kalkyl",
  tagline: "Ekonomin i sociala investeringar",
  intro:
    "SI Kalkyl hjälper kommuner, regioner och samordningsförbund att räkna på sociala investeringar i Excel: " +
    "vad en insats kostar, vilka effekter den väntas ge och vad det är värt för olika verksamheter över tid.",
  phasesHeading: "Arbetets sex faser",
  phases: [
    {
      title: "Tvärsektoriell behovsanalys",
      summary: "Kartlägg behov, målgrupper och kostnader över förvaltningsgränserna.",
    },
    {
      title: "Strategiskt val av insats",
      summary:
        "Jämför tänkbara insatser utifrån kunskapsläge, förväntad effekt och kalkylerad nytta.",
    },
    {
      title: "Utformning av satsning",
      summary: "Bestäm målgrupp, budget, effektmått och hur satsningen ska följas upp.",
    },
    {
      title: "Genomförande och uppföljning",
      summary: "Följ kostnader och resultat löpande mot kalkylen.",
    },
    {
      title: "Utvärdering",
      summary: "Värdera effekterna och det ekonomiska utfallet för varje verksamhet.",
    },
    {
      title: "Implementering och uppskalning",
      summary: "Räkna på vad ordinarie drift och en större skala kostar och ger.",
    },
  ],
  phasesPlaceholder:
    "Här kommer en vägledd arbetsyta för varje fas. Än så länge är listan en översikt.",
  versionLabel: "Version",
};

const en: UiStrings = {
  appName: "SI Kalkyl",
  tagline: "The economics of social investments",
  intro:
    "SI Kalkyl helps Swedish municipalities, regions and Finsam federations work out the economics of social " +
    "investments in Excel: what an intervention costs, which effects it is expected to have and what they are " +
    "worth to each part of the public sector over time.",
  phasesHeading: "The six phases of the work",
  phases: [
    {
      title: "Cross-sector needs analysis",
      summary: "Map needs, target groups and costs across departmental boundaries.",
    },
    {
      title: "Choosing what to try",
      summary:
        "Compare candidate interventions on evidence, expected effect and estimated benefit.",
    },
    {
      title: "Design",
      summary:
        "Set the target group, budget, outcome measures and how the work will be followed up.",
    },
    {
      title: "Running and follow-up",
      summary: "Track costs and results against the estimate as the work runs.",
    },
    {
      title: "Evaluation",
      summary: "Assess the effects and the economic result for each part of the organisation.",
    },
    {
      title: "Implementation and scale-up",
      summary: "Work out what regular operation and a larger scale would cost and return.",
    },
  ],
  phasesPlaceholder:
    "A guided workspace for each phase will appear here. For now this list is an overview.",
  versionLabel: "Version",
};

export const uiStrings: Readonly<Record<UiLanguage, UiStrings>> = { sv, en };

/**
 * Swedish for any Swedish Office display language ("sv", "sv-SE", "sv-FI"), English otherwise;
 * the same rule the custom functions use, so pane and function help never disagree.
 */
export function uiLanguage(displayLanguage: string | null | undefined): UiLanguage {
  return langOf(displayLanguage);
}
