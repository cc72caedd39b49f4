/**
 * What a timeline says in words, one message table per language: the events of a month (the
 * cheque reduced or stopping, the claim booklet ending, the spring settlement) and its explanation.
 */
import type { Lang, Localized } from '../i18n/localized.js';
import { money, wholeMoney } from '../i18n/localized.js';
import { lastDayOfMonth, monthName } from '../i18n/months.js';
import { bookletCondition } from '../programs/claim-booklet.js';
import type { Period } from './months.js';

/** « de mars 2026 », « d’avril 2026 » / « of March 2026 ». */
export function ofMonth(lang: Lang, p: Period): string {
  const name = monthName(lang, p);
  if (lang === 'en') return `of ${name}`;
  return /^[aeiouéè]/.test(name) ? `d’${name}` : `de ${name}`;
}

/** One sentence in both languages, written from the message table. */
export function inBoth(say: (m: TimelineMessages, lang: Lang) => string): Localized {
  return { fr: say(timelineMessages.fr, 'fr'), en: say(timelineMessages.en, 'en') };
}

/** Amounts in cents (numbers), as the sentences show them. */
interface TimelineMessages {
  readonly basicIncomeStops: (incomeYear: number) => string;
  readonly chequeStopsForWork: (
    incomeMonth: Period,
    keptMonths: number,
    jobStart: Period,
  ) => string;
  readonly chequeStops: (incomeMonth: Period) => string;
  readonly newApplication: string;
  readonly simplifiedReturn: (
    month: Period,
    cents: number,
    deadline: Period,
    socialAssistance: boolean,
  ) => string;
  readonly claimBookletEnds: string;
  readonly basicIncomeReduced: (incomeYear: number, year: number) => string;
  readonly chequeReduced: (incomeMonth: Period) => string;
  readonly parametersNotInData: (parametersYear: number, year: number) => string;
  readonly springNotComputed: (returnYear: number) => string;
  readonly springReceived: (returnYear: number, cents: number, credits: string) => string;
  readonly springToPay: (returnYear: number, cents: number) => string;
  readonly springCredits: {
    readonly premium: string;
    readonly cwb: string;
    readonly and: string;
    readonly none: string;
  };
  readonly month: {
    readonly wage: (grossCents: number, contributionsCents: number) => string;
    readonly allowance: (cents: number) => string;
    readonly basicIncome: (cents: number, incomeYear: number) => string;
    readonly cheque: (cents: number, incomeMonth: Period) => string;
    readonly nothing: string;
    readonly separator: string;
    readonly sentence: (month: Period, parts: string) => string;
  };
}

