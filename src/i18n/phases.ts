/**
 * Words of the Faser (phases) tab: the six components of the work with a social investment, each
 * with a plain-language explanation and its checklist, in the project's own words
 * (../shared/docs/domain.md). Each phase's items are typed by the ids in src/core/phases.ts, so an
 * item without words, or words for an item that does not exist, fails to compile in either language.
 */
import type { PhaseId, PhaseItemId } from "../core/phases";
import type { Lang } from "./lang";

export interface PhaseWords<P extends PhaseId> {
  readonly title: string;
  /** Two or three sentences: what the phase is for and what it produces. */
  readonly explanation: string;
  /** The checklist: what should be in place before moving on. */
  readonly items: Readonly<Record<PhaseItemId<P>, string>>;
}

export type AllPhaseWords = { readonly [P in PhaseId]: PhaseWords<P> };

export interface PhasesStrings {
  readonly intro: string;
  readonly phases: AllPhaseWords;
  /** Under each phase's title: "2 av 6 klara". */
  readonly progress: (done: number, total: number) => string;
  /** The progress bar's accessible name. */
  readonly progressLabel: (title: string, done: number, total: number) => string;
  readonly sheetsHeading: string;
  readonly insertSheet: (sheet: string) => string;
  readonly insertAll: (n: number) => string;
  readonly inserting: string;
  readonly exampleSwitch: string;
  readonly exampleHint: string;
  /** An existing sheet is never overwritten; `copy` is how a second copy is named. */
  readonly copyHint: (copy: string) => string;
  readonly needsExcel: string;
  readonly checklistHeading: string;
  readonly loading: string;
  readonly savedInWorkbook: string;
  readonly notSavedOutsideExcel: string;
  readonly saveReadOnly: string;
  readonly saveNewerVersion: string;
  readonly saveSession: string;
  readonly saveFailed: (detail: string) => string;
  readonly loadFailed: (detail: string) => string;
}

/** Office's and other errors' texts come without a full stop as often as with one. */
function stop(text: string): string {
  const t = text.trim();
  return t === "" || /[.!?…]$/.test(t) ? t : `${t}.`;
}

