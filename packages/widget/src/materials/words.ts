/** The words of the participant materials (comparison table, myths sheet), French first. */
import { monthNames } from '@passerelle/rules';
import { typesetFrench } from '../i18n/typography.js';

export interface MaterialsWords {
  lang: 'fr' | 'en';
  locale: 'fr-CA' | 'en-CA';
  tableTitle: string;
  tableGuide: readonly string[];
  tableGuideSimple: readonly string[];
  rulesOf: (month: string) => string;
  programs: Record<
    'socialAssistance' | 'socialAssistanceTemporary' | 'socialSolidarity' | 'basicIncome',
    string
  >;
  hours: string;
  columns: { wage: string; allowanceCounted: string; allowanceSupport: string };
  perHour: (amount: string) => string;
  noActivity: (amount: string) => string;
  more: (amount: string) => string;
  less: (amount: string) => string;
  same: string;
  leaves: string;
  bookletKept: (months: number) => string;
  legend: string;
  mythsTitle: string;
  mythsIntro: string;
  /** Whose figures the myths state: a parent must not read them as theirs. */
  mythsForWhom: string;
  myth: string;
  reality: string;
  sources: string;
  privacy: string;
  print: string;
  months: readonly string[];
}

const frWords: MaterialsWords = {
  lang: 'fr',
  locale: 'fr-CA',
  tableTitle: 'Combien d’argent par mois : salaire, allocation ou sans activité',
  tableGuide: [
    'Trouvez votre programme, puis la ligne de vos heures par semaine.',
    'Chaque case donne l’argent par mois : paie, chèque d’aide et crédits de l’année, en moyenne. L’argent du printemps n’est pas dedans.',
    'En dessous : ce que vous avez de plus qu’avec aucune activité.',
    '★ : votre chèque d’aide s’arrête à ces heures ; le carnet de réclamation est gardé un temps.',
  ],
  tableGuideSimple: [
    'Trouvez votre programme.',
    'Trouvez vos heures par semaine.',
    'La case dit combien d’argent vous avez par mois.',
    '★ : votre chèque s’arrête.',
  ],
  rulesOf: (month) => `Règles de ${month}.`,
  programs: {
    socialAssistance: 'Aide sociale',
    socialAssistanceTemporary: 'Aide sociale, contraintes temporaires',
    socialSolidarity: 'Solidarité sociale',
    basicIncome: 'Revenu de base',
  },
  hours: 'Heures par semaine',
  columns: {
    wage: 'Salaire minimum',
    allowanceCounted: 'Allocation non reconnue',
    allowanceSupport: 'Allocation reconnue (soutien)',
  },
  perHour: (amount) => `Allocation de ${amount} l’heure.`,
  noActivity: (amount) => `Sans activité : ${amount} par mois.`,
  more: (amount) => `+${amount}`,
  less: (amount) => `−${amount}`,
  same: 'rien de plus',
  leaves: 'chèque arrêté',
  bookletKept: (months) => `carnet gardé ${months} mois`,
  legend: '★ le chèque s’arrête',
  mythsTitle: 'Mythes et réalités',
  mythsIntro: 'Ce qu’on entend souvent, et ce que disent les règles, avec les vrais chiffres.',
  mythsForWhom:
    'Les chiffres sont ceux de personnes seules, sans enfant : Marc, 34 ans, à la solidarité sociale, et Line, 52 ans, au revenu de base. Pour une famille ou un couple, les montants changent : faites le calcul avec le simulateur.',
  myth: 'Mythe',
  reality: 'Réalité',
  sources: 'Sources',
  privacy: 'Calculé dans votre navigateur : rien n’est envoyé.',
  print: 'Imprimer',
  months: monthNames.fr,
};

export const materialsFr: MaterialsWords = typesetFrench(frWords);

export const materialsEn: MaterialsWords = {
  lang: 'en',
  locale: 'en-CA',
  tableTitle: 'How much money a month: wage, allowance or no activity',
  tableGuide: [
    'Find your program, then the row of your hours a week.',
    'Each box gives the money per month: pay, assistance cheque and the year’s credits, on average. Spring money is not included.',
    'Below: how much more you have than with no activity.',
    '★: your assistance cheque stops at these hours; the claim booklet is kept for a while.',
  ],
  tableGuideSimple: [
    'Find your program.',
    'Find your hours a week.',
    'The box says how much money you have a month.',
    '★: your cheque stops.',
  ],
  rulesOf: (month) => `Rules of ${month}.`,
  programs: {
    socialAssistance: 'Social assistance',
    socialAssistanceTemporary: 'Social assistance, temporary constraints',
    socialSolidarity: 'Social solidarity',
    basicIncome: 'Basic income',
  },
  hours: 'Hours a week',
  columns: {
    wage: 'Minimum wage',
    allowanceCounted: 'Allowance not recognized',
    allowanceSupport: 'Allowance recognized (support)',
  },
  perHour: (amount) => `Allowance of ${amount} an hour.`,
  noActivity: (amount) => `With no activity: ${amount} a month.`,
  more: (amount) => `+${amount}`,
  less: (amount) => `−${amount}`,
  same: 'nothing more',
  leaves: 'cheque stopped',
  bookletKept: (months) => `booklet kept ${months} months`,
  legend: '★ the cheque stops',
  mythsTitle: 'Myths and realities',
  mythsIntro: 'What people often hear, and what the rules say, with the real figures.',
  mythsForWhom:
    'The figures are those of single people with no children: Marc, 34, on social solidarity, and Line, 52, on basic income. For a family or a couple the amounts differ: use the simulator.',
  myth: 'Myth',
  reality: 'Reality',
  sources: 'Sources',
  privacy: 'Computed in your browser: nothing is sent.',
  print: 'Print',
  months: monthNames.en,
};
