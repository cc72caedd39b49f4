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

/**
 * What a person pays at the pharmacy on the public plan: without a premium at a low income, drugs
 * are still not free (a person on regular medication reads « pas de prime » as « gratuit »).
 */
function atThePharmacy(lang: Lang, f: CoverageFacts): string {
  const p = f.pharmacy;
  return lang === 'fr'
    ? `en pharmacie, vous payez les premiers ${cents(lang, p.deductible)} de vos médicaments chaque mois, puis ${percent(lang, p.coinsurance)} du reste, au plus ${cents(lang, p.maximumPerMonth)} par mois (tarifs revus chaque 1er juillet)`
    : `at the pharmacy, you pay the first ${cents(lang, p.deductible)} of your drugs each month, then ${percent(lang, p.coinsurance)} of the rest, at most ${cents(lang, p.maximumPerMonth)} a month (rates revised each July 1)`;
}

function afterBooklet(lang: Lang, f: CoverageFacts): string {
  const fr = lang === 'fr';
  const premium = f.premiumPerMonth;
  if (f.groupPlan)
    return fr
      ? 'vous payez vos soins dentaires et de la vue ; vos médicaments relèvent de votre assurance collective au travail, selon ses règles (prime, franchise, coassurance).'
      : 'you pay for dental and eye care; your drugs come under your group plan at work, by its rules (premium, deductible, coinsurance).';
  if (premium < 0.5)
    return fr
      ? `vous payez vos soins dentaires et de la vue ; l’assurance médicaments publique ne vous coûterait pas de prime à ce revenu, mais ${atThePharmacy(lang, f)}, sauf si vous avez une assurance collective au travail.`
      : `you pay for dental and eye care; public drug insurance would cost you no premium at this income, but ${atThePharmacy(lang, f)}, unless you have a group plan at work.`;
  return fr
    ? `vous payez vos soins dentaires et de la vue, et l’assurance médicaments publique (Régie de l’assurance maladie du Québec) coûte environ ${money(lang, premium)} par mois de prime à ce revenu ; de plus, ${atThePharmacy(lang, f)}, sauf si vous avez une assurance collective au travail.`
    : `you pay for dental and eye care, and public drug insurance (Régie de l’assurance maladie du Québec) costs about ${money(lang, premium)} a month in premium at this income; also, ${atThePharmacy(lang, f)}, unless you have a group plan at work.`;
}

/** The same in plain words: the most a month at the pharmacy, in whole dollars. */
function pharmacySimple(lang: Lang, f: CoverageFacts): string {
  if (f.groupPlan)
    return lang === 'fr'
      ? 'Votre assurance au travail paie une partie de vos médicaments, selon ses règles.'
      : 'Your insurance at work pays part of your drugs, by its rules.';
  const most = money(lang, f.pharmacy.maximumPerMonth);
  return lang === 'fr'
    ? `À la pharmacie, vous payez une partie de vos médicaments : jusqu’à ${most} par mois.`
    : `At the pharmacy, you pay part of your drugs: up to ${most} a month.`;
}

export function coverageSentence(f: CoverageFacts): Localized {
  const say = (lang: Lang): string => {
    const fr = lang === 'fr';
    const lead = fr
      ? 'Médicaments, soins dentaires et de la vue : '
      : 'Drugs, dental and eye care: ';
    switch (f.status) {
      case 'held':
        return fr
          ? `${lead}couverts par votre carnet de réclamation tant que vous recevez de l’aide.`
          : `${lead}covered by your claim booklet as long as you receive assistance.`;
      case 'keptAfterLeaving':
        return fr
          ? `${lead}vous gardez votre carnet de réclamation ${f.monthsAfterLeaving} mois après la fin de l’aide, ${bookletCondition('fr', f.start)}. Ensuite, ${afterBooklet(lang, f)}`
          : `${lead}you keep your claim booklet for ${f.monthsAfterLeaving} months after assistance ends, ${bookletCondition('en', f.start)}. After that, ${afterBooklet(lang, f)}`;
      case 'unknown':
        return fr
          ? `${lead}l’aide s’arrête ; demandez à votre agente ou agent combien de temps vous gardez votre carnet de réclamation. Sans carnet, ${afterBooklet(lang, f)}`
          : `${lead}assistance stops; ask your agent how long you keep your claim booklet. Without it, ${afterBooklet(lang, f)}`;
      case 'notApplicable':
        return fr
          ? `${lead}pas de carnet de réclamation sans aide financière ; ${afterBooklet(lang, f)}`
          : `${lead}no claim booklet without assistance; ${afterBooklet(lang, f)}`;
    }
  };
  return { fr: say('fr'), en: say('en') };
}

/** The same facts in plain words (« Facile à lire »): short sentences, whole dollars. */
export function simpleCoverageSentence(f: CoverageFacts): Localized {
  const say = (lang: Lang): string => {
    const fr = lang === 'fr';
    const premium = f.premiumPerMonth >= 0.5 ? money(lang, f.premiumPerMonth) : null;
    switch (f.status) {
      case 'held':
        return fr
          ? 'Vous gardez votre carnet. Vos médicaments et certains soins des dents et des yeux sont payés.'
          : 'You keep your booklet. Your drugs and some dental and eye care are paid.';
      case 'keptAfterLeaving':
        return fr
          ? `Vous gardez votre carnet ${f.monthsAfterLeaving} mois. ${bookletConditionSimple('fr', f.start)} Après, les soins des dents et des yeux ne sont plus payés. ${f.groupPlan ? '' : premium === null ? 'Vous ne payez pas de prime d’assurance médicaments. ' : `L’assurance médicaments coûte environ ${premium} par mois. `}${pharmacySimple('fr', f)}`
          : `You keep your booklet for ${f.monthsAfterLeaving} months. ${bookletConditionSimple('en', f.start)} After that, dental and eye care are no longer paid. ${f.groupPlan ? '' : premium === null ? 'You pay no drug insurance premium. ' : `Drug insurance costs about ${premium} a month. `}${pharmacySimple('en', f)}`;
      case 'unknown':
        return fr
          ? 'Votre chèque s’arrête. Demandez à votre agente ou agent pour votre carnet.'
          : 'Your cheque stops. Ask your agent about your booklet.';
      case 'notApplicable':
        return fr
          ? `Pas de carnet : les soins des dents et des yeux ne sont pas payés. ${f.groupPlan ? '' : premium === null ? 'Pas de prime à payer. ' : `L’assurance médicaments coûte environ ${premium} par mois. `}${pharmacySimple('fr', f)}`
          : `No booklet: dental and eye care are not paid. ${f.groupPlan ? '' : premium === null ? 'No premium to pay. ' : `Drug insurance costs about ${premium} a month. `}${pharmacySimple('en', f)}`;
    }
  };
  return { fr: say('fr'), en: say('en') };
}
