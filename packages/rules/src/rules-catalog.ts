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
    parameters: ['lastResort.workIncomeSupplement.rate', 'lastResort.workIncomeExclusion.'],
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
    id: 'tax.federal',
    label: { fr: 'Impôt fédéral', en: 'Federal income tax' },
    description: {
      fr: "Tranches sur le revenu imposable (l'aide sociale et une allocation non imposable sont incluses dans le revenu net puis déduites), crédits non remboursables au taux le plus bas (montant personnel de base, montant canadien pour emploi, cotisations de base au RRQ, AE, RQAP), abattement du Québec de 16,5 %.",
      en: 'Brackets on taxable income (assistance and a non-taxable allowance are in net income, then deducted), non-refundable credits at the lowest rate (basic personal amount, Canada employment amount, base QPP, EI and QPIP contributions), Québec abatement of 16.5%.',
    },
    parameters: ['tax.federal.'],
    sources: [
      {
        title: 'Loi de l’impôt sur le revenu, art. 117, 118, 120(2)',
        url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/',
      },
    ],
  },
  {
    id: 'tax.quebec',
    label: { fr: 'Impôt du Québec', en: 'Québec income tax' },
    description: {
      fr: 'Déduction pour travailleur (6 %, plafonnée), déduction des cotisations bonifiées au RRQ, tranches, crédits de 14 % sur le montant personnel de base et le montant pour personne vivant seule.',
      en: 'Deduction for workers (6%, capped), deduction of enhanced QPP contributions, brackets, 14% credits on the basic personal amount and the amount for a person living alone.',
    },
    parameters: ['tax.quebec.'],
    sources: [
      {
        title: 'Loi sur les impôts, RLRQ c. I-3',
        url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
      },
    ],
  },
  {
    id: 'credits.workPremium',
    label: {
      fr: 'Prime au travail (générale ou adaptée)',
      en: 'Work premium (general or adapted)',
    },
    description: {
      fr: 'Taux × (revenus de travail jusqu’au seuil − exclusion) − 10 % du revenu familial au-delà du seuil. La prime adaptée remplace la générale quand un adulte reçoit la solidarité sociale ou le revenu de base.',
      en: 'Rate × (work income up to the threshold − exclusion) − 10% of family income above the threshold. The adapted premium replaces the general one when an adult receives social solidarity or basic income.',
    },
    parameters: [
      'credits.workPremium.general.',
      'credits.workPremium.adapted.',
      'credits.workPremium.reductionRate',
    ],
    sources: [
      {
        title: 'Loi sur les impôts, art. 1029.8.116.5 et 1029.8.116.5.0.1',
        url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
      },
    ],
  },
  {
    id: 'credits.workPremiumSupplement',
    label: { fr: 'Supplément à la prime au travail', en: 'Work premium supplement' },
    description: {
      fr: '200 $ par mois admissible, jusqu’à 12 mois, pour la personne prestataire de longue date qui quitte l’aide pour le travail (option d’entrée : l’historique n’est pas connu de l’outil).',
      en: '200 $ per eligible month, up to 12 months, for a long-term recipient who leaves assistance for work (an input option: the tool does not know the history).',
    },
    parameters: ['credits.workPremium.supplement.'],
    sources: [
      {
        title: 'Loi sur les impôts, art. 1029.8.116.5.0.2',
        url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
      },
    ],
  },
  {
    id: 'credits.canadaWorkersBenefit',
    label: {
      fr: 'Allocation canadienne pour les travailleurs (config. Québec)',
      en: 'Canada Workers Benefit (Québec configuration)',
    },
    description: {
      fr: '37,3 % du revenu de travail au-delà de l’exclusion, jusqu’au maximum, moins 20 % du revenu net rajusté (aide sociale comprise) au-delà du seuil. Supplément pour invalidité non calculé (signalé).',
      en: '37.3% of working income above the exclusion, up to the maximum, less 20% of adjusted net income (assistance included) above the threshold. Disability supplement not computed (flagged).',
    },
    parameters: ['credits.cwb.quebec.'],
    sources: [
      {
        title: 'Loi de l’impôt sur le revenu, art. 122.7 (entente avec le Québec)',
        url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/section-122.7.html',
      },
    ],
  },
  {
    id: 'credits.gstCredit',
    label: { fr: 'Crédit pour la TPS/TVH', en: 'GST/HST credit' },
    description: {
      fr: 'Montant par adulte + supplément pour personne seule, moins 5 % du revenu familial au-delà du seuil ; montants de la période qui commence en juillet de l’année.',
      en: 'Amount per adult + single supplement, less 5% of family income above the threshold; amounts of the period starting in July of the year.',
    },
    parameters: ['credits.gst.'],
    sources: [
      {
        title: 'Loi de l’impôt sur le revenu, art. 122.5',
        url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/section-122.5.html',
      },
    ],
  },
  {
    id: 'credits.solidarityCredit',
    label: { fr: 'Crédit d’impôt pour solidarité', en: 'Solidarity tax credit' },
    description: {
      fr: 'Composante TVQ (+ personne vivant seule) et composante logement (hypothèse modifiable), moins 6 % du revenu familial au-delà du seuil (3 % avec une seule composante).',
      en: 'QST component (+ living alone) and housing component (switchable assumption), less 6% of family income above the threshold (3% with one component).',
    },
    parameters: ['credits.solidarity.'],
    sources: [
      {
        title: 'Loi sur les impôts, art. 1029.8.116.12 et suivants',
        url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
      },
    ],
  },
  {
    id: 'credits.drugInsurancePremium',
    label: { fr: 'Prime d’assurance médicaments (RAMQ)', en: 'Drug insurance premium (RAMQ)' },
    description: {
      fr: 'Payée avec la déclaration par l’adulte sans régime collectif ni carnet de réclamation ; seuils et taux à confirmer.',
      en: 'Paid with the return by an adult with no group plan and no claim booklet; thresholds and rates to be confirmed.',
    },
    parameters: ['credits.ramq.'],
    sources: [
      {
        title: 'RAMQ — primes du régime public d’assurance médicaments',
        url: 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-medicaments/primes-franchise-coassurance',
      },
    ],
  },
  {
    id: 'credits.claimBookletValue',
    label: { fr: 'Valeur du carnet de réclamation', en: 'Claim booklet value' },
    description: {
      fr: 'Valeur non monétaire, évaluée au minimum à la prime qu’elle évite ; montrée à part, ajoutée au total seulement sur option.',
      en: 'Non-cash value, valued at least at the premium it spares; shown separately, added to the total only as an option.',
    },
    parameters: ['credits.ramq.maximumPremium'],
    sources: [
      {
        title: 'RAMQ — primes du régime public d’assurance médicaments',
        url: 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-medicaments/primes-franchise-coassurance',
      },
    ],
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
