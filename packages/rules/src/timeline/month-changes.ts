/**
 * A month whose hours are not the plan's (a relapse, a month off, a month with more hours), said
 * in a sentence: what it changes to that month's money and, because an assistance cheque is
 * computed on the previous month's income (ADEL, « Revenus de travail », the prior-month rule the
 * timeline applies), what it changes to the month after. A counsellor reads it aloud; the handout
 * prints it under the months, where a « 0 » and a « 565 $ » alone say nothing.
 */
import { dec, toCents } from '../money.js';
import {
  englishHours,
  frenchHours,
  wholeMoney,
  type Lang,
  type Localized,
} from '../i18n/localized.js';
import { monthName, type Period } from '../i18n/months.js';
import type { Timeline, TimelineMonth } from './result.js';

export interface MonthChange {
  readonly period: Period;
  readonly hoursPerWeek: number;
  readonly plannedHoursPerWeek: number;
  /** This month's money less the plan's, in dollars and cents (negative: less). */
  readonly difference: number;
  /**
   * The month after, when it keeps the plan's hours, its cheque is not the plan's (the cheque
   * follows this month's income) and its money moves by a dollar or more; null otherwise.
   */
  readonly nextMonth: { readonly period: Period; readonly difference: number } | null;
  /**
   * This month or the next, when the plan has a cheque (or none needed) and this one would need a
   * new application: the cheque is not counted then, and the sentence says so.
   */
  readonly newApplicationFrom: Period | null;
  readonly sentence: Localized;
  readonly simpleSentence: Localized;
}

const samePeriod = (a: Period, b: Period) => a.year === b.year && a.month === b.month;

/** A difference under a dollar is said as none: the months are shown in whole dollars. */
const said = (difference: number) => Math.abs(difference) >= 0.5;

/** « 20 h » / « 20 hours », as the headline and the cliffs write hours a week. */
function hours(lang: Lang, h: number): string {
  return lang === 'fr' ? `${frenchHours(h)}\u00a0h` : `${englishHours(h)} hours`;
}

interface ChangeFacts {
  readonly month: Period;
  readonly hours: number;
  readonly planned: number;
  readonly difference: number;
  readonly next: { readonly period: Period; readonly difference: number } | null;
  readonly reapply: Period | null;
}

interface ChangeMessages {
  readonly sentence: (f: ChangeFacts) => string;
  readonly simpleSentence: (f: ChangeFacts) => string;
}

const more = (lang: Lang, d: number) =>
  lang === 'fr'
    ? `${wholeMoney('fr', Math.abs(d))} de ${d < 0 ? 'moins' : 'plus'}`
    : `${wholeMoney('en', Math.abs(d))} ${d < 0 ? 'less' : 'more'}`;

export const monthChangeMessages: Record<Lang, ChangeMessages> = {
  fr: {
    sentence: ({ month, hours: h, planned, difference, next, reapply }) =>
      `En ${monthName('fr', month)}, ${hours('fr', h)} par semaine au lieu de ${hours('fr', planned)} : ` +
      (said(difference)
        ? `${more('fr', difference)} que prévu ce mois-là`
        : 'le même argent ce mois-là') +
      (next
        ? ` ; en ${monthName('fr', next.period)}, ${more('fr', next.difference)} que prévu, car le chèque suit les revenus du mois d’avant`
        : '') +
      (reapply
        ? `. ${samePeriod(reapply, month) ? 'Ce mois-là' : `En ${monthName('fr', reapply)}`}, un chèque d’aide demanderait une nouvelle demande : il n’est pas compté ici.`
        : '.'),
    simpleSentence: ({ month, hours: h, planned, difference, next, reapply }) =>
      `En ${monthName('fr', month)}, vous travaillez ${hours('fr', h)} au lieu de ${hours('fr', planned)}. ` +
      (said(difference)
        ? `Vous avez ${more('fr', difference)} ce mois-là.`
        : 'Vous avez le même argent ce mois-là.') +
      (next
        ? ` En ${monthName('fr', next.period)}, votre chèque change : vous avez ${more('fr', next.difference)}.`
        : '') +
      (reapply
        ? ` ${samePeriod(reapply, month) ? 'Ce mois-là' : `En ${monthName('fr', reapply)}`}, pour avoir un chèque, il faut refaire une demande. Ce chèque n’est pas compté ici.`
        : ''),
  },
  en: {
    sentence: ({ month, hours: h, planned, difference, next, reapply }) =>
      `In ${monthName('en', month)}, ${hours('en', h)} a week instead of ${hours('en', planned)}: ` +
      (said(difference)
        ? `${more('en', difference)} than planned that month`
        : 'the same money that month') +
      (next
        ? `; in ${monthName('en', next.period)}, ${more('en', next.difference)} than planned, as the cheque follows the previous month’s income`
        : '') +
      (reapply
        ? `. ${samePeriod(reapply, month) ? 'That month' : `In ${monthName('en', reapply)}`}, an assistance cheque would take a new application: it is not counted here.`
        : '.'),
    simpleSentence: ({ month, hours: h, planned, difference, next, reapply }) =>
      `In ${monthName('en', month)}, you work ${hours('en', h)} instead of ${hours('en', planned)}. ` +
      (said(difference)
        ? `You have ${more('en', difference)} that month.`
        : 'You have the same money that month.') +
      (next
        ? ` In ${monthName('en', next.period)}, your cheque changes: you have ${more('en', next.difference)}.`
        : '') +
      (reapply
        ? ` ${samePeriod(reapply, month) ? 'That month' : `In ${monthName('en', reapply)}`}, to get a cheque, you must apply again. That cheque is not counted here.`
        : ''),
  },
};

