/**
 * A month whose hours are not the plan's (a relapse, a month off, a month with more hours), said
 * in a sentence: what it changes to that month's money and, because an assistance cheque is
 * computed on the previous month's income (ADEL, « Revenus de travail », the prior-month rule the
 * timeline applies), what it changes to the next month's cheque; when the cheque comes back by
 * the simplified application (RAPF s. 169), that cheque and the form; when a cheque would take a
 * new application, that too. Then, once for all the changes, what they make over the window. A
 * counsellor reads it aloud; the handout prints it under the months, where a « 0 » and a « 565 $ »
 * alone say nothing.
 *
 * The amounts said are differences of the whole dollars the months' table shows (the money of the
 * month, the cheque), so that a person who subtracts the table's figures finds them; the exact
 * differences stay in the result, to the cent.
 */
import { dec, toCents } from '../money.js';
import { spokenHours, wholeMoney, type Lang, type Localized } from '../i18n/localized.js';
import { monthIndex, monthName, type Period } from '../i18n/months.js';
import type { Timeline, TimelineMonth } from './result.js';

export interface MonthChange {
  readonly period: Period;
  readonly hoursPerWeek: number;
  readonly plannedHoursPerWeek: number;
  /** This month's money less the plan's, in dollars and cents (negative: less). */
  readonly difference: number;
  /**
   * The month after, when it keeps the plan's hours and its cheque is not the plan's (it follows
   * this month's income): its cheque less the plan's, in dollars and cents; null otherwise.
   */
  readonly nextMonth: { readonly period: Period; readonly chequeDifference: number } | null;
  /**
   * The first month from this one, before the next changed month, whose cheque would take a new
   * application while the plan has one: it is not counted, and the sentence says so; else null.
   */
  readonly newApplicationFrom: Period | null;
  /**
   * The first month from this one, before the next changed month, whose cheque comes back by the
   * simplified application (form 3004, RAPF s. 169: while the claim booklet is kept, or the month
   * after), with that cheque in dollars and cents; else null.
   */
  readonly simplifiedReturn: { readonly period: Period; readonly cheque: number } | null;
  readonly sentence: Localized;
  readonly simpleSentence: Localized;
}

/** What all the changed months make over the window, against the plan. */
export interface ChangesOverWindow {
  /** The window's total less the plan's, in dollars and cents. */
  readonly difference: number;
  readonly sentence: Localized;
  readonly simpleSentence: Localized;
  /**
   * When months neither changed nor said moved too (by 10 $ or more in all): why, in a sentence
   * of its own (a screen says it; a full page of paper may leave it out); else null.
   */
  readonly othersNote: Localized | null;
  readonly simpleOthersNote: Localized | null;
}

/** The plan's month of a period, looked up by its month index. */
function planLookup(planned: Timeline): (p: Period) => TimelineMonth | undefined {
  const byMonth = new Map(planned.months.map((m) => [monthIndex(m.period), m]));
  return (p) => byMonth.get(monthIndex(p));
}

interface ChangeFacts {
  readonly month: Period;
  readonly hours: number;
  readonly planned: number;
  /** Whole dollars, as the table shows them. */
  readonly difference: number;
  readonly next: { readonly period: Period; readonly cheque: number } | null;
  readonly reapply: Period | null;
  /** The cheque that comes back by the simplified application, in whole dollars; else null. */
  readonly simplifiedReturn: { readonly period: Period; readonly cheque: number } | null;
}

interface ChangeMessages {
  readonly sentence: (f: ChangeFacts) => string;
  readonly simpleSentence: (f: ChangeFacts) => string;
  readonly window: (months: number, difference: number) => string;
  readonly simpleWindow: (months: number, difference: number) => string;
  readonly others: string;
  readonly simpleOthers: string;
}

const amount = (lang: Lang, d: number) =>
  lang === 'fr'
    ? `${wholeMoney('fr', Math.abs(d))} de ${d < 0 ? 'moins' : 'plus'}`
    : `${wholeMoney('en', Math.abs(d))} ${d < 0 ? 'less' : 'more'}`;

