/**
 * French words that only the on-demand parts read (the situation form, the detail of the
 * calculation, the explanations): they ship in those parts' chunks, added to the page's words by
 * `withDetails` (`details.ts`), so that a first visit does not download them.
 */
import type { DetailWords } from './translation.js';

export const frDetailWords: DetailWords = {
  situationDone: 'Voir mes résultats',
  programHelp: {
    socialAssistance:
      'Programme d’aide sociale : pas de contraintes à l’emploi, ou des contraintes temporaires.',
    socialSolidarity:
      'Programme de solidarité sociale : contraintes sévères à l’emploi reconnues par un rapport médical.',
    basicIncome:
      'Programme de revenu de base : solidarité sociale pendant au moins 66 des 72 derniers mois.',
    none: 'Vous ne recevez pas d’aide financière de dernier recours.',
  },
  temporaryConstraintsHelp:
    'Par exemple un problème de santé d’au moins un mois, attesté par un rapport médical.',
  childrenHelp:
    'Les prestations pour enfants sont comptées : l’Allocation canadienne pour enfants et l’Allocation famille. Indiquez l’âge de chaque enfant : les montants en dépendent.',
  childAge: (k) => `Âge de l’enfant ${k}`,
  chooseAge: 'Choisir l’âge',
  ageOption: (n) => (n === 0 ? 'moins d’un an' : n === 1 ? '1 an' : `${n} ans`),
  period: 'Mois',
  longTermRecipientHelp:
    'Si vous quittez l’aide pour travailler, vous pourriez recevoir le supplément à la prime au travail : 200 $ par mois pendant 12 mois au plus, les mois où vous gagnez au moins 200 $. Il faut avoir déclaré votre emploi au ministère au plus tard à la fin du mois qui suit son début. Pour le recevoir chaque mois plutôt qu’au printemps : formulaire TPZ-1029.8.PS de Revenu Québec, remis à un bureau de Services Québec.',
  recentOnAssistance: 'Je reçois de l’aide depuis moins de 6 mois',
  recentOnAssistanceHelp:
    'Après 6 mois de suite à l’aide sociale, une personne seule reçoit 50 $ de plus par mois (ajustement pour personne seule). Si vous ne cochez pas, on suppose 6 mois ou plus.',
  subsidizedHousing: 'J’habite un logement subventionné (HLM, coopérative, supplément au loyer)',
  subsidizedHousingHelp:
    'Dans un logement subventionné, il n’y a pas d’ajustement pour personne seule.',
  livesWithParent: 'J’habite avec mon père ou ma mère',
  livesWithParentHelp:
    'À l’aide sociale, cela peut réduire votre chèque, sauf si vous vivez seule ou seul avec un enfant. Le simulateur vous le dira, sans le calculer.',
  solidarityMonths: 'Depuis combien de mois recevez-vous la solidarité sociale ?',
  solidarityMonthsHelp:
    'Vos mois des 6 dernières années (72 mois au plus), avec ceux où vous gardiez le carnet après avoir quitté l’aide pour travailler. Après 66 mois, on passe en général au revenu de base. Laissez vide si vous ne savez pas.',
  invalidSolidarityMonths: 'Entrez un nombre de mois de 0 à 72, par exemple 40.',
  costsTitle: 'Ce que travailler vous coûte, par mois',
  costsHelp:
    'Par exemple une passe d’autobus. Les cartes disent l’argent qui vous reste après ces frais, à côté de l’argent avant.',
  transportCosts: 'Transport (autobus, essence)',
  childcareCosts: 'Garde des enfants (ce qui reste à payer)',
  invalidCost: 'Entrez un montant de 0 à 5 000 $, par exemple 100.',
  includeBooklet: 'Compter la valeur du carnet de réclamation dans les montants',
  disabilityTaxCredit: 'J’ai droit au crédit d’impôt pour personnes handicapées',
  disabilityTaxCreditHelp:
    'Reconnu par le formulaire que remplit un professionnel de la santé. Il ajoute un supplément à l’Allocation canadienne pour les travailleurs quand vous travaillez.',
  includeBookletHelp:
    'Le carnet vous évite de payer l’assurance médicaments : cochez pour ajouter cette valeur (la prime évitée) à l’argent de chaque mois.',
  lines: {
    grossEarnings: 'Salaire brut',
    payrollDeductions: 'Cotisations retenues sur la paie',
    allowances: 'Allocation de participation',
    benefit: 'Chèque d’aide',
    workIncomeSupplement: 'dont supplément de 25 % sur les revenus de travail',
    disposableIncome: 'Paie et chèque du mois (avant impôts et crédits)',
  },
  taxYearTitle: (year) => `Impôts et crédits de l’année ${year}`,
  taxLines: {
    federalIncomeTax: 'Impôt fédéral',
    quebecIncomeTax: 'Impôt du Québec',
    workPremium: 'Prime au travail',
    adaptedWorkPremium: 'Prime au travail adaptée',
    workPremiumSupplement: 'Supplément à la prime au travail',
    canadaWorkersBenefit: 'Allocation canadienne pour les travailleurs',
    gstCredit: 'Crédit pour la TPS',
    canadaChildBenefit: 'Allocation canadienne pour enfants',
    familyAllowance: 'Allocation famille (Québec)',
    solidarityCredit: 'Crédit pour solidarité',
    drugInsurancePremium: 'Prime d’assurance médicaments',
    claimBookletValue: 'Valeur du carnet de réclamation',
    total: 'Total de l’année, argent du printemps compris',
    spring: 'Moins l’argent du printemps (reçu à part)',
    perMonth: 'Sans l’argent du printemps, divisé par 12 : le montant par mois de la carte',
  },
  whereFrom: 'D’où viennent ces montants ?',
  unknownLinkSetting: (key, value) =>
    `Le lien contient un réglage que le simulateur ne connaît pas (« ${key} » = « ${value} ») : il est ignoré.`,
  linkFieldNames: {
    year: 'Année',
    month: 'Mois',
    household: 'Vous vivez',
    children: 'Enfants à charge',
    childAges: 'Âge des enfants',
    program: 'Programme d’aide',
    temporaryConstraints: 'Contraintes temporaires à l’emploi',
    spouseProgram: 'Programme du conjoint',
    longTermRecipient: 'Aide 36 des 42 derniers mois',
    recentOnAssistance: 'Aide depuis moins de 6 mois',
    subsidizedHousing: 'Logement subventionné',
    livesWithParent: 'Chez un parent',
    solidarityMonths: 'Mois à la solidarité sociale',
    transportCosts: 'Frais de transport',
    childcareCosts: 'Frais de garde',
    includeClaimBookletValue: 'Valeur du carnet comptée',
    disabilityTaxCredit: 'Crédit d’impôt pour personnes handicapées',
    allowanceHours: 'Heures d’activité par semaine',
    allowancePerHour: 'Allocation par heure',
    allowanceTreatment: 'Allocation reconnue',
    wageHours: 'Heures de travail par semaine',
    hourlyWage: 'Salaire horaire',
    lang: 'Langue',
    readingLevel: 'Facile à lire',
    scenarios: 'Activités montrées',
  },
};
