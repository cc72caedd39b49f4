/**
 * The tax-year view of a scenario: the simulated month held for a year, income taxes and the
 * refundable credits it brings, and the monthly cash view (credits averaged or at their payment
 * schedule). Amounts are Decimals; `present.ts` rounds them for the public result.
 */
import {
  claimBookletValue,
  drugInsurancePremium,
  premiumFamilyOf,
} from '../credits/drug-insurance.js';
import { canadaWorkersBenefit } from '../credits/canada-workers-benefit.js';
import { gstCredit } from '../credits/gst-credit.js';
import { canadaChildBenefit, familyAllowance } from '../credits/child-benefits.js';
import { solidarityCredit } from '../credits/solidarity-credit.js';
import { workPremium, type WorkPremiumKind } from '../credits/work-premium.js';
import { annualOf, computedYearly, type Computed } from '../explain/computed.js';
import { money } from '../i18n/localized.js';
import type { ValidSimulationInput } from '../input/schema.js';
import {
  add,
  max0,
  minDec,
  roundCents,
  subtract,
  sum,
  toCents,
  TWELVE,
  ZERO,
  type Dec,
} from '../money.js';
import { claimBooklet, type ClaimBooklet } from '../programs/claim-booklet.js';
import { contextFor, param, type RuleContext } from '../rule-context.js';
import { annualIncomesOf, type AdultAnnualIncome } from '../tax/annual-income.js';
import { federalTax } from '../tax/federal.js';
import { quebecLine430, quebecNetIncome, quebecTax } from '../tax/quebec.js';
import type { ScenarioCore } from './core.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsWorkPremiumSupplementRule = defineRule({
  id: 'credits.workPremiumSupplement',
  label: { fr: 'Supplément à la prime au travail', en: 'Work premium supplement' },
  parameters: ['credits.workPremium.supplement.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsWorkPremiumSupplementRuleDoc: RuleDocumentation = {
  description: {
    fr: '200 $ par mois admissible, jusqu’à 12 mois, pour la personne prestataire de longue date qui quitte l’aide pour le travail (option d’entrée : l’historique n’est pas connu de l’outil).',
    en: '$200 per eligible month, up to 12 months, for a long-term recipient who leaves assistance for work (an input option: the tool does not know the history).',
  },
  sources: [
    {
      title: 'Loi sur les impôts, art. 1029.8.116.5.0.2',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
    },
  ],
};

/** The year's returns (`TaxesAndCredits`) and what follows from them for the household. */
export interface AnnualCore extends Omit<TaxesAndCredits, 'refundableCredits'> {
  readonly workPremiumSupplement: Computed;
  readonly drugInsurancePremium: Computed;
  readonly claimBookletValue: Computed;
  readonly claimBookletValueIncluded: boolean;
  /** The claim booklet's status, which decides the premium; reused by the presentation. */
  readonly claimBooklet: ClaimBooklet;
  /** Annual amounts; the refundable credits here include the work premium supplement. */
  readonly refundableCredits: Dec;
  readonly disposableIncome: Dec;
}

/** The simulated month held for a year: each adult's month × 12, and the assistance × 12. */
export function annualIncomes(
  input: ValidSimulationInput,
  core: ScenarioCore,
  ctx: RuleContext,
): AdultAnnualIncome[] {
  return annualIncomesOf(
    input,
    core.adults.map((adult) => ({
      employment: adult.wage ? adult.wage.grossMonthly.value.times(TWELVE) : ZERO,
      allowance: adult.allowance ? adult.allowance.monthly.value.times(TWELVE) : ZERO,
      contributions: adult.payroll?.annual,
    })),
    roundCents(core.benefit).times(TWELVE),
    core.payrollParameters,
    ctx,
  );
}