const when = (lang: Lang, at: Period, month: Period) =>
  monthIndex(at) === monthIndex(month)
    ? lang === 'fr'
      ? 'Ce mois-là'
      : 'That month'
    : `${lang === 'fr' ? 'En' : 'In'} ${monthName(lang, at)}`;

/** Two clauses of a plain sentence, in the order of their months (the changed month's first). */
function inMonthOrder(
  month: Period,
  ...clauses: ({ readonly at: Period; readonly text: string } | null)[]
): string {
  const order = (p: Period) => (monthIndex(p) === monthIndex(month) ? -1 : monthIndex(p));
  return clauses
    .filter((c) => c !== null)
    .sort((a, b) => order(a.at) - order(b.at))
    .map((c) => c.text)
    .join('');
}

export const monthChangeMessages: Record<Lang, ChangeMessages> = {
  fr: {
    sentence: ({ month, hours: h, planned, difference, next, reapply, simplifiedReturn }) =>
      `En ${monthName('fr', month)}, ${spokenHours('fr', h)} par semaine au lieu de ${spokenHours('fr', planned)} : ` +
      (difference !== 0
        ? `${amount('fr', difference)} que prévu ce mois-là`
        : 'le même argent ce mois-là') +
      (simplifiedReturn !== null && monthIndex(simplifiedReturn.period) === monthIndex(month)
        ? `, avec un chèque de ${wholeMoney('fr', simplifiedReturn.cheque)} (demande simplifiée, formulaire 3004)`
        : '') +
      (next
        ? ` ; en ${monthName('fr', next.period)}, un chèque ${amount('fr', next.cheque)} que prévu, car il suit les revenus du mois d’avant`
        : '') +
      (simplifiedReturn !== null && monthIndex(simplifiedReturn.period) !== monthIndex(month)
        ? `. En ${monthName('fr', simplifiedReturn.period)}, un chèque d’aide de ${wholeMoney('fr', simplifiedReturn.cheque)} (demande simplifiée, formulaire 3004)`
        : '') +
      (reapply
        ? `. ${when('fr', reapply, month)}, un chèque d’aide demanderait une nouvelle demande : il n’est pas compté ici.`
        : '.'),
    simpleSentence: ({ month, hours: h, planned, difference, next, reapply, simplifiedReturn }) =>
      `En ${monthName('fr', month)}, vous faites ${spokenHours('fr', h)} au lieu de ${spokenHours('fr', planned)}. ` +
      (difference !== 0
        ? `Vous avez ${amount('fr', difference)} ce mois-là.`
        : 'Vous avez le même argent ce mois-là.') +
      inMonthOrder(
        month,
        simplifiedReturn && {
          at: simplifiedReturn.period,
          text: ` ${when('fr', simplifiedReturn.period, month)}, faites la demande simplifiée (formulaire 3004) : vous avez un chèque de ${wholeMoney('fr', simplifiedReturn.cheque)}.`,
        },
        next && {
          at: next.period,
          text: ` En ${monthName('fr', next.period)}, votre chèque a ${amount('fr', next.cheque)}.`,
        },
      ) +
      (reapply
        ? ` ${when('fr', reapply, month)}, pour avoir un chèque, il faut refaire une demande. Ce chèque n’est pas compté ici.`
        : ''),
    window: (months, d) =>
      d === 0
        ? `Avec ${months > 1 ? 'ces changements' : 'ce changement'}, sur les 12 mois : le même argent que prévu.`
        : `Avec ${months > 1 ? 'ces changements' : 'ce changement'}, sur les 12 mois : ${amount('fr', d)} que prévu.`,
    simpleWindow: (months, d) =>
      d === 0
        ? 'En 12 mois, vous avez le même argent.'
        : `En 12 mois, vous avez ${amount('fr', d)}.`,
    others:
      'Ce total compte aussi de petits écarts dans les autres mois : l’impôt retenu et les crédits sont calculés sur l’année.',
    simpleOthers: 'Les autres mois changent aussi un peu.',
  },
  en: {
    sentence: ({ month, hours: h, planned, difference, next, reapply, simplifiedReturn }) =>
      `In ${monthName('en', month)}, ${spokenHours('en', h)} a week instead of ${spokenHours('en', planned)}: ` +
      (difference !== 0
        ? `${amount('en', difference)} than planned that month`
        : 'the same money that month') +
      (simplifiedReturn !== null && monthIndex(simplifiedReturn.period) === monthIndex(month)
        ? `, with a cheque of ${wholeMoney('en', simplifiedReturn.cheque)} (simplified application, form 3004)`
        : '') +
      (next
        ? `; in ${monthName('en', next.period)}, a cheque ${amount('en', next.cheque)} than planned, as it follows the previous month’s income`
        : '') +
      (simplifiedReturn !== null && monthIndex(simplifiedReturn.period) !== monthIndex(month)
        ? `. In ${monthName('en', simplifiedReturn.period)}, an assistance cheque of ${wholeMoney('en', simplifiedReturn.cheque)} (simplified application, form 3004)`
        : '') +
      (reapply
        ? `. ${when('en', reapply, month)}, an assistance cheque would take a new application: it is not counted here.`
        : '.'),
    simpleSentence: ({ month, hours: h, planned, difference, next, reapply, simplifiedReturn }) =>
      `In ${monthName('en', month)}, you do ${spokenHours('en', h)} instead of ${spokenHours('en', planned)}. ` +
      (difference !== 0
        ? `You have ${amount('en', difference)} that month.`
        : 'You have the same money that month.') +
      inMonthOrder(
        month,
        simplifiedReturn && {
          at: simplifiedReturn.period,
          text: ` ${when('en', simplifiedReturn.period, month)}, file the simplified application (form 3004): you get a cheque of ${wholeMoney('en', simplifiedReturn.cheque)}.`,
        },
        next && {
          at: next.period,
          text: ` In ${monthName('en', next.period)}, your cheque is ${amount('en', next.cheque)}.`,
        },
      ) +
      (reapply
        ? ` ${when('en', reapply, month)}, to get a cheque, you must apply again. That cheque is not counted here.`
        : ''),
    window: (months, d) =>
      d === 0
        ? `With ${months > 1 ? 'these changes' : 'this change'}, over the 12 months: the same money as planned.`
        : `With ${months > 1 ? 'these changes' : 'this change'}, over the 12 months: ${amount('en', d)} than planned.`,
    simpleWindow: (months, d) =>
      d === 0
        ? 'In 12 months, you have the same money.'
        : `In 12 months, you have ${amount('en', d)}.`,
    others:
      'This total also counts small differences in the other months: tax withheld and credits are computed over the year.',
    simpleOthers: 'The other months change a little too.',
  },
};

