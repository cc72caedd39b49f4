/**
 * The catalogue of rules: what each rule id computes, in French and English, the parameters it
 * reads and its legal sources. The documentation is generated from it, and a test checks that
 * every rule id a result can carry is listed here.
 */
import type { Localized } from './i18n/localized.js';

export interface RuleDoc {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized;
  /** Parameter ids (or id prefixes ending with `.`) the rule reads. */
  readonly parameters: readonly string[];
  readonly sources: readonly { readonly title: string; readonly url: string }[];
}

const ADEL = (sujet: number, title: string) => ({
  title: `ADEL (manuel du ministère) — ${title}`,
  url: `https://mani.mess.gouv.qc.ca/?sujet=${sujet}`,
});
const RAPF = {
  title: 'Règlement sur l’aide aux personnes et aux familles, RLRQ c. A-13.1.1, r. 1',
  url: 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/A-13.1.1,%20r.%201',
};

export const rulesCatalog: readonly RuleDoc[] = [
  {
    id: 'activity.wage.grossMonthly',
    label: { fr: 'Salaire brut mensuel', en: 'Monthly gross wage' },
    description: {
      fr: 'Heures par semaine × salaire horaire (salaire minimum par défaut) × 4,34821 semaines par mois, arrondi au cent.',
      en: 'Hours a week × hourly wage (minimum wage by default) × 4.34821 weeks a month, rounded to the cent.',
    },
    parameters: ['labour.minimumWage.general', 'lastResort.monthlyFactor.weekly'],
    sources: [ADEL(226263, 'Revenus à considérer mensuellement (facteur 4,34821)')],
  },
  {
    id: 'activity.allowance.monthly',
    label: {
      fr: 'Allocation de participation RPST mensuelle',
      en: 'Monthly RPST participation allowance',
    },
    description: {
      fr: 'Montant par heure × heures par semaine × 4,34821, ou montant mensuel fixe versé par l’organisme.',
      en: 'Amount per hour × hours a week × 4.34821, or a fixed monthly amount paid by the organization.',
    },
    parameters: ['lastResort.monthlyFactor.weekly'],
    sources: [ADEL(226263, 'Revenus à considérer mensuellement')],
  },
  {
    id: 'payroll.qpp',
    label: { fr: 'Cotisation au RRQ (employé)', en: 'QPP contribution (employee)' },
    description: {
      fr: 'Taux de base et premier supplément sur les gains entre l’exemption de 3 500 $ et le MGA, plus la deuxième cotisation supplémentaire entre le MGA et le MSGA ; calcul annualisé, divisé par 12.',
      en: 'Base and first additional rate on earnings between the $3,500 exemption and the YMPE, plus the second additional contribution between the YMPE and the YAMPE; annualized, divided by 12.',
    },
    parameters: ['payroll.qpp.'],
    sources: [
      {
        title: 'Revenu Québec — Cotisations au RRQ',
        url: 'https://www.revenuquebec.ca/en/businesses/source-deductions-and-employer-contributions/calculating-source-deductions-and-employer-contributions/qpp-contributions/',
      },
    ],
  },
  {
    id: 'payroll.ei',
    label: {
      fr: 'Cotisation à l’assurance-emploi (taux du Québec)',
      en: 'EI premium (Québec rate)',
    },
    description: {
      fr: 'Taux réduit du Québec sur la rémunération assurable jusqu’au maximum annuel.',
      en: 'Québec reduced rate on insurable earnings up to the annual maximum.',
    },
    parameters: ['payroll.ei.'],
    sources: [
      {
        title: 'EDSC — Taux de cotisation à l’assurance-emploi',
        url: 'https://www.canada.ca/fr/emploi-developpement-social/programmes/assurance-emploi/ae-liste/assurance-emploi-employeurs/reduction-taux-cotisation/taux-multi-2026-quebecois.html',
      },
    ],
  },
  {
    id: 'payroll.qpip',
    label: { fr: 'Cotisation au RQAP (employé)', en: 'QPIP premium (employee)' },
    description: {
      fr: 'Taux de l’employé sur le salaire assurable jusqu’au maximum annuel.',
      en: 'Employee rate on insurable earnings up to the annual maximum.',
    },
    parameters: ['payroll.qpip.'],
    sources: [
      {
        title: 'Revenu Québec — Cotisations au RQAP',
        url: 'https://www.revenuquebec.ca/en/businesses/source-deductions-and-employer-contributions/calculating-source-deductions-and-employer-contributions/qpip-premiums/',
      },
    ],
  },
  {
    id: 'lastResort.needs',
    label: {
      fr: 'Besoins reconnus (prestation sans revenus)',
      en: 'Recognized needs (benefit with no income)',
    },
    description: {
      fr: 'Prestation de base + ajustement + allocation pour contraintes temporaires, selon le programme et le ménage. Une famille dont un adulte a des contraintes sévères relève du Programme de solidarité sociale.',
      en: 'Basic benefit + adjustment + temporary-constraint allowance, by program and household. A family where one adult has severe constraints is in the Social Solidarity Program.',
    },
    parameters: ['lastResort.socialAssistance.', 'lastResort.socialSolidarity.'],
    sources: [
      RAPF,
      {
        title: 'Québec.ca — Montants des prestations (aide sociale, solidarité sociale)',
        url: 'https://www.quebec.ca/en/family-and-support-for-individuals/social-assistance-social-solidarity/information-financial-assistance/monthly-benefit-amounts-social-assistance-program',
      },
    ],
  },
  {
    id: 'lastResort.workIncomeExclusion',
    label: { fr: 'Revenus de travail exclus', en: 'Work income excluded' },
    description: {
      fr: 'Les premiers 200 $ (adulte seul) ou 300 $ (deux adultes) de revenus de travail nets par mois ne réduisent pas l’aide.',
      en: 'The first $200 (single adult) or $300 (two adults) of net work income a month do not reduce assistance.',
    },
    parameters: ['lastResort.workIncomeExclusion.'],
    sources: [ADEL(43308, 'Revenu qui cesse (exemple : 100 $ NET par semaine)')],
  },
  {
    id: 'lastResort.workIncomeCounted',
    label: { fr: 'Revenus de travail comptés', en: 'Work income counted' },
    description: {
      fr: 'Revenus de travail nets au-delà de l’exclusion : ils réduisent l’aide du mois suivant, dollar pour dollar.',
      en: 'Net work income above the exclusion: it reduces the next month’s assistance dollar for dollar.',
    },
    parameters: ['lastResort.workIncomeExclusion.'],
    sources: [ADEL(43308, 'Revenu qui cesse')],
  },
  {
    id: 'lastResort.thirdPartyAllowance.counted',
    label: { fr: 'Allocation versée par un tiers, comptée', en: 'Third-party allowance, counted' },
    description: {
      fr: 'Une allocation versée par un organisme est un revenu ; reconnue par le ministre comme allocation de soutien (130 $ exclus) ou d’aide à l’emploi (222 $, 353 $ pour un chef de famille monoparentale), elle est en partie exclue. Traitements « et si » pour l’analyse.',
      en: 'An allowance paid by an organization is income; recognized by the Minister as a support allowance ($130 excluded) or an employment assistance allowance ($222, $353 for a single parent), it is partly excluded. What-if treatments for analysis.',
    },
    parameters: ['lastResort.thirdPartyAllowance.'],
    sources: [
      ADEL(42776, 'Comptabilisation de l’allocation versée par un tiers'),
      ADEL(42608, 'Allocation versée par un tiers'),
    ],
  },
  {
    id: 'lastResort.deficit',
    label: { fr: 'Aide après revenus (déficit)', en: 'Assistance after income (deficit)' },
    description: {
      fr: 'Besoins − revenus de travail comptés − allocations comptées, si positif.',
      en: 'Needs − work income counted − allowances counted, when positive.',
    },
    parameters: [],
    sources: [RAPF],
  },
  {
    id: 'lastResort.workIncomeSupplement',
    label: { fr: 'Supplément aux revenus de travail', en: 'Work income supplement' },
    description: {
      fr: 'Depuis le 1er janvier 2025 : 25 % des revenus de travail au-delà de l’exclusion s’ajoutent à l’aide si le ménage a droit à au moins 1 $ ; le supplément n’entre pas dans le déficit.',
      en: 'Since January 1, 2025: 25% of work income above the exclusion is added to assistance when the household is entitled to at least $1; the supplement is not part of the deficit.',
    },
    parameters: ['lastResort.workIncomeSupplement.rate'],
    sources: [ADEL(228445, 'Supplément aux revenus de travail (RAPF, art. 154.1)')],
  },
  {
    id: 'lastResort.benefit',
    label: {
      fr: 'Prestation d’aide financière de dernier recours',
      en: 'Last-resort assistance benefit',
    },
    description: {
      fr: 'Déficit + supplément aux revenus de travail.',
      en: 'Deficit + work income supplement.',
    },
    parameters: [],
    sources: [RAPF],
  },
  {
    id: 'basicIncome.needs',
    label: { fr: 'Revenu de base avant revenus', en: 'Basic income before income' },
    description: {
      fr: 'Prestation de base + ajustement pour adulte sans conjoint.',
      en: 'Basic benefit + adjustment for an adult without a spouse.',
    },
    parameters: ['basicIncome.basicBenefit', 'basicIncome.singleAdjustment'],
    sources: [RAPF],
  },
  {
    id: 'basicIncome.workIncomeExclusion',
    label: { fr: 'Exclusion annuelle des revenus de travail', en: 'Annual work income exclusion' },
    description: {
      fr: 'Les revenus de travail de l’année précédente jusqu’à 12 fois la prestation de base ne réduisent pas le revenu de base.',
      en: 'Previous-year work income up to 12 times the basic benefit does not reduce the basic income.',
    },
    parameters: ['basicIncome.annualWorkIncomeExclusion'],
    sources: [RAPF],
  },
  {
    id: 'basicIncome.workIncomeReduction',
    label: { fr: 'Réduction pour revenus de travail', en: 'Reduction for work income' },
    description: {
      fr: 'L’excédent annuel, multiplié par le taux de réduction (à confirmer), divisé par 12, réduit chaque mois de l’année suivante.',
      en: 'The annual excess, times the reduction rate (to be confirmed), divided by 12, reduces each month of the following year.',
    },
    parameters: [
      'basicIncome.annualWorkIncomeExclusion',
      'basicIncome.excessWorkIncomeReductionRate',
    ],
    sources: [RAPF],
  },
  {
    id: 'basicIncome.benefit',
    label: { fr: 'Revenu de base versé', en: 'Basic income paid' },
    description: {
      fr: 'Revenu de base avant revenus − réduction − allocations comptées, si positif.',
      en: 'Basic income before income − reduction − allowances counted, when positive.',
    },
    parameters: [],
    sources: [RAPF],
  },
  {
    id: 'scenario.exitPoint',
    label: { fr: 'Seuil de sortie de l’aide', en: 'Point of leaving assistance' },
    description: {
      fr: 'Salaire brut mensuel (et heures par semaine au salaire de l’adulte) auquel l’aide tombe à zéro, les autres revenus restant les mêmes.',
      en: 'Monthly gross wage (and hours a week at the adult’s wage) at which assistance reaches zero, other income unchanged.',
    },
    parameters: ['lastResort.monthlyFactor.weekly'],
    sources: [RAPF],
  },
];