const sv: PhasesStrings = {
  intro:
    "Arbetet med en social investering går i sex faser som kommer tillbaka om och om igen. " +
    "För varje fas finns en kort förklaring, bladen som hör till och en checklista över vad som bör finnas på plats innan ni går vidare.",
  phases: {
    needs: {
      title: "Tvärsektoriell behovsanalys",
      explanation:
        "Börja med behoven, inte med insatsen. Ta fram nyckeltal för målgruppen och följ gärna individer bakåt " +
        "genom placeringar och insatser i en flödesanalys för att hitta glappen. Gör det tillsammans med de andra " +
        "verksamheterna – det är ofta där kostnaderna hamnar.",
      items: {
        indicators:
          "Nyckeltal för målgruppen, uppdelade på kön, ålder, område och socioekonomisk status",
        flow: "Flödesanalys som följer individer bakåt genom placeringar och insatser",
        gaps: "Glappen och de behov som ingen insats möter i dag beskrivna",
        costs: "Vad målgruppen kostar i dag, per verksamhet",
        stakeholders: "Intressentanalys: vilka som berörs och vad de vet",
      },
    },
    choice: {
      title: "Strategiskt val av insats",
      explanation:
        "Pröva idéerna mot behoven ni har hittat. Vad säger kunskapsläget, hur stor effekt kan man vänta sig, " +
        "och hur lätt blir insatsen en del av ordinarie arbetssätt om den fungerar? En första grov kalkyl visar " +
        "om nyttan kan bära kostnaden.",
      items: {
        "needs-match": "Idéerna prövade mot behoven i analysen",
        evidence: "Kunskapsläget sammanställt för varje idé",
        "effect-size": "Förväntad effektstorlek uppskattad",
        estimate: "En första grov kalkyl av kostnad och nytta",
        ordinary: "Bedömt hur lätt insatsen kan bli ordinarie arbetssätt",
      },
    },
    design: {
      title: "Utformning av satsning",
      explanation:
        "Här tar satsningen form. Logikmodellen visar kedjan från resurser till långsiktiga mål, med indikatorer " +
        "och ett jämförelsealternativ som är så starkt som möjligt. Räkna på kostnader, förväntade sociala och " +
        "ekonomiska effekter och vad full skala skulle kosta, och bestäm i förväg när satsningen ska avbrytas.",
      items: {
        "logic-model": "Logikmodell med indikatorer för varje mål och resultat",
        comparison: "Jämförelsealternativ valt – så starkt som möjligt",
        costs: "Kostnadsberäkning och förväntade effekter",
        "full-scale": "Kostnad för implementering i full skala",
        risks: "Riskanalys med avbrottskriterier",
        "follow-up-plan": "Plan för uppföljning",
      },
    },
    running: {
      title: "Genomförande och uppföljning",
      explanation:
        "Följ satsningen löpande medan den pågår. Blev de planerade aktiviteterna av, hur stor del av målgruppen " +
        "nåddes – kvinnor och män – och hur ligger kostnaderna mot budget? Avvikelser och bortfall redovisas med " +
        "förslag på åtgärder.",
      items: {
        process: "Processmått: genomförda aktiviteter mot planerade",
        reach: "Andel av målgruppen som nås, för kvinnor och män",
        outcomes: "Utfallsmåtten mäts enligt planen",
        budget: "Upparbetade kostnader stäms av mot budget",
        deviations: "Avvikelser och bortfall med förslag på åtgärder",
        risks: "Riskmatrisen hålls aktuell",
      },
    },
    evaluation: {
      title: "Utvärdering",
      explanation:
        "Nu ställs utfallet mot jämförelsealternativet: effekten är förändringen i målgruppen minus den förändring " +
        "jämförelsegruppen fick ändå. Se vilka delar av insatsen som fungerade, och gör den ekonomiska " +
        "utvärderingen – fördelad på de aktörer som betalar och de som sparar.",
      items: {
        effects: "Effekter mot jämförelsealternativet – inte bara förändringen i målgruppen",
        components: "Komponentanalys: vilka delar som fungerade",
        economic: "Kostnad per effekt och kostnadsnyttoanalys",
        actors: "Kostnader och nyttor fördelade per aktör",
        sensitivity: "Känslighetsanalys av de osäkra antagandena",
        plan: "Plan för implementering",
      },
    },
    "scale-up": {
      title: "Implementering och uppskalning",
      explanation:
        "En satsning som fungerar blir ordinarie arbetssätt, kanske steg för steg. Räkna på vad det kostar att " +
        "erbjuda insatsen till hela målgruppen, kom överens om finansieringen och följ upp att effekten håller i sig.",
      items: {
        "full-cost":
          "Kostnad för hela målgruppen: team, ledning, utbildning, lokaler och uppföljning",
        phasing: "Valt mellan att införa allt på en gång eller stegvis",
        funding: "Finansiering och riskdelning mellan aktörerna överenskomna",
        decision: "Beslutsunderlag och beslut om ordinarie drift",
        "effect-holds": "Uppföljning av att effekten håller i sig",
      },
    },
  },
  progress: (done, total) => `${done} av ${total} klara`,
  progressLabel: (title, done, total) => `${title}: ${done} av ${total} klara`,
  sheetsHeading: "Blad för fasen",
  insertSheet: (sheet) => `Infoga ${sheet}`,
  insertAll: (n) => `Infoga alla ${n}`,
  inserting: "Infogar …",
  exampleSwitch: "Infoga med påhittat exempel",
  exampleHint:
    "Exemplet visar hur bladet fylls i. Byt ut det mot era egna uppgifter eller ta bort det under Mallar.",
  copyHint: (copy) =>
    `Finns bladet redan får det nya ett eget namn, till exempel ${copy}. Ingenting skrivs över.`,
  needsExcel: "Bladen kan infogas när SI Kalkyl körs i Excel.",
  checklistHeading: "Innan ni går vidare",
  loading: "Läser checklistan …",
  savedInWorkbook:
    "Bockarna sparas i arbetsboken och följer med filen. Spara arbetsboken, så ser kollegorna samma sak.",
  notSavedOutsideExcel:
    "Bockarna sparas i arbetsboken när SI Kalkyl körs i Excel. Här försvinner de när sidan stängs.",
  saveReadOnly:
    "Bocken kunde inte sparas eftersom arbetsboken inte går att ändra – den är skrivskyddad eller öppen bara för läsning. " +
    "Öppna den för redigering och försök igen. Ändringen togs tillbaka.",
  saveNewerVersion:
    "Checklistan i arbetsboken har sparats av en nyare version av SI Kalkyl, så den här versionen ändrar den inte. " +
    "Uppdatera tillägget och försök igen. Ändringen togs tillbaka.",
  saveSession:
    "Kontakten med arbetsboken har brutits. Ladda om arbetsboken och försök igen. Ändringen togs tillbaka.",
  saveFailed: (detail) => `Bocken kunde inte sparas: ${stop(detail)} Ändringen togs tillbaka.`,
  loadFailed: (detail) => `Checklistan kunde inte läsas från arbetsboken: ${stop(detail)}`,
};

