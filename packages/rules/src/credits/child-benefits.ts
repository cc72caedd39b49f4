/**
 * The two child benefits a family receives whatever its program (neither reduces last-resort
 * assistance or the basic income: RAPF s. 111, ADEL ?sujet=226262): the Canada child benefit
 * (ITA s. 122.61) and Québec's Allocation famille (Retraite Québec). Both are set each July on the
 * family income; this tool applies the amounts of the period from July of the year to that year's
 * income, as it does for the GST and solidarity credits.
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import {
  add,
  max0,
  minDec,
  rateAbove,
  roundCents,
  sum,
  toCents,
  ZERO,
  type Dec,
} from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { benefitPeriodStart, benefitPeriodWords } from './benefit-period.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsCanadaChildBenefitRule = defineRule({
  id: 'credits.canadaChildBenefit',
  label: { fr: 'Allocation canadienne pour enfants', en: 'Canada child benefit' },
  parameters: ['credits.ccb.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsCanadaChildBenefitRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Par enfant de moins de 18 ans, un maximum selon l’âge (moins de 6 ans, 6 à 17 ans), réduit d’un taux qui dépend du nombre d’enfants sur le revenu familial net entre deux seuils, puis d’un taux plus bas au-delà.',
    en: 'Per child under 18, a maximum by age (under 6, 6 to 17), reduced at a rate set by the number of children on family net income between two thresholds, then at a lower rate above.',
  },
  sources: [
    {
      title:
        'Agence du revenu du Canada — Allocation canadienne pour enfants : combien pouvez-vous recevoir',
      url: 'https://www.canada.ca/en/revenue-agency/services/child-family-benefits/canada-child-benefit/how-much.html',
    },
  ],
};

export const creditsFamilyAllowanceRule = defineRule({
  id: 'credits.familyAllowance',
  label: { fr: 'Allocation famille (Québec)', en: 'Allocation famille (Québec family allowance)' },
  parameters: [
    'credits.familyAllowance.',
    'credits.workPremium.general.familyRate.',
    'credits.workPremium.general.threshold.',
    'credits.workPremium.general.exclusion.',
    'credits.workPremium.reductionRate',
  ],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsFamilyAllowanceRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Par enfant de moins de 18 ans, un maximum (plus un supplément pour une famille monoparentale), réduit de 4 % du revenu familial au-delà d’un seuil sans descendre sous le minimum ; plus le supplément pour l’achat de fournitures scolaires (4 à 16 ans) et le supplément pour enfant handicapé.',
    en: 'Per child under 18, a maximum (plus a single-parent supplement), reduced by 4% of family income above a threshold without going below the minimum; plus the school supplies supplement (ages 4 to 16) and the supplement for handicapped children.',
  },
  sources: [
    {
      title: 'Loi sur les impôts, art. 1029.8.61.18 et 1029.8.61.22 (seuil de réduction)',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
    },
    {
      title: 'Retraite Québec — Allocation famille',
      url: 'https://www.retraitequebec.gouv.qc.ca/fr/enfants/allocation-famille/Pages/allocation-famille.aspx',
    },
  ],
};

export interface Child {
  readonly age: number;
  readonly disability?: boolean | undefined;
}

/** Children the benefits count: under 18. */
const minors = (children: readonly Child[]) => children.filter((c) => c.age < 18);

/** The Canada child benefit of a year, on the family net income. */
export function canadaChildBenefit(
  children: readonly Child[],
  familyNetIncome: Dec,
  ctx: RuleContext,
): Computed {
  const kids = minors(children);
  // Without a child no parameter is read: a household without children never needs this data.
  if (kids.length === 0) {
    return computedYearly(creditsCanadaChildBenefitRule, ZERO, [], {}, (lang) =>
      lang === 'fr' ? 'Pas d’enfant de moins de 18 ans.' : 'No child under 18.',
    );
  }
  const under6 = param(ctx, 'credits.ccb.maximum.under6');
  const older = param(ctx, 'credits.ccb.maximum.age6to17');
  const t1 = param(ctx, 'credits.ccb.threshold1');
  const t2 = param(ctx, 'credits.ccb.threshold2');
  const n = ['oneChild', 'twoChildren', 'threeChildren', 'fourOrMoreChildren'][
    Math.min(kids.length, 4) - 1
  ]!;
  const rate1 = param(ctx, `credits.ccb.phase1Rate.${n}`);
  const rate2 = param(ctx, `credits.ccb.phase2Rate.${n}`);
  const maximum = sum(kids.map((c) => (c.age < 6 ? under6.value : older.value)));
  // Between the thresholds at the first rate, above the second at the second rate (ITA s. 122.61).
  const reduction = add(
    rateAbove(minDec(familyNetIncome, t2.value), t1.value, rate1.value),
    rateAbove(familyNetIncome, t2.value, rate2.value),
  );
  const amount = roundCents(max0(maximum.minus(reduction)));
  return computedYearly(
    creditsCanadaChildBenefitRule,
    amount,
    () => [under6, older, t1, t2, rate1, rate2],
    () => ({ children: kids.length, familyNetIncome }),
    (lang) =>
      lang === 'fr'
        ? `Maximum ${money(lang, toCents(maximum))} pour ${kids.length} enfant${kids.length > 1 ? 's' : ''} ; réduction ${money(lang, toCents(reduction))} sur le revenu familial net de ${money(lang, toCents(familyNetIncome))} au-delà de ${money(lang, t1.value.toNumber())} : ${money(lang, toCents(amount))} par année (${benefitPeriodWords.fr(benefitPeriodStart(under6))}), versés chaque mois.`
        : `Maximum ${money(lang, toCents(maximum))} for ${kids.length} child${kids.length > 1 ? 'ren' : ''}; reduction ${money(lang, toCents(reduction))} on family net income of ${money(lang, toCents(familyNetIncome))} above ${money(lang, t1.value.toNumber())}: ${money(lang, toCents(amount))} a year (${benefitPeriodWords.en(benefitPeriodStart(under6))}), paid monthly.`,
  );
}

