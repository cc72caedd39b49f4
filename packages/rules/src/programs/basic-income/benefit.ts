/**
 * The Programme de revenu de base (RAPF s. 177.60 and following), for an adult without a spouse:
 * basic benefit + adjustment, reduced by
 * - the adult's annual income (s. 177.79): the Québec net income of the calendar year before the
 *   reference period (for a wage: the gross wage less the deduction for workers and the enhanced
 *   QPP contributions), without assistance and without the monthly-counted income and allowances;
 *   55 % of what exceeds 12 × the basic benefit, divided by 12, comes off each month;
 * - monthly income such as a third-party allowance, the month after (s. 177.77, ADEL ?sujet=226263).
 * `simulate` shows a typical month: last year's income taken equal to this year's (said in every
 * result); `timeline` applies the real lag (see `basicIncomeReferenceYear`).
 */
import { computed, type Computed } from '../../explain/computed.js';
import { money, percent } from '../../i18n/localized.js';
import {
  add,
  max0,
  roundCents,
  subtract,
  sum,
  toCents,
  TWELVE,
  ZERO,
  type Dec,
} from '../../money.js';
import type { AnnualContributions, PayrollParameters } from '../../payroll/contributions.js';
import { enhancedQpp } from '../../tax/annual-income.js';
import { workerDeduction } from '../../tax/quebec.js';
import { param, type RuleContext } from '../../rule-context.js';
import { defineRule, type RuleDocumentation } from '../../explain/rule.js';
import { RAPF } from '../../explain/sources.js';

export const basicIncomeNeedsRule = defineRule({
  id: 'basicIncome.needs',
  label: { fr: 'Revenu de base avant revenus', en: 'Basic income before income' },
  parameters: [
    'basicIncome.basicBenefit',
    'basicIncome.singleAdjustment',
    'basicIncome.minorChildAdjustment',
  ],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const basicIncomeNeedsRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Prestation de base + ajustement pour adulte sans conjoint.',
    en: 'Basic benefit + adjustment for an adult without a spouse.',
  },
  sources: [RAPF],
};

