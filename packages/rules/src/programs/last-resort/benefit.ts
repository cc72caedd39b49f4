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
import { money, percent, wholeMoney, type Localized } from '../../i18n/localized.js';
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
import { contextFor, param, type RuleContext } from '../../rule-context.js';
import type { ParameterSet } from '../../parameters/parameter-set.js';
import type { LastResortNeeds } from './needs.js';
import { defineRule, type RuleDocumentation } from '../../explain/rule.js';
import { ADEL, RAPF } from '../../explain/sources.js';

export const lastResortWorkIncomeExclusionRule = defineRule({
  id: 'lastResort.workIncomeExclusion',
  label: { fr: 'Revenus de travail exclus', en: 'Work income excluded' },
  parameters: ['lastResort.workIncomeExclusion.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortWorkIncomeExclusionRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Les premiers 200 $ (adulte seul) ou 300 $ (deux adultes) de revenus de travail nets par mois ne réduisent pas l’aide.',
    en: 'The first $200 (single adult) or $300 (two adults) of net work income a month do not reduce assistance.',
  },
  sources: [ADEL(43308, 'Revenu qui cesse (exemple : 100 $ NET par semaine)')],
};

export const lastResortWorkIncomeCountedRule = defineRule({
  id: 'lastResort.workIncomeCounted',
  label: {
    fr: 'Revenus de travail qui réduisent l’aide',
    en: 'Work income that reduces assistance',
  },
  parameters: ['lastResort.workIncomeExclusion.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortWorkIncomeCountedRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Revenus de travail nets au-delà de l’exclusion : ils réduisent l’aide du mois suivant, dollar pour dollar.',
    en: 'Net work income above the exclusion: it reduces the next month’s assistance dollar for dollar.',
  },
  sources: [ADEL(43308, 'Revenu qui cesse')],
};

export const lastResortDeficitRule = defineRule({
  id: 'lastResort.deficit',
  label: { fr: 'Aide après déduction des revenus', en: 'Assistance after income is deducted' },
  parameters: [],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortDeficitRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Besoins − revenus de travail comptés − allocations comptées, si positif.',
    en: 'Needs − work income counted − allowances counted, when positive.',
  },
  sources: [RAPF],
};

export const lastResortWorkIncomeSupplementRule = defineRule({
  id: 'lastResort.workIncomeSupplement',
  label: { fr: 'Supplément aux revenus de travail (25 %)', en: 'Work income supplement (25%)' },
  parameters: ['lastResort.workIncomeSupplement.rate', 'lastResort.workIncomeExclusion.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortWorkIncomeSupplementRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Depuis le 1er janvier 2025 : 25 % des revenus de travail au-delà de l’exclusion s’ajoutent à l’aide si le ménage a droit à au moins 1 $ ; le supplément n’entre pas dans le déficit.',
    en: 'Since January 1, 2025: 25% of work income above the exclusion is added to assistance when the household is entitled to at least $1; the supplement is not part of the deficit.',
  },
  sources: [ADEL(228445, 'Supplément aux revenus de travail (RAPF, art. 154.1)')],
};

export const lastResortBenefitRule = defineRule({
  id: 'lastResort.benefit',
  label: {
    fr: 'Prestation d’aide financière de dernier recours',
    en: 'Last-resort assistance benefit',
  },
  parameters: [],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortBenefitRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Déficit + supplément aux revenus de travail.',
    en: 'Deficit + work income supplement.',
  },
  sources: [RAPF],
};

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
    lastResortWorkIncomeExclusionRule,
    excluded,
    () => [exclusion],
    () => ({ netWorkIncome: netWorkIncome }),
    (lang) =>
      benefitWords[lang].excluded(
        money(lang, toCents(netWorkIncome)),
        money(lang, exclusion.value.toNumber()),
        money(lang, toCents(excluded)),
      ),
  );
  const workIncomeCounted = computed(
    lastResortWorkIncomeCountedRule,
    countedWork,
    () => [exclusion],
    () => ({ netWorkIncome: netWorkIncome }),
    (lang) =>
      benefitWords[lang].counted(
        money(lang, toCents(netWorkIncome)),
        money(lang, exclusion.value.toNumber()),
        money(lang, toCents(countedWork)),
      ),
  );
  const benefitBeforeSupplement = computed(
    lastResortDeficitRule,
    beforeSupplement,
    [],
    () => ({
      needs: needs.total.value,
      countedWork: countedWork,
      countedAllowance: allowanceCounted,
    }),
    (lang) =>
      benefitWords[lang].deficit(
        money(lang, toCents(needs.total.value)),
        money(lang, toCents(countedWork)),
        money(lang, toCents(allowanceCounted)),
        money(lang, toCents(deficit)),
        deficit.isNegative(),
      ),
  );
  const workIncomeSupplement = computed(
    lastResortWorkIncomeSupplementRule,
    supplement,
    () => [supplementRate, exclusion],
    () => ({ countedWork: countedWork, deficit: deficit }),
    (lang) =>
      entitled
        ? benefitWords[lang].supplement(
            percent(lang, supplementRate.value.toNumber()),
            money(lang, toCents(countedWork)),
            money(lang, toCents(supplement)),
          )
        : benefitWords[lang].noSupplement,
  );
  const benefitComputed = computed(
    lastResortBenefitRule,
    benefit,
    [],
    () => ({ beforeSupplement: beforeSupplement, supplement: supplement }),
    (lang) =>
      benefitWords[lang].benefit(
        money(lang, toCents(beforeSupplement)),
        money(lang, toCents(supplement)),
        money(lang, toCents(benefit)),
      ),
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

/** The benefit's sentences, one table per language; amounts arrive written. */
const benefitWords = {
  fr: {
    excluded: (net: string, exclusion: string, excluded: string) =>
      `Sur ${net} de revenus de travail nets, les premiers ${exclusion} par mois ne réduisent pas l’aide : ${excluded} exclus.`,
    counted: (net: string, exclusion: string, counted: string) =>
      `${net} − ${exclusion} = ${counted} réduisent l’aide du mois suivant, dollar pour dollar.`,
    deficit: (needs: string, work: string, allowances: string, deficit: string, none: boolean) =>
      `${needs} (besoins) − ${work} (revenus de travail comptés) − ${allowances} (allocations comptées) = ${deficit}${none ? ' : les revenus dépassent les besoins, aucune aide.' : '.'}`,
    supplement: (rate: string, counted: string, supplement: string) =>
      `${rate} des revenus de travail au-delà de l’exclusion (${counted}) s’ajoutent à l’aide : ${supplement}.`,
    noSupplement:
      'Aucun supplément : il n’est versé qu’aux ménages qui ont droit à au moins 1 $ d’aide.',
    benefit: (before: string, supplement: string, benefit: string) =>
      `${before} + ${supplement} (supplément) = ${benefit} par mois.`,
  },
  en: {
    excluded: (net: string, exclusion: string, excluded: string) =>
      `Of ${net} of net work income, the first ${exclusion} a month do not reduce assistance: ${excluded} excluded.`,
    counted: (net: string, exclusion: string, counted: string) =>
      `${net} − ${exclusion} = ${counted} reduce the following month’s assistance dollar for dollar.`,
    deficit: (needs: string, work: string, allowances: string, deficit: string, none: boolean) =>
      `${needs} (needs) − ${work} (work income counted) − ${allowances} (allowances counted) = ${deficit}${none ? ': income exceeds needs, no assistance.' : '.'}`,
    supplement: (rate: string, counted: string, supplement: string) =>
      `${rate} of work income above the exclusion (${counted}) is added to assistance: ${supplement}.`,
    noSupplement:
      'No supplement: it is paid only to households entitled to at least $1 of assistance.',
    benefit: (before: string, supplement: string, benefit: string) =>
      `${before} + ${supplement} (supplement) = ${benefit} a month.`,
  },
} as const;

/** What the work income supplement is, in words a participant reads beside a cliff (its « ? »). */
export interface WorkIncomeSupplementWords {
  readonly term: Localized;
  readonly meaning: { readonly standard: Localized; readonly simple: Localized };
}

/**
 * The supplement's words for a month's rules and a household (the exclusion of one adult or two),
 * with its amounts read from the parameters: the rule says them, the pages show them.
 */
export function workIncomeSupplementWords(
  period: { readonly year: number; readonly month: number },
  parameters: ParameterSet,
  couple = false,
): WorkIncomeSupplementWords {
  const ctx = contextFor(period, parameters);
  const rate = param(ctx, 'lastResort.workIncomeSupplement.rate').value.toNumber();
  const exclusion = param(
    ctx,
    couple ? 'lastResort.workIncomeExclusion.couple' : 'lastResort.workIncomeExclusion.singleAdult',
  ).value.toNumber();
  const r = (lang: 'fr' | 'en') => percent(lang, rate);
  const x = (lang: 'fr' | 'en') => wholeMoney(lang, exclusion);
  return {
    term: { fr: `supplément de ${r('fr')}`, en: `${r('en')} supplement` },
    meaning: {
      standard: {
        fr: `Quand vous travaillez et recevez l’aide, le ministère ajoute à votre chèque ${r('fr')} de vos revenus de travail au-delà de ${x('fr')} par mois, tant que vous avez droit à au moins 1 $ d’aide. Quand le chèque s’arrête, ce supplément s’arrête aussi.`,
        en: `While you work and receive assistance, the ministry adds to your cheque ${r('en')} of your work income above ${x('en')} a month, as long as you are entitled to at least $1 of assistance. When the cheque stops, this supplement stops too.`,
      },
      simple: {
        fr: `Quand vous travaillez et recevez l’aide, le ministère ajoute à votre chèque ${r('fr')} de ce que vous gagnez au-dessus de ${x('fr')} par mois. Si votre chèque s’arrête, ce montant s’arrête aussi.`,
        en: `When you work and receive assistance, the ministry adds to your cheque ${r('en')} of what you earn above ${x('en')} a month. If your cheque stops, this amount stops too.`,
      },
    },
  };
}
