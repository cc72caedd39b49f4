/**
 * Step 4 of a timeline: one month's row, the money in hand and what happened. Credits are paid
 * when they are paid (GST credit quarterly, solidarity credit and Canada child benefit monthly,
 * Allocation famille quarterly), income tax is withheld from each pay, the return of the previous
 * year is settled in April.
 */
import type { Lang, Localized } from '../i18n/localized.js';
import { roundCents, sum, toCents, TWELVE, ZERO, type Dec } from '../money.js';
import { basicIncomeReferenceYear } from '../programs/basic-income/benefit.js';
import type { ScenarioCore } from '../scenario/core.js';
import { add } from '../money.js';
import type { MonthEvent, MonthStatus } from './assistance-months.js';
import { periodOf, type MonthCore, type Period } from './months.js';
import { inBoth, timelineMessages } from './sentences.js';
import type { TaxYearFigures } from './tax-years.js';
import type { TimelineMonth } from './result.js';

const quarterMonths = [1, 4, 7, 10];

export interface MonthRowContext {
  readonly years: ReadonlyMap<number, TaxYearFigures>;
  /** The first calendar year of the window, and its previous year's return (April). */
  readonly firstYear: number;
  readonly priorSpring: { readonly computed: boolean; readonly amount: Dec };
  readonly explain: boolean;
}

export function monthRow(c: MonthCore, s: MonthStatus, r: MonthRowContext): TimelineMonth {
  const p = periodOf(c.index);
  const y = r.years.get(p.year)!;
  const previousYear = r.years.get(p.year - 1);
  const gross = c.own.grossEarnings;
  const contributions = c.own.payrollDeductions;
  const allowances = c.own.allowances;
  const benefit = s.benefit ?? ZERO;
  const quarter = quarterMonths.includes(p.month);
  // January to June: the period that began the July before; July to December: this July's.
  const period = p.month < 7 ? y.halves.first : y.halves.second;
  const gst = quarter ? period.gst.dividedBy(4) : ZERO;
  const solidarity = period.solidarity.dividedBy(TWELVE);
  const childBenefits = period.ccb
    .dividedBy(TWELVE)
    .plus(quarter ? y.familyAllowance.dividedBy(4) : ZERO);
  const withheld = y.employment.isZero()
    ? ZERO
    : y.incomeTaxes.times(gross).dividedBy(y.employment);
  const spring =
    p.month === 4 && previousYear
      ? previousYear.spring
      : p.month === 4 && p.year === r.firstYear && r.priorSpring.computed
        ? r.priorSpring.amount
        : ZERO;
  const premium =
    s.booklet === 'lost' || s.booklet === 'notApplicable' ? y.premium.dividedBy(TWELVE) : ZERO;
  const disposable = roundCents(
    sum([
      gross.minus(contributions),
      allowances,
      benefit,
      gst,
      solidarity,
      childBenefits,
      spring,
    ]).minus(withheld),
  );
  const hours = Number(
    (c.activity.wage?.hoursPerWeek ?? 0) + (c.activity.allowance?.hoursPerWeek ?? 0),
  );
  return {
    period: p,
    parametersYear: c.parametersYear,
    hoursPerWeek: hours,
    grossEarnings: toCents(gross),
    allowances: toCents(allowances),
    payrollDeductions: toCents(contributions),
    countedIncome: toCents(countedIncomeOf(c.own)),
    benefit: s.benefit === null ? null : toCents(s.benefit),
    workIncomeSupplement:
      s.benefit === null
        ? 0
        : toCents((s.basis === 'thisMonth' ? c.own : c.lag).workIncomeSupplement),
    onAssistance: s.onAssistance,
    claimBooklet: s.booklet,
    claimBookletMonthsLeft: s.monthsLeft,
    drugPremium: toCents(premium),
    workPremiumSupplement: toCents(s.supplement),
    gstCredit: toCents(gst),
    solidarityCredit: toCents(solidarity),
    childBenefits: toCents(childBenefits),
    incomeTaxWithheld: toCents(withheld),
    springSettlement: toCents(spring),
    disposableIncome: disposable.toNumber(),
    events: [...s.events, ...monthEvents(c, p, spring, previousYear, r)],
    explanation: r.explain
      ? monthExplanation(p, c, s, gross, contributions, allowances, benefit)
      : { fr: '', en: '' },
  };
}

/** What the month adds to its assistance events: parameters past the data, the spring settlement. */
function monthEvents(
  c: MonthCore,
  p: Period,
  spring: Dec,
  previousYear: TaxYearFigures | undefined,
  r: MonthRowContext,
): MonthEvent[] {
  const events: MonthEvent[] = [];
  if (c.parametersYear !== p.year)
    events.push({
      code: 'parametersNotInData',
      message: inBoth((say) => say.parametersNotInData(c.parametersYear, p.year)),
    });
  if (p.month === 4 && p.year === r.firstYear && !r.priorSpring.computed)
    events.push({
      code: 'springNotComputed',
      message: inBoth((say) => say.springNotComputed(p.year - 1)),
    });
  if (!spring.isZero()) {
    // Name only the credits the previous year gives (a CWB of 0 $ is not « received »).
    const named = previousYear
      ? {
          premium: previousYear.workPremium.plus(previousYear.supplement).greaterThan(0),
          cwb: previousYear.cwb.greaterThan(0),
        }
      : { premium: true, cwb: true };
    const credits = (lang: Lang) => {
      const w = timelineMessages[lang].springCredits;
      return (
        [named.premium ? w.premium : '', named.cwb ? w.cwb : ''].filter(Boolean).join(w.and) ||
        w.none
      );
    };
    events.push({
      code: 'springSettlement',
      message: inBoth((say, lang) =>
        spring.greaterThan(0)
          ? say.springReceived(p.year - 1, toCents(spring), credits(lang))
          : say.springToPay(p.year - 1, -toCents(spring)),
      ),
    });
  }
  return events;
}

function countedIncomeOf(core: ScenarioCore): Dec {
  const a = core.assistance;
  if (a.kind === 'lastResort')
    return add(
      a.result.workIncomeCounted.value,
      sum(core.adults.map((x) => x.countedAllowance?.value ?? ZERO)),
    );
  return ZERO;
}

function monthExplanation(
  p: Period,
  c: MonthCore,
  s: MonthStatus,
  gross: Dec,
  contributions: Dec,
  allowances: Dec,
  benefit: Dec,
): Localized {
  return inBoth(({ month: say }) => {
    const parts: string[] = [];
    if (!gross.isZero()) parts.push(say.wage(toCents(gross), toCents(contributions)));
    if (!allowances.isZero()) parts.push(say.allowance(toCents(allowances)));
    if (s.benefit !== null && c.own.program === 'basicIncome')
      parts.push(say.basicIncome(toCents(benefit), basicIncomeReferenceYear(p)));
    else if (s.benefit !== null)
      parts.push(
        say.cheque(toCents(benefit), periodOf(s.basis === 'thisMonth' ? c.index : c.index - 1)),
      );
    return say.sentence(p, parts.join(say.separator) || say.nothing);
  });
}
