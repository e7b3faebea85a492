/**
 * The Swedish translation table for the SI functions: descriptions and parameter names and help.
 * Function names stay the same in every language (SI.CBA in Swedish Excel too) so that formulas
 * written through Office.js under another display language keep working. A test fails when a
 * function or parameter of the catalog has no Swedish text here.
 */
export interface SwedishParam {
  name: string;
  description: string;
}
export interface SwedishFunction {
  description: string;
  params: Readonly<Record<string, SwedishParam>>;
}

const RATE: SwedishParam = {
  name: "ränta",
  description:
    "Real diskonteringsränta per år, standard 0,035 (3,5 % som i Trafikverkets ASEK och brittiska Green Book).",
};
const TIMING: SwedishParam = {
  name: "tidpunkt",
  description:
    "0 (standard): första året är år 0 och diskonteras inte; 1: första året diskonteras en period, precis som Excels NUVÄRDE.",
};
const SIM_LINES: SwedishParam = {
  name: "rader",
  description:
    "Tabellen som SI.CBATABLE läser (Post, Typ, Aktör, Belopp, Startår, Antal år, Avtagande) med de valfria kolumnerna Låg och Hög — en rad med båda är osäker i sitt belopp, en rad där båda är tomma är fast — och Fördelning: ”triangel” (standard: min Låg, typvärde Belopp, max Hög), ”likformig” (Låg till Hög), ”pert” (Beta-PERT: min Låg, typvärde Belopp, max Hög, λ = 4) eller ”normal” (medelvärde Belopp, Låg och Hög är 5:e och 95:e percentilen).",
};
const HORIZON: SwedishParam = {
  name: "horisont",
  description: "Antal år som räknas; standard är det sista år någon rad når.",
};
const INDEX: SwedishParam = {
  name: "index",
  description:
    "Valfritt område med två kolumner: år och indexvärde (t.ex. SKR:s prisindex för kommunal verksamhet, PKV); standard är det medföljande konsumentprisindexet KPI (SCB, 1980=100, årsmedel).",
};
const RISK_PARAMS: Readonly<Record<string, SwedishParam>> = {
  probability: {
    name: "sannolikhet",
    description:
      "Sannolikhet: ett heltal 1..skala eller ett ord (mycket låg, låg, medel, hög, mycket hög).",
  },
  impact: {
    name: "påverkan",
    description: "Påverkan på satsningen, på samma skala som sannolikheten.",
  },
  scale: {
    name: "skala",
    description: "5 (standard) eller 3 steg; med 3 steg är orden låg, medel, hög.",
  },
};

