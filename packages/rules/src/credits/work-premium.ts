/**
 * Québec work premium (prime au travail), adapted work premium (severe constraints) and the
 * supplement for leaving assistance (Taxation Act s. 1029.8.116.5, .5.0.1, .5.0.2):
 * rate × (min(work income, threshold) − excluded work income) − 10 % × (family income − threshold).
 * The adapted premium applies when an adult receives (or received) a social solidarity allowance
 * or the basic income; only one of the two can be claimed.
 */
import { computed, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import type { Program } from '../input/schema.js';
import { max0, minDec, roundCents, toCents, ZERO, type Dec } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';

export type WorkPremiumKind = 'general' | 'adapted' | null;

export function workPremium(
  programs: readonly Program[],
  workIncome: Dec,
  familyNetIncome: Dec,
  ctx: RuleContext,
): { kind: WorkPremiumKind; amount: Computed } {
  const couple = programs.length === 2;
  const adapted = programs.some((p) => p === 'socialSolidarity' || p === 'basicIncome');
  const kind = workIncome.isZero() ? null : adapted ? 'adapted' : 'general';
  const prefix = adapted ? 'credits.workPremium.adapted' : 'credits.workPremium.general';
  const rate = param(ctx, `${prefix}.rate`);
  const exclusion = param(
    ctx,
    adapted ? `${prefix}.exclusion` : `${prefix}.exclusion.${couple ? 'couple' : 'single'}`,
  );
  const threshold = param(ctx, `${prefix}.threshold.${couple ? 'couple' : 'single'}`);
  const reductionRate = param(ctx, 'credits.workPremium.reductionRate');
  const gross = rate.value.times(max0(minDec(workIncome, threshold.value).minus(exclusion.value)));
  const reduction = max0(familyNetIncome.minus(threshold.value)).times(reductionRate.value);
  const amount = kind === null ? ZERO : roundCents(max0(gross.minus(reduction)));
  const name = adapted
    ? { fr: 'prime au travail adaptée', en: 'adapted work premium' }
    : { fr: 'prime au travail', en: 'work premium' };
  return {
    kind,
    amount: computed(
      'credits.workPremium',
      { fr: 'Prime au travail', en: 'Work premium' },
      amount.dividedBy(12),
      [rate, exclusion, threshold, reductionRate],
      {
        workIncome: roundCents(workIncome).toString(),
        familyNetIncome: roundCents(familyNetIncome).toString(),
        kind: kind ?? 'none',
      },
      (lang) =>
        kind === null
          ? lang === 'fr'
            ? 'Aucune prime au travail : il faut des revenus de travail.'
            : 'No work premium: it requires work income.'
          : lang === 'fr'
            ? `${name.fr[0]!.toUpperCase()}${name.fr.slice(1)}${adapted ? ' (contraintes sévères : solidarité sociale ou revenu de base)' : ''} : ${percent(lang, rate.value.toNumber())} × (revenus de travail jusqu'à ${money(lang, threshold.value.toNumber())} − ${money(lang, exclusion.value.toNumber())}) = ${money(lang, toCents(gross))}, moins 10 % du revenu familial au-delà de ${money(lang, threshold.value.toNumber())} (${money(lang, toCents(reduction))}) : ${money(lang, toCents(amount))} par année.`
            : `${name.en[0]!.toUpperCase()}${name.en.slice(1)}${adapted ? ' (severe constraints: social solidarity or basic income)' : ''}: ${percent(lang, rate.value.toNumber())} × (work income up to ${money(lang, threshold.value.toNumber())} − ${money(lang, exclusion.value.toNumber())}) = ${money(lang, toCents(gross))}, less 10% of family income above ${money(lang, threshold.value.toNumber())} (${money(lang, toCents(reduction))}): ${money(lang, toCents(amount))} a year.`,
    ),
  };
}
