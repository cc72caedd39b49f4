/**
 * If the person falls sick after working: Employment Insurance sickness benefits. Service Canada:
 * « at least 600 hours of insurable employment during the qualifying period » (in general the 52
 * weeks before the claim); 55 % of average weekly insurable earnings up to a maximum, for up to
 * 26 weeks (claims from December 18, 2022), with a medical certificate.
 *
 * Said from the simulated month held steady: at these hours a week, how many weeks of work give
 * the qualifying hours, and about how much a week before tax. Read as the same pay every week
 * (the best-weeks rule, 14 to 22 weeks by region, gives the same average then); the weekly
 * maximum is the rate applied to the year's maximum insurable earnings, ÷ 52. Only a wage counts:
 * an allowance is not insurable employment. Not computed into the months of a timeline.
 */
import { spokenHours, wholeMoney, type Lang, type Localized } from '../i18n/localized.js';
import { dec, roundCents, toCents, type Dec } from '../money.js';
import type { ReadParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';

export interface SicknessCover {
  readonly hoursPerWeek: number;
  /** Insured hours needed in the qualifying period (600). */
  readonly qualifyingHours: number;
  /** Weeks of work at these hours to reach them; null when they take more than the 52 weeks counted. */
  readonly weeksToQualify: number | null;
  /** About what EI would pay a week before tax, in dollars and cents (55 %, up to the maximum). */
  readonly weeklyBenefit: number;
  /** True when the weekly maximum, not 55 % of the pay, sets the amount. */
  readonly atMaximum: boolean;
  readonly maximumWeeks: number;
  readonly sentence: Localized;
  /** The same in plain words (« Facile à lire »). */
  readonly simpleSentence: Localized;
  readonly parameters: readonly ReadParameter[];
}

/** The weeks of a qualifying period: the 52 weeks before the claim. */
const QUALIFYING_WEEKS = 52;

const words = {
  fr: {
    share: (atMaximum: boolean) => (atMaximum ? 'le montant maximal' : '55 % de votre salaire'),
    covered: (
      weeks: number,
      hours: string,
      qualifying: number,
      amount: string,
      share: string,
      max: number,
    ) =>
      `Si vous tombez malade : après ${weeks} semaines de travail à ${hours} par semaine (${qualifying} heures assurables), l’assurance-emploi peut vous verser environ ${amount} par semaine avant impôt (${share}), pendant ${max} semaines au plus, avec un certificat médical.`,
    notCovered: (hours: string, qualifying: number) =>
      `Si vous tombez malade : à ${hours} par semaine, vous n’auriez pas en 52 semaines les ${qualifying} heures de travail assurables qu’il faut pour les prestations de maladie de l’assurance-emploi.`,
    coveredSimple: (weeks: number, amount: string, max: number) =>
      `Si vous tombez malade après ${weeks} semaines de travail, l’assurance-emploi peut vous payer environ ${amount} par semaine, pendant ${max} semaines au plus. Il faut un papier du médecin.`,
    notCoveredSimple: (hours: string) =>
      `À ${hours} par semaine, vous ne travaillez pas assez d’heures pour l’assurance-emploi si vous tombez malade.`,
  },
  en: {
    share: (atMaximum: boolean) => (atMaximum ? 'the maximum amount' : '55% of your pay'),
    covered: (
      weeks: number,
      hours: string,
      qualifying: number,
      amount: string,
      share: string,
      max: number,
    ) =>
      `If you fall sick: after ${weeks} weeks of work at ${hours} a week (${qualifying} insured hours), Employment Insurance can pay you about ${amount} a week before tax (${share}), for up to ${max} weeks, with a medical certificate.`,
    notCovered: (hours: string, qualifying: number) =>
      `If you fall sick: at ${hours} a week, you would not have in 52 weeks the ${qualifying} insured hours of work that EI sickness benefits require.`,
    coveredSimple: (weeks: number, amount: string, max: number) =>
      `If you fall sick after ${weeks} weeks of work, Employment Insurance can pay you about ${amount} a week, for up to ${max} weeks. You need a note from your doctor.`,
    notCoveredSimple: (hours: string) =>
      `At ${hours} a week, you do not work enough hours for Employment Insurance if you fall sick.`,
  },
} as const;

/**
 * EI sickness cover for a wage of `hoursPerWeek` at `hourlyWage`; null without paid hours.
 */
export function sicknessCover(
  hoursPerWeek: number,
  hourlyWage: Dec,
  ctx: RuleContext,
): SicknessCover | null {
  if (!(hoursPerWeek > 0)) return null;
  const hoursParam = param(ctx, 'ei.sickness.qualifyingHours');
  const rateParam = param(ctx, 'ei.sickness.benefitRate');
  const weeksParam = param(ctx, 'ei.sickness.maximumWeeks');
  const insurableParam = param(ctx, 'payroll.ei.maximumInsurableEarnings');
  const qualifying = hoursParam.value.toNumber();
  const maximumWeeks = weeksParam.value.toNumber();
  const weeks = Math.ceil(qualifying / hoursPerWeek);
  const weeksToQualify = weeks <= QUALIFYING_WEEKS ? weeks : null;
  const weekly = hourlyWage.times(dec(hoursPerWeek)).times(rateParam.value);
  const maximum = insurableParam.value.times(rateParam.value).dividedBy(52);
  const atMaximum = weekly.greaterThan(maximum);
  const weeklyBenefit = toCents(roundCents(atMaximum ? maximum : weekly));
  const say = (lang: Lang, plain: boolean): string => {
    const w = words[lang];
    const hours = spokenHours(lang, hoursPerWeek);
    const amount = wholeMoney(lang, Math.round(weeklyBenefit));
    if (weeksToQualify === null)
      return plain ? w.notCoveredSimple(hours) : w.notCovered(hours, qualifying);
    return plain
      ? w.coveredSimple(weeksToQualify, amount, maximumWeeks)
      : w.covered(weeksToQualify, hours, qualifying, amount, w.share(atMaximum), maximumWeeks);
  };
  return {
    hoursPerWeek,
    qualifyingHours: qualifying,
    weeksToQualify,
    weeklyBenefit,
    atMaximum,
    maximumWeeks,
    sentence: { fr: say('fr', false), en: say('en', false) },
    simpleSentence: { fr: say('fr', true), en: say('en', true) },
    parameters: [hoursParam, rateParam, weeksParam, insurableParam],
  };
}
