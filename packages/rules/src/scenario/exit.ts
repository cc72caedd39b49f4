/**
 * Where the household leaves assistance: the work income at which the benefit reaches zero,
 * given everything else in the scenario, and the hours a week it takes at the working adult's wage.
 */
import { computed, type Computed } from '../explain/computed.js';
import { money, num, hoursUnit } from '../i18n/localized.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { Dec, max0, roundCents, sum, toCents, TWELVE, ZERO } from '../money.js';
import { annualContributions, grossForNetMonthly } from '../payroll/contributions.js';
import { basicIncomeBase } from '../programs/basic-income/benefit.js';
import { amountOf } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';
import type { ScenarioCore } from './core.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';
import { RAPF } from '../explain/sources.js';

export const scenarioExitPointRule = defineRule({
  id: 'scenario.exitPoint',
  label: { fr: 'Seuil de sortie de l’aide', en: 'Point of leaving assistance' },
  parameters: ['lastResort.monthlyFactor.weekly'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const scenarioExitPointRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Salaire brut mensuel (et heures par semaine au salaire de l’adulte) auquel l’aide tombe à zéro, les autres revenus restant les mêmes.',
    en: 'Monthly gross wage (and hours a week at the adult’s wage) at which assistance reaches zero, other income unchanged.',
  },
  sources: [RAPF],
};

export interface ExitPoint {
  /** Gross monthly wage of the varying adult at which assistance stops; null when not on assistance. */
  readonly grossMonthlyWage: Dec | null;
  readonly hoursPerWeek: Dec | null;
  readonly adultIndex: number;
  readonly hourlyWage: Dec;
  readonly explanation: Computed | null;
}

export function exitPoint(
  input: ValidSimulationInput,
  core: ScenarioCore,
  ctx: RuleContext,
): ExitPoint {
  const adultIndex = Math.max(
    0,
    core.adults.findIndex((a) => a.wage !== null),
  );
  const varying = core.adults[adultIndex];
  const factor = param(ctx, 'lastResort.monthlyFactor.weekly');
  const hourlyWage = varying?.wage?.hourlyWage ?? param(ctx, 'labour.minimumWage.general').value;
  const asWork = input.options.allowanceTreatment === 'countedAsWorkIncome';
  const countedAllowances = sum(core.adults.map((a) => a.countedAllowance?.value ?? ZERO));
  const allowancesAsWork = asWork ? core.allowances : ZERO;
  let gross: Dec | null = null;
  if (core.assistance.kind === 'lastResort') {
    const exclusion = amountOf(core.assistance.result.workIncomeExcluded.parameters[0]) ?? ZERO;
    const otherNet = sum(core.adults.filter((_, i) => i !== adultIndex).map((a) => a.netWage));
    const neededNet = core.needs
      .minus(countedAllowances)
      .plus(exclusion)
      .minus(otherNet)
      .minus(allowancesAsWork);
    gross = neededNet.lessThanOrEqualTo(0)
      ? ZERO
      : grossForNetMonthly(neededNet, core.payrollParameters);
  } else if (core.assistance.kind === 'basicIncome') {
    gross = basicIncomeExitGross(core.needs.minus(countedAllowances), allowancesAsWork, core, ctx);
  }
  if (gross === null)
    return {
      grossMonthlyWage: null,
      hoursPerWeek: null,
      adultIndex,
      hourlyWage,
      explanation: null,
    };
  const grossCents = roundCents(gross);
  // Rounded up to the tenth of an hour: at the hours said, assistance is indeed nil (rounded to
  // the nearest, 12,8 h could leave a few cents of deficit, and the 25 % supplement with them).
  const hours = grossCents
    .dividedBy(hourlyWage.times(factor.value))
    .toDecimalPlaces(1, Dec.ROUND_UP);
  return {
    grossMonthlyWage: grossCents,
    hoursPerWeek: hours,
    adultIndex,
    hourlyWage,
    explanation: computed(
      scenarioExitPointRule,
      grossCents,
      () => [factor],
      () => ({ adult: adultIndex + 1, hourlyWage: hourlyWage }),
      (lang) =>
        lang === 'fr'
          ? `L’aide tombe à zéro lorsque ${adultIndex === 0 ? 'votre salaire brut' : 'le salaire brut de votre conjoint·e'} atteint environ ${money(lang, toCents(grossCents))} par mois, soit ${num(lang, hours.toNumber())} h par semaine à ${money(lang, hourlyWage.toNumber())} l’heure (les autres revenus restant les mêmes).`
          : `Assistance reaches zero when ${adultIndex === 0 ? 'your gross wage' : 'your spouse’s gross wage'} reaches about ${money(lang, toCents(grossCents))} a month, i.e. ${num(lang, hours.toNumber())} ${hoursUnit(hours.toNumber())} a week at ${money(lang, hourlyWage.toNumber())} an hour (other income unchanged).`,
    ),
  };
}

/**
 * The monthly gross wage at which the revenu de base's reduction (55 % of the net income above the
 * exclusion, ÷ 12) reaches what is left to pay. Net income is the wage less deductions that change
 * by step (the deduction for workers stops at its maximum, QPP and its ceilings), so the wage is
 * found by halving the interval to the cent rather than by inverting a formula.
 */
function basicIncomeExitGross(
  due: Dec,
  allowancesAsWork: Dec,
  core: ScenarioCore,
  ctx: RuleContext,
): Dec | null {
  if (due.lessThanOrEqualTo(0)) return ZERO;
  const exclusion = param(ctx, 'basicIncome.annualWorkIncomeExclusion').value;
  const rate = param(ctx, 'basicIncome.excessWorkIncomeReductionRate').value;
  if (!rate.greaterThan(0)) return null;
  const pp = core.payrollParameters;
  const reductionAt = (monthlyGross: Dec) => {
    const annual = monthlyGross.times(TWELVE);
    const base = basicIncomeBase(
      annual,
      annualContributions(annual, pp),
      allowancesAsWork.times(TWELVE),
      pp,
      ctx,
    );
    return roundCents(max0(base.total.minus(exclusion)).times(rate).dividedBy(TWELVE));
  };
  // In cents: the lowest wage whose reduction covers what is due.
  let low = 0;
  let high = 100_000_00; // 100 000 $ a month: far above any exit point.
  if (reductionAt(new Dec(high).dividedBy(100)).lessThan(due)) return null;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (reductionAt(new Dec(mid).dividedBy(100)).lessThan(due)) low = mid;
    else high = mid;
  }
  return new Dec(high).dividedBy(100);
}
