/**
 * Gross monthly amounts of an adult's activity: wage and RPST allowance, converted from weekly
 * hours with the ministry's monthly factor (4,34821 weeks a month, ADEL ?sujet=226263).
 */
import { computed, type Computed } from '../explain/computed.js';
import { money, num, hoursUnit } from '../i18n/localized.js';
import type { ValidAdult } from '../input/schema.js';
import { dec, roundCents, toCents, type Dec } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';
import { ADEL } from '../explain/sources.js';

export const activityWageGrossMonthlyRule = defineRule({
  id: 'activity.wage.grossMonthly',
  label: { fr: 'Salaire brut', en: 'Gross wage' },
  parameters: ['labour.minimumWage.general', 'lastResort.monthlyFactor.weekly'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const activityWageGrossMonthlyRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Heures par semaine × salaire horaire (salaire minimum par défaut) × 4,34821 semaines par mois, arrondi au cent.',
    en: 'Hours a week × hourly wage (minimum wage by default) × 4.34821 weeks a month, rounded to the cent.',
  },
  sources: [ADEL(226263, 'Revenus à considérer mensuellement (facteur 4,34821)')],
};

export const activityAllowanceMonthlyRule = defineRule({
  id: 'activity.allowance.monthly',
  label: { fr: 'Allocation de participation', en: 'Participation allowance' },
  parameters: ['lastResort.monthlyFactor.weekly'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const activityAllowanceMonthlyRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Montant par heure × heures par semaine × 4,34821, ou montant mensuel fixe versé par l’organisme.',
    en: 'Amount per hour × hours a week × 4.34821, or a fixed monthly amount paid by the organization.',
  },
  sources: [ADEL(226263, 'Revenus à considérer mensuellement')],
};

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
      activityWageGrossMonthlyRule.forAdult(adultIndex),
      gross,
      () => usedParams,
      () => ({ hoursPerWeek: wage.hoursPerWeek, hourlyWage: hourly }),
      (lang) =>
        lang === 'fr'
          ? `${num(lang, wage.hoursPerWeek)} h par semaine × ${money(lang, hourly.toNumber())} l’heure${wage.hourlyWage === undefined ? ' (salaire minimum)' : ''} × ${num(lang, factor.value.toNumber())} semaines par mois = ${money(lang, toCents(gross))} par mois.`
          : `${num(lang, wage.hoursPerWeek)} ${hoursUnit(wage.hoursPerWeek)} a week × ${money(lang, hourly.toNumber())} an hour${wage.hourlyWage === undefined ? ' (minimum wage)' : ''} × ${num(lang, factor.value.toNumber())} weeks a month = ${money(lang, toCents(gross))} a month.`,
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
  if (allowance.amountPerMonth !== undefined) {
    const monthly = dec(allowance.amountPerMonth);
    return {
      hoursPerWeek: hours,
      monthly: computed(
        activityAllowanceMonthlyRule.forAdult(adultIndex),
        monthly,
        [],
        () => ({ amountPerMonth: monthly, hoursPerWeek: allowance.hoursPerWeek }),
        (lang) =>
          lang === 'fr'
            ? `Allocation fixe de ${money(lang, toCents(monthly))} par mois versée par l’organisme.`
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
      activityAllowanceMonthlyRule.forAdult(adultIndex),
      monthly,
      () => [factor],
      () => ({ amountPerHour: perHour, hoursPerWeek: allowance.hoursPerWeek }),
      (lang) =>
        lang === 'fr'
          ? `${num(lang, allowance.hoursPerWeek)} h par semaine × ${money(lang, perHour.toNumber())} l’heure × ${num(lang, factor.value.toNumber())} semaines par mois = ${money(lang, toCents(monthly))} par mois.`
          : `${num(lang, allowance.hoursPerWeek)} ${hoursUnit(allowance.hoursPerWeek)} a week × ${money(lang, perHour.toNumber())} an hour × ${num(lang, factor.value.toNumber())} weeks a month = ${money(lang, toCents(monthly))} a month.`,
    ),
  };
}
