import type { Program } from '@passerelle/rules';
import type { LinkFieldKey, ScenarioKind } from '../state/fields.js';

/** A word the simulator can explain on demand (a glossary entry). */
/** A credit settled with the tax return in spring. */
export type SpringCredit = 'workPremium' | 'supplement' | 'cwb';

export type TermId =
  'claimBooklet' | 'allowance' | 'recognition' | 'workPremium' | 'spring' | 'workIncomeSupplement';
/** The words whose term and definition the library says (amounts read from the parameters). */
export type LibraryTermId = 'workIncomeSupplement';

/** Every string the widget shows; one object per locale and reading level, none in templates. */
export interface AllWords {
  lang: 'fr' | 'en';
  /** The reading level of these words: `simple` for « Facile à lire »; standard when absent. */
  level?: 'standard' | 'simple';
  locale: 'fr-CA' | 'en-CA';
  /** « : » in French (with its space), ": " in English. */
  colon: string;
  title: string;
  intro: string;
  privacy: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  /** The plain-language toggle (a pressed button). */
  simpleReading: string;

  // The situation, folded into one line once filled.
  yourSituation: string;
  /** The region holding the cards (not « Votre situation »: the cards are the amounts). */
  resultsLabel: string;
  /** Children whose age is not chosen: no figure is shown until it is. */
  childAgeNeeded: (n: number) => string;
  chooseChildAge: string;
  situationSummary: (parts: readonly string[]) => string;
  changeSituation: string;
  situationDone: string;
  program: string;
  programs: Record<Program, string>;
  programHelp: Record<Program, string>;
  household: string;
  single: string;
  couple: string;
  spouseProgram: string;
  temporaryConstraints: string;
  temporaryConstraintsHelp: string;
  children: string;
  childrenHelp: string;
  /** « 1 enfant de 4 ans », « 2 enfants (4 et 9 ans) »: the summary of the situation. */
  childrenCount: (ages: readonly number[]) => string;
  /** Children whose age is still to be chosen, in the summary: not computed yet. */
  childAgeMissing: (n: number) => string;
  /** On paper, where the allowance's field is not printed: the amount per hour assumed. */
  allowanceRatePrinted: (amount: string) => string;
  /** The empty choice of a child's age, until one is chosen. */
  chooseAge: string;
  /** The form: one age per child (« Âge de l'enfant 2 »), and each age as a choice. */
  childAge: (k: number) => string;
  ageOption: (n: number) => string;
  /** Under the amount, with children: how much of it is child benefits. */
  childBenefitsIncluded: (amount: string) => string;
  period: string;
  month: (m: number) => string;
  year: string;
  longTermRecipient: string;
  longTermRecipientHelp: string;
  recentOnAssistance: string;
  recentOnAssistanceHelp: string;
  subsidizedHousing: string;
  subsidizedHousingHelp: string;
  livesWithParent: string;
  livesWithParentHelp: string;
  /** On solidarité sociale: months counted toward the revenu de base (a box, empty if unknown). */
  solidarityMonths: string;
  solidarityMonthsHelp: string;
  invalidSolidarityMonths: string;
  /** What working costs a month (transport, childcare): two boxes in the situation form. */
  costsTitle: string;
  costsHelp: string;
  transportCosts: string;
  childcareCosts: string;
  invalidCost: string;
  includeBooklet: string;
  disabilityTaxCredit: string;
  disabilityTaxCreditHelp: string;
  includeBookletHelp: string;
  /** The costs of working in the situation's summary line. */
  costsSummary: (amount: string) => string;
  includeBookletSummary: string;
  livesWithParentSummary: string;