export const FUNCTIONS_SV: Readonly<Record<string, SwedishFunction>> = {
  EFFECT: {
    description:
      "Satsningens effekt: förändringen i målgruppen minus förändringen i jämförelsegruppen. Elementvis.",
    params: {
      target_before: {
        name: "mål_före",
        description: "Målgruppens värde före satsningen (utgångsläge).",
      },
      target_after: { name: "mål_efter", description: "Målgruppens värde efter satsningen." },
      control_before: {
        name: "kontroll_före",
        description:
          "Jämförelsegruppens värde före. Utelämna båda kontrollvärdena för en före–efter-mätning.",
      },
      control_after: { name: "kontroll_efter", description: "Jämförelsegruppens värde efter." },
      scale: {
        name: "skala",
        description:
          "”relativ” (standard), ”absolut” eller ”kvot” (engelska: relative, absolute, ratio).",
      },
    },
  },
  EFFECTSIZE: {
    description:
      "Standardiserad medelvärdesskillnad mellan mål- och jämförelsegrupp: Hedges g (standard) eller Cohens d, dess medelfel eller 95 %-intervall.",
    params: {
      mean_t: { name: "medel_m", description: "Medelvärde i målgruppen (interventionsgruppen)." },
      sd_t: { name: "sd_m", description: "Standardavvikelse i målgruppen." },
      n_t: { name: "n_m", description: "Antal personer i målgruppen (minst 2)." },
      mean_c: { name: "medel_k", description: "Medelvärde i jämförelsegruppen." },
      sd_c: { name: "sd_k", description: "Standardavvikelse i jämförelsegruppen." },
      n_c: { name: "n_k", description: "Antal personer i jämförelsegruppen (minst 2)." },
      type: { name: "typ", description: "”g” Hedges g (standard) eller ”d” Cohens d." },
      output: {
        name: "utdata",
        description:
          "”värde” (standard), ”medelfel”, ”nedre” eller ”övre” (95 %); engelska value, se, lower, upper.",
      },
    },
  },
  CBA: {
    description:
      "Kostnadsnyttoanalys av en kostnadsserie och en nyttoserie (ett värde per år): nettonuvärde, nyttokostnadskvot, avkastning, återbetalningstid, internränta, brytpunkt. Tomma celler är 0 och behåller sitt år (till skillnad från Excels NUVÄRDE som hoppar över dem).",
    params: {
      costs: {
        name: "kostnader",
        description:
          "Det som satsas varje år (positiva kronor), en rad eller en kolumn. Tomma celler är 0 och behåller sitt år.",
      },
      benefits: {
        name: "nyttor",
        description: "Det som sparas eller vinns varje år, lika långt som kostnaderna.",
      },
      rate: RATE,
      measure: {
        name: "mått",
        description:
          "”nettonuvärde” (standard), ”nyttokostnadskvot”, ”avkastning”, ”återbetalningstid”, ”internränta”, ”nuvärde kostnader”, ”nuvärde nyttor”, ”brytpunkt” eller ”tabell” (engelska npv, bcr, roi, payback, irr, pvcosts, pvbenefits, breakeven, table).",
      },
      timing: TIMING,
    },
  },
  CBATABLE: {
    description:
      "Kostnadsnyttoanalys från en tabell med kostnads- och nyttorader (en rad per kostnad eller nytta och aktör), med varje aktörs del.",
    params: {
      lines: {
        name: "rader",
        description:
          "Tabellen med rubrikrad: Post, Typ (Kostnad eller Nytta), Aktör, Belopp (kronor per år), Startår (standard 1), Antal år (standard 1), Avtagande (andel per år, standard 0). Andra kolumner ignoreras.",
      },
      rate: RATE,
      horizon: {
        name: "horisont",
        description: "Antal år som räknas; standard är det sista år någon rad når.",
      },
      measure: {
        name: "mått",
        description:
          "Som i SI.CBA, samt ”aktörer”: en rad per aktör med nuvärde kostnader, nuvärde nyttor och netto.",
      },
      actor: { name: "aktör", description: "Bara denna aktörs rader (standard alla)." },
      timing: TIMING,
    },
  },
  CBASIM: {
    description:
      "Monte Carlo-simulering av nettonuvärdet för en tabell med kostnads- och nyttorader vars belopp är osäkra: medelvärde, spridning, percentiler, sannolikheten att satsningen lönar sig eller ett histogram. Reproducerbar: samma frö ger samma resultat.",
    params: {
      lines: SIM_LINES,
      rate: RATE,
      horizon: HORIZON,
      iterations: {
        name: "iterationer",
        description: "Antal simulerade utfall: standard 10 000, högst 1 000 000.",
      },
      seed: {
        name: "frö",
        description:
          "Där slumptalen börjar, ett heltal från 0 (standard 1). Samma indata och frö ger alltid samma resultat, i Excel och annanstans, så arbetsboken ändras inte vid omräkning; ett annat frö ger ett annat, lika giltigt urval.",
      },
      output: {
        name: "utdata",
        description:
          "”tabell” (standard: etikett och värde för vart och ett av följande), ”medelvärde”, ”standardavvikelse”, ”p5”, ”median”, ”p95”, ”sannolikhet” (andelen utfall med nettonuvärde > 0) eller ”histogram” (20 lika breda klasser över det simulerade intervallet: början, slut, antal). Engelska table, mean, sd, p5, p50, p95, probpositive, histogram.",
      },
      timing: TIMING,
    },
  },
  SENSITIVITY: {
    description:
      "Envägs känslighetsanalys av nettonuvärdet för en tabell med kostnads- och nyttorader: varje osäker rad på sitt låga och sitt höga värde medan de andra behåller sitt belopp, och valfritt diskonteringsräntan — underlaget till ett tornadodiagram, största spännvidd först.",
    params: {
      lines: SIM_LINES,
      rate: RATE,
      horizon: HORIZON,
      rate_low: {
        name: "ränta_låg",
        description: "En låg diskonteringsränta, tillsammans med ränta_hög: ger en rad för räntan.",
      },
      rate_high: {
        name: "ränta_hög",
        description: "En hög diskonteringsränta, tillsammans med ränta_låg.",
      },
      timing: TIMING,
    },
  },
  SCALECOST: {
    description:
      "Årlig kostnad för att erbjuda satsningen till hela målgruppen (implementering i full skala), med team, fasta kostnader och upptrappning.",
    params: {
      target_group: { name: "målgrupp", description: "Antal personer i hela målgruppen." },
      cost_per_participant: {
        name: "kostnad_per_deltagare",
        description: "Rörlig kostnad per deltagare och år (kronor).",
      },
      coverage: { name: "täckning", description: "Andel av målgruppen som nås, 0–1 (standard 1)." },
      fixed_cost: {
        name: "fast_kostnad",
        description: "Fast kostnad per år: ledning, lokaler, uppföljning (standard 0).",
      },
      team_capacity: {
        name: "teamkapacitet",
        description:
          "Deltagare som ett team kan ta emot per år; anges tillsammans med teamkostnad.",
      },
      team_cost: {
        name: "teamkostnad",
        description: "Kostnad för ett team per år; anges tillsammans med teamkapacitet.",
      },
      year: { name: "år", description: "Vilket år av uppskalningen, från 1 (standard 1)." },
      ramp_years: {
        name: "upptrappningsår",
        description:
          "År till full skala, linjär ökning; tomt eller 0 betyder full skala från år 1.",
      },
    },
  },
  NETBENEFIT: {
    description:
      "Den del av en bruttoeffekt eller bruttonytta som kan tillskrivas satsningen efter dödvikt, attribution, undanträngning och optimismjustering. Elementvis.",
    params: {
      gross: {
        name: "brutto",
        description: "Bruttoeffekten eller bruttonyttan (en tom cell räknas som 0).",
      },
      deadweight: { name: "dödvikt", description: "Andel som hade skett ändå, 0–1 (standard 0)." },
      attribution: {
        name: "attribution",
        description: "Andel som beror på andra än satsningen, 0–1 (standard 0).",
      },
      displacement: {
        name: "undanträngning",
        description: "Andel som bara flyttar problemet någon annanstans, 0–1 (standard 0).",
      },
      optimism_bias: {
        name: "optimismjustering",
        description: "Andel att dra av för optimism i skattningen, 0–1 (standard 0).",
      },
    },
  },
  RISKSCORE: {
    description: "Riskvärde för riskmatrisen: sannolikhet × påverkan. Elementvis.",
    params: RISK_PARAMS,
  },
  RISKLEVEL: {
    description:
      "Risknivå för riskmatrisen: Låg, Medel eller Hög utifrån sannolikhet × påverkan. Elementvis.",
    params: RISK_PARAMS,
  },
  UNITCOST: {
    description:
      "Slår upp en enhetskostnad med id eller namn i en tabell över enhetskostnader (t.ex. SI_Enhetskostnader) och räknar om den till ett prisår om ett anges. Elementvis över post och prisår.",
    params: {
      item: {
        name: "post",
        description:
          "Postens Id eller namn (skiftläge, accenter och mellanslag spelar ingen roll).",
      },
      table: {
        name: "tabell",
        description:
          "Tabellen över enhetskostnader med rubrikrad (Kostnadspost, Kostnad, Prisår, Id …), t.ex. SI_Enhetskostnader[#Alla]. En kolumn Använd (den lokala kostnaden där den finns) går före Kostnad.",
      },
      price_year: {
        name: "prisår",
        description: "Räkna om till detta års priser; tomt: kostnaden som den står.",
      },
      index: INDEX,
    },
  },
  UPRATE: {
    description:
      "Räknar om ett belopp från ett prisår till ett annat med ett prisindex: samma reala värde i ett annat års priser. Elementvis över belopp och år.",
    params: {
      amount: {
        name: "belopp",
        description: "Beloppet i kronor, i från_år:s priser (en tom cell räknas som 0).",
      },
      from_year: { name: "från_år", description: "Beloppets prisår." },
      to_year: { name: "till_år", description: "Prisåret att räkna om till." },
      index: INDEX,
    },
  },
  VERSION: {
    description: "Versionen av tillägget SI Kalkyl som räknar den här arbetsboken.",
    params: {},
  },
};
