/**
 * The computation of one scenario, with Decimals and lazy explanations: what `simulate` shows
 * and what `sweep` repeats. No formatting happens here.
 */
import {
  allowanceActivity,
  wageActivity,
  type AllowanceActivity,
  type WageActivity,
} from '../activity/earnings.js';
import type { Computed } from '../explain/computed.js';
import type { Program, ValidSimulationInput } from '../input/schema.js';
import { add, subtract, sum, TWELVE, ZERO, type Dec } from '../money.js';
import {
  monthlyPayroll,
  NO_CONTRIBUTIONS,
  payrollParameters,
  type MonthlyPayroll,
  type PayrollParameters,
} from '../payroll/contributions.js';
import {
  basicIncomeBase,
  basicIncomeBenefit,
  type BasicIncomeBenefit,
} from '../programs/basic-income/benefit.js';
import { lastResortBenefit, type LastResortBenefit } from '../programs/last-resort/benefit.js';
import {
  lastResortNeeds,
  youngChildGivesTemporaryAllowance,
  singlePersonAdjustmentApplies,
  type LastResortNeeds,
} from '../programs/last-resort/needs.js';
import { countedAllowance } from '../programs/third-party-allowance.js';
import type { RuleContext } from '../rule-context.js';

export interface AdultCore {
  readonly wage: WageActivity | null;
  readonly allowance: AllowanceActivity | null;
  readonly payroll: MonthlyPayroll | null;
  readonly netWage: Dec;
  readonly countedAllowance: Computed | null;
}

export type AssistanceCore =
  | {
      readonly kind: 'lastResort';
      readonly needs: LastResortNeeds;
      readonly result: LastResortBenefit;
    }
  | { readonly kind: 'basicIncome'; readonly result: BasicIncomeBenefit }
  | { readonly kind: 'none' };

export interface ScenarioCore {
  readonly program: Program;
  readonly adults: readonly AdultCore[];
  readonly assistance: AssistanceCore;
  readonly payrollParameters: PayrollParameters;
  readonly grossEarnings: Dec;
  readonly allowances: Dec;
  readonly payrollDeductions: Dec;
  readonly needs: Dec;
  readonly benefitBeforeSupplement: Dec;
  readonly workIncomeSupplement: Dec;
  readonly benefit: Dec;
  readonly disposableIncome: Dec;
  readonly activityHoursPerWeek: Dec;
}

export function householdProgram(input: ValidSimulationInput): Program {
  const first = input.household.adults[0];
  return first ? first.program : 'none';
}

export function computeScenario(input: ValidSimulationInput, ctx: RuleContext): ScenarioCore {
  const { adults: adultInputs, children } = input.household;
  const { allowanceTreatment, allowanceExclusionCap } = input.options;
  const pp = payrollParameters(ctx);
  const singleParent = adultInputs.length === 1 && children.length > 0;
  const program = householdProgram(input);

  const adults: AdultCore[] = adultInputs.map((adult, i) => {
    const wage = wageActivity(adult, i, ctx);
    const allowance = allowanceActivity(adult, i, ctx);
    const payroll = wage ? monthlyPayroll(wage.grossMonthly.value, i, pp) : null;
    const netWage = wage && payroll ? wage.grossMonthly.value.minus(payroll.total) : ZERO;
    const counted =
      allowance && program !== 'none'
        ? countedAllowance(
            allowance.monthly.value,
            allowanceTreatment,
            allowanceExclusionCap,
            singleParent,
            i,
            ctx,
          )
        : null;
    return { wage, allowance, payroll, netWage, countedAllowance: counted };
  });

  const grossEarnings = sum(adults.map((a) => a.wage?.grossMonthly.value ?? ZERO));
  const allowances = sum(adults.map((a) => a.allowance?.monthly.value ?? ZERO));
  const payrollDeductions = sum(adults.map((a) => a.payroll?.total ?? ZERO));
  const allowanceAsWork = allowanceTreatment === 'countedAsWorkIncome' ? allowances : ZERO;
  const counted = adults.flatMap((a) => (a.countedAllowance ? [a.countedAllowance] : []));

  let assistance: AssistanceCore;
  let needs = ZERO;
  let beforeSupplement = ZERO;
  let supplement = ZERO;
  if (program === 'socialAssistance' || program === 'socialSolidarity') {
    const n = lastResortNeeds(
      adultInputs,
      ctx,
      youngChildGivesTemporaryAllowance(
        adultInputs.length,
        children.map((c) => c.age),
      ),
      singlePersonAdjustmentApplies(
        adultInputs,
        children.length,
        input.options.monthsOnAssistance,
        input.options.subsidizedHousing,
      ),
    );
    const netWork = add(sum(adults.map((a) => a.netWage)), allowanceAsWork);
    const result = lastResortBenefit(n, netWork, counted, adultInputs.length, ctx);
    assistance = { kind: 'lastResort', needs: n, result };
    needs = n.total.value;
    beforeSupplement = result.benefitBeforeSupplement.value;
    supplement = result.workIncomeSupplement.value;
  } else if (program === 'basicIncome') {
    // The revenu de base is for an adult without a spouse (a couple is refused at validation).
    const adult = adults[0];
    const base = basicIncomeBase(
      grossEarnings.times(TWELVE),
      adult?.payroll?.annual ?? NO_CONTRIBUTIONS,
      allowanceAsWork.times(TWELVE),
      pp,
      ctx,
    );
    const minors = children.filter((c) => c.age < 18).length;
    const result = basicIncomeBenefit(base, counted, ctx, null, minors);
    assistance = { kind: 'basicIncome', result };
    needs = result.needs.value;
    beforeSupplement = result.benefit.value;
  } else {
    assistance = { kind: 'none' };
  }
  const benefit = add(beforeSupplement, supplement);
  const activityHoursPerWeek = sum(
    adults.map((a) => add(a.wage?.hoursPerWeek ?? ZERO, a.allowance?.hoursPerWeek ?? ZERO)),
  );
  return {
    program,
    adults,
    assistance,
    payrollParameters: pp,
    grossEarnings,
    allowances,
    payrollDeductions,
    needs,
    benefitBeforeSupplement: beforeSupplement,
    workIncomeSupplement: supplement,
    benefit,
    disposableIncome: add(add(subtract(grossEarnings, payrollDeductions), allowances), benefit),
    activityHoursPerWeek,
  };
}

/** The same household with no activity: the baseline every difference is measured against. */
export function withoutActivity(input: ValidSimulationInput): ValidSimulationInput {
  return {
    ...input,
    household: {
      ...input.household,
      adults: input.household.adults.map((a) => ({ ...a, activity: {} })),
    },
  };
}
