/**
 * « Facile à lire »: the plain-language texts, laid over the standard ones. Short sentences, one
 * idea per line, no acronyms, everyday words. The sentences about the figures (cliffs, the next
 * hour, coverage, uncertainty) are the library's own plain-language sentences, not written here.
 * Their readability is measured in the browser tests (Kandel–Moles for French, Flesch for English).
 */
import type { Translation } from './translation.js';

export type Overlay = Partial<Translation>;

/** Untypeset: French typography is applied where the translation is put together (`translations.ts`). */
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
  noActivityLine: (amount) => `Sans activité : ${amount} par mois.`,
  exactly: (amount) => `En tout : ${amount} par mois.`,
  spring: (amount) =>
    `Au printemps, avec votre déclaration de revenus, vous pourriez recevoir environ ${amount} de plus.`,
  springToPay: (amount) => `Au printemps, vous payez environ ${amount}.`,
  definition:
    'Ce montant compte votre paie, votre chèque et les crédits reçus pendant l’année. L’argent du printemps n’est pas dedans.',
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
  noActivityLine: (amount) => `With no activity: ${amount} a month.`,
  exactly: (amount) => `In total: ${amount} a month.`,
  spring: (amount) => `In spring, with your tax return, you could get about ${amount} more.`,
  springToPay: (amount) => `In spring, you pay about ${amount}.`,
  definition:
    'This counts your pay, your cheque and the credits you get during the year. Spring money is not in it.',
  chartTitle: 'Your money by your hours',
};
