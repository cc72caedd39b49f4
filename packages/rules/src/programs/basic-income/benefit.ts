/**
 * The Programme de revenu de base (RAPF s. 177.60 and following), for an adult without a spouse:
 * basic benefit + adjustment, reduced by work income of the previous tax year above an annual
 * exclusion (s. 177.79) and by monthly income such as a third-party allowance (ADEL ?sujet=226263).
 * Steady-state assumption, stated in every result: last year's work income equals this year's.
 * Work income is taken gross, as on the tax return the ministry uses.
 */
import { computed, type Computed } from '../../explain/computed.js';
import { money, percent } from '../../i18n/localized.js';
import { max0, roundCents, sum, toCents, TWELVE, type Dec } from '../../money.js';
import { param, type RuleContext } from '../../rule-context.js';
import { defineRule } from '../../explain/rule.js';
import { RAPF } from '../../explain/sources.js';

export const basicIncomeNeedsRule = defineRule({
  id: 'basicIncome.needs',
  label: { fr: 'Revenu de base avant revenus', en: 'Basic income before income' },
  description: {
    fr: 'Prestation de base + ajustement pour adulte sans conjoint.',
    en: 'Basic benefit + adjustment for an adult without a spouse.',
  },
  parameters: ['basicIncome.basicBenefit', 'basicIncome.singleAdjustment'],
  sources: [RAPF],
});

export const basicIncomeWorkIncomeExclusionRule = defineRule({
  id: 'basicIncome.workIncomeExclusion',
  label: {
    fr: 'Revenus de travail exclus (annuel ÷ 12)',
    en: 'Work income excluded (annual ÷ 12)',
  },
  description: {
    fr: 'Les revenus de travail de l’année précédente jusqu’à 12 fois la prestation de base ne réduisent pas le revenu de base.',
    en: 'Previous-year work income up to 12 times the basic benefit does not reduce the basic income.',
  },
  parameters: ['basicIncome.annualWorkIncomeExclusion'],
  sources: [RAPF],
});

export const basicIncomeWorkIncomeReductionRule = defineRule({
  id: 'basicIncome.workIncomeReduction',
  label: { fr: 'Réduction pour revenus de travail', en: 'Reduction for work income' },
  description: {
    fr: 'L’excédent annuel, multiplié par le taux de réduction (à confirmer), divisé par 12, réduit chaque mois de l’année suivante.',
    en: 'The annual excess, times the reduction rate (to be confirmed), divided by 12, reduces each month of the following year.',
  },
  parameters: [
    'basicIncome.annualWorkIncomeExclusion',
    'basicIncome.excessWorkIncomeReductionRate',
  ],
  sources: [RAPF],
});

export const basicIncomeBenefitRule = defineRule({
  id: 'basicIncome.benefit',
  label: { fr: 'Revenu de base versé', en: 'Basic income paid' },
  description: {
    fr: 'Revenu de base avant revenus − réduction − allocations comptées, si positif.',
    en: 'Basic income before income − reduction − allowances counted, when positive.',
  },
  parameters: [],
  sources: [RAPF],
});

export interface BasicIncomeBenefit {
  readonly needs: Computed;
  readonly workIncomeExcluded: Computed;
  readonly workIncomeReduction: Computed;
  readonly benefit: Computed;
}

export function basicIncomeBenefit(
  annualWorkIncome: Dec,
  countedAllowances: readonly Computed[],
  ctx: RuleContext,
): BasicIncomeBenefit {
  const basic = param(ctx, 'basicIncome.basicBenefit');
  const adjustment = param(ctx, 'basicIncome.singleAdjustment');
  const exclusion = param(ctx, 'basicIncome.annualWorkIncomeExclusion');
  const rate = param(ctx, 'basicIncome.excessWorkIncomeReductionRate');
  const needsTotal = basic.value.plus(adjustment.value);
  const excluded = annualWorkIncome.lessThan(exclusion.value) ? annualWorkIncome : exclusion.value;
  const excess = max0(annualWorkIncome.minus(exclusion.value));
  const reduction = roundCents(excess.times(rate.value).dividedBy(TWELVE));
  const allowanceCounted = sum(countedAllowances.map((c) => c.value));
  const benefit = max0(needsTotal.minus(reduction).minus(allowanceCounted));
  return {
    needs: computed(
      basicIncomeNeedsRule,
      needsTotal,
      () => [basic, adjustment],
      {},
      (lang) =>
        lang === 'fr'
          ? `Prestation de base ${money(lang, basic.value.toNumber())} + ajustement pour adulte sans conjoint ${money(lang, adjustment.value.toNumber())} = ${money(lang, toCents(needsTotal))} par mois.`
          : `Basic benefit ${money(lang, basic.value.toNumber())} + adjustment for an adult without a spouse ${money(lang, adjustment.value.toNumber())} = ${money(lang, toCents(needsTotal))} a month.`,
    ),
    workIncomeExcluded: computed(
      basicIncomeWorkIncomeExclusionRule,
      excluded.dividedBy(TWELVE),
      () => [exclusion],
      () => ({ annualWorkIncome: annualWorkIncome }),
      (lang) =>
        lang === 'fr'
          ? `Revenus de travail de l'année : ${money(lang, toCents(annualWorkIncome))} ; les premiers ${money(lang, exclusion.value.toNumber())} par année ne réduisent pas le revenu de base.`
          : `Work income for the year: ${money(lang, toCents(annualWorkIncome))}; the first ${money(lang, exclusion.value.toNumber())} a year do not reduce the basic income.`,
    ),
    workIncomeReduction: computed(
      basicIncomeWorkIncomeReductionRule,
      reduction,
      () => [exclusion, rate],
      () => ({ annualWorkIncome: annualWorkIncome }),
      (lang) =>
        lang === 'fr'
          ? `${percent(lang, rate.value.toNumber())} de l'excédent annuel (${money(lang, toCents(excess))}) ÷ 12 = ${money(lang, toCents(reduction))} par mois, appliqué l'année suivante (on suppose les mêmes revenus d'une année à l'autre).`
          : `${percent(lang, rate.value.toNumber())} of the annual excess (${money(lang, toCents(excess))}) ÷ 12 = ${money(lang, toCents(reduction))} a month, applied the following year (assuming the same income from year to year).`,
    ),
    benefit: computed(
      basicIncomeBenefitRule,
      benefit,
      [],
      () => ({
        needs: needsTotal,
        reduction: reduction,
        allowanceCounted: allowanceCounted,
      }),
      (lang) =>
        lang === 'fr'
          ? `${money(lang, toCents(needsTotal))} − ${money(lang, toCents(reduction))} − ${money(lang, toCents(allowanceCounted))} (allocations comptées) = ${money(lang, toCents(benefit))} par mois.`
          : `${money(lang, toCents(needsTotal))} − ${money(lang, toCents(reduction))} − ${money(lang, toCents(allowanceCounted))} (allowances counted) = ${money(lang, toCents(benefit))} a month.`,
    ),
  };
}
