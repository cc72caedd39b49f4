/**
 * « Facile à lire »: the plain-language texts, laid over the standard ones. Short sentences, one
 * idea per line, no acronyms, everyday words. The cliff, coverage, uncertainty and next-hour
 * sentences are rebuilt here from the library's figures (its own sentences are the standard ones).
 * Their readability is measured in the browser tests (Kandel–Moles for French, Flesch for English).
 */
import type { IncomeTrap } from '@passerelle/rules';
import type { Translation } from './translation.js';

type Overlay = Partial<Translation>;

export const frSimple: Overlay = {
  title: 'Combien d’argent aurai-je par mois ?',
  intro: 'Choisissez vos heures. Voyez l’argent que vous aurez.',
  privacy: 'Rien n’est envoyé. Tout reste ici.',
  situationDone: 'Voir mes résultats',
  childrenUnavailable:
    'Nous ne calculons pas encore les familles avec enfants. Nous ne montrons donc pas de chiffre. Votre agente ou agent peut calculer avec vous.',
  recognitionQuestion: 'Votre allocation est-elle reconnue par le Ministère ?',
  recognitionWhoToAsk: 'Le Ministère décide. Demandez à votre agente ou agent.',
  unknownOutcomes: { counted: 'Si elle n’est pas reconnue', recognized: 'Si elle est reconnue' },
  unknownHeadline: (hours, low, high) =>
    `Avec ${hours} h par semaine en allocation : de ${low} à ${high} de plus par mois`,
  noActivityLine: (amount) => `Sans activité : ${amount} par mois.`,
  exactly: (amount) => `En tout : ${amount} par mois.`,
  spring: (amount) => `Au printemps, vous recevez aussi environ ${amount}.`,
  springToPay: (amount) => `Au printemps, vous payez environ ${amount}.`,
  definition:
    'Ce montant compte votre paie et votre chèque. Il compte aussi les crédits de l’année.',
  simpleCliff: (trap: IncomeTrap, hours, money) =>
    trap.kind === 'plateau'
      ? `De ${hours(trap.fromHours)} à ${hours(trap.toHours)}, plus d’heures ne donnent presque rien de plus.`
      : trap.exitHours !== null
        ? `Vers ${hours(trap.exitHours)}, votre chèque s’arrête. Vous pourriez avoir ${money(trap.lossPerMonth)} de moins par mois.`
        : `Après ${hours(trap.fromHours)}, vous pourriez avoir ${money(trap.lossPerMonth)} de moins par mois.`,
  simpleCoverage: (status, months, premium) =>
    status === 'held'
      ? 'Vous gardez votre carnet. Vos médicaments sont payés.'
      : status === 'keptAfterLeaving'
        ? `Vous gardez votre carnet ${months} mois. Après, ${premium === null ? 'vous ne payez pas l’assurance médicaments' : `l’assurance médicaments coûte environ ${premium} par mois`}.`
        : status === 'unknown'
          ? 'Votre chèque s’arrête. Demandez à votre agente ou agent pour votre carnet.'
          : `Pas de carnet. ${premium === null ? 'Pas de prime à payer.' : `L’assurance médicaments coûte environ ${premium} par mois.`}`,
  simpleUncertainty: 'Ces montants sont des estimations. Vérifiez avec votre agente ou agent.',
  simpleNextHour: (change, money) =>
    Math.abs(change) < 0.5
      ? 'Une heure de plus ne donne presque rien.'
      : change > 0
        ? `Une heure de plus par semaine : ${money(change)} de plus par mois.`
        : `Une heure de plus par semaine : ${money(-change)} de moins par mois.`,
  chartTitle: 'Votre argent selon vos heures',
};

export const enSimple: Overlay = {
  title: 'How much money will I have a month?',
  intro: 'Choose your hours. See the money you will have.',
  privacy: 'Nothing is sent. All stays here.',
  childrenUnavailable:
    'We do not count families with children yet. So we show no figure. Your agent can count with you.',
  recognitionQuestion: 'Is your allowance recognized by the ministry?',
  recognitionWhoToAsk: 'The ministry decides. Ask your agent.',
  unknownOutcomes: { counted: 'If it is not recognized', recognized: 'If it is recognized' },
  unknownHeadline: (hours, low, high) =>
    `With ${hours} h a week of allowance: ${low} to ${high} more a month`,
  noActivityLine: (amount) => `With no activity: ${amount} a month.`,
  exactly: (amount) => `In all: ${amount} a month.`,
  spring: (amount) => `In spring, you also get about ${amount}.`,
  springToPay: (amount) => `In spring, you pay about ${amount}.`,
  definition: 'This counts your pay and your cheque. It also counts the credits of the year.',
  simpleCliff: (trap: IncomeTrap, hours, money) =>
    trap.kind === 'plateau'
      ? `From ${hours(trap.fromHours)} to ${hours(trap.toHours)}, more hours give almost nothing more.`
      : trap.exitHours !== null
        ? `Near ${hours(trap.exitHours)}, your cheque stops. You could have ${money(trap.lossPerMonth)} less a month.`
        : `After ${hours(trap.fromHours)}, you could have ${money(trap.lossPerMonth)} less a month.`,
  simpleCoverage: (status, months, premium) =>
    status === 'held'
      ? 'You keep your booklet. Your drugs are paid.'
      : status === 'keptAfterLeaving'
        ? `You keep your booklet ${months} months. After, ${premium === null ? 'you pay no drug insurance' : `drug insurance costs about ${premium} a month`}.`
        : status === 'unknown'
          ? 'Your cheque stops. Ask your agent about your booklet.'
          : `No booklet. ${premium === null ? 'No premium to pay.' : `Drug insurance costs about ${premium} a month.`}`,
  simpleUncertainty: 'These amounts are estimates. Check with your agent.',
  simpleNextHour: (change, money) =>
    Math.abs(change) < 0.5
      ? 'One more hour gives almost nothing.'
      : change > 0
        ? `One more hour a week: ${money(change)} more a month.`
        : `One more hour a week: ${money(-change)} less a month.`,
  chartTitle: 'Your money by your hours',
};
