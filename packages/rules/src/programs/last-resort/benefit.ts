/**
 * The monthly benefit of the Programme d'aide sociale and the Programme de solidarité sociale:
 * needs minus counted income (deficit), plus the work income supplement.
 * - Work income counts net of payroll deductions (ADEL ?sujet=43308 works on « 100 $ NET par semaine »);
 *   the first 200 $ (single adult) or 300 $ (two adults) a month are excluded (Québec.ca).
 * - Since 2025-01-01, 25 % of the net work income above the exclusion is added back when the
 *   household is entitled to at least 1 $ of assistance; it is not part of the deficit
 *   (RAPF s. 154.1, ADEL ?sujet=228445).
 * - A month's income reduces the next month's benefit (« antériorité du déficit »): these
 *   amounts describe a steady month, once the activity has lasted more than a month.
 */
import { computed, type Computed } from '../../explain/computed.js';
import { money, percent } from '../../i18n/localized.js';
import {
  add,
  max0,
  minDec,
  ONE,
  roundCents,
  subtract,
  sum,
  toCents,
  ZERO,
  type Dec,
} from '../../money.js';
import { param, type RuleContext } from '../../rule-context.js';
import type { LastResortNeeds } from './needs.js';

export interface LastResortBenefit {
  readonly workIncomeExcluded: Computed;
  readonly workIncomeCounted: Computed;
  readonly deficit: Dec;
  readonly benefitBeforeSupplement: Computed;
  readonly workIncomeSupplement: Computed;
  readonly benefit: Computed;
}

export function lastResortBenefit(
  needs: LastResortNeeds,
  netWorkIncome: Dec,
  countedAllowances: readonly Computed[],
  adults: number,
  ctx: RuleContext,
): LastResortBenefit {
  const exclusion = param(
    ctx,
    adults === 2
      ? 'lastResort.workIncomeExclusion.couple'
      : 'lastResort.workIncomeExclusion.singleAdult',
  );
  const supplementRate = param(ctx, 'lastResort.workIncomeSupplement.rate');
  const excluded = minDec(netWorkIncome, exclusion.value);
  const countedWork = max0(netWorkIncome.minus(exclusion.value));
  const allowanceCounted = sum(countedAllowances.map((c) => c.value));
  const deficit = subtract(subtract(needs.total.value, countedWork), allowanceCounted);
  const beforeSupplement = max0(deficit);
  // « Au moins 1 $ d'aide » (Québec.ca): the supplement needs a deficit of one dollar or more.
  const entitled = deficit.greaterThanOrEqualTo(ONE);
  const supplement = entitled ? roundCents(countedWork.times(supplementRate.value)) : ZERO;
  const benefit = add(beforeSupplement, supplement);

  const workIncomeExcluded = computed(
    'lastResort.workIncomeExclusion',
    { fr: 'Revenus de travail exclus', en: 'Work income excluded' },
    excluded,
    () => [exclusion],
    () => ({ netWorkIncome: netWorkIncome }),
    (lang) =>
      lang === 'fr'
        ? `Sur ${money(lang, toCents(netWorkIncome))} de revenus de travail nets, les premiers ${money(lang, exclusion.value.toNumber())} par mois ne réduisent pas l'aide : ${money(lang, toCents(excluded))} exclus.`
        : `Of ${money(lang, toCents(netWorkIncome))} of net work income, the first ${money(lang, exclusion.value.toNumber())} a month do not reduce assistance: ${money(lang, toCents(excluded))} excluded.`,
  );
  const workIncomeCounted = computed(
    'lastResort.workIncomeCounted',
    { fr: "Revenus de travail qui réduisent l'aide", en: 'Work income that reduces assistance' },
    countedWork,
    () => [exclusion],
    () => ({ netWorkIncome: netWorkIncome }),
    (lang) =>
      lang === 'fr'
        ? `${money(lang, toCents(netWorkIncome))} − ${money(lang, exclusion.value.toNumber())} = ${money(lang, toCents(countedWork))} réduisent l'aide du mois suivant, dollar pour dollar.`
        : `${money(lang, toCents(netWorkIncome))} − ${money(lang, exclusion.value.toNumber())} = ${money(lang, toCents(countedWork))} reduce the following month's assistance dollar for dollar.`,
  );
  const benefitBeforeSupplement = computed(
    'lastResort.deficit',
    { fr: 'Aide après déduction des revenus', en: 'Assistance after income is deducted' },
    beforeSupplement,
    [],
    () => ({
      needs: needs.total.value,
      countedWork: countedWork,
      countedAllowance: allowanceCounted,
    }),
    (lang) =>
      lang === 'fr'
        ? `${money(lang, toCents(needs.total.value))} (besoins) − ${money(lang, toCents(countedWork))} (revenus de travail comptés) − ${money(lang, toCents(allowanceCounted))} (allocations comptées) = ${money(lang, toCents(deficit))}${deficit.isNegative() ? ' : les revenus dépassent les besoins, aucune aide.' : '.'}`
        : `${money(lang, toCents(needs.total.value))} (needs) − ${money(lang, toCents(countedWork))} (work income counted) − ${money(lang, toCents(allowanceCounted))} (allowances counted) = ${money(lang, toCents(deficit))}${deficit.isNegative() ? ': income exceeds needs, no assistance.' : '.'}`,
  );
  const workIncomeSupplement = computed(
    'lastResort.workIncomeSupplement',
    { fr: 'Supplément aux revenus de travail (25 %)', en: 'Work income supplement (25%)' },
    supplement,
    () => [supplementRate, exclusion],
    () => ({ countedWork: countedWork, deficit: deficit }),
    (lang) =>
      entitled
        ? lang === 'fr'
          ? `${percent(lang, supplementRate.value.toNumber())} des revenus de travail au-delà de l'exclusion (${money(lang, toCents(countedWork))}) s'ajoutent à l'aide : ${money(lang, toCents(supplement))}.`
          : `${percent(lang, supplementRate.value.toNumber())} of work income above the exclusion (${money(lang, toCents(countedWork))}) is added to assistance: ${money(lang, toCents(supplement))}.`
        : lang === 'fr'
          ? "Aucun supplément : il n'est versé qu'aux ménages qui ont droit à au moins 1 $ d'aide."
          : 'No supplement: it is paid only to households entitled to at least $1 of assistance.',
  );
  const benefitComputed = computed(
    'lastResort.benefit',
    { fr: "Prestation d'aide financière de dernier recours", en: 'Last-resort assistance benefit' },
    benefit,
    [],
    () => ({ beforeSupplement: beforeSupplement, supplement: supplement }),
    (lang) =>
      lang === 'fr'
        ? `${money(lang, toCents(beforeSupplement))} + ${money(lang, toCents(supplement))} (supplément) = ${money(lang, toCents(benefit))} par mois.`
        : `${money(lang, toCents(beforeSupplement))} + ${money(lang, toCents(supplement))} (supplement) = ${money(lang, toCents(benefit))} a month.`,
  );
  return {
    workIncomeExcluded,
    workIncomeCounted,
    deficit,
    benefitBeforeSupplement,
    workIncomeSupplement,
    benefit: benefitComputed,
  };
}
