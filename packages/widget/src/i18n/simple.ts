/**
 * « Facile à lire »: the plain-language texts, laid over the standard ones. Short sentences, one
 * idea per line, no acronyms, everyday words. The sentences about the figures (cliffs, the next
 * hour, coverage, uncertainty) are the library's own plain-language sentences, not written here;
 * the detail of the calculation gets plain labels, its rules and sources one click further.
 * Their readability is measured in the browser tests (Kandel–Moles for French, Flesch for English).
 */
import type { Overlay } from './overlay.js';

export { overlaid } from './overlay.js';

/** Untypeset: French typography is applied where the translation is put together (`translations.ts`). */
export const frSimple: Overlay = {
  title: 'Combien d’argent aurai-je par mois ?',
  intro: 'Choisissez vos heures. Voyez l’argent que vous aurez.',
  privacy: 'Rien n’est envoyé. Tout reste ici.',
  recognitionQuestion: 'Votre allocation est-elle reconnue par le ministère ?',
  recognitionWhoToAsk: 'Le ministère décide. Demandez à votre agente ou agent.',
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
  // The detail of the calculation, in plain words (the programs keep their names).
  lines: {
    grossEarnings: 'Votre paie, avant les retenues',
    payrollDeductions: 'Retenues sur la paie',
    allowances: 'Votre allocation',
    benefit: 'Votre chèque d’aide',
    workIncomeSupplement: 'dont un bonus pour votre travail (25 %)',
    disposableIncome: 'Paie et chèque du mois, avant les impôts',
  },
  taxYearTitle: (year) => `Impôts et crédits de ${year}`,
  taxLines: {
    federalIncomeTax: 'Impôt du Canada',
    familyAllowance: 'Allocation famille',
    drugInsurancePremium: 'Prime pour les médicaments',
    claimBookletValue: 'Valeur du carnet',
    total: 'Total de l’année, avec l’argent du printemps',
    spring: 'Moins l’argent du printemps',
    perMonth: 'Par mois, sans l’argent du printemps (le montant de la carte)',
  },
  whereFrom: 'Les règles et les sources (plus technique)',
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
  lines: {
    grossEarnings: 'Your pay, before deductions',
    payrollDeductions: 'Taken from your pay',
    allowances: 'Your allowance',
    benefit: 'Your assistance cheque',
    workIncomeSupplement: 'including a bonus for your work (25%)',
    disposableIncome: 'Pay and cheque of the month, before taxes',
  },
  taxYearTitle: (year) => `Taxes and credits for ${year}`,
  taxLines: {
    federalIncomeTax: 'Canada income tax',
    familyAllowance: 'Allocation famille',
    drugInsurancePremium: 'Premium for drugs',
    claimBookletValue: 'Booklet value',
    total: 'Year total, with the spring money',
    spring: 'Less the spring money',
    perMonth: 'A month, without the spring money (the card’s amount)',
  },
  whereFrom: 'The rules and the sources (more technical)',
};