/** The difference of two amounts as the table shows them, in whole dollars. */
const shown = (a: number, b: number) => Math.round(a) - Math.round(b);

/**
 * The months of `changed` whose hours differ from `planned`'s same month, each with its sentence.
 * The two timelines are the same household and start; a month only one of them holds is left out.
 */
export function monthChanges(changed: Timeline, planned: Timeline): MonthChange[] {
  const planOf = planLookup(planned);
  const changedAt = (i: number) => {
    const m = changed.months[i];
    const plan = m && planOf(m.period);
    return m !== undefined && plan !== undefined && m.hoursPerWeek !== plan.hoursPerWeek;
  };
  // A cheque that would take a new application (not modelled) where the plan has one.
  const needsApplication = (j: number) => {
    const x = changed.months[j];
    const p = x && planOf(x.period);
    return x !== undefined && p !== undefined && x.benefit === null && p.benefit !== null;
  };
  // The first month from changed month `i` up to (not including) the next changed one that holds.
  const firstUntilNextChange = (i: number, holds: (j: number) => boolean) => {
    for (let j = i; j < changed.months.length && (j === i || !changedAt(j)); j++)
      if (holds(j)) return changed.months[j]!;
    return undefined;
  };
  const out: MonthChange[] = [];
  changed.months.forEach((m, i) => {
    const plan = planOf(m.period);
    if (!plan || !changedAt(i)) return;
    const after = changed.months[i + 1];
    const afterPlan = after && planOf(after.period);
    // The month after is said here only when it keeps the plan (a changed month says its own)
    // and both cheques are known and differ.
    const nextCheque =
      after &&
      afterPlan &&
      !changedAt(i + 1) &&
      after.benefit !== null &&
      afterPlan.benefit !== null &&
      after.benefit !== afterPlan.benefit
        ? {
            exact: toCents(dec(after.benefit).minus(dec(afterPlan.benefit))),
            shown: shown(after.benefit, afterPlan.benefit),
          }
        : null;
    // The first cheque that would need a new application, and the first back by the simplified
    // application, from this month to the next changed one.
    const reapply = firstUntilNextChange(i, needsApplication)?.period ?? null;
    const back = firstUntilNextChange(i, (j) =>
      changed.months[j]!.events.some((e) => e.code === 'simplifiedReturn'),
    );
    const facts: ChangeFacts = {
      month: m.period,
      hours: m.hoursPerWeek,
      planned: plan.hoursPerWeek,
      difference: shown(m.disposableIncome, plan.disposableIncome),
      next:
        after && nextCheque && nextCheque.shown !== 0
          ? { period: after.period, cheque: nextCheque.shown }
          : null,
      reapply,
      simplifiedReturn:
        back && back.benefit !== null
          ? { period: back.period, cheque: Math.round(back.benefit) }
          : null,
    };
    const write = (key: 'sentence' | 'simpleSentence'): Localized => ({
      fr: monthChangeMessages.fr[key](facts),
      en: monthChangeMessages.en[key](facts),
    });
    out.push({
      period: m.period,
      hoursPerWeek: m.hoursPerWeek,
      plannedHoursPerWeek: plan.hoursPerWeek,
      difference: toCents(dec(m.disposableIncome).minus(dec(plan.disposableIncome))),
      nextMonth:
        facts.next && nextCheque
          ? { period: facts.next.period, chequeDifference: nextCheque.exact }
          : null,
      newApplicationFrom: reapply,
      simplifiedReturn:
        back && back.benefit !== null ? { period: back.period, cheque: back.benefit } : null,
      sentence: write('sentence'),
      simpleSentence: write('simpleSentence'),
    });
  });
  return out;
}

