/**
 * Québec income tax of one adult: deduction for workers (6 %, capped), deduction for enhanced QPP
 * contributions, brackets on taxable income, non-refundable credits at 14 % on the basic personal
 * amount (which already accounts for QPP/EI/QPIP contributions) and the amount for a person living
 * alone (Schedule B, reduced above a family income threshold); a spouse's unused credits are
 * transferred (TP-1 line 431).
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
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const taxQuebecRule = defineRule({
  id: 'tax.quebec',
  label: { fr: 'Impôt du Québec', en: 'Québec income tax' },
  parameters: ['tax.quebec.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const taxQuebecRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Déduction pour travailleur (6 %, plafonnée), déduction des cotisations bonifiées au RRQ, tranches, crédits de 14 % sur le montant personnel de base et le montant pour personne vivant seule, transfert des crédits inutilisés du conjoint (ligne 431).',
    en: 'Deduction for workers (6%, capped), deduction of enhanced QPP contributions, brackets, 14% credits on the basic personal amount and the amount for a person living alone, transfer of the spouse’s unused credits (line 431).',
  },
  sources: [
    {
      title: 'Loi sur les impôts, RLRQ c. I-3 (transfert entre conjoints : art. 776.41.5)',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
    },
    {
      title: 'Revenu Québec — Ligne 431, crédits transférés d’un conjoint à l’autre',
      url: 'https://www.revenuquebec.ca/fr/citoyens/declaration-de-revenus/produire-votre-declaration-de-revenus/comment-remplir-votre-declaration/aide-par-ligne/400-a-447-impot-et-cotisations/ligne-431/',
    },
  ],
};

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

/** One adult's Québec return before any transfer between spouses. */
interface QuebecReturn {
  readonly taxable: Dec;
  readonly bracketTax: Dec;
  readonly creditBase: Dec;
  readonly credits: Dec;
}

function quebecReturn(
  a: AdultAnnualIncome,
  netIncome: Dec,
  livesAlone: boolean,
  familyNetIncome: Dec,
  ctx: RuleContext,
): QuebecReturn {
  const { rates, thresholds, bpa, creditRate, alone, bThreshold, bRate } = quebecParameters(ctx);
  const taxable = max0(subtract(netIncome, a.nonTaxableIncome));
  const bracketTax = progressiveTax(taxable, thresholds, rates);
  const aloneAmount = livesAlone
    ? max0(alone.value.minus(rateAbove(familyNetIncome, bThreshold.value, bRate.value)))
    : ZERO;
  const creditBase = add(bpa.value, aloneAmount);
  return { taxable, bracketTax, creditBase, credits: creditBase.times(creditRate.value) };
}

/**
 * TP-1 line 430: tax on taxable income less the non-refundable credits, before any transfer
 * between spouses. Below zero, its absolute value is the unused credits the spouse may deduct
 * (line 431); above zero, the tax such a transfer can cut.
 */
export function quebecLine430(
  a: AdultAnnualIncome,
  netIncome: Dec,
  livesAlone: boolean,
  familyNetIncome: Dec,
  ctx: RuleContext,
): Dec {
  const r = quebecReturn(a, netIncome, livesAlone, familyNetIncome, ctx);
  return r.bracketTax.minus(r.credits);
}

export function quebecTax(
  a: AdultAnnualIncome,
  netIncome: Dec,
  adultIndex: number,
  livesAlone: boolean,
  familyNetIncome: Dec,
  ctx: RuleContext,
  /** The spouse's unused non-refundable credits, transferred (TP-1 line 431); zero without spouse. */
  fromSpouse: Dec = ZERO,
  /** This adult's unused credits the spouse deducts (said on this adult's line). */
  toSpouse: Dec = ZERO,
): Computed {
  const { scale, bpa, creditRate, alone, bThreshold, bRate, workerRate, workerMax } =
    quebecParameters(ctx);
  const r = quebecReturn(a, netIncome, livesAlone, familyNetIncome, ctx);
  const transfer = minDec(fromSpouse, max0(r.bracketTax.minus(r.credits)));
  const tax = roundCents(max0(r.bracketTax.minus(r.credits).minus(transfer)));
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
    () => ({ taxableIncome: r.taxable, livesAlone, transferFromSpouse: transfer }),
    (lang) => {
      const m = quebecMessages[lang];
      return m.sentence({
        taxable: money(lang, toCents(r.taxable)),
        bracketTax: money(lang, toCents(r.bracketTax)),
        rate: percent(lang, creditRate.value.toNumber()),
        creditBase: money(lang, toCents(r.creditBase)),
        amounts: livesAlone ? m.basicAndAlone : m.basic,
        transfer:
          (transfer.isZero() ? '' : m.transfer(money(lang, toCents(transfer)))) +
          (toSpouse.isZero() ? '' : m.transferredOut(money(lang, toCents(toSpouse)))),
        tax: money(lang, toCents(tax)),
      });
    },
  );
}

interface QuebecFigures {
  readonly taxable: string;
  readonly bracketTax: string;
  readonly rate: string;
  readonly creditBase: string;
  readonly amounts: string;
  /** Empty, or the clauses on credits transferred from or to the spouse. */
  readonly transfer: string;
  readonly tax: string;
}

/** The Québec tax's sentences, one table per language. */
const quebecMessages = {
  fr: {
    basic: 'montant personnel de base',
    basicAndAlone: 'montant personnel de base, personne vivant seule',
    transfer: (amount: string) => ` ; crédits inutilisés du conjoint transférés ${amount}`,
    transferredOut: (amount: string) =>
      ` ; crédits inutilisés transférés à votre conjoint (ligne 431) ${amount}`,
    sentence: (f: QuebecFigures) =>
      `Revenu imposable ${f.taxable} (après la déduction pour travailleur et la déduction de l’aide sociale) ; impôt selon les tranches ${f.bracketTax} ; crédits de ${f.rate} sur ${f.creditBase} (${f.amounts})${f.transfer} : impôt du Québec ${f.tax} par année.`,
  },
  en: {
    basic: 'basic personal amount',
    basicAndAlone: 'basic personal amount, living alone',
    transfer: (amount: string) => `; spouse’s unused credits transferred ${amount}`,
    transferredOut: (amount: string) =>
      `; unused credits transferred to your spouse (line 431) ${amount}`,
    sentence: (f: QuebecFigures) =>
      `Taxable income ${f.taxable} (after the deduction for workers and the assistance deduction); bracket tax ${f.bracketTax}; ${f.rate} credits on ${f.creditBase} (${f.amounts})${f.transfer}: Québec tax ${f.tax} a year.`,
  },
} as const;
