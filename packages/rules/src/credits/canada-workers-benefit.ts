/**
 * Canada Workers Benefit with Québec's configuration (ITA s. 122.7 and the Québec agreement):
 * 37.3 % of working income above the exclusion, up to the maximum, reduced by 20 % of adjusted
 * family net income above the phase-out threshold. Net income includes assistance payments. When
 * both spouses have working income, up to the secondary earner exemption of the lower earner's
 * working income is left out of the adjusted net income (ITA s. 122.7(1), « adjusted net income »).
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import { max0, minDec, roundCents, toCents, ZERO, type Dec, rateAbove } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsCanadaWorkersBenefitRule = defineRule({
  id: 'credits.canadaWorkersBenefit',
  label: { fr: 'Allocation canadienne pour les travailleurs', en: 'Canada Workers Benefit' },
  parameters: ['credits.cwb.quebec.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsCanadaWorkersBenefitRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Un taux du revenu de travail au-delà de l’exclusion (37,3 % pour une personne seule ou un couple sans enfant, 20 % ou 23,9 % pour une famille), jusqu’au maximum, moins 20 % du revenu net rajusté (aide sociale comprise) au-delà du seuil ; plus le supplément pour invalidité pour chaque adulte admissible au crédit d’impôt pour personnes handicapées.',
    en: 'A rate of working income above the exclusion (37.3% for a single person or a couple without children, 20% or 23.9% for a family), up to the maximum, less 20% of adjusted net income (assistance included) above the threshold; plus the disability supplement for each adult eligible for the disability tax credit.',
  },
  sources: [
    {
      title: 'Loi de l’impôt sur le revenu, art. 122.7 (entente avec le Québec)',
      url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/section-122.7.html',
    },
  ],
};

const SINGLE = {
  rate: 'credits.cwb.quebec.rate',
  exclusion: 'credits.cwb.quebec.exclusion.single',
  maximum: 'credits.cwb.quebec.maximum.single',
  threshold: 'credits.cwb.quebec.phaseOutThreshold.single',
};
const SINGLE_PARENT = {
  rate: 'credits.cwb.quebec.singleParent.rate',
  exclusion: 'credits.cwb.quebec.exclusion.single',
  maximum: 'credits.cwb.quebec.singleParent.maximum',
  threshold: 'credits.cwb.quebec.singleParent.phaseOutThreshold',
};
const COUPLE_WITH_CHILDREN = {
  rate: 'credits.cwb.quebec.coupleWithChildren.rate',
  exclusion: 'credits.cwb.quebec.exclusion.couple',
  maximum: 'credits.cwb.quebec.coupleWithChildren.maximum',
  threshold: 'credits.cwb.quebec.coupleWithChildren.phaseOutThreshold',
};
const COUPLE = {
  rate: 'credits.cwb.quebec.rate',
  exclusion: 'credits.cwb.quebec.exclusion.couple',
  maximum: 'credits.cwb.quebec.maximum.couple',
  threshold: 'credits.cwb.quebec.phaseOutThreshold.couple',
};

export function canadaWorkersBenefit(
  couple: boolean,
  oldestAge: number,
  workingIncome: Dec,
  adjustedNetIncome: Dec,
  ctx: RuleContext,
  withChildren = false,
  /** Adults eligible for the disability tax credit: each adds the disability supplement. */
  disabled = 0,
  /** A couple where both spouses have working income: the lower earner's working income. */
  secondaryWorkingIncome: Dec = ZERO,
): Computed {
  // Québec configures the CWB by family type (a family with a child has its own rate, maximum and
  // phase-out threshold), under the federal-Québec agreement of ITA s. 122.7(1.1).
  const ids = withChildren
    ? couple
      ? COUPLE_WITH_CHILDREN
      : SINGLE_PARENT
    : couple
      ? COUPLE
      : SINGLE;
  const rate = param(ctx, ids.rate);
  const exclusion = param(ctx, ids.exclusion);
  const maximum = param(ctx, ids.maximum);
  const threshold = param(ctx, ids.threshold);
  const phaseOut = param(ctx, 'credits.cwb.quebec.phaseOutRate');
  const secondary =
    couple && secondaryWorkingIncome.greaterThan(0)
      ? param(ctx, 'credits.cwb.quebec.secondaryEarnerExemption')
      : null;
  const exempted = secondary ? minDec(secondaryWorkingIncome, secondary.value) : ZERO;
  // The phase-out reads the family's adjusted net income less the secondary earner's exemption.
  const netForPhaseOut = max0(adjustedNetIncome.minus(exempted));
  // 19 or older at the end of the year, unless living with a spouse or a child (ITA s. 122.7(1)
  // "eligible individual").
  const eligible = workingIncome.greaterThan(0) && (couple || withChildren || oldestAge >= 19);
  const phaseIn = minDec(maximum.value, rateAbove(workingIncome, exclusion.value, rate.value));
  const reduction = rateAbove(netForPhaseOut, threshold.value, phaseOut.value);
  const basic = eligible ? max0(phaseIn.minus(reduction)) : ZERO;
  const supplement = eligible && disabled > 0 ? disabilitySupplement() : null;
  const amount = roundCents(basic.plus(supplement?.amount ?? ZERO));

  /**
   * The disability supplement (ITA s. 122.7(3), Québec configuration): per eligible adult, a rate
   * (40 %, 20 % with a spouse) of working income above 1 200 $ up to a maximum; reduced by 20 %
   * (10 % when both spouses qualify) of adjusted net income above the point where the basic CWB
   * ends (its threshold + maximum ÷ 20 %).
   */
  function disabilitySupplement() {
    const sExclusion = param(ctx, 'credits.cwb.quebec.disabilitySupplement.exclusion');
    const sRate = param(
      ctx,
      `credits.cwb.quebec.disabilitySupplement.rate.${couple ? 'couple' : 'single'}`,
    );
    const sMaximum = param(ctx, 'credits.cwb.quebec.disabilitySupplement.maximum');
    const perAdult = minDec(
      sMaximum.value,
      rateAbove(workingIncome, sExclusion.value, sRate.value),
    );
    const from = threshold.value.plus(maximum.value.dividedBy(phaseOut.value));
    const sReduction = rateAbove(
      netForPhaseOut,
      from,
      disabled === 2 ? phaseOut.value.dividedBy(2) : phaseOut.value,
    );
    return {
      amount: max0(perAdult.times(disabled).minus(sReduction)),
      from,
      parameters: [sExclusion, sRate, sMaximum],
    };
  }
  return computedYearly(
    creditsCanadaWorkersBenefitRule,
    amount,
    () => [
      rate,
      exclusion,
      maximum,
      threshold,
      phaseOut,
      ...(secondary ? [secondary] : []),
      ...(supplement?.parameters ?? []),
    ],
    () => ({
      workingIncome: workingIncome,
      adjustedNetIncome: adjustedNetIncome,
      withChildren,
      disabled,
    }),
    (lang) =>
      !eligible
        ? lang === 'fr'
          ? 'Aucune ACT : il faut un revenu de travail (et avoir 19 ans ou un conjoint).'
          : 'No CWB: it requires working income (and being 19 or having a spouse).'
        : lang === 'fr'
          ? `${percent(lang, rate.value.toNumber())} du revenu de travail au-delà de ${money(lang, exclusion.value.toNumber())}, au plus ${money(lang, maximum.value.toNumber())} : ${money(lang, toCents(phaseIn))} ; moins 20 % du revenu net rajusté (aide sociale comprise${exempted.greaterThan(0) ? `, moins ${money(lang, toCents(exempted))} du revenu de travail du conjoint qui gagne le moins` : ''}) au-delà de ${money(lang, threshold.value.toNumber())} (${money(lang, toCents(reduction))})${supplement ? ` ; plus le supplément pour invalidité ${money(lang, toCents(supplement.amount))} (réduit au-delà de ${money(lang, toCents(supplement.from))})` : ''} : ${money(lang, toCents(amount))} par année.`
          : `${percent(lang, rate.value.toNumber())} of working income above ${money(lang, exclusion.value.toNumber())}, at most ${money(lang, maximum.value.toNumber())}: ${money(lang, toCents(phaseIn))}; less 20% of adjusted net income (assistance included${exempted.greaterThan(0) ? `, less ${money(lang, toCents(exempted))} of the lower-earning spouse’s working income` : ''}) above ${money(lang, threshold.value.toNumber())} (${money(lang, toCents(reduction))})${supplement ? `; plus the disability supplement ${money(lang, toCents(supplement.amount))} (reduced above ${money(lang, toCents(supplement.from))})` : ''}: ${money(lang, toCents(amount))} a year.`,
  );
}