export const timelineMessages: Record<Lang, TimelineMessages> = {
  fr: {
    basicIncomeStops: (incomeYear) =>
      `Plus de revenu de base : vos revenus de ${incomeYear} sont trop élevés pour un versement.`,
    chequeStopsForWork: (incomeMonth, keptMonths, jobStart) =>
      `Plus de chèque d’aide : les revenus ${ofMonth('fr', incomeMonth)} sont trop élevés pour un chèque. Le carnet de réclamation est gardé ${keptMonths} mois, ${bookletCondition('fr', jobStart)}.`,
    chequeStops: (incomeMonth) =>
      `Plus de chèque d’aide : les revenus ${ofMonth('fr', incomeMonth)} sont trop élevés pour un chèque.`,
    newApplication:
      'Vos revenus ont baissé : vous pourriez avoir droit de nouveau à l’aide, mais il faut refaire une demande (délai, conditions vérifiées de nouveau). Aucun chèque n’est compté ici.',
    simplifiedReturn: (month, cents, deadline, socialAssistance) =>
      `Retour à l’aide : vos revenus ont baissé pendant que vous gardiez votre carnet de réclamation. La demande simplifiée (formulaire 3004), à faire au plus tard le ${lastDayOfMonth('fr', deadline)}, donne un chèque ${ofMonth('fr', month)} d’environ ${wholeMoney('fr', cents)} : seuls les revenus reçus et dus ce mois-là comptent (Règlement, art. 169).${socialAssistance ? ' Vos avoirs liquides sont vérifiés.' : ''}`,
    claimBookletEnds:
      'Fin du carnet de réclamation : médicaments, soins dentaires et de la vue ne sont plus couverts. L’assurance médicaments de la RAMQ s’applique, sauf assurance collective ; selon le revenu, une prime se paie avec la déclaration de revenus.',
    basicIncomeReduced: (incomeYear, year) =>
      `Revenu de base réduit : 55 % de vos revenus de ${incomeYear} au-delà de l’exclusion annuelle sont retranchés, de juillet ${year} à juin ${year + 1}.`,
    chequeReduced: (incomeMonth) =>
      `Chèque réduit : les revenus ${ofMonth('fr', incomeMonth)} sont comptés ce mois-ci.`,
    parametersNotInData: (parametersYear, year) =>
      `Montants de ${parametersYear} : ceux de ${year} ne sont pas encore intégrés.`,
    springNotComputed: (returnYear) =>
      `Déclaration de revenus de ${returnYear} : pas comptée ici (les paramètres de ${returnYear} ne sont pas dans les données). Ce qu’elle donne ou coûte s’ajoute à ce mois.`,
    springReceived: (returnYear, cents, credits) =>
      `Déclaration de revenus de ${returnYear} : environ ${wholeMoney('fr', cents)} reçus (${credits}, moins la prime d’assurance médicaments s’il y en a une).`,
    springToPay: (returnYear, cents) =>
      `Déclaration de revenus de ${returnYear} : environ ${wholeMoney('fr', cents)} à payer (prime d’assurance médicaments).`,
    springCredits: {
      premium: 'prime au travail',
      cwb: 'Allocation canadienne pour les travailleurs',
      and: ' et ',
      none: 'crédits',
    },
    month: {
      wage: (gross, contributions) =>
        `Salaire brut ${money('fr', gross)} moins cotisations ${money('fr', contributions)}`,
      allowance: (cents) => `allocation ${money('fr', cents)}`,
      basicIncome: (cents, incomeYear) =>
        `revenu de base ${money('fr', cents)}, calculé sur votre revenu net de ${incomeYear}`,
      cheque: (cents, incomeMonth) =>
        `chèque d’aide ${money('fr', cents)}, calculé sur les revenus ${ofMonth('fr', incomeMonth)}`,
      nothing: 'aucun revenu',
      separator: ' ; ',
      sentence: (month, parts) => `${monthName('fr', month)} : ${parts}.`,
    },
  },
  en: {
    basicIncomeStops: (incomeYear) =>
      `No basic income payment: your income of ${incomeYear} is too high for a payment.`,
    chequeStopsForWork: (incomeMonth, keptMonths, jobStart) =>
      `No assistance cheque: the income ${ofMonth('en', incomeMonth)} is too high for a cheque. The claim booklet is kept ${keptMonths} months, ${bookletCondition('en', jobStart)}.`,
    chequeStops: (incomeMonth) =>
      `No assistance cheque: the income ${ofMonth('en', incomeMonth)} is too high for a cheque.`,
    newApplication:
      'Your income fell: you might be entitled to assistance again, but it takes a new application (delay, conditions checked again). No cheque is counted here.',
    simplifiedReturn: (month, cents, deadline, socialAssistance) =>
      `Back on assistance: your income fell while you kept your claim booklet. The simplified application (form 3004), to file by ${lastDayOfMonth('en', deadline)}, gives a cheque ${ofMonth('en', month)} of about ${wholeMoney('en', cents)}: only the income received and due that month counts (Regulation, s. 169).${socialAssistance ? ' Your liquid assets are checked.' : ''}`,
    claimBookletEnds:
      'The claim booklet ends: drugs, dental and eye care are no longer covered. RAMQ drug insurance applies, unless a group plan covers you; depending on income, a premium is paid with the tax return.',
    basicIncomeReduced: (incomeYear, year) =>
      `Basic income reduced: 55% of your ${incomeYear} income above the annual exclusion comes off, from July ${year} to June ${year + 1}.`,
    chequeReduced: (incomeMonth) =>
      `Cheque reduced: the income ${ofMonth('en', incomeMonth)} is counted this month.`,
    parametersNotInData: (parametersYear, year) =>
      `${parametersYear} amounts: those of ${year} are not in the data yet.`,
    springNotComputed: (returnYear) =>
      `${returnYear} tax return: not counted here (the ${returnYear} parameters are not in the data). What it gives or costs comes on top of this month.`,
    springReceived: (returnYear, cents, credits) =>
      `${returnYear} tax return: about ${wholeMoney('en', cents)} received (${credits}, less the drug insurance premium if any).`,
    springToPay: (returnYear, cents) =>
      `${returnYear} tax return: about ${wholeMoney('en', cents)} to pay (drug insurance premium).`,
    springCredits: {
      premium: 'work premium',
      cwb: 'Canada Workers Benefit',
      and: ' and ',
      none: 'credits',
    },
    month: {
      wage: (gross, contributions) =>
        `Gross wage ${money('en', gross)} less contributions ${money('en', contributions)}`,
      allowance: (cents) => `allowance ${money('en', cents)}`,
      basicIncome: (cents, incomeYear) =>
        `basic income ${money('en', cents)}, computed on your ${incomeYear} net income`,
      cheque: (cents, incomeMonth) =>
        `assistance cheque ${money('en', cents)}, computed on the income ${ofMonth('en', incomeMonth)}`,
      nothing: 'no income',
      separator: '; ',
      sentence: (month, parts) => `${monthName('en', month)}: ${parts}.`,
    },
  },
};
