/**
 * The carnet de réclamation (free prescription drugs, dental and optical care): held while on
 * last-resort assistance; kept 6 months (aide sociale) or 48 months (solidarité sociale) by a
 * person who leaves assistance because of work income (Québec.ca, « Cesser d'être prestataire »),
 * on one condition the person must meet: the job is declared to the ministry « au plus tard le
 * dernier jour du mois suivant le début de cet emploi » (ADEL, sujet 47000). The same declaration
 * decides the work premium supplement. Every sentence that promises the booklet says it.
 */
import type { Lang, Localized } from '../i18n/localized.js';
import { lastDayOfMonth, monthName, nextMonth, type Period } from '../i18n/months.js';
import type { Program } from '../input/schema.js';
import type { Dec } from '../money.js';
import type { ReadParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';

export type ClaimBookletStatus = 'held' | 'keptAfterLeaving' | 'notApplicable' | 'unknown';

/** The ministry's manual on keeping the booklet after leaving for work. */
export const bookletConditionSource = {
  title:
    'MESS, manuel d’interprétation ADEL — Carnet de réclamation après la sortie pour revenus de travail',
  url: 'https://mani.mess.gouv.qc.ca/?sujet=47000',
};

export interface ClaimBooklet {
  readonly status: ClaimBookletStatus;
  readonly monthsAfterLeaving: number | null;
  /**
   * When the booklet is kept after leaving: the last day to declare the job to the ministry, for
   * a job that starts in the simulated month (ISO date); null otherwise.
   */
  readonly declareBy: string | null;
  readonly message: Localized;
  readonly parameters: readonly ReadParameter[];
}

/** The last day to declare a job starting in `start`: the last day of the following month. */
export function declarationDeadline(start: Period): {
  readonly period: Period;
  readonly iso: string;
} {
  const p = nextMonth(start);
  const day = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return {
    period: p,
    iso: `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${day}`,
  };
}

/**
 * The condition in words, as an action with its date: « si vous déclarez votre emploi au ministère
 * au plus tard le 31 juillet 2026 (emploi commencé en juin 2026) ».
 */
export function bookletCondition(lang: Lang, start: Period): string {
  const by = declarationDeadline(start).period;
  return lang === 'fr'
    ? `si vous déclarez votre emploi au ministère au plus tard le ${lastDayOfMonth('fr', by)} (emploi commencé en ${monthName('fr', start)})`
    : `if you declare your job to the ministry by ${lastDayOfMonth('en', by)} (a job starting in ${monthName('en', start)})`;
}

/** The condition without a date, for a sheet that speaks of no particular job. */
export const bookletConditionInGeneral = {
  fr: 'à condition de déclarer votre emploi au ministère au plus tard le dernier jour du mois qui suit son début',
  en: 'provided you declare your job to the ministry by the last day of the month after it starts',
  frSimple:
    'Pour le garder, dites au ministère que vous travaillez avant la fin du mois qui suit le début de votre emploi.',
  enSimple:
    'To keep it, tell the ministry you work before the end of the month after your job starts.',
} as const;

/** The same, in plain words (« Facile à lire »). */
export function bookletConditionSimple(lang: Lang, start: Period): string {
  const by = declarationDeadline(start).period;
  return lang === 'fr'
    ? `Pour le garder, dites au ministère que vous travaillez, au plus tard le ${lastDayOfMonth('fr', by)}.`
    : `To keep it, tell the ministry you work, by ${lastDayOfMonth('en', by)} at the latest.`;
}

export function claimBooklet(
  program: Program,
  benefit: Dec,
  hasWork: boolean,
  ctx: RuleContext,
  period: Period,
): ClaimBooklet {
  if (program === 'none') {
    return {
      status: 'notApplicable',
      monthsAfterLeaving: null,
      declareBy: null,
      message: {
        fr: 'Pas de carnet de réclamation : le ménage n’est pas à l’aide financière de dernier recours.',
        en: 'No claim booklet: the household is not on last-resort assistance.',
      },
      parameters: [],
    };
  }
  if (benefit.greaterThan(0)) {
    return {
      status: 'held',
      monthsAfterLeaving: null,
      declareBy: null,
      message: {
        fr: 'Carnet de réclamation conservé : médicaments, soins dentaires et de la vue couverts tant que l’aide est versée.',
        en: 'Claim booklet kept: drugs, dental and eye care covered as long as assistance is paid.',
      },
      parameters: [],
    };
  }
  if (program === 'basicIncome' || !hasWork) {
    return {
      status: 'unknown',
      monthsAfterLeaving: null,
      declareBy: null,
      message: {
        fr: 'L’aide tombe à zéro : vérifiez auprès du ministère combien de temps le carnet de réclamation est conservé dans cette situation.',
        en: 'Assistance falls to zero: check with the ministry how long the claim booklet is kept in this situation.',
      },
      parameters: [],
    };
  }
  const p = param(
    ctx,
    program === 'socialSolidarity'
      ? 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialSolidarity'
      : 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialAssistance',
  );
  const months = p.value.toNumber();
  return {
    status: 'keptAfterLeaving',
    monthsAfterLeaving: months,
    declareBy: declarationDeadline(period).iso,
    message: {
      fr: `L’aide tombe à zéro à cause des revenus de travail : le carnet de réclamation est conservé ${months} mois après la sortie de l’aide, ${bookletCondition('fr', period)}.`,
      en: `Assistance falls to zero because of work income: the claim booklet is kept ${months} months after leaving assistance, ${bookletCondition('en', period)}.`,
    },
    parameters: [p],
  };
}
