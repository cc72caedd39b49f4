/**
 * GST/HST credit (ITA s. 122.5) attributed to the tax year: the amounts of the payment period
 * that starts in July of that year, applied to that year's family net income (a convention of
 * this tool: the payments themselves use the previous year's income).
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money } from '../i18n/localized.js';
import { max0, minDec, roundCents, toCents, ZERO, type Dec, rateAbove } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { benefitPeriodStart, benefitPeriodWords } from './benefit-period.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsGstCreditRule = defineRule({
  id: 'credits.gstCredit',
  label: { fr: 'Crédit pour la TPS', en: 'GST/HST credit' },
  parameters: ['credits.gst.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsGstCreditRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Montant par adulte + supplément pour personne seule, moins 5 % du revenu familial au-delà du seuil ; montants de la période qui commence en juillet de l’année.',
    en: 'Amount per adult + single supplement, less 5% of family income above the threshold; amounts of the period starting in July of the year.',
  },
  sources: [
    {
      title: 'Loi de l’impôt sur le revenu, art. 122.5',
      url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/section-122.5.html',
    },
  ],
};

export function gstCredit(
  adults: number,
  familyNetIncome: Dec,
  ctx: RuleContext,
  children = 0,
): Computed {
  const perAdult = param(ctx, 'credits.gst.adultAmount');
  const supRate = param(ctx, 'credits.gst.singleSupplement.rate');
  const supThreshold = param(ctx, 'credits.gst.singleSupplement.threshold');
  const supMax = param(ctx, 'credits.gst.singleSupplement.maximum');
  const threshold = param(ctx, 'credits.gst.reductionThreshold');
  const rate = param(ctx, 'credits.gst.reductionRate');
  const childAmount = children > 0 ? param(ctx, 'credits.gst.childAmount') : null;
  const singleParent = adults === 1 && children > 0;
  // A single parent's first child counts as a spouse (an adult's amount), and the single
  // supplement is paid in full (CRA calculation sheet, July 2025 – June 2026).
  const base = perAdult.value
    .times(singleParent ? 2 : adults)
    .plus(childAmount ? childAmount.value.times(singleParent ? children - 1 : children) : ZERO);
  const supplement = singleParent
    ? supMax.value
    : adults === 1
      ? minDec(supMax.value, rateAbove(familyNetIncome, supThreshold.value, supRate.value))
      : ZERO;
  const reduction = rateAbove(familyNetIncome, threshold.value, rate.value);
  const amount = roundCents(max0(base.plus(supplement).minus(reduction)));
  return computedYearly(
    creditsGstCreditRule,
    amount,
    () => [
      perAdult,
      supRate,
      supThreshold,
      supMax,
      threshold,
      rate,
      ...(childAmount ? [childAmount] : []),
    ],
    () => ({ adults, children, familyNetIncome: familyNetIncome }),
    (lang) =>
      lang === 'fr'
        ? `${money(lang, perAdult.value.toNumber())} par adulte${childAmount ? (singleParent ? ` et pour le premier enfant (famille monoparentale), ${money(lang, childAmount.value.toNumber())} pour chaque autre enfant` : `, ${money(lang, childAmount.value.toNumber())} par enfant`) : ''} + supplément pour personne seule ${money(lang, toCents(supplement))} − 5 % du revenu familial au-delà de ${money(lang, threshold.value.toNumber())} : ${money(lang, toCents(amount))} par année (${benefitPeriodWords.fr(benefitPeriodStart(perAdult))}), versés en quatre fois.`
        : `${money(lang, perAdult.value.toNumber())} per adult${childAmount ? (singleParent ? ` and for the first child (single parent), ${money(lang, childAmount.value.toNumber())} for each other child` : `, ${money(lang, childAmount.value.toNumber())} per child`) : ''} + single supplement ${money(lang, toCents(supplement))} − 5% of family income above ${money(lang, threshold.value.toNumber())}: ${money(lang, toCents(amount))} a year (${benefitPeriodWords.en(benefitPeriodStart(perAdult))}), paid quarterly.`,
  );
}
