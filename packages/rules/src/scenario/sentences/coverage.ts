/**
 * Health coverage in one sentence: drugs, dental care and glasses through the claim booklet
 * (carnet de réclamation) while on assistance, kept 6 or 48 months after leaving for work — on
 * condition that the job is declared to the ministry by the end of the month after it starts
 * (ADEL, sujet 47000) — then the public drug insurance premium (RAMQ) at the household's income.
 * The rule says it twice: in standard words and in plain words (« Facile à lire »); every page
 * shows one of these two sentences and never writes its own.
 */
import { wholeMoney, type Lang, type Localized } from '../../i18n/localized.js';
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
}

const money = (lang: Lang, n: number) => wholeMoney(lang, Math.round(n));

function afterBooklet(lang: Lang, premium: number): string {
  const fr = lang === 'fr';
  if (premium < 0.5)
    return fr
      ? 'vous payez vos soins dentaires et de la vue ; l’assurance médicaments publique ne vous coûterait pas de prime à ce revenu.'
      : 'you pay for dental and eye care; public drug insurance would cost you no premium at this income.';
  return fr
    ? `vous payez vos soins dentaires et de la vue, et l’assurance médicaments publique (Régie de l’assurance maladie du Québec) coûte environ ${money(lang, premium)} par mois à ce revenu, sauf si vous avez une assurance collective au travail.`
    : `you pay for dental and eye care, and public drug insurance (Régie de l’assurance maladie du Québec) costs about ${money(lang, premium)} a month at this income, unless you have a group plan at work.`;
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
          ? `${lead}vous gardez votre carnet de réclamation ${f.monthsAfterLeaving} mois après la fin de l’aide, ${bookletCondition('fr', f.start)}. Ensuite, ${afterBooklet(lang, f.premiumPerMonth)}`
          : `${lead}you keep your claim booklet for ${f.monthsAfterLeaving} months after assistance ends, ${bookletCondition('en', f.start)}. After that, ${afterBooklet(lang, f.premiumPerMonth)}`;
      case 'unknown':
        return fr
          ? `${lead}l’aide s’arrête ; demandez à votre agente ou agent combien de temps vous gardez votre carnet de réclamation. Sans carnet, ${afterBooklet(lang, f.premiumPerMonth)}`
          : `${lead}assistance stops; ask your agent how long you keep your claim booklet. Without it, ${afterBooklet(lang, f.premiumPerMonth)}`;
      case 'notApplicable':
        return fr
          ? `${lead}pas de carnet de réclamation sans aide financière ; ${afterBooklet(lang, f.premiumPerMonth)}`
          : `${lead}no claim booklet without assistance; ${afterBooklet(lang, f.premiumPerMonth)}`;
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
          ? `Vous gardez votre carnet ${f.monthsAfterLeaving} mois. ${bookletConditionSimple('fr', f.start)} Après, les soins des dents et des yeux ne sont plus payés. ${premium === null ? 'Vous ne payez pas l’assurance médicaments.' : `L’assurance médicaments coûte environ ${premium} par mois.`}`
          : `You keep your booklet for ${f.monthsAfterLeaving} months. ${bookletConditionSimple('en', f.start)} After that, dental and eye care are no longer paid. ${premium === null ? 'You pay no drug insurance.' : `Drug insurance costs about ${premium} a month.`}`;
      case 'unknown':
        return fr
          ? 'Votre chèque s’arrête. Demandez à votre agente ou agent pour votre carnet.'
          : 'Your cheque stops. Ask your agent about your booklet.';
      case 'notApplicable':
        return fr
          ? `Pas de carnet : les soins des dents et des yeux ne sont pas payés. ${premium === null ? 'Pas de prime à payer.' : `L’assurance médicaments coûte environ ${premium} par mois.`}`
          : `No booklet: dental and eye care are not paid. ${premium === null ? 'No premium to pay.' : `Drug insurance costs about ${premium} a month.`}`;
    }
  };
  return { fr: say('fr'), en: say('en') };
}
