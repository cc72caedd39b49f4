/**
 * Employee payroll contributions on a wage, computed on the annualized wage (12 × the month)
 * and spread evenly over the months: QPP (base + first additional, and the second additional
 * contribution above the YMPE), EI at the Québec rate, and QPIP.
 * Sources: Revenu Québec (QPP, QPIP) and ESDC (EI); see params/payroll.json.
 */
import { computed, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import { minDec, rateAbove, roundCents, toCents, TWELVE, ZERO, type Dec } from '../money.js';
import type { ResolvedParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const payrollQppRule = defineRule({
  id: 'payroll.qpp',
  label: { fr: 'Cotisation au Régime de rentes du Québec', en: 'Québec Pension Plan contribution' },
  parameters: ['payroll.qpp.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const payrollQppRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Taux de base et premier supplément sur les gains entre l’exemption de 3 500 $ et le MGA, plus la deuxième cotisation supplémentaire entre le MGA et le MSGA ; calcul annualisé, divisé par 12.',
    en: 'Base and first additional rate on earnings between the $3,500 exemption and the YMPE, plus the second additional contribution between the YMPE and the YAMPE; annualized, divided by 12.',
  },
  sources: [
    {
      title: 'Revenu Québec — Cotisations au RRQ',
      url: 'https://www.revenuquebec.ca/en/businesses/source-deductions-and-employer-contributions/calculating-source-deductions-and-employer-contributions/qpp-contributions/',
    },
  ],
};

export const payrollEiRule = defineRule({
  id: 'payroll.ei',
  label: { fr: 'Cotisation à l’assurance-emploi', en: 'EI premium' },
  parameters: ['payroll.ei.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const payrollEiRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Taux réduit du Québec sur la rémunération assurable jusqu’au maximum annuel.',
    en: 'Québec reduced rate on insurable earnings up to the annual maximum.',
  },
  sources: [
    {
      title: 'EDSC — Taux de cotisation à l’assurance-emploi',
      url: 'https://www.canada.ca/fr/emploi-developpement-social/programmes/assurance-emploi/ae-liste/assurance-emploi-employeurs/reduction-taux-cotisation/taux-multi-2026-quebecois.html',
    },
  ],
};

export const payrollQpipRule = defineRule({
  id: 'payroll.qpip',
  label: {
    fr: 'Cotisation au Régime québécois d’assurance parentale',
    en: 'Québec parental insurance premium',
  },
  parameters: ['payroll.qpip.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const payrollQpipRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Taux de l’employé sur le salaire assurable jusqu’au maximum annuel.',
    en: 'Employee rate on insurable earnings up to the annual maximum.',
  },
  sources: [
    {
      title: 'Revenu Québec — Cotisations au RQAP',
      url: 'https://www.revenuquebec.ca/en/businesses/source-deductions-and-employer-contributions/calculating-source-deductions-and-employer-contributions/qpip-premiums/',
    },
  ],
};

export interface PayrollParameters {
  readonly qppExemption: ResolvedParameter;
  readonly qppYmpe: ResolvedParameter;
  readonly qppYampe: ResolvedParameter;
  readonly qppRate: ResolvedParameter;
  readonly qppSecondRate: ResolvedParameter;
  readonly eiRate: ResolvedParameter;
  readonly eiMaximum: ResolvedParameter;
  readonly qpipRate: ResolvedParameter;
  readonly qpipMaximum: ResolvedParameter;
}

export function payrollParameters(ctx: RuleContext): PayrollParameters {
  return ctx.parameters.derived(ctx.date, 'payroll.parameters', () => ({
    qppExemption: param(ctx, 'payroll.qpp.basicExemption'),
    qppYmpe: param(ctx, 'payroll.qpp.maximumPensionableEarnings'),
    qppYampe: param(ctx, 'payroll.qpp.additionalMaximumPensionableEarnings'),
    qppRate: param(ctx, 'payroll.qpp.employeeRate'),
    qppSecondRate: param(ctx, 'payroll.qpp.secondAdditionalRate'),
    eiRate: param(ctx, 'payroll.ei.employeeRateQuebec'),
    eiMaximum: param(ctx, 'payroll.ei.maximumInsurableEarnings'),
    qpipRate: param(ctx, 'payroll.qpip.employeeRate'),
    qpipMaximum: param(ctx, 'payroll.qpip.maximumInsurableEarnings'),
  }));
}

export type AnnualContributions = ReturnType<typeof annualContributions>;

export const NO_CONTRIBUTIONS = { qpp: ZERO, qppBase: ZERO, qppSecond: ZERO, ei: ZERO, qpip: ZERO };

/** Annual employee contributions on an annual wage, each rounded to the cent. */
export function annualContributions(annualGross: Dec, p: PayrollParameters, round = true) {
  // No wage, no contributions: the common case of a person with an allowance only.
  if (annualGross.isZero()) return NO_CONTRIBUTIONS;
  const r = round ? roundCents : (d: Dec) => d;
  const qppBase = r(
    rateAbove(minDec(annualGross, p.qppYmpe.value), p.qppExemption.value, p.qppRate.value),
  );
  const qppSecond = r(
    rateAbove(minDec(annualGross, p.qppYampe.value), p.qppYmpe.value, p.qppSecondRate.value),
  );
  const ei = r(minDec(annualGross, p.eiMaximum.value).times(p.eiRate.value));
  const qpip = r(minDec(annualGross, p.qpipMaximum.value).times(p.qpipRate.value));
  return { qpp: qppBase.plus(qppSecond), qppBase, qppSecond, ei, qpip };
}

export interface MonthlyPayroll {
  /** The annual contributions on 12 × this month's wage, kept for the tax year. */
  readonly annual: ReturnType<typeof annualContributions>;
  readonly qpp: Computed;
  readonly ei: Computed;
  readonly qpip: Computed;
  readonly total: Dec;
}

/** Monthly contributions: the annual amount on 12 × this month's wage, divided by 12. */
export function monthlyPayroll(
  grossMonthly: Dec,
  adultIndex: number,
  p: PayrollParameters,
): MonthlyPayroll {
  const annualGross = grossMonthly.times(TWELVE);
  const annual = annualContributions(annualGross, p);
  const qpp = roundCents(annual.qpp.dividedBy(TWELVE));
  const ei = roundCents(annual.ei.dividedBy(TWELVE));
  const qpip = roundCents(annual.qpip.dividedBy(TWELVE));
  const inputs = { grossMonthly: grossMonthly, annualizedGross: annualGross };
  return {
    annual,
    total: qpp.plus(ei).plus(qpip),
    qpp: computed(
      payrollQppRule.forAdult(adultIndex),
      qpp,
      () => [p.qppExemption, p.qppYmpe, p.qppRate, p.qppYampe, p.qppSecondRate],
      () => inputs,
      (lang) =>
        lang === 'fr'
          ? `${percent(lang, p.qppRate.value.toNumber())} du salaire annualisé (${money(lang, toCents(annualGross))}) au-delà de l’exemption de ${money(lang, p.qppExemption.value.toNumber())}, jusqu’au maximum des gains admissibles (MGA) de ${money(lang, p.qppYmpe.value.toNumber())}, plus ${percent(lang, p.qppSecondRate.value.toNumber())} entre le MGA et ${money(lang, p.qppYampe.value.toNumber())} : ${money(lang, toCents(annual.qpp))} par année, soit ${money(lang, toCents(qpp))} par mois.`
          : `${percent(lang, p.qppRate.value.toNumber())} of the annualized wage (${money(lang, toCents(annualGross))}) above the ${money(lang, p.qppExemption.value.toNumber())} exemption, up to the year’s maximum pensionable earnings (YMPE) of ${money(lang, p.qppYmpe.value.toNumber())}, plus ${percent(lang, p.qppSecondRate.value.toNumber())} between the YMPE and ${money(lang, p.qppYampe.value.toNumber())}: ${money(lang, toCents(annual.qpp))} a year, ${money(lang, toCents(qpp))} a month.`,
    ),
    ei: computed(
      payrollEiRule.forAdult(adultIndex),
      ei,
      () => [p.eiRate, p.eiMaximum],
      () => inputs,
      (lang) =>
        lang === 'fr'
          ? `${percent(lang, p.eiRate.value.toNumber())} (taux du Québec) du salaire annualisé, jusqu’à ${money(lang, p.eiMaximum.value.toNumber())} : ${money(lang, toCents(annual.ei))} par année, soit ${money(lang, toCents(ei))} par mois.`
          : `${percent(lang, p.eiRate.value.toNumber())} (Québec rate) of the annualized wage, up to ${money(lang, p.eiMaximum.value.toNumber())}: ${money(lang, toCents(annual.ei))} a year, ${money(lang, toCents(ei))} a month.`,
    ),
    qpip: computed(
      payrollQpipRule.forAdult(adultIndex),
      qpip,
      () => [p.qpipRate, p.qpipMaximum],
      () => inputs,
      (lang) =>
        lang === 'fr'
          ? `${percent(lang, p.qpipRate.value.toNumber())} du salaire annualisé, jusqu’à ${money(lang, p.qpipMaximum.value.toNumber())} : ${money(lang, toCents(annual.qpip))} par année, soit ${money(lang, toCents(qpip))} par mois.`
          : `${percent(lang, p.qpipRate.value.toNumber())} of the annualized wage, up to ${money(lang, p.qpipMaximum.value.toNumber())}: ${money(lang, toCents(annual.qpip))} a year, ${money(lang, toCents(qpip))} a month.`,
    ),
  };
}

/**
 * The monthly gross wage whose net (gross minus contributions) equals `netMonthly`.
 * Net is piecewise linear in gross; each segment between two ceilings is inverted exactly.
 */
export function grossForNetMonthly(netMonthly: Dec, p: PayrollParameters): Dec {
  const breakpoints = [
    p.qppExemption.value,
    p.qppYmpe.value,
    p.qppYampe.value,
    p.eiMaximum.value,
    p.qpipMaximum.value,
  ]
    .map((b) => b.dividedBy(TWELVE))
    .sort((a, b) => a.comparedTo(b));
  const netOf = (gross: Dec) => {
    const annual = annualContributions(gross.times(TWELVE), p, false);
    return gross.minus(annual.qpp.plus(annual.ei).plus(annual.qpip).dividedBy(TWELVE));
  };
  let low = breakpoints[0]!.times(0);
  for (const high of [...breakpoints, null]) {
    const lowNet = netOf(low);
    if (high === null || netOf(high).greaterThanOrEqualTo(netMonthly)) {
      // Marginal net rate on this segment, measured on one dollar past its start.
      const slope = netOf(low.plus(1)).minus(lowNet);
      return low.plus(netMonthly.minus(lowNet).dividedBy(slope));
    }
    low = high;
  }
  return low;
}