/**
 * What the changed months make over the window, once for them all: a month of more hours can
 * cost more later (the cheque stops, then would take a new application), which the month's own
 * sentence does not add up. Null without a changed month.
 */
export function changesOverWindow(changed: Timeline, planned: Timeline): ChangesOverWindow | null {
  const changes = monthChanges(changed, planned);
  const count = changes.length;
  if (count === 0) return null;
  const d = shown(changed.total, planned.total);
  // Months neither changed nor said as « the month after » that still moved: the year's tax
  // withheld and credits are computed on the year (the timeline's convention).
  const said = new Set(
    changes
      .flatMap((c) => [c.period, ...(c.nextMonth ? [c.nextMonth.period] : [])])
      .map(monthIndex),
  );
  const planOf = planLookup(planned);
  // Said when they add up to 10 $ or more: a few dollars of GST credit are not worth a sentence.
  const othersMoved = changed.months.reduce((sum, m) => {
    const plan = planOf(m.period);
    return plan === undefined || said.has(monthIndex(m.period)) || m.benefit === null
      ? sum
      : sum + Math.abs(shown(m.disposableIncome, plan.disposableIncome));
  }, 0);
  const others = othersMoved >= 10;
  return {
    difference: toCents(dec(changed.total).minus(dec(planned.total))),
    sentence: {
      fr: monthChangeMessages.fr.window(count, d),
      en: monthChangeMessages.en.window(count, d),
    },
    simpleSentence: {
      fr: monthChangeMessages.fr.simpleWindow(count, d),
      en: monthChangeMessages.en.simpleWindow(count, d),
    },
    othersNote: others
      ? { fr: monthChangeMessages.fr.others, en: monthChangeMessages.en.others }
      : null,
    simpleOthersNote: others
      ? { fr: monthChangeMessages.fr.simpleOthers, en: monthChangeMessages.en.simpleOthers }
      : null,
  };
}
