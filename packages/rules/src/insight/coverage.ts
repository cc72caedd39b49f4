/**
 * Health coverage in one sentence: drugs, dental care and glasses through the claim booklet
 * (carnet de réclamation) while on assistance, kept 6 or 48 months after leaving for work, then
 * the public drug insurance premium (RAMQ) at the household's income.
 */
import { wholeMoney, type Lang, type Localized } from '../i18n/localized.js';
import type { ClaimBookletStatus } from '../programs/claim-booklet.js';

export interface CoverageFacts {
  readonly status: ClaimBookletStatus;
  readonly monthsAfterLeaving: number | null;
  readonly premiumPerMonth: number;
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
          ? `${lead}vous gardez votre carnet de réclamation ${f.monthsAfterLeaving} mois après la fin de l’aide. Ensuite, ${afterBooklet(lang, f.premiumPerMonth)}`
          : `${lead}you keep your claim booklet for ${f.monthsAfterLeaving} months after assistance ends. After that, ${afterBooklet(lang, f.premiumPerMonth)}`;
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
