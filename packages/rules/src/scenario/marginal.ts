/**
 * Effective marginal tax rates by finite difference on the whole tax year (one more hour, one more
 * dollar an hour), decomposed by cause, and the participation tax rate against no activity.
 */
import { annualOf } from '../explain/computed.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { ONE, roundCents, toCents, toRate, TWELVE, ZERO, type Dec } from '../money.js';
import type { RuleContext } from '../rule-context.js';
import type { AnnualCore } from './annual.js';
import type { ScenarioCore } from './core.js';
import { runYear, type YearRun } from './run-year.js';
import type { MarginalRate } from './result.js';

export interface MarginalRates {
  readonly oneMoreHour: MarginalRate | null;
  readonly oneMoreDollarPerHour: MarginalRate | null;
  readonly participationTaxRate: number | null;
}

export const noMarginalRates: MarginalRates = {
  oneMoreHour: null,
  oneMoreDollarPerHour: null,
  participationTaxRate: null,
};

/** Annual earnings (wages and allowances) of a scenario, the base of every marginal rate. */
export function annualEarnings(core: ScenarioCore): Dec {
  return roundCents(core.grossEarnings).plus(roundCents(core.allowances)).times(TWELVE);
}

function rateBetween(
  base: YearRun,
  next: ValidSimulationInput,
  ctx: RuleContext,
): MarginalRate | null {
  const { core, annual } = runYear(next, ctx);
  const extraGross = annualEarnings(core).minus(annualEarnings(base.core));
  if (extraGross.isZero()) return null;
  const extraDisposable = annual.disposableIncome.minus(base.annual.disposableIncome);
  const yearly = (d: Dec) => roundCents(d).times(TWELVE);
  // What each cause takes from the extra dollar (a lost benefit or credit counts as taken).
  const share = (taken: Dec) => toRate(taken.dividedBy(extraGross));
  const premium = (a: AnnualCore) => annualOf(a.drugInsurancePremium);
  const bookletIncluded = (a: AnnualCore) =>
    a.claimBookletValueIncluded ? annualOf(a.claimBookletValue) : ZERO;
  return {
    rate: toRate(ONE.minus(extraDisposable.dividedBy(extraGross))),
    extraGrossPerYear: toCents(extraGross),
    extraDisposablePerYear: toCents(extraDisposable),
    components: {
      payrollContributions: share(
        yearly(core.payrollDeductions).minus(yearly(base.core.payrollDeductions)),
      ),
      incomeTaxes: share(annual.incomeTaxes.minus(base.annual.incomeTaxes)),
      assistance: share(yearly(base.core.benefit).minus(yearly(core.benefit))),
      refundableCredits: share(base.annual.refundableCredits.minus(annual.refundableCredits)),
      drugInsurancePremium: share(
        premium(base.annual)
          .plus(bookletIncluded(base.annual))
          .minus(premium(annual))
          .minus(bookletIncluded(annual)),
      ),
    },
  };
}

/** Effective marginal tax rates by finite difference, and the participation tax rate. */
export function marginalRates(
  run: YearRun,
  baseline: YearRun,
  ctx: RuleContext,
  which: 'all' | 'oneMoreHour' = 'all',
): MarginalRates {
  const { input, core, annual } = run;
  const baselineAnnual = baseline.annual;
  const adults = input.household.adults;
  const wageIndex = adults.findIndex((a) => a.activity.wage !== undefined);
  const allowanceIndex = adults.findIndex((a) => a.activity.allowance !== undefined);
  const index = wageIndex >= 0 ? wageIndex : allowanceIndex >= 0 ? allowanceIndex : 0;
  const activity = wageIndex >= 0 || allowanceIndex < 0 ? 'wage' : 'allowance';
  const adult = adults[index]!;
  const hours =
    (activity === 'wage'
      ? adult.activity.wage?.hoursPerWeek
      : adult.activity.allowance?.hoursPerWeek) ?? 0;
  const total =
    (adult.activity.wage?.hoursPerWeek ?? 0) + (adult.activity.allowance?.hoursPerWeek ?? 0);
  const oneMoreHour =
    total + 1 <= 80 ? rateBetween(run, withHours(input, index, activity, hours + 1), ctx) : null;
  const wage = wageIndex >= 0 ? adults[wageIndex]!.activity.wage : undefined;
  const hourly = core.adults[wageIndex]?.wage?.hourlyWage;
  const oneMoreDollarPerHour =
    which === 'all' && wage && hourly && wage.hoursPerWeek > 0
      ? rateBetween(run, withWage(input, wageIndex, hourly.plus(1).toNumber()), ctx)
      : null;
  const earnings = annualEarnings(core);
  const participationTaxRate = earnings.isZero()
    ? null
    : toRate(
        ONE.minus(
          annual.disposableIncome.minus(baselineAnnual.disposableIncome).dividedBy(earnings),
        ),
      );
  return { oneMoreHour, oneMoreDollarPerHour, participationTaxRate };
}

function withWage(
  input: ValidSimulationInput,
  adultIndex: number,
  hourlyWage: number,
): ValidSimulationInput {
  const adults = input.household.adults.map((a, i) =>
    i === adultIndex && a.activity.wage
      ? { ...a, activity: { ...a.activity, wage: { ...a.activity.wage, hourlyWage } } }
      : a,
  );
  return { ...input, household: { ...input.household, adults } };
}

export function withHours(
  input: ValidSimulationInput,
  adultIndex: number,
  activity: 'wage' | 'allowance',
  hours: number,
): ValidSimulationInput {
  const adults = input.household.adults.map((a, i) => {
    if (i !== adultIndex) return a;
    if (activity === 'wage')
      return {
        ...a,
        activity: { ...a.activity, wage: { ...a.activity.wage, hoursPerWeek: hours } },
      };
    const allowance = a.activity.allowance!;
    return { ...a, activity: { ...a.activity, allowance: { ...allowance, hoursPerWeek: hours } } };
  });
  return { ...input, household: { ...input.household, adults } };
}
