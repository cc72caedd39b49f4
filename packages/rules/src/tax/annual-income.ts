/**
 * Annual income concepts of each adult for the tax year, from the simulated month held for a
 * year (12 × the month): employment income, allowance, assistance payments (reported on the
 * return, then deducted: ITA s. 110(1)(f), TP-1 line 295), and payroll contributions split the
 * way the returns split them (base QPP credited, enhanced QPP deducted).
 */
import type { ValidSimulationInput } from '../input/schema.js';
import { add, roundCents, subtract, ZERO, type Dec } from '../money.js';
import {
  annualContributions,
  type AnnualContributions,
  type PayrollParameters,
} from '../payroll/contributions.js';
import { param, type RuleContext } from '../rule-context.js';

export interface AdultAnnualIncome {
  readonly employment: Dec;
  /** RPST allowance (annual). */
  readonly allowance: Dec;
  /** Whether the allowance is taxable (else it is reported, then deducted like assistance). */
  readonly allowanceTaxable: boolean;
  /** Last-resort assistance or basic income received (attributed to the first adult). */
  readonly assistance: Dec;
  readonly qppBase: Dec;
  readonly qppEnhanced: Dec;
  readonly ei: Dec;
  readonly qpip: Dec;
  /** Net income before the deductions specific to each return (both returns include assistance). */
  readonly commonNetIncome: Dec;
  /** The part of net income deducted to get taxable income (assistance, non-taxable allowance). */
  readonly nonTaxableIncome: Dec;
}

/** What an adult earned in the year, for the returns: annual sums (the month × 12, or the sum of actual months). */
export interface AdultYearSums {
  readonly employment: Dec;
  readonly allowance: Dec;
  /** The year's contributions when already computed (monthly payroll × 12); else computed on `employment`. */
  readonly contributions?: AnnualContributions | undefined;
}

/** Each adult's income concepts for the returns, from the year's sums; assistance goes to the first adult. */
export function annualIncomesOf(
  input: ValidSimulationInput,
  sums: readonly AdultYearSums[],
  assistanceOfYear: Dec,
  pp: PayrollParameters,
  ctx: RuleContext,
): AdultAnnualIncome[] {
  return sums.map((adult, i) => {
    const employment = adult.employment;
    const c = adult.contributions ?? annualContributions(employment, pp);
    const { enhancedFirst, qppEnhanced } = enhancedQpp(c, pp, ctx);
    const allowance = adult.allowance;
    const allowanceTaxable = input.options.allowanceTaxTreatment === 'taxable';
    const assistance = i === 0 ? assistanceOfYear : ZERO;
    return {
      employment,
      allowance,
      allowanceTaxable,
      assistance,
      qppBase: subtract(c.qppBase, enhancedFirst),
      qppEnhanced,
      ei: c.ei,
      qpip: c.qpip,
      commonNetIncome: subtract(add(add(employment, allowance), assistance), qppEnhanced),
      nonTaxableIncome: allowanceTaxable ? assistance : add(assistance, allowance),
    };
  });
}

/**
 * The enhanced part of the year's QPP contributions, deducted in computing net income (TP-1 line
 * 248, ITA s. 60(e.1)): the first additional contribution (1 point of the employee rate) and the
 * second additional contribution.
 */
export function enhancedQpp(
  c: AnnualContributions,
  pp: PayrollParameters,
  ctx: RuleContext,
): { enhancedFirst: Dec; qppEnhanced: Dec } {
  const enhancedShare = ctx.parameters.derived(ctx.date, 'payroll.qpp.enhancedShare', () =>
    param(ctx, 'payroll.qpp.firstAdditionalRate').value.dividedBy(pp.qppRate.value),
  );
  const enhancedFirst = roundCents(c.qppBase.times(enhancedShare));
  return { enhancedFirst, qppEnhanced: add(enhancedFirst, c.qppSecond) };
}