export function computeAnnual(
  input: ValidSimulationInput,
  core: ScenarioCore,
  ctx: RuleContext,
): AnnualCore {
  const o = input.options;
  const adults = input.household.adults;
  const t = taxesAndCredits(
    input,
    annualIncomes(input, core, ctx),
    ctx,
    paymentPeriodContext(input.period, ctx),
  );
  const supplement = workPremiumSupplement(input, core, ctx);
  const booklet = claimBooklet(
    core.program,
    core.benefit,
    core.grossEarnings.greaterThan(0),
    ctx,
    input.period,
  );
  const covered = booklet.status === 'held' || booklet.status === 'keptAfterLeaving';
  const premium = drugInsurancePremium(
    premiumFamilyOf(input.household),
    t.quebecFamilyNet,
    !covered && !o.groupInsurance,
    ctx,
  );
  const bookletValue = claimBookletValue(adults.length, covered, ctx);

  const annual = annualOf;
  const refundableCredits = add(t.refundableCredits, annual(supplement));
  const monthlyBeforeTaxes = roundCents(core.disposableIncome);
  const disposableIncome = subtract(
    sum([
      monthlyBeforeTaxes.times(TWELVE),
      refundableCredits,
      annual(premium),
      o.includeClaimBookletValue ? annual(bookletValue) : ZERO,
    ]),
    t.incomeTaxes,
  );
  return {
    federal: t.federal,
    quebec: t.quebec,
    workPremiumKind: t.workPremiumKind,
    workPremium: t.workPremium,
    workPremiumSupplement: supplement,
    canadaWorkersBenefit: t.canadaWorkersBenefit,
    gstCredit: t.gstCredit,
    canadaChildBenefit: t.canadaChildBenefit,
    familyAllowance: t.familyAllowance,
    solidarityCredit: t.solidarityCredit,
    paidThisMonth: t.paidThisMonth,
    creditsOfPeriod: t.creditsOfPeriod,
    drugInsurancePremium: premium,
    quebecFamilyNet: t.quebecFamilyNet,
    claimBookletValue: bookletValue,
    claimBookletValueIncluded: o.includeClaimBookletValue,
    claimBooklet: booklet,
    incomeTaxes: t.incomeTaxes,
    refundableCredits,
    disposableIncome,
  };
}

/** The returns of a year from its incomes: income taxes and the refundable credits they decide. */
export interface TaxesAndCredits {
  readonly federal: readonly Computed[];
  readonly quebec: readonly Computed[];
  /** Family net income for Québec (the drug premium's base), kept for the coverage row. */
  readonly quebecFamilyNet: Dec;
  readonly workPremiumKind: WorkPremiumKind;
  readonly workPremium: Computed;
  readonly canadaWorkersBenefit: Computed;
  readonly gstCredit: Computed;
  /** Child benefits: the Canada child benefit and Québec's Allocation famille (0 without children). */
  readonly canadaChildBenefit: Computed;
  readonly familyAllowance: Computed;
  readonly solidarityCredit: Computed;
  /**
   * The GST, child benefit and solidarity credits of the benefit period paid in the simulated
   * month (July to June): from January to June, the period that began the July before. The month's
   * lines and money per month show these; the tax year (`gstCredit`…) keeps its convention.
   */
  readonly paidThisMonth: BenefitPeriodCredits;
  /** The same credits, on the same income, under another period's rules (three credits, no return). */
  readonly creditsOfPeriod: (periodCtx: RuleContext) => BenefitPeriodCredits;
  readonly incomeTaxes: Dec;
  /** Work premium, CWB, GST and solidarity credits (annual; the premium supplement apart). */
  readonly refundableCredits: Dec;
}

/**
 * The credits paid over a benefit period, July to June, from a year's income: the GST credit, the
 * Canada child benefit and the solidarity credit.
 */
export interface BenefitPeriodCredits {
  readonly gstCredit: Computed;
  readonly canadaChildBenefit: Computed;
  readonly solidarityCredit: Computed;
}

/**
 * The rules of the benefit period paid in a month of January to June: the one that began in July
 * of the year before. The parameters of these credits hold, under a year, the amounts of the
 * period from July of that year (docs/calculation.md); the tax year keeps that convention, and a
 * month of January to June reads the year before's. Null from July on (the same period).
 */
export function paymentPeriodContext(
  period: { readonly year: number; readonly month: number },
  ctx: RuleContext,
): RuleContext | null {
  // Read at that period's July: a value (or a reform) dated in July applies to its whole period.
  return period.month < 7 ? contextFor({ year: period.year - 1, month: 7 }, ctx.parameters) : null;
}