/** Québec's Allocation famille of a year, on the family income (line 275 of both spouses). */
export function familyAllowance(
  children: readonly Child[],
  singleParent: boolean,
  familyIncome: Dec,
  ctx: RuleContext,
): Computed {
  const kids = minors(children);
  if (kids.length === 0) {
    return computedYearly(creditsFamilyAllowanceRule, ZERO, [], {}, (lang) =>
      lang === 'fr' ? 'Pas d’enfant de moins de 18 ans.' : 'No child under 18.',
    );
  }
  const maxChild = param(ctx, 'credits.familyAllowance.maximumPerChild');
  const minChild = param(ctx, 'credits.familyAllowance.minimumPerChild');
  const maxSingle = param(ctx, 'credits.familyAllowance.singleParent.maximum');
  const minSingle = param(ctx, 'credits.familyAllowance.singleParent.minimum');
  // The reduction threshold is the family income at which the family's work premium falls to zero
  // (Taxation Act s. 1029.8.61.22): threshold + rate ÷ 10 % × (threshold − exclusion), read from
  // the work premium's parameters (2025: 4 × 12 620 − 7 200 = 43 280 $; 3.5 × 19 534 − 9 000 =
  // 59 369 $, Retraite Québec's table).
  const wpRate = param(
    ctx,
    `credits.workPremium.general.familyRate.${singleParent ? 'singleParent' : 'coupleWithChildren'}`,
  );
  const wpThreshold = param(
    ctx,
    `credits.workPremium.general.threshold.${singleParent ? 'single' : 'couple'}`,
  );
  const wpExclusion = param(
    ctx,
    `credits.workPremium.general.exclusion.${singleParent ? 'single' : 'couple'}`,
  );
  const wpReduction = param(ctx, 'credits.workPremium.reductionRate');
  const threshold = wpThreshold.value.plus(
    wpRate.value.dividedBy(wpReduction.value).times(wpThreshold.value.minus(wpExclusion.value)),
  );
  const rate = param(ctx, 'credits.familyAllowance.reductionRate');
  const supplies = param(ctx, 'credits.familyAllowance.schoolSupplies');
  const handicap = param(ctx, 'credits.familyAllowance.handicappedChildSupplement');
  const count = kids.length;
  const maximum = maxChild.value.times(count).plus(singleParent ? maxSingle.value : ZERO);
  const minimum = minChild.value.times(count).plus(singleParent ? minSingle.value : ZERO);
  // One reduction for the family, never below its minimum (Retraite Québec's table by income).
  const income = roundCents(max0(maximum.minus(rateAbove(familyIncome, threshold, rate.value))));
  const allowance = income.lessThan(minimum) ? minimum : income;
  // The school supplies supplement: children aged 4 to 16 on September 30 (Retraite Québec).
  const schoolAge = kids.filter((c) => c.age >= 4 && c.age <= 16).length;
  const withDisability = kids.filter((c) => c.disability).length;
  const extras = add(
    supplies.value.times(schoolAge),
    withDisability > 0 ? handicap.value.times(withDisability) : ZERO,
  );
  const amount = add(allowance, extras);
  return computedYearly(
    creditsFamilyAllowanceRule,
    amount,
    () => [
      maxChild,
      minChild,
      ...(singleParent ? [maxSingle, minSingle] : []),
      wpRate,
      wpThreshold,
      wpExclusion,
      wpReduction,
      rate,
      ...(schoolAge > 0 ? [supplies] : []),
      ...(withDisability > 0 ? [handicap] : []),
    ],
    () => ({ children: count, singleParent, familyIncome }),
    (lang) =>
      lang === 'fr'
        ? `Allocation ${money(lang, toCents(allowance))} (maximum ${money(lang, toCents(maximum))}${singleParent ? ', famille monoparentale' : ''}, moins ${percent(lang, rate.value.toNumber())} du revenu familial au-delà de ${money(lang, toCents(threshold))}, au moins ${money(lang, toCents(minimum))})${schoolAge > 0 ? ` + fournitures scolaires ${money(lang, toCents(supplies.value.times(schoolAge)))}` : ''}${withDisability > 0 ? ` + supplément pour enfant handicapé ${money(lang, toCents(handicap.value.times(withDisability)))}` : ''} : ${money(lang, toCents(amount))} par année.`
        : `Allowance ${money(lang, toCents(allowance))} (maximum ${money(lang, toCents(maximum))}${singleParent ? ', single-parent family' : ''}, less ${percent(lang, rate.value.toNumber())} of family income above ${money(lang, toCents(threshold))}, at least ${money(lang, toCents(minimum))})${schoolAge > 0 ? ` + school supplies ${money(lang, toCents(supplies.value.times(schoolAge)))}` : ''}${withDisability > 0 ? ` + supplement for handicapped children ${money(lang, toCents(handicap.value.times(withDisability)))}` : ''}: ${money(lang, toCents(amount))} a year.`,
  );
}
