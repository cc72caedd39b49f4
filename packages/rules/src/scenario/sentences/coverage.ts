/**
 * Health coverage in one sentence: drugs, dental care and glasses through the claim booklet
 * (carnet de réclamation) while on assistance, kept 6 or 48 months after leaving for work — on
 * condition that the job is declared to the ministry by the end of the month after it starts
 * (ADEL, sujet 47000) — then the public drug insurance premium (RAMQ) at the household's income.
 * The rule says it twice: in standard words and in plain words (« Facile à lire »); every page
 * shows one of these two sentences and never writes its own.
 */
import {
  money as moneyWithCents,
  percent,
  wholeMoney,
  type Lang,
  type Localized,
} from '../../i18n/localized.js';
import type { Period } from '../../i18n/months.js';
import {
  bookletCondition,
  bookletConditionSimple,
  type ClaimBookletStatus,
} from '../../programs/claim-booklet.js';

export interface CoverageFacts {
  readonly status: ClaimBookletStatus;
  readonly monthsAfterLeaving: number | null;
  readonly premiumPerMonth: number;
  /** The month the activity starts (the simulated month): dates the declaration. */
  readonly start: Period;
  /**
   * What the public plan costs at the pharmacy without a booklet (RAMQ, adjusted each July 1): the
   * month's deductible, the coinsurance after it, and the most a month (18 to 64).
   */
  /** The person has a group plan at work: its rules, not the public plan's, apply to drugs. */
  readonly groupPlan: boolean;
  readonly pharmacy: {
    readonly deductible: number;
    readonly coinsurance: number;
    readonly maximumPerMonth: number;
  };
}

const money = (lang: Lang, n: number) => wholeMoney(lang, Math.round(n));

/** « 22 $ », « 102,64 $ »: whole dollars without cents, cents when there are some. */
const cents = (lang: Lang, n: number) =>
  Number.isInteger(n) ? wholeMoney(lang, n) : moneyWithCents(lang, n);

/** The coverage's words, one table per language; amounts and dates arrive written. */
interface CoverageWords {
  readonly pharmacy: (deductible: string, coinsurance: string, maximum: string) => string;
  readonly groupPlan: string;
  readonly noPremium: (pharmacy: string) => string;
  readonly premium: (perMonth: string, pharmacy: string) => string;
  readonly lead: string;
  readonly held: string;
  readonly kept: (months: number, condition: string, after: string) => string;
  readonly unknown: (after: string) => string;
  readonly notApplicable: (after: string) => string;
  readonly simple: {
    readonly groupPlan: string;
    readonly pharmacy: (most: string) => string;
    readonly held: string;
    readonly kept: (months: number, condition: string) => string;
    readonly noPremium: string;
    readonly noPremiumToPay: string;
    readonly premium: (perMonth: string) => string;
    readonly unknown: string;
    readonly notApplicable: string;
  };
}