/** Money this month less the plan's, in Decimal, to the cent. */
function differenceOf(month: TimelineMonth, plan: TimelineMonth): number {
  return toCents(dec(month.disposableIncome).minus(dec(plan.disposableIncome)));
}

/**
 * The months of `changed` whose hours differ from `planned`'s same month, each with its sentence.
 * The two timelines are the same household and start; a month only one of them holds is left out.
 */
export function monthChanges(changed: Timeline, planned: Timeline): MonthChange[] {
  const planOf = (p: Period) => planned.months.find((m) => samePeriod(m.period, p));
  const changedAt = (i: number) => {
    const m = changed.months[i];
    const plan = m && planOf(m.period);
    return m !== undefined && plan !== undefined && m.hoursPerWeek !== plan.hoursPerWeek;
  };
  const out: MonthChange[] = [];
  changed.months.forEach((m, i) => {
    const plan = planOf(m.period);
    if (!plan || !changedAt(i)) return;
    const after = changed.months[i + 1];
    const afterPlan = after && planOf(after.period);
    // The month after is said here only when it keeps the plan (a changed month says its own)
    // and its cheque is not the plan's: the sentence gives the cheque as the reason.
    const nextDifference =
      after &&
      afterPlan &&
      !changedAt(i + 1) &&
      after.benefit !== null &&
      afterPlan.benefit !== null &&
      after.benefit !== afterPlan.benefit
        ? differenceOf(after, afterPlan)
        : 0;
    // A cheque that would take a new application (not modelled): said, not left as a bare « — ».
    const needsApplication = (x: TimelineMonth | undefined, p: TimelineMonth | undefined) =>
      x !== undefined && p !== undefined && x.benefit === null && p.benefit !== null;
    const reapply = needsApplication(m, plan)
      ? m.period
      : !changedAt(i + 1) && needsApplication(after, afterPlan)
        ? after!.period
        : null;
    const facts: ChangeFacts = {
      month: m.period,
      hours: m.hoursPerWeek,
      planned: plan.hoursPerWeek,
      difference: differenceOf(m, plan),
      next:
        after && said(nextDifference) ? { period: after.period, difference: nextDifference } : null,
      reapply,
    };
    const write = (key: keyof ChangeMessages): Localized => ({
      fr: monthChangeMessages.fr[key](facts),
      en: monthChangeMessages.en[key](facts),
    });
    out.push({
      period: m.period,
      hoursPerWeek: m.hoursPerWeek,
      plannedHoursPerWeek: plan.hoursPerWeek,
      difference: facts.difference,
      nextMonth: facts.next,
      newApplicationFrom: reapply,
      sentence: write('sentence'),
      simpleSentence: write('simpleSentence'),
    });
  });
  return out;
}