  // Scenario cards.
  scenarioTitles: Record<ScenarioKind, string>;
  hoursLabel: Record<'wage' | 'allowance', string>;
  hoursUnit: string;
  hoursValueText: (hours: string) => string;
  hourlyWage: string;
  hourlyWageHelp: (minimum: string) => string;
  allowancePerHour: string;
  recognitionQuestion: string;
  recognitionWhoToAsk: string;
  unknownOutcomes: {
    counted: string;
    recognized: string;
    employment: string;
    recognizedAny: string;
  };
  perMonth: string;
  exactly: (amount: string) => string;
  noActivityLine: (amount: string) => string;
  /** What comes with the tax return: the credits named are those the year gives. */
  /** The spring money and the credits it holds, each named (the supplement too). */
  spring: (amount: string, credits: readonly SpringCredit[]) => string;
  springToPay: (amount: string) => string;
  definition: string;
  attention: string;
  healthTitle: string;
  details: string;
  breakdown: string;
  lines: {
    grossEarnings: string;
    payrollDeductions: string;
    allowances: string;
    benefit: string;
    workIncomeSupplement: string;
    disposableIncome: string;
  };
  taxYearTitle: (year: number) => string;
  taxLines: {
    federalIncomeTax: string;
    quebecIncomeTax: string;
    workPremium: string;
    adaptedWorkPremium: string;
    workPremiumSupplement: string;
    canadaWorkersBenefit: string;
    gstCredit: string;
    canadaChildBenefit: string;
    familyAllowance: string;
    solidarityCredit: string;
    drugInsurancePremium: string;
    claimBookletValue: string;
    total: string;
    /** The spring money taken out of the year (received apart), so that the rows add up. */
    spring: string;
    /** The card's amount, tied to the year: (total − spring money) ÷ 12. */
    perMonth: string;
  };
  whereFrom: string;
  sources: string;
  status: Record<'verified' | 'derived' | 'secondary' | 'unconfirmed' | 'reform', string>;

  // Problems.
  invalidNumber: (min: string, max: string) => string;
  invalidWage: (min: string, max: string) => string;
  keptLastResult: string;
  invalidAttribute: (name: string, value: string) => string;
  invalidLink: (name: string, value: string) => string;
  /**
   * What each setting of a shared link is, in words: a problem in a link names the setting a
   * person knows (« Logement subventionné »), not its key in the link (« hs »).
   */
  linkFieldNames: Readonly<Record<LinkFieldKey, string>>;
  /** A key a shared link holds that the simulator does not know: said, and ignored. */
  unknownLinkSetting: (key: string, value: string) => string;
  unsupportedYear: (year: string, shown: string) => string;
  basicIncomeCouple: string;
  errorTitle: string;

  // Chart.
  chartTitle: string;
  chartDescription: string;
  chartAxisHours: string;
  chartAxisMoney: string;
  chartWall: (hours: string) => string;
  chartChosen: (hours: string) => string;
  chartRecognized: string;
  showTable: string;
  tableHours: string;

  // Actions.
  answerBar: string;
  print: string;
  printedOn: (date: string) => string;
  share: string;
  shareDone: string;
  liveSummary: (parts: string) => string;

  // Glossary, on demand.
  explainTerm: (term: string) => string;
  /** The words the « ? » buttons explain (the names; their definitions come with the sibling file). */
  terms: Record<Exclude<TermId, LibraryTermId>, { term: string }>;
  /** What each word means, shown when its « ? » is pressed. */
  /** The words' definitions; recognition's is the library's (`recognitionWords`: its amounts). */
  termDefinitions: Record<Exclude<TermId, 'recognition' | LibraryTermId>, string>;
}

/**
 * The words only the on-demand parts read (situation form, detail of the calculation,
 * explanations): their French ships in the sibling file (`fr-details.ts`).
 */
export type DetailKey =
  | 'situationDone'
  | 'programHelp'
  | 'temporaryConstraintsHelp'
  | 'childrenHelp'
  | 'childAge'
  | 'chooseAge'
  | 'ageOption'
  | 'period'
  | 'longTermRecipientHelp'
  | 'recentOnAssistance'
  | 'recentOnAssistanceHelp'
  | 'subsidizedHousing'
  | 'subsidizedHousingHelp'
  | 'livesWithParent'
  | 'livesWithParentHelp'
  | 'solidarityMonths'
  | 'solidarityMonthsHelp'
  | 'invalidSolidarityMonths'
  | 'costsTitle'
  | 'costsHelp'
  | 'transportCosts'
  | 'childcareCosts'
  | 'invalidCost'
  | 'includeBooklet'
  | 'disabilityTaxCredit'
  | 'disabilityTaxCreditHelp'
  | 'includeBookletHelp'
  | 'lines'
  | 'taxYearTitle'
  | 'taxLines'
  | 'whereFrom'
  | 'linkFieldNames'
  | 'unknownLinkSetting';
export type DetailWords = Pick<AllWords, DetailKey>;
/** The words of the first file: everything the answer, the chart and the summary show. */
export type CoreWords = Omit<AllWords, DetailKey>;
/**
 * The words a page holds: the core ones, and the detail words when they are loaded (English and
 * « Facile à lire » carry them; French in standard words gets them with the form or the details,
 * through `withDetails`, so a first visit does not download them).
 */
export type Translation = CoreWords & Partial<DetailWords>;
/** The words with the detail words: what the situation form and the details read. */
export type DetailedTranslation = AllWords;
