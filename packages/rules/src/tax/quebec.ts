/**
 * Québec income tax of one adult: deduction for workers (6 %, capped), deduction for enhanced QPP
 * contributions, brackets on taxable income, non-refundable credits at 14 % on the basic personal
 * amount (which already accounts for QPP/EI/QPIP contributions) and the amount for a person living
 * alone (Schedule B, reduced above a family income threshold).
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import {
  add,
  max0,
  minDec,
  rateAbove,
  roundCents,
  subtract,
  toCents,
  ZERO,
  type Dec,
} from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import type { AdultAnnualIncome } from './annual-income.js';
import { bracketParameters, progressiveTax } from './progressive.js';
import { defineRule } from '../explain/rule.js';

export const taxQuebecRule = defineRule({
  id: 'tax.quebec',
  label: { fr: 'Impôt du Québec', en: 'Québec income tax' },
  description: {
    fr: 'Déduction pour travailleur (6 %, plafonnée), déduction des cotisations bonifiées au RRQ, tranches, crédits de 14 % sur le montant personnel de base et le montant pour personne vivant seule.',
    en: 'Deduction for workers (6%, capped), deduction of enhanced QPP contributions, brackets, 14% credits on the basic personal amount and the amount for a person living alone.',
  },
  parameters: ['tax.quebec.'],
  sources: [
    {
      title: 'Loi sur les impôts, RLRQ c. I-3',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
    },
  ],
});

/** Québec net income (line 275) of one adult, used for the family income of credits. */
export function quebecNetIncome(a: AdultAnnualIncome, ctx: RuleContext): Dec {
  return a.commonNetIncome.minus(workerDeduction(a.employment, ctx));
}

/** The deduction for workers (TP-1 line 201): 6 % of employment income, up to a maximum. */
export function workerDeduction(employment: Dec, ctx: RuleContext): Dec {
  const rate = param(ctx, 'tax.quebec.workerDeduction.rate').value;
  const maximum = param(ctx, 'tax.quebec.workerDeduction.maximum').value;
  return minDec(maximum, employment.times(rate));
}

/** The Québec parameters of a date, resolved once per date (a sweep computes hundreds of returns). */
function quebecParameters(ctx: RuleContext) {
  return ctx.parameters.derived(ctx.date, 'tax.quebec.parameters', () => {
    return {
      ...bracketParameters(ctx, 'tax.quebec.brackets'),
      bpa: param(ctx, 'tax.quebec.basicPersonalAmount'),
      creditRate: param(ctx, 'tax.quebec.creditRate'),
      alone: param(ctx, 'tax.quebec.livingAloneAmount'),
      bThreshold: param(ctx, 'tax.quebec.scheduleBReductionThreshold'),
      bRate: param(ctx, 'tax.quebec.scheduleBReductionRate'),
      workerRate: param(ctx, 'tax.quebec.workerDeduction.rate'),
      workerMax: param(ctx, 'tax.quebec.workerDeduction.maximum'),
    };
  });
}

export function quebecTax(
  a: AdultAnnualIncome,
  netIncome: Dec,
  adultIndex: number,
  livesAlone: boolean,
  familyNetIncome: Dec,
  ctx: RuleContext,
): Computed {
  const {
    scale,
    rates,
    thresholds,
    bpa,
    creditRate,
    alone,
    bThreshold,
    bRate,
    workerRate,
    workerMax,
  } = quebecParameters(ctx);
  const taxable = max0(subtract(netIncome, a.nonTaxableIncome));
  const bracketTax = progressiveTax(taxable, thresholds, rates);
  const aloneAmount = livesAlone
    ? max0(alone.value.minus(rateAbove(familyNetIncome, bThreshold.value, bRate.value)))
    : ZERO;
  const credits = add(bpa.value, aloneAmount).times(creditRate.value);
  const tax = roundCents(max0(bracketTax.minus(credits)));
  return computedYearly(
    taxQuebecRule.forAdult(adultIndex),
    tax,
    () => [
      scale,
      bpa,
      creditRate,
      workerRate,
      workerMax,
      ...(livesAlone ? [alone, bThreshold, bRate] : []),
    ],
    () => ({ taxableIncome: taxable, livesAlone }),
    (lang) =>
      lang === 'fr'
        ? `Revenu imposable ${money(lang, toCents(taxable))} (après la déduction pour travailleur et la déduction de l'aide sociale) ; impôt selon les tranches ${money(lang, toCents(bracketTax))} ; crédits de ${percent(lang, creditRate.value.toNumber())} sur ${money(lang, toCents(bpa.value.plus(aloneAmount)))} (montant personnel de base${livesAlone ? ', personne vivant seule' : ''}) : impôt du Québec ${money(lang, toCents(tax))} par année.`
        : `Taxable income ${money(lang, toCents(taxable))} (after the deduction for workers and the assistance deduction); bracket tax ${money(lang, toCents(bracketTax))}; ${percent(lang, creditRate.value.toNumber())} credits on ${money(lang, toCents(bpa.value.plus(aloneAmount)))} (basic personal amount${livesAlone ? ', living alone' : ''}): Québec tax ${money(lang, toCents(tax))} a year.`,
  );
}
