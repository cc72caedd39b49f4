/**
 * Step 3 of a timeline: each calendar year's taxes and credits from the sum of its actual months
 * (incomes summed, then the returns), and the return of the year before the window when it is
 * settled in the window (April of the first year).
 */
import { annualOf } from '../explain/computed.js';
import { drugInsurancePremium, premiumFamilyOf } from '../credits/drug-insurance.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { roundCents, sum, TWELVE, ZERO, type Dec } from '../money.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { contextFor, type RuleContext } from '../rule-context.js';
import { taxesAndCredits } from '../scenario/annual.js';
import { springAmount } from '../scenario/money-per-month.js';
import { runYear } from '../scenario/run-year.js';
import { annualIncomesOf } from '../tax/annual-income.js';
import type { MonthStatus } from './assistance-months.js';
import type { Activity, MonthCore } from './months.js';
import type { ValidTimelineInput } from './schema.js';

/** A calendar year from its twelve months: incomes summed, then the returns. */
export function taxYearOf(
  t: ValidTimelineInput,
  year: number,
  cores: ReadonlyMap<number, MonthCore>,
  statuses: ReadonlyMap<number, MonthStatus>,
  ctx: RuleContext,
) {
  const idx = Array.from({ length: 12 }, (_, k) => year * 12 + k);
  const adults = t.household.adults.length;
  const employmentOf = (k: number) =>
    sum(idx.map((i) => cores.get(i)!.own.adults[k]?.wage?.grossMonthly.value ?? ZERO));
  const allowanceOf = (k: number) =>
    sum(idx.map((i) => cores.get(i)!.own.adults[k]?.allowance?.monthly.value ?? ZERO));
  const benefits = sum(idx.map((i) => roundCents(statuses.get(i)!.benefit ?? ZERO)));
  const incomes = annualIncomesOf(
    // Taxes as the returns compute them: the contributions on the year's wages, the year's benefits.
    { ...baseInput(t, year) },
    Array.from({ length: adults }, (_, k) => ({
      employment: employmentOf(k),
      allowance: allowanceOf(k),
    })),
    benefits,
    cores.get(idx[11]!)!.own.payrollParameters,
    ctx,
  );
  // January to June are paid the period that began the July before (its amounts, this year's
  // income, as in \`simulate\`); past the data, the latest year's amounts all year.
  const firstHalfCtx =
    Number(ctx.date.slice(0, 4)) === year
      ? contextFor({ year: year - 1, month: 7 }, ctx.parameters)
      : null;
  const r = taxesAndCredits(baseInput(t, year), incomes, ctx, firstHalfCtx);
  const uncovered = idx.filter((i) => {
    const b = statuses.get(i)!.booklet;
    return b === 'lost' || b === 'notApplicable' || b === 'unknown';
  }).length;
  const yearlyPremium = t.options.groupInsurance
    ? ZERO
    : annualOf(
        drugInsurancePremium(premiumFamilyOf(t.household), r.quebecFamilyNet, true, ctx),
      ).negated();
  const premium = yearlyPremium.times(uncovered).dividedBy(TWELVE);
  const supplement = sum(idx.map((i) => statuses.get(i)!.supplement));
  const cashBeforeTaxes = sum(
    idx.map((i) => {
      const c = cores.get(i)!.own;
      return roundCents(
        sum([
          c.grossEarnings.minus(c.payrollDeductions),
          c.allowances,
          roundCents(statuses.get(i)!.benefit ?? ZERO),
        ]),
      );
    }),
  );
  const workPremium = annualOf(r.workPremium);
  const cwb = annualOf(r.canadaWorkersBenefit);
  // The credits of each half year's period, and what the calendar year is paid: half of each.
  const halves = {
    first: {
      gst: annualOf(r.paidThisMonth.gstCredit),
      solidarity: annualOf(r.paidThisMonth.solidarityCredit),
      ccb: annualOf(r.paidThisMonth.canadaChildBenefit),
    },
    second: {
      gst: annualOf(r.gstCredit),
      solidarity: annualOf(r.solidarityCredit),
      ccb: annualOf(r.canadaChildBenefit),
    },
  };
  const paidInYear = (k: 'gst' | 'solidarity' | 'ccb') =>
    halves.first[k].plus(halves.second[k]).dividedBy(2);
  const gst = paidInYear('gst');
  const solidarity = paidInYear('solidarity');
  const ccb = paidInYear('ccb');
  const familyAllowance = annualOf(r.familyAllowance);
  const spring = sum([workPremium, supplement, cwb]).minus(premium);
  const disposable = sum([cashBeforeTaxes, gst, solidarity, ccb, familyAllowance, spring]).minus(
    r.incomeTaxes,
  );
  return {
    employment: sum(Array.from({ length: adults }, (_, k) => employmentOf(k))),
    benefits,
    incomeTaxes: r.incomeTaxes,
    workPremium,
    supplement,
    cwb,
    gst,
    solidarity,
    ccb,
    familyAllowance,
    halves,
    premium,
    spring,
    disposable,
  };
}

export function baseInput(t: ValidTimelineInput, year: number): ValidSimulationInput {
  return {
    period: { year, month: 12 },
    household: t.household,
    options: t.options,
  };
}

/** A calendar year's figures, as `taxYearOf` sums them. */
export type TaxYearFigures = ReturnType<typeof taxYearOf>;

/**
 * The return of the year before the window, settled in April of the window's first year: the
 * `before` activity held all year (what a person who already worked last year brings), computed
 * as `simulate` computes a steady year. Not computed (and said) when that year is not in the data.
 */
export function priorYearSpring(
  t: ValidTimelineInput,
  firstYear: number,
  start: number,
  end: number,
  inputFor: (i: number, activity: Activity) => ValidSimulationInput,
  parameters: ParameterSet,
): { computed: boolean; amount: Dec } {
  const april = firstYear * 12 + 3;
  if (april < start || april >= end) return { computed: true, amount: ZERO };
  const prior = firstYear - 1;
  if (!parameters.supportedYears.includes(prior)) return { computed: false, amount: ZERO };
  const ctx = contextFor({ year: prior, month: 12 }, parameters);
  return {
    computed: true,
    amount: springAmount(runYear(inputFor(prior * 12 + 11, t.before), ctx).annual),
  };
}
