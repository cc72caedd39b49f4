/**
 * « Money per month », the one headline figure of a scenario: what arrives during the year (pay
 * after contributions and income tax, the assistance cheque, the GST credit, the child benefits
 * and the solidarity credit at the amounts paid in the month), averaged over twelve months. What arrives with the tax return in spring (work premium,
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

/**
 * The year's disposable income without the spring settlement, ÷ 12, with the GST, child benefit
 * and solidarity credits of the benefit period paid in the month: from January to June, the
 * period that began the July before (the tax year counts the one that begins in its July).
 */
export function moneyPerMonth(a: AnnualCore): Dec {
  return a.disposableIncome
    .minus(springAmount(a))
    .plus(paymentPeriodDifference(a))
    .dividedBy(TWELVE);
}

/** The credits paid in the month's benefit period less the tax year's (annual; 0 from July on). */
export function paymentPeriodDifference(a: AnnualCore): Dec {
  const paid = a.paidThisMonth;
  return sum([paid.gstCredit, paid.canadaChildBenefit, paid.solidarityCredit].map(annualOf)).minus(
    sum([a.gstCredit, a.canadaChildBenefit, a.solidarityCredit].map(annualOf)),
  );
}

export const moneyPerMonthDefinition = {
  fr: 'Argent par mois : votre paie (après cotisations et impôt), votre chèque d’aide et les crédits versés pendant l’année (crédit pour la TPS, crédit pour solidarité, prestations pour enfants, aux montants de la période de versement du mois), en moyenne sur 12 mois. Ce qui arrive au printemps avec la déclaration de revenus est compté à part.',
  en: 'Money per month: your pay (after contributions and income tax), your assistance cheque and the credits paid during the year (GST credit, solidarity credit, child benefits, at the amounts of the month’s payment period), averaged over 12 months. What comes in spring with the tax return is counted apart.',
} as const;

/**
 * The line that takes the tax year to the month's credits (a detail table's row between the
 * year's total and the money per month): the period whose amounts the month is paid.
 */
export const creditPeriodLabel = {
  fr: (startYear: number) =>
    `Écart des crédits aux montants de la période de versement du mois (juillet ${startYear} à juin ${startYear + 1}), sur 12 mois`,
  en: (startYear: number) =>
    `Difference for the credits at the amounts of the month’s payment period (July ${startYear} to June ${startYear + 1}), over 12 months`,
} as const;
