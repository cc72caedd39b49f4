import { monthNames } from '@passerelle/rules';
import { listOf } from './format.js';
import type { DetailedTranslation } from './translation.js';

const enAge = (n: number) => (n === 0 ? 'under 1' : n === 1 ? '1 year' : `${n} years`);

export const en: DetailedTranslation = {
  lang: 'en',
  locale: 'en-CA',
  colon: ': ',
  title: 'How much money will I have each month?',
  intro:
    'Choose your hours: the simulator compares the money you would have with no activity, with a participation allowance or with a wage.',
  privacy: 'Your answers stay in your browser: nothing is sent.',
  switchLanguage: 'Français',
  switchLanguageLabel: 'Afficher en français',
  simpleReading: 'Easy to read',

  yourSituation: 'Your situation',
  resultsLabel: 'Your amounts',
  childAgeNeeded: (n) =>
    n === 1
      ? 'Choose your child’s age: child benefits depend on it. The amounts appear then.'
      : `Choose the age of your ${n} children: child benefits depend on it. The amounts appear then.`,
  chooseChildAge: 'Choose the age',
  situationSummary: (parts) => `Your situation: ${parts.join(', ')}.`,
  changeSituation: 'Change',
  situationDone: 'See my results',
  program: 'Your assistance program',
  programs: {
    socialAssistance: 'social assistance (aide sociale)',
    socialSolidarity: 'social solidarity (solidarité sociale)',
    basicIncome: 'basic income (revenu de base)',
    none: 'no financial assistance',
  },
  programHelp: {
    // English first; the program's legal name in French, as the situation line says it.
    socialAssistance:
      'Social assistance program (Programme d’aide sociale): no employment constraints, or temporary ones.',
    socialSolidarity:
      'Social solidarity program (Programme de solidarité sociale): severe employment constraints recognized by a medical report.',
    basicIncome:
      'Basic income program (Programme de revenu de base): social solidarity for at least 66 of the last 72 months.',
    none: 'You do not receive last-resort financial assistance.',
  },
  household: 'You live',
  single: 'alone',
  couple: 'as a couple',
  spouseProgram: 'Your spouse’s situation',
  temporaryConstraints: 'Temporary employment constraints',
  temporaryConstraintsHelp:
    'For example a health problem lasting at least a month, attested by a medical report.',
  children: 'Dependent children',
  childrenHelp:
    'Child benefits are counted: the Canada child benefit and the Allocation famille. Give each child’s age: the amounts depend on it.',
  childrenCount: (ages) =>
    ages.length === 1
      ? `1 child aged ${enAge(ages[0]!)}`
      : `${ages.length} children (aged ${ages.map((a) => (a === 0 ? 'under 1' : String(a))).join(', ')})`,
  childAge: (k) => `Age of child ${k}`,
  chooseAge: 'Choose the age',
  allowanceRatePrinted: (amount) => `Allowance of ${amount} an hour.`,
  childAgeMissing: (n) =>
    n === 1
      ? 'a child whose age is still to choose (not counted yet)'
      : `${n} children whose age is still to choose (not counted yet)`,
  ageOption: (n) => enAge(n),
  childBenefitsIncluded: (amount) => `Including ${amount} of child benefits.`,
  period: 'Month',
  month: (m) => monthNames.en[m - 1] ?? String(m),
  year: 'Year',
  longTermRecipient: 'I received assistance for at least 36 of the last 42 months',
  longTermRecipientHelp:
    'If you leave assistance for work, you could get the work premium supplement: $200 a month for up to 12 months, in months you earn at least $200. Your job must be declared to the ministry by the end of the month after it starts. To get it every month instead of in spring: Revenu Québec form TPZ-1029.8.PS, handed in at a Services Québec office.',
  recentOnAssistance: 'I have received assistance for less than 6 months',
  recentOnAssistanceHelp:
    'After 6 months in a row on social assistance, a single person gets $50 more a month (the single-person adjustment). Unticked, 6 months or more is assumed.',
  subsidizedHousing: 'I live in subsidized housing (low-rent housing, co-op, rent supplement)',
  subsidizedHousingHelp: 'In subsidized housing there is no single-person adjustment.',
  livesWithParent: 'I live with my father or mother',
  livesWithParentHelp:
    'On social assistance, this can reduce your cheque, unless you live alone with a child. The simulator tells you, without computing it.',
  solidarityMonths: 'For how many months have you received social solidarity?',
  solidarityMonthsHelp:
    'Your months in the last 6 years (72 at most), with those when you kept the booklet after leaving assistance for work. After 66 months you usually move to the basic income. Leave empty if you do not know.',
  invalidSolidarityMonths: 'Enter a number of months from 0 to 72, for example 40.',
  costsTitle: 'What working costs you, a month',
  costsHelp:
    'For example a bus pass. The cards say the money you have left after these costs, beside the money before them.',
  transportCosts: 'Transport (bus, gas)',
  childcareCosts: 'Childcare (what is left to pay)',
  invalidCost: 'Enter an amount from $0 to $5,000, for example 100.',
  disabilityTaxCredit: 'I am eligible for the disability tax credit',
  disabilityTaxCreditHelp:
    'Recognized by the form a health professional fills out. It adds a supplement to the Canada Workers Benefit when you work.',
  includeBooklet: 'Count the claim booklet’s value in the amounts',
  includeBookletHelp:
    'The booklet spares you the drug insurance premium: tick to add that value (the premium spared) to each month’s money.',
  costsSummary: (amount) => `costs of working ${amount} a month`,
  includeBookletSummary: 'booklet value counted',
  livesWithParentSummary: 'living with a parent',

  scenarioTitles: {
    none: 'With no activity',
    allowance: 'With a participation allowance',
    wage: 'With a wage',
  },
  hoursLabel: {
    wage: 'Hours of work a week',
    allowance: 'Hours of activity a week',
  },
  hoursUnit: 'h',
  hoursValueText: (hours) => `${hours} hours a week`,
  hourlyWage: 'Hourly wage ($)',
  hourlyWageHelp: (minimum) => `Leave empty for the minimum wage (${minimum} an hour).`,
  allowancePerHour: 'Allowance per hour ($)',
  recognitionQuestion: 'Did your organization tell you that the ministry recognizes the allowance?',
  recognitionWhoToAsk:
    'The ministry decides whether the allowance is recognized. Ask your assistance agent; your organization may know whether its allowance has been recognized before.',
  unknownOutcomes: {
    counted: 'If it is not recognized',
    recognized: 'If it is recognized (support allowance)',
    employment: 'If it is recognized (employment assistance)',
    recognizedAny: 'If it is recognized',
  },
  perMonth: 'a month',
  exactly: (amount) => `That is ${amount} a month in total.`,
  noActivityLine: (amount) => `With no activity, you would have ${amount} a month.`,
  spring: (amount, credits) =>
    `In spring, with your tax return: about ${amount} more (${listOf(
      'en-CA',
      credits.map(
        (k) =>
          ({
            workPremium: 'work premium',
            supplement: 'work premium supplement',
            cwb: 'Canada Workers Benefit',
          })[k],
      ),
    )}). Part of it can come in advance during the year.`,
  springToPay: (amount) =>
    `In spring, with your tax return: about ${amount} to pay (drug insurance premium).`,
  definition:
    'Money per month: your pay, your assistance cheque and the credits received during the year, on average. Money that comes in spring is not included.',
  attention: 'Watch out',
  healthTitle: 'Health',
  details: 'See how it is calculated',
  breakdown: 'The month, before taxes and credits',
  lines: {
    grossEarnings: 'Gross wage',
    payrollDeductions: 'Contributions taken from pay',
    allowances: 'Participation allowance',
    benefit: 'Assistance cheque',
    workIncomeSupplement: 'of which the 25% supplement on work income',
    disposableIncome: 'Pay and cheque of the month (before taxes and credits)',
  },
  taxYearTitle: (year) => `Taxes and credits for ${year}`,
  taxLines: {
    federalIncomeTax: 'Federal income tax',
    quebecIncomeTax: 'Québec income tax',
    workPremium: 'Work premium',
    adaptedWorkPremium: 'Adapted work premium',
    workPremiumSupplement: 'Work premium supplement',
    canadaWorkersBenefit: 'Canada Workers Benefit',
    gstCredit: 'GST credit',
    canadaChildBenefit: 'Canada child benefit',
    familyAllowance: 'Allocation famille (Québec)',
    solidarityCredit: 'Solidarity tax credit',
    drugInsurancePremium: 'Drug insurance premium',
    claimBookletValue: 'Claim booklet value',
    total: 'Year total, spring money included',
    spring: 'Less the spring money (received apart)',
    perMonth: 'Without the spring money, divided by 12: the card’s amount a month',
  },
  whereFrom: 'Where do these amounts come from?',
  sources: 'Sources',
  status: {
    verified: 'verified at the official source',
    derived: 'estimated by indexation, to confirm',
    secondary: 'not yet checked at the source',
    unconfirmed: 'to confirm',
    reform: 'assumption',
  },

  invalidNumber: (min, max) =>
    `Enter a number of hours from ${min} to ${max}, in half hours: for example 22 or 22.5.`,
  invalidWage: (min, max) =>
    `Enter an amount from ${min} to ${max}, for example 16.60 — or leave empty for the minimum wage.`,
  keptLastResult: 'The amounts shown are still those of the last valid value.',
  invalidAttribute: (name, value) =>
    `Setting “${name}” is invalid (“${value}”): the default value is used.`,
  invalidLink: (name, value) =>
    `The link holds an invalid value (“${name}” = “${value}”): it is ignored and the default value is used.`,
  unknownLinkSetting: (key, value) =>
    `The link holds a setting the simulator does not know (“${key}” = “${value}”): it is ignored.`,
  linkFieldNames: {
    year: 'Year',
    month: 'Month',
    household: 'You live',
    children: 'Dependent children',
    childAges: 'Children’s ages',
    program: 'Assistance program',
    temporaryConstraints: 'Temporarily limited capacity for employment',
    spouseProgram: 'Spouse’s program',
    longTermRecipient: 'Assistance 36 of the last 42 months',
    recentOnAssistance: 'Assistance for less than 6 months',
    subsidizedHousing: 'Subsidized housing',
    livesWithParent: 'Living with a parent',
    solidarityMonths: 'Months on social solidarity',
    transportCosts: 'Transport costs',
    childcareCosts: 'Childcare costs',
    includeClaimBookletValue: 'Claim booklet value counted',
    disabilityTaxCredit: 'Disability tax credit',
    allowanceHours: 'Activity hours a week',
    allowancePerHour: 'Allowance per hour',
    allowanceTreatment: 'Allowance recognized',
    wageHours: 'Work hours a week',
    hourlyWage: 'Hourly wage',
    lang: 'Language',
    readingLevel: 'Easy to read',
    scenarios: 'Activities shown',
  },
  unsupportedYear: (year, shown) =>
    Number(year) > Number(shown)
      ? `${shown} amounts: those of ${year} are not in the simulator yet.`
      : `The amounts of ${year} are not in the simulator: those of ${shown} are shown.`,
  basicIncomeCouple:
    'This simulator does not compute the basic income of a couple yet (it is computed for each person). Choose « alone » or ask your agent for the calculation.',
  errorTitle: 'Cannot calculate',

  chartTitle: 'Money per month by hours a week',
  chartDescription:
    'One line per activity, from 0 to 40 hours a week. The dashed line marks where assistance stops; the dot marks your hours.',
  chartAxisHours: 'hours a week',
  chartAxisMoney: '$ a month',
  chartWall: (hours) => `Assistance stops near ${hours}`,
  chartChosen: (hours) => `You: ${hours}`,
  chartRecognized: 'if the allowance is recognized',
  showTable: 'See these figures as a table',
  tableHours: 'Hours a week',

  answerBar: 'Your answer',
  print: 'Print',
  printedOn: (date) => `Passerelle, printed on ${date}.`,
  share: 'Copy the link to this situation',
  shareDone: 'Link copied. It holds only your choices on this page: nothing is sent.',
  liveSummary: (parts) => `Results updated: ${parts}`,

  explainTerm: (term) => `What is “${term}”?`,
  terms: {
    claimBooklet: { term: 'claim booklet' },
    allowance: { term: 'participation allowance' },
    recognition: { term: 'recognized by the ministry' },
    workPremium: { term: 'work premium' },
    spring: { term: 'tax return' },
  },
  termDefinitions: {
    claimBooklet:
      'The card the ministry sends you each month while you receive assistance (carnet de réclamation). With it, your drugs and some dental and eye care are paid for.',
    allowance:
      'An amount the organization pays you for your hours of activity, but it is not a wage. The ministry takes it off your cheque, unless it recognizes it.',
    workPremium:
      'An amount from Revenu Québec for people who work and have a low income. You get it with your tax return.',
    spring:
      'The form you fill in each spring for the year before. It gives you the work premium and other amounts.',
  },
};