export const basicIncomeWorkIncomeExclusionRule = defineRule({
  id: 'basicIncome.workIncomeExclusion',
  label: {
    fr: 'Revenus annuels exclus (÷ 12)',
    en: 'Annual income excluded (÷ 12)',
  },
  parameters: ['basicIncome.annualWorkIncomeExclusion'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const basicIncomeWorkIncomeExclusionRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Le revenu net de l’année précédente jusqu’à 12 fois la prestation de base ne réduit pas le revenu de base (RAPF art. 177.79).',
    en: 'Net income of the previous year up to 12 times the basic benefit does not reduce the basic income (RAPF s. 177.79).',
  },
  sources: [RAPF],
};

export const basicIncomeWorkIncomeReductionRule = defineRule({
  id: 'basicIncome.workIncomeReduction',
  label: { fr: 'Réduction pour revenus de travail', en: 'Reduction for work income' },
  parameters: [
    'basicIncome.annualWorkIncomeExclusion',
    'basicIncome.excessWorkIncomeReductionRate',
    'tax.quebec.workerDeduction.',
    'payroll.qpp.firstAdditionalRate',
  ],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const basicIncomeWorkIncomeReductionRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Revenu net de l’année civile précédente (pour un salaire : brut moins la déduction pour travailleur et la cotisation bonifiée au RRQ) ; 55 % de ce qui dépasse l’exclusion annuelle, divisé par 12, est retranché chaque mois de la période suivante (RAPF art. 177.79).',
    en: 'Net income of the previous calendar year (for a wage: gross less the deduction for workers and the enhanced QPP contribution); 55% of what exceeds the annual exclusion, divided by 12, comes off each month of the following period (RAPF s. 177.79).',
  },
  sources: [RAPF],
};

export const basicIncomeBenefitRule = defineRule({
  id: 'basicIncome.benefit',
  label: { fr: 'Revenu de base versé', en: 'Basic income paid' },
  parameters: [],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const basicIncomeBenefitRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Revenu de base avant revenus − réduction − allocations comptées, si positif.',
    en: 'Basic income before income − reduction − allowances counted, when positive.',
  },
  sources: [RAPF],
};

/**
 * The adult's annual income for s. 177.79 from a year of work: the Québec net income (Taxation Act,
 * Part I) of a wage earner, i.e. the gross wage less the deduction for workers (line 201) and the
 * enhanced QPP contributions (line 248). Assistance, basic income and the allowances counted each
 * month are subtracted by the article itself, so they are not in it. `otherWorkIncome` is an
 * allowance the user asked to treat as work income (a what-if).
 */
export interface BasicIncomeBase {
  readonly employment: Dec;
  readonly workerDeduction: Dec;
  readonly enhancedQpp: Dec;
  readonly otherWorkIncome: Dec;
  readonly total: Dec;
}

export function basicIncomeBase(
  employment: Dec,
  contributions: AnnualContributions,
  otherWorkIncome: Dec,
  pp: PayrollParameters,
  ctx: RuleContext,
): BasicIncomeBase {
  if (employment.isZero() && otherWorkIncome.isZero()) {
    return { employment, workerDeduction: ZERO, enhancedQpp: ZERO, otherWorkIncome, total: ZERO };
  }
  const deduction = employment.isZero() ? ZERO : workerDeduction(employment, ctx);
  const qpp = enhancedQpp(contributions, pp, ctx).qppEnhanced;
  const total = max0(add(subtract(subtract(employment, deduction), qpp), otherWorkIncome));
  return { employment, workerDeduction: deduction, enhancedQpp: qpp, otherWorkIncome, total };
}

/**
 * Which calendar year's income reduces the basic income of a month: the year before the reference
 * period (s. 177.79), the reference period running from July to June as the ministry applies it
 * to a spouse's income (ADEL ?sujet=226270) and as the tax return allows. An assumption for the
 * adult's own income, stated in the timeline: income of 2026 reduces July 2027 to June 2028.
 */
export function basicIncomeReferenceYear(period: { year: number; month: number }): number {
  return period.month >= 7 ? period.year - 1 : period.year - 2;
}

export interface BasicIncomeBenefit {
  readonly needs: Computed;
  readonly workIncomeExcluded: Computed;
  readonly workIncomeReduction: Computed;
  readonly benefit: Computed;
}

/**
 * The basic income of a month. `incomeYear`: the calendar year whose income `base` is, or null for
 * a typical month (that year's income taken equal to this one's).
 */
export function basicIncomeBenefit(
  base: BasicIncomeBase,
  countedAllowances: readonly Computed[],
  ctx: RuleContext,
  incomeYear: number | null = null,
  minorChildren = 0,
): BasicIncomeBenefit {
  const basic = param(ctx, 'basicIncome.basicBenefit');
  const adjustment = param(ctx, 'basicIncome.singleAdjustment');
  // An adjustment for each minor dependent child, indexed each year (Québec.ca, Programme de revenu
  // de base: « 20 $ par mois pour un enfant mineur »).
  const perChild = minorChildren > 0 ? param(ctx, 'basicIncome.minorChildAdjustment') : null;
  const childAdjustments = perChild ? perChild.value.times(minorChildren) : ZERO;
  const exclusion = param(ctx, 'basicIncome.annualWorkIncomeExclusion');
  const rate = param(ctx, 'basicIncome.excessWorkIncomeReductionRate');
  const needsTotal = basic.value.plus(adjustment.value).plus(childAdjustments);
  const annual = base.total;
  const excluded = annual.lessThan(exclusion.value) ? annual : exclusion.value;
  const excess = max0(annual.minus(exclusion.value));
  // s. 177.79: 55 % of the excess, divided by 12; the ministry pays to the cent.
  const reduction = roundCents(excess.times(rate.value).dividedBy(TWELVE));
  const allowanceCounted = sum(countedAllowances.map((c) => c.value));
  const benefit = max0(needsTotal.minus(reduction).minus(allowanceCounted));
  const deductionParameters = () =>
    base.employment.isZero()
      ? []
      : [
          param(ctx, 'tax.quebec.workerDeduction.rate'),
          param(ctx, 'tax.quebec.workerDeduction.maximum'),
          ...(base.enhancedQpp.isZero() ? [] : [param(ctx, 'payroll.qpp.firstAdditionalRate')]),
        ];
  const whichYear = {
    fr:
      incomeYear === null
        ? 'l’année précédente (supposé égal à celui de cette année)'
        : `l’année ${incomeYear}`,
    en: incomeYear === null ? 'the previous year (taken equal to this year’s)' : `${incomeYear}`,
  };
  const baseText = (lang: 'fr' | 'en') =>
    base.employment.isZero()
      ? money(lang, toCents(annual))
      : basicIncomeWords[lang].netIncome(
          money(lang, toCents(annual)),
          money(lang, toCents(base.employment)),
          money(lang, toCents(base.workerDeduction)),
          money(lang, toCents(base.enhancedQpp)),
        );
  return {
    needs: computed(
      basicIncomeNeedsRule,
      needsTotal,
      () => [basic, adjustment, ...(perChild ? [perChild] : [])],
      { minorChildren },
      (lang) =>
        basicIncomeWords[lang].needs(
          money(lang, basic.value.toNumber()),
          money(lang, adjustment.value.toNumber()),
          perChild ? money(lang, perChild.value.toNumber()) : null,
          minorChildren,
          money(lang, toCents(needsTotal)),
        ),
    ),
    workIncomeExcluded: computed(
      basicIncomeWorkIncomeExclusionRule,
      excluded.dividedBy(TWELVE),
      () => [exclusion],
      () => ({ annualIncome: annual }),
      (lang) =>
        basicIncomeWords[lang].excluded(
          whichYear[lang],
          baseText(lang),
          money(lang, exclusion.value.toNumber()),
        ),
    ),
    workIncomeReduction: computed(
      basicIncomeWorkIncomeReductionRule,
      reduction,
      () => [exclusion, rate, ...deductionParameters()],
      () => ({ annualIncome: annual }),
      (lang) =>
        basicIncomeWords[lang].reduction(
          percent(lang, rate.value.toNumber()),
          money(lang, toCents(excess)),
          money(lang, toCents(reduction)),
          incomeYear === null,
        ),
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
        basicIncomeWords[lang].benefit(
          money(lang, toCents(needsTotal)),
          money(lang, toCents(reduction)),
          money(lang, toCents(allowanceCounted)),
          money(lang, toCents(benefit)),
        ),
    ),
  };
}

/** The revenu de base's sentences, one table per language; amounts arrive written. */
const basicIncomeWords = {
  fr: {
    netIncome: (annual: string, gross: string, deduction: string, enhancedQpp: string) =>
      `${annual} (salaire brut ${gross} moins la déduction pour travailleur ${deduction} et la cotisation bonifiée au RRQ ${enhancedQpp})`,
    needs: (
      basic: string,
      adjustment: string,
      perChild: string | null,
      children: number,
      total: string,
    ) =>
      `Prestation de base ${basic} + ajustement pour adulte sans conjoint ${adjustment}${perChild ? ` + ajustement pour enfant mineur ${perChild} × ${children}` : ''} = ${total} par mois.`,
    excluded: (year: string, income: string, exclusion: string) =>
      `Revenu net de ${year} : ${income} ; les premiers ${exclusion} par année ne réduisent pas le revenu de base.`,
    reduction: (rate: string, excess: string, reduction: string, assumed: boolean) =>
      `${rate} de l’excédent annuel (${excess}) ÷ 12 = ${reduction} de moins par mois${assumed ? ', à partir de juillet de l’année suivante (on suppose les mêmes revenus d’une année à l’autre)' : ''}.`,
    benefit: (needs: string, reduction: string, allowances: string, benefit: string) =>
      `${needs} − ${reduction} − ${allowances} (allocations comptées) = ${benefit} par mois.`,
  },
  en: {
    netIncome: (annual: string, gross: string, deduction: string, enhancedQpp: string) =>
      `${annual} (gross wage ${gross} less the deduction for workers ${deduction} and the enhanced QPP contribution ${enhancedQpp})`,
    needs: (
      basic: string,
      adjustment: string,
      perChild: string | null,
      children: number,
      total: string,
    ) =>
      `Basic benefit ${basic} + adjustment for an adult without a spouse ${adjustment}${perChild ? ` + minor child adjustment ${perChild} × ${children}` : ''} = ${total} a month.`,
    excluded: (year: string, income: string, exclusion: string) =>
      `Net income of ${year}: ${income}; the first ${exclusion} a year do not reduce the basic income.`,
    reduction: (rate: string, excess: string, reduction: string, assumed: boolean) =>
      `${rate} of the annual excess (${excess}) ÷ 12 = ${reduction} less a month${assumed ? ', from July of the following year (assuming the same income from year to year)' : ''}.`,
    benefit: (needs: string, reduction: string, allowances: string, benefit: string) =>
      `${needs} − ${reduction} − ${allowances} (allowances counted) = ${benefit} a month.`,
  },
} as const;
