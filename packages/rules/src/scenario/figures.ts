/**
 * The figures of a scenario, rounded for the public API: monthly and annual totals, the tax year,
 * the comparison with no activity. `present` adds explanations, the exit point and notices to
 * them; batches and grids use them alone (`createFiguresSimulator`), so both paths give the same
 * numbers by construction.
 */
import { annualOf } from '../explain/computed.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { roundCents, subtract, sum, toCents, TWELVE, ZERO, type Dec } from '../money.js';
import type { MonthlyPayroll } from '../payroll/contributions.js';
import type { RuleContext } from '../rule-context.js';
import type { AnnualCore } from './annual.js';
import type { ScenarioCore } from './core.js';
import type { ContributionFigures } from './result.js';
import type { SimulationResult, TaxYear, Totals } from './result.js';

/**
 * 12 × an amount in dollars and cents, computed in integer cents: exact (a safe integer times 12,
 * then one division giving the double nearest to the decimal amount, as Decimal's own conversion
 * does).
 */
export function twelveTimes(amount: number): number {
  return (Math.round(amount * 100) * 12) / 100;
}

/**
 * Monthly and annual totals: each monthly amount rounded to the cent, the annual one 12 × that.
 */
export function totals(
  core: ScenarioCore,
  annualAfterTaxes: Dec,
): { monthly: Totals; annual: Totals } {
  const monthly: Totals = {
    grossEarnings: toCents(core.grossEarnings),
    allowances: toCents(core.allowances),
    payrollDeductions: toCents(core.payrollDeductions),
    netEarnings: toCents(subtract(core.grossEarnings, core.payrollDeductions)),
    benefitBeforeIncome: toCents(core.needs),
    benefitBeforeSupplement: toCents(core.benefitBeforeSupplement),
    workIncomeSupplement: toCents(core.workIncomeSupplement),
    benefit: toCents(core.benefit),
    disposableIncome: toCents(core.disposableIncome),
    disposableIncomeAfterTaxes: toCents(annualAfterTaxes.dividedBy(TWELVE)),
  };
  const annual: Totals = {
    grossEarnings: twelveTimes(monthly.grossEarnings),
    allowances: twelveTimes(monthly.allowances),
    payrollDeductions: twelveTimes(monthly.payrollDeductions),
    netEarnings: twelveTimes(monthly.netEarnings),
    benefitBeforeIncome: twelveTimes(monthly.benefitBeforeIncome),
    benefitBeforeSupplement: twelveTimes(monthly.benefitBeforeSupplement),
    workIncomeSupplement: twelveTimes(monthly.workIncomeSupplement),
    benefit: twelveTimes(monthly.benefit),
    disposableIncome: twelveTimes(monthly.disposableIncome),
    disposableIncomeAfterTaxes: toCents(annualAfterTaxes),
  };
  return { monthly, annual };
}

export function taxYearFigures(input: ValidSimulationInput, annual: AnnualCore): TaxYear {
  return {
    year: input.period.year,
    federalIncomeTax: toCents(sum(annual.federal.map(annualOf))),
    quebecIncomeTax: toCents(sum(annual.quebec.map(annualOf))),
    workPremium: toCents(annualOf(annual.workPremium)),
    workPremiumKind: annual.workPremiumKind,
    workPremiumSupplement: toCents(annualOf(annual.workPremiumSupplement)),
    canadaWorkersBenefit: toCents(annualOf(annual.canadaWorkersBenefit)),
    gstCredit: toCents(annualOf(annual.gstCredit)),
    canadaChildBenefit: toCents(annualOf(annual.canadaChildBenefit)),
    familyAllowance: toCents(annualOf(annual.familyAllowance)),
    solidarityCredit: toCents(annualOf(annual.solidarityCredit)),
    drugInsurancePremium: toCents(annualOf(annual.drugInsurancePremium)),
    claimBookletValue: toCents(annualOf(annual.claimBookletValue)),
    claimBookletValueIncluded: annual.claimBookletValueIncluded,
    disposableIncome: toCents(annual.disposableIncome),
  };
}

export type ComparisonFigures = Omit<SimulationResult['comparison'], 'explanation'>;

/** The scenario against the same household with no activity, before and after taxes. */
export function comparisonFigures(
  core: ScenarioCore,
  baseline: ScenarioCore,
  annual: AnnualCore,
  baselineAnnual: AnnualCore,
  ctx: RuleContext,
): { figures: ComparisonFigures; diff: Dec; hours: Dec; gainPerHour: Dec | null } {
  const baselineMonthly = roundCents(baseline.disposableIncome);
  const diff = roundCents(core.disposableIncome).minus(baselineMonthly);
  const hours = core.activityHoursPerWeek;
  const factor = ctx.parameters.at('lastResort.monthlyFactor.weekly', ctx.date).value;
  const gainPerHour = hours.isZero() ? null : roundCents(diff.dividedBy(hours.times(factor)));
  const afterTaxes = annual.disposableIncome.minus(baselineAnnual.disposableIncome);
  const noActivity = toCents(baselineMonthly);
  const difference = toCents(diff);
  return {
    diff,
    hours,
    gainPerHour,
    figures: {
      noActivity: { monthly: noActivity, annual: twelveTimes(noActivity) },
      differenceVsNoActivity: { monthly: difference, annual: twelveTimes(difference) },
      differenceAfterTaxesVsNoActivity: {
        monthly: toCents(afterTaxes.dividedBy(TWELVE)),
        annual: toCents(afterTaxes),
      },
      activityHoursPerWeek: Number(hours.toString()),
      netGainPerHour: gainPerHour === null ? null : toCents(gainPerHour),
    },
  };
}

/** Annual employee contributions by kind: 12 × the monthly contributions (already in cents). */
export function contributionFigures(core: ScenarioCore): ContributionFigures {
  const yearly = (pick: (p: MonthlyPayroll) => Dec) =>
    toCents(sum(core.adults.map((a) => (a.payroll ? pick(a.payroll) : ZERO))).times(TWELVE));
  return {
    qpp: yearly((p) => p.qpp.value),
    ei: yearly((p) => p.ei.value),
    qpip: yearly((p) => p.qpip.value),
  };
}
