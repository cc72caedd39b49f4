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
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const taxFederalRule = defineRule({
  id: 'tax.federal',
  label: { fr: 'Impôt fédéral', en: 'Federal income tax' },
  parameters: ['tax.federal.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const taxFederalRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Tranches sur le revenu imposable (l’aide sociale et une allocation non imposable sont incluses dans le revenu net puis déduites), crédits non remboursables au taux le plus bas (montant personnel de base, montant pour conjoint ou pour personne à charge admissible, montant canadien pour emploi, cotisations de base au RRQ, AE, RQAP), abattement du Québec de 16,5 %.',
    en: 'Brackets on taxable income (assistance and a non-taxable allowance are in net income, then deducted), non-refundable credits at the lowest rate (basic personal amount, spouse or eligible dependant amount, Canada employment amount, base QPP, EI and QPIP contributions), Québec abatement of 16.5%.',
  },
  sources: [
    {
      title: 'Loi de l’impôt sur le revenu, art. 117, 118(1)(a) et (b), 120(2)',
      url: 'https://laws-lois.justice.gc.ca/eng/acts/I-3.3/',
    },
    {
      title:
        'ARC — Ligne 14500 : un couple déclare son aide sociale chez le conjoint au revenu net le plus élevé (sans ces paiements)',
      url: 'https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/about-your-tax-return/tax-return/completing-a-tax-return/personal-income/line-145-social-assistance-payments.html',
    },
  ],
};

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

/** What the adult's family lets them claim. */
export interface FederalClaims {
  /** A parent without a spouse: the amount for an eligible dependant (one child). */
  readonly eligibleDependant?: boolean;
  /**
   * The spouse's net income when this adult claims the spouse or common-law partner amount (the
   * couple's higher net income claims it; null otherwise).
   */
  readonly spouseNetIncome?: Dec | null;
}

export function federalTax(
  a: AdultAnnualIncome,
  adultIndex: number,
  ctx: RuleContext,
  { eligibleDependant = false, spouseNetIncome = null }: FederalClaims = {},
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
  // The spouse or common-law partner amount: the claimant's basic personal amount less the
  // spouse's net income (ITA s. 118(1)(a)); the whole amount when the spouse has no income.
  const spouse = spouseNetIncome === null ? ZERO : max0(bpa.minus(spouseNetIncome));
  const creditBase = sum([
    bpa,
    dependant,
    spouse,
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
        spouseAmount: spouse,
      }),
      (lang) => {
        const m = federalMessages[lang];
        return m.sentence({
          taxable: money(lang, toCents(taxable)),
          bracketTax: money(lang, toCents(basicTax)),
          rate: percent(lang, lowest.toNumber()),
          creditBase: money(lang, toCents(creditBase)),
          amounts: [
            m.basicPersonalAmount,
            ...(eligibleDependant ? [m.eligibleDependant] : []),
            ...(spouse.isZero() ? [] : [m.spouseAmount(money(lang, toCents(spouse)))]),
            a.employment.isZero() ? m.contributions : m.employmentAndContributions,
          ].join(', '),
          assistance: a.nonTaxableIncome.isZero() ? '' : m.assistanceIncluded,
          abatement: percent(lang, abatementRate.value.toNumber()),
          tax: money(lang, toCents(tax)),
        });
      },
    ),
  };
}

interface FederalFigures {
  readonly taxable: string;
  /** Empty, or the clause saying assistance is in net income, then deducted. */
  readonly assistance: string;
  readonly bracketTax: string;
  readonly rate: string;
  readonly creditBase: string;
  readonly amounts: string;
  readonly abatement: string;
  readonly tax: string;
}

/** The federal tax's sentences, one table per language. */
const federalMessages = {
  fr: {
    basicPersonalAmount: 'montant personnel de base',
    eligibleDependant: 'montant pour personne à charge admissible',
    spouseAmount: (amount: string) => `montant pour époux ou conjoint de fait ${amount}`,
    employmentAndContributions: 'montant canadien pour emploi, cotisations',
    contributions: 'cotisations',
    assistanceIncluded: ' (l’aide sociale est incluse dans le revenu net puis déduite)',
    sentence: (f: FederalFigures) =>
      `Revenu imposable ${f.taxable}${f.assistance} ; impôt selon les tranches ${f.bracketTax} ; crédits au taux de ${f.rate} sur ${f.creditBase} (${f.amounts}) ; abattement du Québec ${f.abatement} : impôt fédéral ${f.tax} par année.`,
  },
  en: {
    basicPersonalAmount: 'basic personal amount',
    eligibleDependant: 'amount for an eligible dependant',
    spouseAmount: (amount: string) => `spouse or common-law partner amount ${amount}`,
    employmentAndContributions: 'Canada employment amount, contributions',
    contributions: 'contributions',
    assistanceIncluded: ' (assistance is included in net income, then deducted)',
    sentence: (f: FederalFigures) =>
      `Taxable income ${f.taxable}${f.assistance}; bracket tax ${f.bracketTax}; credits at ${f.rate} on ${f.creditBase} (${f.amounts}); Québec abatement ${f.abatement}: federal tax ${f.tax} a year.`,
  },
} as const;