const coverageWords: Record<Lang, CoverageWords> = {
  fr: {
    pharmacy: (deductible, coinsurance, maximum) =>
      `en pharmacie, vous payez les premiers ${deductible} de vos médicaments chaque mois, puis ${coinsurance} du reste, au plus ${maximum} par mois (tarifs revus chaque 1er juillet)`,
    groupPlan:
      'vous payez vos soins dentaires et de la vue ; vos médicaments relèvent de votre assurance collective au travail, selon ses règles (prime, franchise, coassurance).',
    noPremium: (pharmacy) =>
      `vous payez vos soins dentaires et de la vue ; l’assurance médicaments publique ne vous coûterait pas de prime à ce revenu, mais ${pharmacy}, sauf si vous avez une assurance collective au travail.`,
    premium: (perMonth, pharmacy) =>
      `vous payez vos soins dentaires et de la vue, et l’assurance médicaments publique (Régie de l’assurance maladie du Québec) coûte environ ${perMonth} par mois de prime à ce revenu ; de plus, ${pharmacy}, sauf si vous avez une assurance collective au travail.`,
    lead: 'Médicaments, soins dentaires et de la vue : ',
    held: 'couverts par votre carnet de réclamation tant que vous recevez de l’aide.',
    kept: (months, condition, after) =>
      `vous gardez votre carnet de réclamation ${months} mois après la fin de l’aide, ${condition}. Ensuite, ${after}`,
    unknown: (after) =>
      `l’aide s’arrête ; demandez à votre agente ou agent combien de temps vous gardez votre carnet de réclamation. Sans carnet, ${after}`,
    notApplicable: (after) => `pas de carnet de réclamation sans aide financière ; ${after}`,
    simple: {
      groupPlan: 'Votre assurance au travail paie une partie de vos médicaments, selon ses règles.',
      pharmacy: (most) =>
        `À la pharmacie, vous payez une partie de vos médicaments : jusqu’à ${most} par mois.`,
      held: 'Vous gardez votre carnet. Vos médicaments et certains soins des dents et des yeux sont payés.',
      kept: (months, condition) =>
        `Vous gardez votre carnet ${months} mois. ${condition} Après, les soins des dents et des yeux ne sont plus payés. `,
      noPremium: 'Vous ne payez pas de prime d’assurance médicaments. ',
      noPremiumToPay: 'Pas de prime à payer. ',
      premium: (perMonth) => `L’assurance médicaments coûte environ ${perMonth} par mois. `,
      unknown: 'Votre chèque s’arrête. Demandez à votre agente ou agent pour votre carnet.',
      notApplicable: 'Pas de carnet : les soins des dents et des yeux ne sont pas payés. ',
    },
  },
  en: {
    pharmacy: (deductible, coinsurance, maximum) =>
      `at the pharmacy, you pay the first ${deductible} of your drugs each month, then ${coinsurance} of the rest, at most ${maximum} a month (rates revised each July 1)`,
    groupPlan:
      'you pay for dental and eye care; your drugs come under your group plan at work, by its rules (premium, deductible, coinsurance).',
    noPremium: (pharmacy) =>
      `you pay for dental and eye care; public drug insurance would cost you no premium at this income, but ${pharmacy}, unless you have a group plan at work.`,
    premium: (perMonth, pharmacy) =>
      `you pay for dental and eye care, and public drug insurance (Régie de l’assurance maladie du Québec) costs about ${perMonth} a month in premium at this income; also, ${pharmacy}, unless you have a group plan at work.`,
    lead: 'Drugs, dental and eye care: ',
    held: 'covered by your claim booklet as long as you receive assistance.',
    kept: (months, condition, after) =>
      `you keep your claim booklet for ${months} months after assistance ends, ${condition}. After that, ${after}`,
    unknown: (after) =>
      `assistance stops; ask your agent how long you keep your claim booklet. Without it, ${after}`,
    notApplicable: (after) => `no claim booklet without assistance; ${after}`,
    simple: {
      groupPlan: 'Your insurance at work pays part of your drugs, by its rules.',
      pharmacy: (most) => `At the pharmacy, you pay part of your drugs: up to ${most} a month.`,
      held: 'You keep your booklet. Your drugs and some dental and eye care are paid.',
      kept: (months, condition) =>
        `You keep your booklet for ${months} months. ${condition} After that, dental and eye care are no longer paid. `,
      noPremium: 'You pay no drug insurance premium. ',
      noPremiumToPay: 'No premium to pay. ',
      premium: (perMonth) => `Drug insurance costs about ${perMonth} a month. `,
      unknown: 'Your cheque stops. Ask your agent about your booklet.',
      notApplicable: 'No booklet: dental and eye care are not paid. ',
    },
  },
};

/**
 * What a person pays at the pharmacy on the public plan: without a premium at a low income, drugs
 * are still not free (a person on regular medication reads « pas de prime » as « gratuit »).
 */
function atThePharmacy(lang: Lang, f: CoverageFacts): string {
  const p = f.pharmacy;
  return coverageWords[lang].pharmacy(
    cents(lang, p.deductible),
    percent(lang, p.coinsurance),
    cents(lang, p.maximumPerMonth),
  );
}

function afterBooklet(lang: Lang, f: CoverageFacts): string {
  const w = coverageWords[lang];
  if (f.groupPlan) return w.groupPlan;
  if (f.premiumPerMonth < 0.5) return w.noPremium(atThePharmacy(lang, f));
  return w.premium(money(lang, f.premiumPerMonth), atThePharmacy(lang, f));
}

/** The same in plain words: the most a month at the pharmacy, in whole dollars. */
function pharmacySimple(lang: Lang, f: CoverageFacts): string {
  const w = coverageWords[lang].simple;
  return f.groupPlan ? w.groupPlan : w.pharmacy(money(lang, f.pharmacy.maximumPerMonth));
}

export function coverageSentence(f: CoverageFacts): Localized {
  const say = (lang: Lang): string => {
    const w = coverageWords[lang];
    switch (f.status) {
      case 'held':
        return `${w.lead}${w.held}`;
      case 'keptAfterLeaving':
        return `${w.lead}${w.kept(f.monthsAfterLeaving!, bookletCondition(lang, f.start), afterBooklet(lang, f))}`;
      case 'unknown':
        return `${w.lead}${w.unknown(afterBooklet(lang, f))}`;
      case 'notApplicable':
        return `${w.lead}${w.notApplicable(afterBooklet(lang, f))}`;
    }
  };
  return { fr: say('fr'), en: say('en') };
}

/** The same facts in plain words (« Facile à lire »): short sentences, whole dollars. */
export function simpleCoverageSentence(f: CoverageFacts): Localized {
  const say = (lang: Lang): string => {
    const w = coverageWords[lang].simple;
    const premium = f.premiumPerMonth >= 0.5 ? money(lang, f.premiumPerMonth) : null;
    switch (f.status) {
      case 'held':
        return w.held;
      case 'keptAfterLeaving':
        return `${w.kept(f.monthsAfterLeaving!, bookletConditionSimple(lang, f.start))}${f.groupPlan ? '' : premium === null ? w.noPremium : w.premium(premium)}${pharmacySimple(lang, f)}`;
      case 'unknown':
        return w.unknown;
      case 'notApplicable':
        return `${w.notApplicable}${f.groupPlan ? '' : premium === null ? w.noPremiumToPay : w.premium(premium)}${pharmacySimple(lang, f)}`;
    }
  };
  return { fr: say('fr'), en: say('en') };
}
