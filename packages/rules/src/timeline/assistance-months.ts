/**
 * Step 2 of a timeline: assistance month by month, from before the window (steady) through it.
 * The cheque of a month comes from last month's income (last-resort assistance) or from a past
 * year's net income (revenu de base); leaving assistance because of work keeps the claim booklet
 * 6 or 48 months; the work premium supplement (200 $ a month, up to 12 months) is accrued for a
 * long-term recipient who left for work. A return after leaving for work while the booklet is
 * kept, or in the month after it ends, is the simplified application (RAPF s. 169, ADEL
 * ?sujet=42763, form 3004): its first cheque counts only the income of the month of the
 * application; later, a return is a new application, not modelled.
 */
import type { Localized } from '../i18n/localized.js';
import { annualContributions } from '../payroll/contributions.js';
import {
  basicIncomeBase,
  basicIncomeBenefit,
  basicIncomeReferenceYear,
  type BasicIncomeBase,
} from '../programs/basic-income/benefit.js';
import { sum, toCents, ZERO, type Dec } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import type { ScenarioCore } from '../scenario/core.js';
import type { MonthCores } from './month-cores.js';
import { periodOf, type Activity, type MonthCore, type Period } from './months.js';
import type { ValidTimelineInput } from './schema.js';
import { inBoth } from './sentences.js';

export type BookletStatus = 'held' | 'keptAfterLeaving' | 'lost' | 'notApplicable' | 'unknown';

export interface MonthEvent {
  readonly code: string;
  readonly message: Localized;
}

/** Where a month stands with assistance. */
export interface MonthStatus {
  /** The cheque of the month; null when not modelled (a return after leaving: a new application). */
  readonly benefit: Dec | null;
  /**
   * Whose income sets the cheque: last month's (the usual rule), or this month's (the first
   * cheque of a simplified return, RAPF s. 169).
   */
  readonly basis: 'lastMonth' | 'thisMonth';
  readonly onAssistance: boolean;
  readonly booklet: BookletStatus;
  /** Months the booklet is still kept after this one, while kept after leaving. */
  readonly monthsLeft: number | null;
  /** The work premium supplement accrued this month. */
  readonly supplement: Dec;
  readonly events: readonly MonthEvent[];
}

export interface AssistanceMonths {
  readonly statuses: ReadonlyMap<number, MonthStatus>;
  /** The month assistance stopped because of work (last-resort programs), or null. */
  readonly leftForWork: { readonly index: number } | null;
  /** How long the booklet is kept after leaving for work (6 or 48 months; 0 off last resort). */
  readonly keptMonths: number;
  /** The first month of the unbroken run of months with earnings up to month `i`. */
  jobStart(i: number): Period;
  /** The first return by the simplified application, and the last day it could be filed. */
  readonly simplifiedReturn: { readonly index: number; readonly deadline: Period } | null;
}

