import { monthNames } from '@passerelle/rules';
import { listOf } from './format.js';
import type { CoreWords } from './translation.js';
import { typesetFrench } from './typography.js';

/** An age as French writes it in a sentence. */
const frAge = (n: number) => (n === 0 ? 'moins d’un an' : n === 1 ? '1 an' : `${n} ans`);

const words: CoreWords = {
  lang: 'fr',
  locale: 'fr-CA',
  colon: ' : ',
  title: 'Combien d’argent aurai-je chaque mois ?',
  intro:
    'Choisissez vos heures : le simulateur compare l’argent que vous auriez sans activité, avec une allocation de participation ou avec un salaire.',
  privacy: 'Vos réponses restent dans votre navigateur : rien n’est envoyé.',
  switchLanguage: 'English',
  switchLanguageLabel: 'Display in English',
  simpleReading: 'Facile à lire',

  yourSituation: 'Votre situation',
  resultsLabel: 'Vos montants',
  childAgeNeeded: (n) =>
    n === 1
      ? 'Choisissez l’âge de votre enfant : les prestations pour enfants en dépendent. Les montants s’affichent ensuite.'
      : `Choisissez l’âge de vos ${n} enfants : les prestations pour enfants en dépendent. Les montants s’affichent ensuite.`,
  chooseChildAge: 'Choisir l’âge',
  situationSummary: (parts) => `Votre situation : ${parts.join(', ')}.`,
  changeSituation: 'Modifier',
  program: 'Votre programme d’aide',
  programs: {
    socialAssistance: 'aide sociale',
    socialSolidarity: 'solidarité sociale',
    basicIncome: 'revenu de base',
    none: 'aucune aide financière',
  },
  household: 'Vous vivez',
  single: 'seule ou seul',
  couple: 'en couple',
  spouseProgram: 'Situation de votre conjointe ou conjoint',
  temporaryConstraints: 'Contraintes temporaires à l’emploi',
  children: 'Enfants à charge',
  childrenCount: (ages) =>
    ages.length === 1
      ? `1 enfant de ${frAge(ages[0]!)}`
      : ages.includes(0)
        ? `${ages.length} enfants (${ages.map(frAge).join(', ')})`
        : `${ages.length} enfants (${ages.join(', ')} ans)`,
  allowanceRatePrinted: (amount) => `Allocation de ${amount} l’heure.`,
  childAgeMissing: (n) =>
    n === 1
      ? 'un enfant dont l’âge reste à choisir (pas encore compté)'
      : `${n} enfants dont l’âge reste à choisir (pas encore comptés)`,
  childBenefitsIncluded: (amount) => `Dont ${amount} de prestations pour enfants.`,
  month: (m) => monthNames.fr[m - 1] ?? String(m),
  year: 'Année',
  longTermRecipient: 'J’ai reçu de l’aide au moins 36 des 42 derniers mois',
  costsSummary: (amount) => `frais pour travailler ${amount} par mois`,
  includeBookletSummary: 'valeur du carnet comptée',
  livesWithParentSummary: 'chez un parent',

  scenarioTitles: {
    none: 'Sans activité',
    allowance: 'Avec une allocation de participation',
    wage: 'Avec un salaire',
  },
  hoursLabel: {
    wage: 'Heures de travail par semaine',
    allowance: 'Heures d’activité par semaine',
  },
  hoursUnit: 'h',
  hoursValueText: (hours) => `${hours} heures par semaine`,
  hourlyWage: 'Salaire horaire ($)',
  hourlyWageHelp: (minimum) => `Laissez vide pour le salaire minimum (${minimum} l’heure).`,
  allowancePerHour: 'Allocation par heure ($)',
  recognitionQuestion:
    'Votre organisme vous a-t-il dit que l’allocation est reconnue par le ministère ?',
  recognitionWhoToAsk:
    'C’est le ministère qui décide si l’allocation est reconnue. Demandez-le à votre agente ou agent d’aide sociale ; votre organisme sait peut-être si son allocation a déjà été reconnue.',
  unknownOutcomes: {
    counted: 'Si elle n’est pas reconnue',
    recognized: 'Si elle est reconnue (allocation de soutien)',
    employment: 'Si elle est reconnue (aide à l’emploi)',
    recognizedAny: 'Si elle est reconnue',
  },
  perMonth: 'par mois',
  exactly: (amount) => `Soit ${amount} par mois en tout.`,
  noActivityLine: (amount) => `Sans activité, vous auriez ${amount} par mois.`,
  spring: (amount, credits) =>
    `Au printemps, avec votre déclaration de revenus : environ ${amount} de plus (${listOf(
      'fr-CA',
      credits.map(
        (k) =>
          ({
            workPremium: 'prime au travail',
            supplement: 'supplément à la prime au travail',
            cwb: 'Allocation canadienne pour les travailleurs',
          })[k],
      ),
    )}). Une partie peut arriver d’avance pendant l’année.`,
  springToPay: (amount) =>
    `Au printemps, avec votre déclaration de revenus : environ ${amount} à payer (prime d’assurance médicaments).`,
  definition:
    'Argent par mois : votre paie, votre chèque d’aide et les crédits reçus pendant l’année, en moyenne. Ce qui arrive au printemps est à part.',
  attention: 'Attention',
  healthTitle: 'Santé',
  details: 'Voir le détail du calcul',
  breakdown: 'Le mois, avant impôts et crédits',
  sources: 'Sources',
  status: {
    verified: 'vérifié à la source officielle',
    derived: 'estimé par indexation, à confirmer',
    secondary: 'pas encore vérifié à la source',
    unconfirmed: 'à confirmer',
    reform: 'hypothèse',
  },

  invalidNumber: (min, max) =>
    `Entrez un nombre d’heures de ${min} à ${max}, par demi-heure : par exemple 22 ou 22,5.`,
  invalidWage: (min, max) =>
    `Entrez un montant de ${min} à ${max}, par exemple 16,60 — ou laissez vide pour le salaire minimum.`,
  keptLastResult: 'Les montants affichés restent ceux de la dernière valeur valide.',
  invalidAttribute: (name, value) =>
    `Réglage « ${name} » invalide (« ${value} ») : la valeur par défaut est utilisée.`,
  invalidLink: (name, value) =>
    `Le lien contient une valeur invalide (« ${name} » = « ${value} ») : elle est ignorée et la valeur par défaut est utilisée.`,
  unsupportedYear: (year, shown) =>
    Number(year) > Number(shown)
      ? `Montants de ${shown} : ceux de ${year} ne sont pas encore intégrés.`
      : `Les montants de ${year} ne sont pas dans le simulateur : ceux de ${shown} sont affichés.`,
  basicIncomeCouple:
    'Ce simulateur ne calcule pas encore le revenu de base d’un couple (il se calcule pour chaque personne). Choisissez « seule ou seul » ou demandez le calcul à votre agente ou agent.',
  errorTitle: 'Calcul impossible',

  chartTitle: 'Argent par mois selon vos heures par semaine',
  chartDescription:
    'Une courbe par activité, de 0 à 40 heures par semaine. La ligne pointillée marque la fin de l’aide ; le point marque vos heures.',
  chartAxisHours: 'heures par semaine',
  chartAxisMoney: '$ par mois',
  chartWall: (hours) => `L’aide s’arrête vers ${hours}`,
  chartChosen: (hours) => `Vous : ${hours}`,
  chartRecognized: 'si l’allocation est reconnue',
  showTable: 'Voir ces chiffres en tableau',
  tableHours: 'Heures par semaine',

  answerBar: 'Votre réponse',
  print: 'Imprimer',
  printedOn: (date) => `Passerelle, imprimé le ${date}.`,
  share: 'Copier le lien de cette situation',
  shareDone: 'Lien copié. Il ne contient que vos choix de cette page : rien n’est envoyé.',
  liveSummary: (parts) => `Résultats mis à jour : ${parts}`,

  explainTerm: (term) => `Qu’est-ce que « ${term} » ?`,
  terms: {
    claimBooklet: { term: 'carnet de réclamation' },
    allowance: { term: 'allocation de participation' },
    recognition: { term: 'reconnue par le ministère' },
    workPremium: { term: 'prime au travail' },
    spring: { term: 'déclaration de revenus' },
  },
  termDefinitions: {
    claimBooklet:
      'La carte que le ministère vous envoie chaque mois quand vous recevez de l’aide. Avec elle, vos médicaments et certains soins dentaires et de la vue sont payés.',
    allowance:
      'Un montant que l’organisme vous verse pour vos heures d’activité, sans être un salaire. Le ministère l’enlève de votre chèque, sauf s’il la reconnaît.',
    workPremium:
      'Un montant de Revenu Québec pour les personnes qui travaillent et ont un petit revenu. Vous le recevez avec votre déclaration de revenus.',
    spring:
      'Le formulaire que vous remplissez chaque printemps pour l’année d’avant. Il donne droit à la prime au travail et à d’autres montants.',
  },
};

/**
 * The French words of the first file, with French typography (non-breaking spaces before « ? : % »…).
 * The words only the on-demand parts read are in `fr-details.ts`, in the sibling file.
 */
export const fr: CoreWords = typesetFrench(words);
