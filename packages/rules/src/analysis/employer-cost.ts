/**
 * What a wage costs the one who pays it, for a year: the wage itself (the simulated pay, which
 * includes the paid time off the law requires: annual leave pay, Act respecting labour standards
 * s. 74, and paid statutory holidays, s. 60 and 62 and the Fête nationale), and the employer's
 * contributions: QPP (the same as the employee's), EI (1.4 × the employee's premium, Québec
 * rate), QPIP, the Health Services Fund, the labour standards contribution and the CNESST
 * premium (a rate the analyst may give; the average rate by default). Each amount explains itself.
 */
import type { Localized } from '../i18n/localized.js';
import { money, percent } from '../i18n/localized.js';
import { dec, max0, minDec, roundCents, sum, toCents, type Dec } from '../money.js';
import { annualContributions, payrollParameters } from '../payroll/contributions.js';
import type { ResolvedParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';
import { parameterReference } from '../scenario/present.js';
import type { ParameterReference } from '../scenario/result.js';

export type EmployerChargeId =
  | 'qpp'
  | 'employmentInsurance'
  | 'parentalInsurance'
  | 'healthServicesFund'
  | 'labourStandards'
  | 'cnesst';

export interface EmployerCostLine {
  readonly id: EmployerChargeId;
  readonly label: Localized;
  readonly amount: number;
  /** Who collects it: Québec (Revenu Québec, Retraite Québec, the CNESST) or the federal government. */
  readonly collector: 'quebec' | 'federal';
  readonly explanation: Localized;
  readonly parameters: readonly ParameterReference[];
}

export interface EmployerCost {
  /** The year's wage as paid to the participant (paid time off included). */
  readonly wage: number;
  /** The part of the wage paid for time not worked: annual leave and statutory holidays. */
  readonly paidTimeOff: { readonly annualLeave: number; readonly holidays: number };
  /** Weeks actually worked in a year of 52 paid weeks. */
  readonly weeksWorked: number;
  readonly charges: readonly EmployerCostLine[];
  readonly chargesTotal: number;
  /** Wage + employer charges. */
  readonly total: number;
  readonly explanation: Localized;
}

export interface EmployerCostOptions {
  /** The employer's CNESST rate (per dollar of insurable pay); default: the average rate. */
  readonly cnesstRate?: number | undefined;
}

/** The employer's cost of `annualWage` (dollars) under the parameters in force in `ctx`. */
export function employerCost(
  annualWage: number,
  ctx: RuleContext,
  options: EmployerCostOptions = {},
): EmployerCost {
  // The schemas of compareModels, studies and the CLI check these; a direct caller gets an error,
  // never a NaN or negative charges.
  if (!Number.isFinite(annualWage) || annualWage < 0 || annualWage > 100_000_000)
    throw new RangeError(
      `employerCost: annualWage must be a finite amount ≥ 0 (got ${annualWage})`,
    );
  if (
    options.cnesstRate !== undefined &&
    (!Number.isFinite(options.cnesstRate) || options.cnesstRate < 0 || options.cnesstRate > 0.2)
  )
    throw new RangeError(
      `employerCost: cnesstRate must be within [0, 0.2] (got ${options.cnesstRate})`,
    );
  const wage = dec(annualWage);
  const pp = payrollParameters(ctx);
  const employee = annualContributions(wage, pp);
  const eiMultiplier = param(ctx, 'employer.ei.premiumMultiplier');
  const qpipRate = param(ctx, 'employer.qpip.rate');
  const fssRate = param(ctx, 'employer.healthServicesFund.rate');
  const cntRate = param(ctx, 'employer.labourStandards.rate');
  const cntMaximum = param(ctx, 'employer.labourStandards.maximumRemuneration');
  const cnesstAverage = param(ctx, 'employer.cnesst.averageRate');
  const cnesstRate =
    options.cnesstRate === undefined ? cnesstAverage.value : dec(options.cnesstRate);
  // The CNESST's maximum insurable pay is the one the QPIP uses (both set by the CNESST).
  const insurableMaximum = pp.qpipMaximum.value;
  const capped = (max: Dec) => minDec(wage, max);
  const line = (
    id: EmployerChargeId,
    label: Localized,
    collector: 'quebec' | 'federal',
    amount: Dec,
    parameters: readonly ResolvedParameter[],
    explanation: (lang: 'fr' | 'en') => string,
  ): EmployerCostLine => ({
    id,
    label,
    collector,
    amount: toCents(amount),
    explanation: { fr: explanation('fr'), en: explanation('en') },
    parameters: parameters.map(parameterReference),
  });
  const m = (lang: 'fr' | 'en', d: Dec) => money(lang, toCents(d));
  const charges = [
    line(
      'qpp',
      { fr: 'RRQ (part de l’employeur)', en: 'QPP (employer share)' },
      'quebec',
      employee.qpp,
      [pp.qppExemption, pp.qppYmpe, pp.qppRate, pp.qppYampe, pp.qppSecondRate],
      (lang) =>
        lang === 'fr'
          ? `L’employeur verse une cotisation égale à celle de l’employé, calculée sur le salaire de l’année : ${m(lang, employee.qpp)} (la retenue de l’employé, arrondie chaque mois, peut différer de quelques cents).`
          : `The employer pays a contribution equal to the employee’s, computed on the year’s wage: ${m(lang, employee.qpp)} (the employee’s deduction, rounded each month, may differ by a few cents).`,
    ),
    line(
      'employmentInsurance',
      { fr: 'Assurance-emploi (part de l’employeur)', en: 'Employment insurance (employer share)' },
      'federal',
      roundCents(employee.ei.times(eiMultiplier.value)),
      [pp.eiRate, pp.eiMaximum, eiMultiplier],
      (lang) =>
        lang === 'fr'
          ? `${eiMultiplier.value.toNumber().toLocaleString('fr-CA')} fois la cotisation de l’employé sur le salaire de l’année (${m(lang, employee.ei)}).`
          : `${eiMultiplier.value.toNumber()} times the employee’s premium on the year’s wage (${m(lang, employee.ei)}).`,
    ),
    line(
      'parentalInsurance',
      { fr: 'RQAP (part de l’employeur)', en: 'QPIP (employer share)' },
      'quebec',
      roundCents(capped(pp.qpipMaximum.value).times(qpipRate.value)),
      [qpipRate, pp.qpipMaximum],
      (lang) =>
        `${percent(lang, qpipRate.value.toNumber())} × ${m(lang, capped(pp.qpipMaximum.value))}.`,
    ),
    line(
      'healthServicesFund',
      { fr: 'Fonds des services de santé', en: 'Health Services Fund' },
      'quebec',
      roundCents(wage.times(fssRate.value)),
      [fssRate],
      (lang) =>
        lang === 'fr'
          ? `${percent(lang, fssRate.value.toNumber())} du salaire (masse salariale totale d’au plus 1 M$).`
          : `${percent(lang, fssRate.value.toNumber())} of the wage (total payroll of at most $1 million).`,
    ),
    line(
      'labourStandards',
      { fr: 'Cotisation aux normes du travail', en: 'Labour standards contribution' },
      'quebec',
      roundCents(capped(cntMaximum.value).times(cntRate.value)),
      [cntRate, cntMaximum],
      (lang) =>
        `${percent(lang, cntRate.value.toNumber())} × ${m(lang, capped(cntMaximum.value))}.`,
    ),
    line(
      'cnesst',
      {
        fr: 'CNESST (santé et sécurité du travail)',
        en: 'CNESST (occupational health and safety)',
      },
      'quebec',
      roundCents(capped(insurableMaximum).times(cnesstRate)),
      options.cnesstRate === undefined ? [cnesstAverage, pp.qpipMaximum] : [pp.qpipMaximum],
      (lang) =>
        lang === 'fr'
          ? `${percent(lang, cnesstRate.toNumber())} du salaire assurable (${options.cnesstRate === undefined ? 'taux moyen, à remplacer par celui de l’organisme' : 'taux de l’organisme'}).`
          : `${percent(lang, cnesstRate.toNumber())} of insurable pay (${options.cnesstRate === undefined ? 'average rate; use the organization’s own' : 'the organization’s rate'}).`,
    ),
  ];
  // Each charge is already rounded to the cent: its amount is exact.
  const chargesTotal = sum(charges.map((c) => dec(c.amount)));
  // Paid time off inside 52 paid weeks: annual leave pay is 4 % of the year's other pay, i.e.
  // 52 × 4 / 104 = 2 weeks; each holiday pays 1/20 of 4 weeks' pay, i.e. 0.2 week.
  const leaveRate = param(ctx, 'employer.vacationPayRate').value;
  const holidays = param(ctx, 'employer.paidHolidaysPerYear').value;
  const holidayShare = param(ctx, 'employer.holidayIndemnityShare').value;
  const leaveWeeks = dec(52).times(leaveRate).dividedBy(leaveRate.plus(1));
  const holidayWeeks = holidays.times(holidayShare).times(4);
  const weeksWorked = max0(dec(52).minus(leaveWeeks).minus(holidayWeeks));
  const byWeeks = (weeks: Dec) => roundCents(wage.times(weeks).dividedBy(52));
  const total = roundCents(wage).plus(chargesTotal);
  return {
    wage: toCents(wage),
    paidTimeOff: {
      annualLeave: toCents(byWeeks(leaveWeeks)),
      holidays: toCents(byWeeks(holidayWeeks)),
    },
    weeksWorked: Number(weeksWorked.toDecimalPlaces(2).toString()),
    charges,
    chargesTotal: toCents(chargesTotal),
    total: toCents(total),
    explanation: {
      fr: `Salaire de l’année ${m('fr', wage)} (dont ${m('fr', byWeeks(leaveWeeks))} de congé annuel et ${m('fr', byWeeks(holidayWeeks))} de jours fériés : ${weeksWorked.toDecimalPlaces(1).toNumber().toLocaleString('fr-CA')} semaines travaillées sur 52 payées) + cotisations de l’employeur ${m('fr', chargesTotal)} = ${m('fr', total)}.`,
      en: `Wage of the year ${m('en', wage)} (of which ${m('en', byWeeks(leaveWeeks))} of annual leave and ${m('en', byWeeks(holidayWeeks))} of holidays: ${weeksWorked.toDecimalPlaces(1).toNumber()} weeks worked out of 52 paid) + employer contributions ${m('en', chargesTotal)} = ${m('en', total)}.`,
    },
  };
}

export const NO_EMPLOYER_COST: EmployerCost = {
  wage: 0,
  paidTimeOff: { annualLeave: 0, holidays: 0 },
  weeksWorked: 52,
  charges: [],
  chargesTotal: 0,
  total: 0,
  explanation: { fr: 'Pas de salaire.', en: 'No wage.' },
};