export function taxesAndCredits(
  input: ValidSimulationInput,
  incomes: readonly AdultAnnualIncome[],
  ctx: RuleContext,
  /** Also the credits of this (earlier) benefit period, on the same income: see `paymentPeriodContext`. */
  paidCtx: RuleContext | null = null,
): TaxesAndCredits {
  const o = input.options;
  const adults = input.household.adults;
  const couple = adults.length === 2;
  const singleParent = !couple && input.household.children.some((c) => c.age < 18);
  // A couple's assistance is reported by the spouse with the higher net income not counting it
  // (CRA, line 14500), who claims the spouse amount for the other; the other's net income then
  // holds no assistance. On a tie, the first adult.
  const withoutAssistance = incomes.map((a) => a.commonNetIncome.minus(a.assistance));
  const claimant = couple ? (withoutAssistance[1]!.greaterThan(withoutAssistance[0]!) ? 1 : 0) : -1;
  const federal = incomes.map((a, i) =>
    federalTax(a, i, ctx, {
      eligibleDependant: singleParent,
      spouseNetIncome: i === claimant ? withoutAssistance[1 - i]! : null,
    }),
  );
  const federalFamilyNet = sum(federal.map((f) => f.netIncome));
  const quebecNet = incomes.map((a) => quebecNetIncome(a, ctx));
  const quebecFamilyNet = sum(quebecNet);
  const children = input.household.children;
  // A parent who lives only with children under 18 still « lives alone » (Revenu Québec, solidarity
  // credit and the amount for a person living alone).
  const livesAlone = o.livesAlone && !couple && children.every((c) => c.age < 18);
  const withChildren = children.some((c) => c.age < 18);
  // Each spouse may deduct the other's unused non-refundable credits (TP-1 line 431): what is
  // below zero on one's line 430 cuts the other's tax, down to zero.
  const line430 = incomes.map((a, i) =>
    couple ? quebecLine430(a, quebecNet[i]!, livesAlone, quebecFamilyNet, ctx) : ZERO,
  );
  const unused = line430.map((x) => max0(x.negated()));
  const used = line430.map((x, i) => (couple ? minDec(unused[1 - i]!, max0(x)) : ZERO));
  const quebec = incomes.map((a, i) =>
    quebecTax(
      a,
      quebecNet[i]!,
      i,
      livesAlone,
      quebecFamilyNet,
      ctx,
      couple ? unused[1 - i]! : ZERO,
      couple ? used[1 - i]! : ZERO,
    ),
  );
  const workIncome = sum(incomes.map((a) => a.employment));
  const wp = workPremium(
    adults.map((a) => a.program),
    workIncome,
    quebecFamilyNet,
    ctx,
    withChildren,
  );
  const cwb = canadaWorkersBenefit(
    couple,
    Math.max(...adults.map((a) => a.age)),
    workIncome,
    federalFamilyNet,
    ctx,
    withChildren,
    adults.filter((a) => a.disabilityTaxCredit).length,
    // Both spouses work: the lower earner's working income (secondary earner exemption).
    couple && incomes.every((a) => a.employment.greaterThan(0))
      ? minDec(incomes[0]!.employment, incomes[1]!.employment)
      : ZERO,
  );
  const periodCredits = (c: RuleContext): BenefitPeriodCredits => ({
    // GST credit: children under 19 (ITA s. 122.5, « qualified dependant »).
    gstCredit: gstCredit(
      adults.length,
      federalFamilyNet,
      c,
      children.filter((k) => k.age < 19).length,
    ),
    canadaChildBenefit: canadaChildBenefit(children, federalFamilyNet, c),
    solidarityCredit: solidarityCredit(
      adults.length,
      livesAlone,
      o.housingComponent,
      quebecFamilyNet,
      c,
      children.filter((k) => k.age < 18).length,
    ),
  });
  const taxYear = periodCredits(ctx);
  const { gstCredit: gst, canadaChildBenefit: ccb, solidarityCredit: solidarity } = taxYear;
  const allocation = familyAllowance(children, !couple, quebecFamilyNet, ctx);
  const annual = annualOf;
  return {
    federal: federal.map((f) => f.tax),
    quebec,
    quebecFamilyNet,
    workPremiumKind: wp.kind,
    workPremium: wp.amount,
    canadaWorkersBenefit: cwb,
    gstCredit: gst,
    canadaChildBenefit: ccb,
    familyAllowance: allocation,
    solidarityCredit: solidarity,
    paidThisMonth: paidCtx ? periodCredits(paidCtx) : taxYear,
    creditsOfPeriod: periodCredits,
    incomeTaxes: sum([...federal.map((f) => annual(f.tax)), ...quebec.map(annual)]),
    refundableCredits: sum([wp.amount, cwb, gst, ccb, allocation, solidarity].map(annual)),
  };
}

/**
 * Supplement to the work premium: 200 $ for each month (at most 12) with enough work income after
 * leaving last-resort assistance, for a long-term recipient (an input: the tool cannot know the history).
 */
