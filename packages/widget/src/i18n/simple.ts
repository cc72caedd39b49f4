/**
 * « Facile à lire »: the plain-language texts, laid over the standard ones. Short sentences, one
 * idea per line, no acronyms, everyday words. The cliff, coverage, uncertainty and next-hour
 * sentences are rebuilt here from the library's figures (its own sentences are the standard ones).
 * Their readability is measured in the browser tests (Kandel–Moles for French, Flesch for English).
 */
import type { IncomeTrap } from '@passerelle/rules';
import type { Translation } from './translation.js';

export type Overlay = Partial<Translation>;
type Hours = (h: number) => string;
type Money = (n: number) => string;

const nothingMore = (trap: IncomeTrap) => Math.abs(trap.gainPerMonth) < 0.5;

/** Untypeset: the on-demand file gets French typography from the one file (see `extra.ts`). */
export const frSimple: Overlay = {
  title: 'Combien d’argent aurai-je par mois ?',
  intro: 'Choisissez vos heures. Voyez l’argent que vous aurez.',
  privacy: 'Rien n’est envoyé. Tout reste ici.',
  recognitionQuestion: 'Votre allocation est-elle reconnue par le Ministère ?',
  recognitionWhoToAsk: 'Le Ministère décide. Demandez à votre agente ou agent.',
  unknownOutcomes: {
    counted: 'Si elle n’est pas reconnue',
    recognized: 'Si elle est reconnue (soutien)',
    employment: 'Si elle est reconnue (aide à l’emploi)',
    recognizedAny: 'Si elle est reconnue',
  },
  unknownHeadline: (hours, low, high) =>
    `Avec ${hours} h par semaine en allocation : de ${low} à ${high} de plus par mois`,
  noActivityLine: (amount) => `Sans activité : ${amount} par mois.`,
  exactly: (amount) => `En tout : ${amount} par mois.`,
  spring: (amount) =>
    `Au printemps, avec votre déclaration de revenus, vous pourriez recevoir environ ${amount} de plus.`,
  springToPay: (amount) => `Au printemps, vous payez environ ${amount}.`,
  definition:
    'Ce montant compte votre paie, votre chèque et les crédits reçus pendant l’année. L’argent du printemps n’est pas dedans.',
  simpleCliff: (trap: IncomeTrap, hours: Hours, money: Money) =>
    trap.kind === 'plateau'
      ? `De ${hours(trap.fromHours)} à ${hours(trap.toHours)} par semaine, plus d’heures ne vous donnent ${nothingMore(trap) ? 'rien' : 'presque rien'} de plus.`
      : `${trap.exitHours !== null ? `Vers ${hours(trap.exitHours)} par semaine, votre chèque s’arrête. ` : ''}Avec plus de ${hours(trap.fromHours)}, vous pourriez avoir jusqu’à ${money(trap.lossPerMonth)} de moins par mois.${trap.recovered ? ` À partir de ${hours(trap.toHours)}, vous avez plus.` : ''}`,
  barCliff: (trap: IncomeTrap, hours: Hours) =>
    trap.exitHours !== null
      ? `votre chèque s’arrête vers ${hours(trap.exitHours)}.`
      : `moins d’argent après ${hours(trap.fromHours)}.`,
  simpleUncertainty: 'Ces montants sont des estimations. Vérifiez avec votre agente ou agent.',
  simpleNextHour: (change, money) =>
    Math.abs(change) < 0.5
      ? 'Une heure de plus ne vous donne rien de plus.'
      : change > 0
        ? `Une heure de plus par semaine : ${money(change)} de plus par mois.`
        : `Une heure de plus par semaine : ${money(-change)} de moins par mois.`,
  chartTitle: 'Votre argent selon vos heures',
};

export const enSimple: Overlay = {
  title: 'How much money will I have a month?',
  intro: 'Choose your hours. See the money you will have.',
  privacy: 'Nothing is sent. Everything stays here.',
  recognitionQuestion: 'Is your allowance recognized by the ministry?',
  recognitionWhoToAsk: 'The ministry decides. Ask your agent.',
  unknownOutcomes: {
    counted: 'If it is not recognized',
    recognized: 'If it is recognized (support)',
    employment: 'If it is recognized (employment)',
    recognizedAny: 'If it is recognized',
  },
  unknownHeadline: (hours, low, high) =>
    `With ${hours} h a week of allowance: ${low} to ${high} more a month`,
  noActivityLine: (amount) => `With no activity: ${amount} a month.`,
  exactly: (amount) => `In total: ${amount} a month.`,
  spring: (amount) => `In spring, with your tax return, you could get about ${amount} more.`,
  springToPay: (amount) => `In spring, you pay about ${amount}.`,
  definition:
    'This counts your pay, your cheque and the credits you get during the year. Spring money is not in it.',
  simpleCliff: (trap: IncomeTrap, hours: Hours, money: Money) =>
    trap.kind === 'plateau'
      ? `From ${hours(trap.fromHours)} to ${hours(trap.toHours)} a week, more hours give you ${nothingMore(trap) ? 'nothing' : 'almost nothing'} more.`
      : `${trap.exitHours !== null ? `Near ${hours(trap.exitHours)} a week, your cheque stops. ` : ''}Above ${hours(trap.fromHours)}, you could have up to ${money(trap.lossPerMonth)} less a month.${trap.recovered ? ` From ${hours(trap.toHours)}, you have more.` : ''}`,
  barCliff: (trap: IncomeTrap, hours: Hours) =>
    trap.exitHours !== null
      ? `your cheque stops near ${hours(trap.exitHours)}.`
      : `less money above ${hours(trap.fromHours)}.`,
  simpleUncertainty: 'These amounts are estimates. Check with your agent.',
  simpleNextHour: (change, money) =>
    Math.abs(change) < 0.5
      ? 'One more hour gives you nothing more.'
      : change > 0
        ? `One more hour a week: ${money(change)} more a month.`
        : `One more hour a week: ${money(-change)} less a month.`,
  chartTitle: 'Your money by your hours',
};
