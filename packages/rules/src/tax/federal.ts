/**
 * Federal income tax of one adult for the tax year: brackets on taxable income, non-refundable
 * credits at the lowest rate (basic personal amount with its reduction between the 4th and 5th
 * thresholds, Canada employment amount, base QPP, EI and QPIP contributions), and the Québec
 * abatement of 16.5 % of basic federal tax (ITA s. 120(2)).
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import { max0, minDec, ONE, roundCents, subtract, sum, toCents, ZERO, type Dec } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import type { AdultAnnualIncome } from './annual-income.js';
import { bracketParameters, progressiveTax } from './progressive.js';
import { defineRule } from '../explain/rule.js';

export const taxFederalRule = defineRule({
  id: 'tax.federal',
  label: { fr: 'Impôt fédéral', en: 'Federal income tax' },
  description: {
    fr: "Tranches sur le revenu imposable (l'aide sociale et une allocation non imposable sont incluses dans le revenu net puis déduites), crédits non remboursables au taux le plus bas (montant personnel de base, montant canadien pour emploi, cotisations de base au RRQ, AE, RQAP), abattement du Québec de 16,5 %.",
    en: 'Brackets on taxable income (assistance and a non-taxable allowance are in net income, then deducted), non-refundable credits at the lowest rate (basic personal amount, Canada employment amount, base QPP, EI and QPIP contributions), Québec abatement of 16.5%.',
  },
  parameters: ['tax.federal.'],
  sources: [
    {
      title: 'Loi de l’impôt sur le revenu, art. 117, 118, 120(2)',
      url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/',
    },
  ],
});

export interface FederalTax {
  readonly netIncome: Dec;
  readonly tax: Computed;
}

/** The federal parameters of a date, resolved once per date (a sweep computes hundreds of returns). */
function federalParameters(ctx: RuleContext) {
  return ctx.parameters.derived(ctx.date, 'tax.federal.parameters', () => {
    return {
      ...bracketParameters(ctx, 'tax.federal.brackets'),
      bpaMax: param(ctx, 'tax.federal.basicPersonalAmount.maximum'),
      bpaMin: param(ctx, 'tax.federal.basicPersonalAmount.minimum'),
      cea: param(ctx, 'tax.federal.canadaEmploymentAmount'),
      abatementRate: param(ctx, 'tax.federal.quebecAbatement'),
    };
  });
}

export function federalTax(
  a: AdultAnnualIncome,
  adultIndex: number,
  ctx: RuleContext,
  eligibleDependant = false,
): FederalTax {
  const { scale, rates, thresholds, bpaMax, bpaMin, cea, abatementRate } = federalParameters(ctx);
  const netIncome = a.commonNetIncome;
  const taxable = max0(subtract(netIncome, a.nonTaxableIncome));
  const basicTax = progressiveTax(taxable, thresholds, rates);
  // The enhanced basic personal amount falls linearly to the minimum across the fourth bracket
  // (ITA s. 118(1)(B)): from where the 26 % bracket ends to where the top bracket starts.
  const start = scale.brackets[3]!.threshold;
  const end = scale.brackets[4]!.threshold;
  const bpa = netIncome.lessThanOrEqualTo(start)
    ? bpaMax.value
    : bpaMax.value.minus(
        bpaMax.value
          .minus(bpaMin.value)
          .times(minDec(netIncome.minus(start).dividedBy(end.minus(start)), ONE)),
      );
  // A parent without a spouse claims the amount for an eligible dependant for one child: the basic
  // personal amount again, less the child's income (none here) (ITA s. 118(1)(b)).
  const dependant = eligibleDependant ? bpa : ZERO;
  const creditBase = sum([
    bpa,
    dependant,
    minDec(cea.value, a.employment),
    a.qppBase,
    a.ei,
    a.qpip,
  ]);
  const lowest = rates[0]!;
  const credits = creditBase.times(lowest);
  const beforeAbatement = max0(subtract(basicTax, credits));
  const tax = beforeAbatement.isZero()
    ? ZERO
    : roundCents(beforeAbatement.minus(beforeAbatement.times(abatementRate.value)));
  return {
    netIncome,
    tax: computedYearly(
      taxFederalRule.forAdult(adultIndex),
      tax,
      () => [scale, bpaMax, bpaMin, cea, abatementRate],
      () => ({
        taxableIncome: taxable,
        netIncome: netIncome,
        eligibleDependant,
      }),
      (lang) =>
        lang === 'fr'
          ? `Revenu imposable ${money(lang, toCents(taxable))} (l'aide sociale est incluse dans le revenu net puis déduite) ; impôt selon les tranches ${money(lang, toCents(basicTax))} ; crédits au taux de ${percent(lang, lowest.toNumber())} sur ${money(lang, toCents(creditBase))} (montant personnel de base${eligibleDependant ? ', montant pour personne à charge admissible' : ''}, montant canadien pour emploi, cotisations) ; abattement du Québec ${percent(lang, abatementRate.value.toNumber())} : impôt fédéral ${money(lang, toCents(tax))} par année.`
          : `Taxable income ${money(lang, toCents(taxable))} (assistance is included in net income, then deducted); bracket tax ${money(lang, toCents(basicTax))}; credits at ${percent(lang, lowest.toNumber())} on ${money(lang, toCents(creditBase))} (basic personal amount${eligibleDependant ? ', amount for an eligible dependant' : ''}, Canada employment amount, contributions); Québec abatement ${percent(lang, abatementRate.value.toNumber())}: federal tax ${money(lang, toCents(tax))} a year.`,
    ),
  };
}