function workPremiumSupplement(
  input: ValidSimulationInput,
  core: ScenarioCore,
  ctx: RuleContext,
): Computed {
  const monthly = param(ctx, 'credits.workPremium.supplement.monthlyAmount');
  const months = param(ctx, 'credits.workPremium.supplement.maximumMonths');
  const minimum = param(ctx, 'credits.workPremium.supplement.minimumMonthlyWorkIncome');
  const leftForWork =
    (core.program === 'socialAssistance' || core.program === 'socialSolidarity') &&
    core.benefit.isZero() &&
    core.grossEarnings.greaterThanOrEqualTo(minimum.value);
  const applies = input.options.longTermRecipient && leftForWork;
  const amount = applies ? monthly.value.times(months.value) : ZERO;
  return computedYearly(
    creditsWorkPremiumSupplementRule,
    amount,
    () => [monthly, months, minimum],
    () => ({ longTermRecipient: input.options.longTermRecipient, leftForWork }),
    (lang) =>
      applies
        ? lang === 'fr'
          ? `Sortie de l’aide pour le travail après au moins 36 des 42 derniers mois à l’aide (emploi déclaré au ministère au plus tard à la fin du mois qui suit son début) : ${money(lang, monthly.value.toNumber())} par mois pendant ${months.value.toNumber()} mois, soit ${money(lang, toCents(amount))} (première année).`
          : `Left assistance for work after at least 36 of the last 42 months on assistance (job declared to the ministry by the end of the month after it starts): ${money(lang, monthly.value.toNumber())} a month for ${months.value.toNumber()} months, ${money(lang, toCents(amount))} (first year).`
        : lang === 'fr'
          ? `Aucun supplément : il faut quitter l’aide sociale ou la solidarité sociale pour le travail${input.options.longTermRecipient ? '' : ' après y avoir été longtemps'}.`
          : `No supplement: it requires leaving social assistance or social solidarity for work${input.options.longTermRecipient ? '' : ' after a long period on it'}.`,
  );
}

/**
 * The credits of the period paid from January to June of the simulated year (the one begun the
 * July before), on the year's income: the month's own when it is in January to June, else the
 * three credits again under that period's rules (only for a presented result's month by month).
 */
export function firstHalfCredits(
  input: ValidSimulationInput,
  a: AnnualCore,
  ctx: RuleContext,
): BenefitPeriodCredits {
  if (input.period.month < 7) return a.paidThisMonth;
  return a.creditsOfPeriod(paymentPeriodContext({ year: input.period.year, month: 1 }, ctx)!);
}

/**
 * Month by month for the calendar year: cash in hand, with credits averaged or at their payment
 * schedule. January to June are paid the GST credit, child benefit and solidarity credit of the
 * period begun the July before (`firstHalf`), July to December this July's, as in the timeline.
 */
export function cashByMonth(
  input: ValidSimulationInput,
  core: ScenarioCore,
  a: AnnualCore,
  firstHalf: BenefitPeriodCredits,
): { month: number; amount: Dec; credits: Dec }[] {
  const base = roundCents(core.disposableIncome).minus(a.incomeTaxes.dividedBy(TWELVE));
  const annual = annualOf;
  const periodOf = (month: number): BenefitPeriodCredits => (month < 7 ? firstHalf : a);
  // Averaged: the calendar year's credits (half of each period) over twelve months.
  const periodic = (p: BenefitPeriodCredits) =>
    sum([p.gstCredit, p.canadaChildBenefit, p.solidarityCredit].map(annual));
  const averaged = a.refundableCredits
    .minus(periodic(a))
    .plus(periodic(firstHalf).plus(periodic(a)).dividedBy(2))
    .plus(annual(a.drugInsurancePremium))
    .dividedBy(TWELVE);
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    let credits: Dec;
    if (input.options.creditTiming === 'averaged') {
      credits = averaged;
    } else {
      const p = periodOf(month);
      // GST credit: quarterly (January, April, July, October); solidarity credit: monthly;
      // work premium, its supplement and the CWB: with the tax refund in spring (April); the drug
      // insurance premium is paid with the return (April).
      const quarterly = [1, 4, 7, 10].includes(month) ? annual(p.gstCredit).dividedBy(4) : ZERO;
      const spring =
        month === 4
          ? sum(
              [
                a.workPremium,
                a.workPremiumSupplement,
                a.canadaWorkersBenefit,
                a.drugInsurancePremium,
              ].map(annual),
            )
          : ZERO;
      // Child benefits: the Canada child benefit monthly, the Allocation famille quarterly.
      const children = annual(p.canadaChildBenefit)
        .dividedBy(TWELVE)
        .plus([1, 4, 7, 10].includes(month) ? annual(a.familyAllowance).dividedBy(4) : ZERO);
      credits = quarterly
        .plus(annual(p.solidarityCredit).dividedBy(TWELVE))
        .plus(spring)
        .plus(children);
    }
    return { month, amount: roundCents(base.plus(credits)), credits: roundCents(credits) };
  });
}

/**
 * The RAMQ premium (annual, ≥ 0) the household would pay once no claim booklet covers it, for the
 * coverage row: computed only when a result is presented, never in sweeps or batches.
 */
export function premiumWithoutBooklet(
  input: ValidSimulationInput,
  a: AnnualCore,
  ctx: RuleContext,
): Dec {
  const covered = a.claimBooklet.status === 'held' || a.claimBooklet.status === 'keptAfterLeaving';
  if (!covered) return annualOf(a.drugInsurancePremium).negated();
  return annualOf(
    drugInsurancePremium(
      premiumFamilyOf(input.household),
      a.quebecFamilyNet,
      !input.options.groupInsurance,
      ctx,
    ),
  ).negated();
}
