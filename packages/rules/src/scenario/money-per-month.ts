/**
 * « Money per month », the one headline figure of a scenario: what arrives during the year (pay
 * after contributions and income tax, the assistance cheque, the GST credit and the solidarity
 * credit), averaged over twelve months. What arrives with the tax return in spring (work premium,
 * its supplement and the Canada Workers Benefit, less the drug insurance premium paid with the
 * return) is a line of its own, not part of the month: a person cannot pay the rent of March with
 * it. The same split as the month-by-month cash view (`cashByMonth`, option `creditTiming`).
 */
import { annualOf } from '../explain/computed.js';
import { sum, TWELVE, type Dec } from '../money.js';
import type { AnnualCore } from './annual.js';

/** Net amount settled with the tax return in spring (may be negative: a premium to pay). */
export function springAmount(a: AnnualCore): Dec {
  return sum(
    [a.workPremium, a.workPremiumSupplement, a.canadaWorkersBenefit, a.drugInsurancePremium].map(
      annualOf,
    ),
  );
}

/** The year's disposable income without the spring settlement, ÷ 12. */
export function moneyPerMonth(a: AnnualCore): Dec {
  return a.disposableIncome.minus(springAmount(a)).dividedBy(TWELVE);
}

export const moneyPerMonthDefinition = {
  fr: 'Argent par mois : votre paie (après cotisations et impôt), votre chèque d’aide et les crédits versés pendant l’année (crédit pour la TPS, crédit pour solidarité, prestations pour enfants), en moyenne sur 12 mois. Ce qui arrive au printemps avec la déclaration de revenus est compté à part.',
  en: 'Money per month: your pay (after contributions and income tax), your assistance cheque and the credits paid during the year (GST credit, solidarity credit, child benefits), averaged over 12 months. What comes in spring with the tax return is counted apart.',
} as const;