export function assistanceByMonth(t: ValidTimelineInput, m: MonthCores): AssistanceMonths {
  const { start, end, firstYear, lastYear, cores, contextOf } = m;
  const program = t.household.adults[0]!.program;
  const onLastResort = program === 'socialAssistance' || program === 'socialSolidarity';
  // The month the work that ends assistance began: it dates the declaration that keeps the booklet.
  const jobStart = (i: number) => {
    let first = i;
    while (first > start && cores.get(first - 1)!.own.grossEarnings.greaterThan(0)) first--;
    return periodOf(first);
  };
  const startCtx = contextOf(start).ctx;
  const keptMonths = onLastResort
    ? param(
        startCtx,
        program === 'socialSolidarity'
          ? 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialSolidarity'
          : 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialAssistance',
      ).value.toNumber()
    : 0;
  const supplementMonthly = param(startCtx, 'credits.workPremium.supplement.monthlyAmount').value;
  const supplementMonths = param(
    startCtx,
    'credits.workPremium.supplement.maximumMonths',
  ).value.toNumber();
  const supplementMinimum = param(
    startCtx,
    'credits.workPremium.supplement.minimumMonthlyWorkIncome',
  ).value;

  const statuses = new Map<number, MonthStatus>();
  // The last leaving: `known` when the months before it had a cheque the timeline computed (not
  // a `before` activity already off assistance when the computed months begin: its date is
  // unknown, so is the booklet's).
  let left: { index: number; forWork: boolean; known: boolean } | null = null;
  let simplifiedReturn: AssistanceMonths['simplifiedReturn'] = null;
  let wasOn = program !== 'none';
  let supplementPaid = 0;
  const basicIncomeDue = basicIncomeByMonth(t, m.activityAt, m.coreOf, contextOf);
  for (let i = firstYear * 12; i < (lastYear + 1) * 12; i++) {
    const c = cores.get(i)!;
    const events: MonthEvent[] = [];
    // Last-resort assistance: last month's income. Revenu de base: a past year's net income (55 %
    // above the exclusion, from July of the year after), and last month's counted allowances.
    const due = program === 'basicIncome' ? basicIncomeDue(i, c) : c.lag.benefit;
    let benefit: Dec | null = due;
    let basis: MonthStatus['basis'] = 'lastMonth';
    let on = program !== 'none' && due.greaterThan(0);
    if (program !== 'none' && left === null && wasOn && !on) {
      // The first month with no cheque: assistance stops because of last month's income.
      const forWork = c.lag.grossEarnings.greaterThan(0);
      left = { index: i, forWork, known: i > firstYear * 12 };
      const incomeYear = basicIncomeReferenceYear(periodOf(i));
      const incomeMonth = periodOf(i - 1);
      events.push({
        code: 'assistanceStops',
        message: inBoth((say) =>
          program === 'basicIncome'
            ? say.basicIncomeStops(incomeYear)
            : forWork
              ? say.chequeStopsForWork(incomeMonth, keptMonths, jobStart(i - 1))
              : say.chequeStops(incomeMonth),
        ),
      });
    }
    if (
      left !== null &&
      left.known &&
      left.forWork &&
      onLastResort &&
      i - left.index <= keptMonths &&
      c.own.benefit.greaterThan(0)
    ) {
      // Income fell while the booklet is kept (or in the month after it ends): the simplified
      // application (form 3004, ADEL ?sujet=42763), filed this month. RAPF s. 169 sets aside the
      // usual rule of the month of application: work income counts only if received and due for
      // this month, so the cheque is this month's own (assumed: the same program, and on aide
      // sociale liquid assets within the limit).
      benefit = c.own.benefit;
      on = true;
      basis = 'thisMonth';
      const deadline = periodOf(left.index + keptMonths);
      simplifiedReturn ??= { index: i, deadline };
      events.push({
        code: 'simplifiedReturn',
        message: inBoth((say) =>
          say.simplifiedReturn(
            periodOf(i),
            toCents(benefit!),
            deadline,
            program === 'socialAssistance',
          ),
        ),
      });
      left = null;
    } else if (left !== null && left.index !== i && due.greaterThan(0)) {
      // Income fell after leaving: eligibility again is a new application, not modelled.
      benefit = null;
      on = false;
      events.push({ code: 'newApplication', message: inBoth((say) => say.newApplication) });
    }
    let booklet: BookletStatus;
    let monthsLeft: number | null = null;
    if (program === 'none') booklet = 'notApplicable';
    else if (left === null) booklet = on ? 'held' : 'unknown';
    else if (!left.forWork || !left.known || program === 'basicIncome') booklet = 'unknown';
    else {
      const since = i - left.index;
      if (since < keptMonths) {
        booklet = 'keptAfterLeaving';
        // Months still kept after this one (the month of leaving is the first of the kept ones:
        // kept 6 months from March, it ends in September, and March says 5 more).
        monthsLeft = keptMonths - since - 1;
      } else {
        booklet = 'lost';
        if (since === keptMonths)
          events.push({ code: 'claimBookletEnds', message: inBoth((say) => say.claimBookletEnds) });
      }
    }
    let supplement = ZERO;
    if (
      t.options.longTermRecipient &&
      left?.forWork &&
      onLastResort &&
      supplementPaid < supplementMonths &&
      c.own.grossEarnings.greaterThanOrEqualTo(supplementMinimum)
    ) {
      supplement = supplementMonthly;
      supplementPaid++;
    }
    if (i >= start && i < end && on) {
      // The first cheque lower than the month before: last month's income is counted.
      const before = statuses.get(i - 1)?.benefit ?? m.monthCore(i - 1).lag.benefit;
      if (before !== null && benefit !== null && benefit.lessThan(before)) {
        const p = periodOf(i);
        const incomeYear = basicIncomeReferenceYear(p);
        const reducedByYear = program === 'basicIncome' && p.month === 7;
        events.push({
          code: 'chequeReduced',
          message: inBoth((say) =>
            reducedByYear
              ? say.basicIncomeReduced(incomeYear, p.year)
              : say.chequeReduced(periodOf(i - 1)),
          ),
        });
      }
    }
    statuses.set(i, {
      benefit,
      basis,
      onAssistance: on,
      booklet,
      monthsLeft,
      supplement,
      events,
    });
    wasOn = on;
  }
  // The leaving the booklet follows: the last one, when no return came after it.
  const leftForWork =
    left !== null && left.known && left.forWork && onLastResort ? { index: left.index } : null;
  return { statuses, leftForWork, keptMonths, jobStart, simplifiedReturn };
}

/**
 * The revenu de base due each month of a timeline (RAPF s. 177.79): the net income of the calendar
 * year before the reference period (July to June), computed from that year's twelve months (the
 * « before » activity for years before the window), at that year's tax rules; the allowances
 * counted last month come off too (s. 177.77).
 */
function basicIncomeByMonth(
  t: ValidTimelineInput,
  activityAt: (i: number) => Activity,
  coreOf: (i: number, activity: Activity) => ScenarioCore,
  contextOf: (i: number) => { ctx: RuleContext },
) {
  const bases = new Map<number, BasicIncomeBase>();
  const minors = t.household.children.filter((c) => c.age < 18).length;
  const baseOf = (year: number): BasicIncomeBase => {
    let base = bases.get(year);
    if (!base) {
      const months = Array.from({ length: 12 }, (_, k) => year * 12 + k);
      const cores = months.map((i) => coreOf(i, activityAt(i)));
      const employment = sum(cores.map((c) => c.grossEarnings));
      const asWork =
        t.options.allowanceTreatment === 'countedAsWorkIncome'
          ? sum(cores.map((c) => c.allowances))
          : ZERO;
      const ctx = contextOf(year * 12 + 11).ctx;
      const pp = cores[11]!.payrollParameters;
      base = basicIncomeBase(employment, annualContributions(employment, pp), asWork, pp, ctx);
      bases.set(year, base);
    }
    return base;
  };
  return (i: number, c: MonthCore): Dec => {
    const year = basicIncomeReferenceYear(periodOf(i));
    const counted = c.lag.adults.flatMap((a) => (a.countedAllowance ? [a.countedAllowance] : []));
    return basicIncomeBenefit(baseOf(year), counted, c.ctx, year, minors).benefit.value;
  };
}