const en: PhasesStrings = {
  intro:
    "The work with a social investment goes through six phases that come round again and again. " +
    "Each phase has a short explanation, the sheets that belong to it and a checklist of what should be in place before you move on.",
  phases: {
    needs: {
      title: "Cross-sector needs analysis",
      explanation:
        "Start from the needs, not from the intervention. Gather key indicators for the target group, and consider " +
        "a flow analysis that follows individuals back through placements and services to find the gaps. Do it " +
        "together with the other departments – that is often where the costs end up.",
      items: {
        indicators:
          "Key indicators for the target group, broken down by sex, age, area and socio-economic status",
        flow: "A flow analysis following individuals back through placements and services",
        gaps: "The gaps, and the needs no service meets today, described",
        costs: "What the target group costs today, per department",
        stakeholders: "A stakeholder analysis: who is affected and what they know",
      },
    },
    choice: {
      title: "Choosing what to try",
      explanation:
        "Check the ideas against the needs you found. What does the evidence say, how large an effect can be " +
        "expected, and how easily would the intervention become ordinary practice if it works? A first rough " +
        "estimate shows whether the benefit can carry the cost.",
      items: {
        "needs-match": "The ideas checked against the needs in the analysis",
        evidence: "The evidence gathered for each idea",
        "effect-size": "The expected effect size estimated",
        estimate: "A first rough estimate of cost and benefit",
        ordinary: "A judgement of how easily the intervention can become ordinary practice",
      },
    },
    design: {
      title: "Design",
      explanation:
        "This is where the effort takes shape. The logic model shows the chain from resources to long-term aims, " +
        "with indicators and a comparison alternative that is as strong as possible. Estimate the costs, the " +
        "expected social and economic effects and what full scale would cost, and decide in advance when the " +
        "effort should be stopped.",
      items: {
        "logic-model": "A logic model with indicators for every aim and result",
        comparison: "A comparison alternative chosen – as strong as possible",
        costs: "A cost estimate and the expected effects",
        "full-scale": "The cost of full-scale implementation",
        risks: "A risk analysis with criteria for stopping",
        "follow-up-plan": "A plan for follow-up",
      },
    },
    running: {
      title: "Running and follow-up",
      explanation:
        "Follow the effort continuously while it runs. Did the planned activities take place, how much of the " +
        "target group was reached – women and men – and how do the costs compare with the budget? Deviations and " +
        "dropouts are reported with proposed actions.",
      items: {
        process: "Process measures: activities held against planned",
        reach: "The share of the target group reached, for women and men",
        outcomes: "Outcome measures recorded as planned",
        budget: "Costs incurred checked against the budget",
        deviations: "Deviations and dropouts, with proposed actions",
        risks: "The risk matrix kept up to date",
      },
    },
    evaluation: {
      title: "Evaluation",
      explanation:
        "Now the outcome is set against the comparison alternative: the effect is the change in the target group " +
        "minus the change the comparison group had anyway. See which parts of the intervention worked, and do the " +
        "economic evaluation – split between the actors who pay and those who save.",
      items: {
        effects:
          "Effects against the comparison alternative – not just the change in the target group",
        components: "A component analysis: which parts worked",
        economic: "Cost per unit of effect and a cost–benefit analysis",
        actors: "Costs and benefits split by actor",
        sensitivity: "A sensitivity analysis of the uncertain inputs",
        plan: "An implementation plan",
      },
    },
    "scale-up": {
      title: "Implementation and scale-up",
      explanation:
        "An effort that works becomes ordinary practice, perhaps in phases. Work out what it costs to offer the " +
        "intervention to the whole target group, agree on the funding and follow up that the effect holds.",
      items: {
        "full-cost":
          "The cost for the whole target group: teams, management, training, premises and follow-up",
        phasing: "A choice between introducing it all at once or in phases",
        funding: "Funding and risk sharing between the actors agreed",
        decision: "A decision paper and a decision on regular operation",
        "effect-holds": "Follow-up that the effect holds",
      },
    },
  },
  progress: (done, total) => `${done} of ${total} done`,
  progressLabel: (title, done, total) => `${title}: ${done} of ${total} done`,
  sheetsHeading: "Sheets for this phase",
  insertSheet: (sheet) => `Insert ${sheet}`,
  insertAll: (n) => `Insert all ${n}`,
  inserting: "Inserting …",
  exampleSwitch: "Insert with an invented example",
  exampleHint:
    "The example shows how the sheet is filled in. Replace it with your own figures, or remove it under Sheets.",
  copyHint: (copy) =>
    `If the sheet is already there, the new one gets a name of its own, such as ${copy}. Nothing is overwritten.`,
  needsExcel: "Sheets can be inserted when SI Kalkyl runs in Excel.",
  checklistHeading: "Before you move on",
  loading: "Reading the checklist …",
  savedInWorkbook:
    "The ticks are saved in the workbook and travel with the file. Save the workbook and your colleagues see the same.",
  notSavedOutsideExcel:
    "The ticks are saved in the workbook when SI Kalkyl runs in Excel. Here they are lost when the page closes.",
  saveReadOnly:
    "The tick could not be saved because the workbook cannot be changed – it is read-only or open for reading only. " +
    "Open it for editing and try again. The change was undone.",
  saveNewerVersion:
    "The checklist in this workbook was saved by a newer version of SI Kalkyl, so this version does not change it. " +
    "Update the add-in and try again. The change was undone.",
  saveSession:
    "The connection to the workbook was lost. Reload the workbook and try again. The change was undone.",
  saveFailed: (detail) => `The tick could not be saved: ${stop(detail)} The change was undone.`,
  loadFailed: (detail) => `The checklist could not be read from the workbook: ${stop(detail)}`,
};

export const phasesStrings: Readonly<Record<Lang, PhasesStrings>> = { sv, en };
