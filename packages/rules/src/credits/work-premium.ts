/**
 * Québec work premium (prime au travail), adapted work premium (severe constraints) and the
 * supplement for leaving assistance (Taxation Act s. 1029.8.116.5, .5.0.1, .5.0.2):
 * rate × (min(work income, threshold) − excluded work income) − 10 % × (family income − threshold).
 * The adapted premium applies when an adult receives (or received) a social solidarity allowance
 * or the basic income; only one of the two can be claimed.
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import type { Program } from '../input/schema.js';
import { max0, minDec, roundCents, toCents, ZERO, type Dec, rateAbove } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsWorkPremiumRule = defineRule({
  id: 'credits.workPremium',
  label: { fr: 'Prime au travail', en: 'Work premium' },
  parameters: [
    'credits.workPremium.general.',
    'credits.workPremium.adapted.',
    'credits.workPremium.reductionRate',
  ],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsWorkPremiumRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Taux × (revenus de travail jusqu’au seuil − exclusion) − 10 % du revenu familial au-delà du seuil. La prime adaptée remplace la générale quand un adulte reçoit la solidarité sociale ou le revenu de base.',
    en: 'Rate × (work income up to the threshold − exclusion) − 10% of family income above the threshold. The adapted premium replaces the general one when an adult receives social solidarity or basic income.',
  },
  sources: [
    {
      title: 'Loi sur les impôts, art. 1029.8.116.5 et 1029.8.116.5.0.1',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
    },
  ],
};

export type WorkPremiumKind = 'general' | 'adapted' | null;

const GENERAL = {
  rate: 'credits.workPremium.general.rate',
  familyRate: 'credits.workPremium.general.familyRate',
  exclusionSingle: 'credits.workPremium.general.exclusion.single',
  exclusionCouple: 'credits.workPremium.general.exclusion.couple',
  thresholdSingle: 'credits.workPremium.general.threshold.single',
  thresholdCouple: 'credits.workPremium.general.threshold.couple',
};
const ADAPTED = {
  rate: 'credits.workPremium.adapted.rate',
  familyRate: 'credits.workPremium.adapted.familyRate',
  exclusionSingle: 'credits.workPremium.adapted.exclusion',
  exclusionCouple: 'credits.workPremium.adapted.exclusion',
  thresholdSingle: 'credits.workPremium.adapted.threshold.single',
  thresholdCouple: 'credits.workPremium.adapted.threshold.couple',
};

export function workPremium(
  programs: readonly Program[],
  workIncome: Dec,
  familyNetIncome: Dec,
  ctx: RuleContext,
  withChildren = false,
): { kind: WorkPremiumKind; amount: Computed } {
  const couple = programs.length === 2;
  const adapted = programs.some((p) => p === 'socialSolidarity' || p === 'basicIncome');
  const kind = workIncome.isZero() ? null : adapted ? 'adapted' : 'general';
  const ids = adapted ? ADAPTED : GENERAL;
  // A family with a dependent child has its own, higher rate on the same thresholds and
  // exclusions (Revenu Québec's maxima by family type: 30 % / 25 %, adapted 25 % / 20 %).
  const rate = param(
    ctx,
    withChildren ? `${ids.familyRate}.${couple ? 'coupleWithChildren' : 'singleParent'}` : ids.rate,
  );
  const exclusion = param(ctx, couple ? ids.exclusionCouple : ids.exclusionSingle);
  const threshold = param(ctx, couple ? ids.thresholdCouple : ids.thresholdSingle);
  const reductionRate = param(ctx, 'credits.workPremium.reductionRate');
  const gross =
    kind === null
      ? ZERO
      : rate.value.times(max0(minDec(workIncome, threshold.value).minus(exclusion.value)));
  const reduction =
    kind === null ? ZERO : rateAbove(familyNetIncome, threshold.value, reductionRate.value);
  const amount = kind === null ? ZERO : roundCents(max0(gross.minus(reduction)));
  const name = adapted
    ? { fr: 'prime au travail adaptée', en: 'adapted work premium' }
    : { fr: 'prime au travail', en: 'work premium' };
  return {
    kind,
    amount: computedYearly(
      creditsWorkPremiumRule,
      amount,
      () => [rate, exclusion, threshold, reductionRate],
      () => ({
        workIncome: workIncome,
        familyNetIncome: familyNetIncome,
        kind: kind ?? 'none',
        withChildren,
      }),
      (lang) =>
        kind === null
          ? lang === 'fr'
            ? 'Aucune prime au travail : il faut des revenus de travail.'
            : 'No work premium: it requires work income.'
          : lang === 'fr'
            ? `${name.fr[0]!.toUpperCase()}${name.fr.slice(1)}${adapted ? ' (contraintes sévères : solidarité sociale ou revenu de base)' : ''} : ${percent(lang, rate.value.toNumber())} × (revenus de travail jusqu’à ${money(lang, threshold.value.toNumber())} − ${money(lang, exclusion.value.toNumber())}) = ${money(lang, toCents(gross))}, moins 10 % du revenu familial au-delà de ${money(lang, threshold.value.toNumber())} (${money(lang, toCents(reduction))}) : ${money(lang, toCents(amount))} par année.`
            : `${name.en[0]!.toUpperCase()}${name.en.slice(1)}${adapted ? ' (severe constraints: social solidarity or basic income)' : ''}: ${percent(lang, rate.value.toNumber())} × (work income up to ${money(lang, threshold.value.toNumber())} − ${money(lang, exclusion.value.toNumber())}) = ${money(lang, toCents(gross))}, less 10% of family income above ${money(lang, threshold.value.toNumber())} (${money(lang, toCents(reduction))}): ${money(lang, toCents(amount))} a year.`,
    ),
  };
}
