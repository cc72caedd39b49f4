/**
 * Gross monthly amounts of an adult's activity: wage and RPST allowance, converted from weekly
 * hours with the ministry's monthly factor (4,34821 weeks a month, ADEL ?sujet=226263).
 */
import { computed, type Computed } from '../explain/computed.js';
import { money, num, perAdultLabel } from '../i18n/localized.js';
import type { ValidAdult } from '../input/schema.js';
import { dec, roundCents, toCents, type Dec } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';

const WAGE_LABEL = perAdultLabel('Salaire brut', 'Gross wage');
const ALLOWANCE_LABEL = perAdultLabel('Allocation de participation', 'Participation allowance');

export interface WageActivity {
  readonly hoursPerWeek: Dec;
  readonly hourlyWage: Dec;
  readonly hourlyWageIsMinimum: boolean;
  readonly belowMinimumWage: boolean;
  readonly minimumWage: Dec;
  readonly grossMonthly: Computed;
}

export interface AllowanceActivity {
  readonly hoursPerWeek: Dec;
  readonly monthly: Computed;
}

export function wageActivity(
  adult: ValidAdult,
  adultIndex: number,
  ctx: RuleContext,
): WageActivity | null {
  const wage = adult.activity.wage;
  if (!wage) return null;
  const minimum = param(ctx, 'labour.minimumWage.general');
  const factor = param(ctx, 'lastResort.monthlyFactor.weekly');
  const hours = dec(wage.hoursPerWeek);
  const hourly = wage.hourlyWage === undefined ? minimum.value : dec(wage.hourlyWage);
  // The ministry converts a weekly pay into a monthly one and keeps cents (ADEL ?sujet=43308).
  const gross = roundCents(hours.times(hourly).times(factor.value));
  const usedParams = wage.hourlyWage === undefined ? [minimum, factor] : [factor];
  return {
    hoursPerWeek: hours,
    hourlyWage: hourly,
    hourlyWageIsMinimum: wage.hourlyWage === undefined,
    belowMinimumWage: hourly.lessThan(minimum.value),
    minimumWage: minimum.value,
    grossMonthly: computed(
      'activity.wage.grossMonthly',
      WAGE_LABEL(adultIndex),
      gross,
      () => usedParams,
      () => ({ hoursPerWeek: wage.hoursPerWeek, hourlyWage: hourly }),
      (lang) =>
        lang === 'fr'
          ? `${num(lang, wage.hoursPerWeek)} h par semaine × ${money(lang, hourly.toNumber())} l'heure${wage.hourlyWage === undefined ? ' (salaire minimum)' : ''} × ${num(lang, factor.value.toNumber())} semaines par mois = ${money(lang, toCents(gross))} par mois.`
          : `${num(lang, wage.hoursPerWeek)} h a week × ${money(lang, hourly.toNumber())} an hour${wage.hourlyWage === undefined ? ' (minimum wage)' : ''} × ${num(lang, factor.value.toNumber())} weeks a month = ${money(lang, toCents(gross))} a month.`,
    ),
  };
}

export function allowanceActivity(
  adult: ValidAdult,
  adultIndex: number,
  ctx: RuleContext,
): AllowanceActivity | null {
  const allowance = adult.activity.allowance;
  if (!allowance) return null;
  const hours = dec(allowance.hoursPerWeek);
  const label = ALLOWANCE_LABEL(adultIndex);
  if (allowance.amountPerMonth !== undefined) {
    const monthly = dec(allowance.amountPerMonth);
    return {
      hoursPerWeek: hours,
      monthly: computed(
        'activity.allowance.monthly',
        label,
        monthly,
        [],
        () => ({ amountPerMonth: monthly, hoursPerWeek: allowance.hoursPerWeek }),
        (lang) =>
          lang === 'fr'
            ? `Allocation fixe de ${money(lang, toCents(monthly))} par mois versée par l'organisme.`
            : `Fixed allowance of ${money(lang, toCents(monthly))} a month paid by the organization.`,
      ),
    };
  }
  const factor = param(ctx, 'lastResort.monthlyFactor.weekly');
  const perHour = dec(allowance.amountPerHour ?? 0);
  const monthly = roundCents(hours.times(perHour).times(factor.value));
  return {
    hoursPerWeek: hours,
    monthly: computed(
      'activity.allowance.monthly',
      label,
      monthly,
      () => [factor],
      () => ({ amountPerHour: perHour, hoursPerWeek: allowance.hoursPerWeek }),
      (lang) =>
        lang === 'fr'
          ? `${num(lang, allowance.hoursPerWeek)} h par semaine × ${money(lang, perHour.toNumber())} l'heure × ${num(lang, factor.value.toNumber())} semaines par mois = ${money(lang, toCents(monthly))} par mois.`
          : `${num(lang, allowance.hoursPerWeek)} h a week × ${money(lang, perHour.toNumber())} an hour × ${num(lang, factor.value.toNumber())} weeks a month = ${money(lang, toCents(monthly))} a month.`,
    ),
  };
}
