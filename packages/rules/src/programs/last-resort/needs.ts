/**
 * Monthly needs recognized by the last-resort assistance programs (Programme d'aide sociale,
 * Programme de solidarité sociale): basic benefit + adjustment + temporary-constraint allowance.
 * RAPF (RLRQ c. A-13.1.1, r. 1); amounts in params/last-resort-assistance.json.
 * A family is in the Social Solidarity Program when one adult has severe constraints.
 */
import { computed, type Computed } from '../../explain/computed.js';
import { money } from '../../i18n/localized.js';
import type { ValidAdult } from '../../input/schema.js';
import { sum, toCents } from '../../money.js';
import type { ResolvedParameter } from '../../parameters/parameter-set.js';
import { param, type RuleContext } from '../../rule-context.js';
import { defineRule, type RuleDocumentation } from '../../explain/rule.js';
import { RAPF } from '../../explain/sources.js';

export const lastResortNeedsRule = defineRule({
  id: 'lastResort.needs',
  label: {
    fr: 'Prestation avant revenus (besoins reconnus)',
    en: 'Benefit before income (recognized needs)',
  },
  parameters: ['lastResort.socialAssistance.', 'lastResort.socialSolidarity.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortNeedsRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Prestation de base + ajustement + allocation pour contraintes temporaires, selon le programme et le ménage. Une famille dont un adulte a des contraintes sévères relève du Programme de solidarité sociale.',
    en: 'Basic benefit + adjustment + temporary-constraint allowance, by program and household. A family where one adult has severe constraints is in the Social Solidarity Program.',
  },
  sources: [
    RAPF,
    {
      title: 'Québec.ca — Montants des prestations (aide sociale, solidarité sociale)',
      url: 'https://www.quebec.ca/en/family-and-support-for-individuals/social-assistance-social-solidarity/information-financial-assistance/monthly-benefit-amounts-social-assistance-program',
    },
  ],
};

export type LastResortProgram = 'socialAssistance' | 'socialSolidarity';

export interface LastResortNeeds {
  readonly program: LastResortProgram;
  readonly total: Computed;
}

export const programNames: Record<
  LastResortProgram | 'basicIncome' | 'none',
  { fr: string; en: string }
> = {
  socialAssistance: { fr: 'Programme d’aide sociale', en: 'Social Assistance Program' },
  socialSolidarity: { fr: 'Programme de solidarité sociale', en: 'Social Solidarity Program' },
  basicIncome: { fr: 'Programme de revenu de base', en: 'Basic Income Program' },
  none: { fr: 'Aucun programme d’aide', en: 'No assistance program' },
};

export function familyProgram(adults: readonly ValidAdult[]): LastResortProgram {
  return adults.some((a) => a.program === 'socialSolidarity')
    ? 'socialSolidarity'
    : 'socialAssistance';
}

function componentIds(adults: readonly ValidAdult[], program: LastResortProgram): string[] {
  const couple = adults.length === 2;
  if (program === 'socialSolidarity') {
    const severe = adults.filter((a) => a.program === 'socialSolidarity').length;
    return couple
      ? [
          severe === 2
            ? 'lastResort.socialSolidarity.basicBenefit.coupleBothSevere'
            : 'lastResort.socialSolidarity.basicBenefit.coupleOneSevere',
          'lastResort.socialSolidarity.adjustment.couple',
        ]
      : [
          'lastResort.socialSolidarity.basicBenefit.singleAdult',
          'lastResort.socialSolidarity.adjustment.singleAdult',
        ];
  }
  const ids = [
    couple
      ? 'lastResort.socialAssistance.basicBenefit.couple'
      : 'lastResort.socialAssistance.basicBenefit.singleAdult',
    'lastResort.socialAssistance.adjustment',
  ];
  const withConstraints = adults.filter((a) => a.temporaryConstraints).length;
  if (withConstraints === 1)
    ids.push('lastResort.socialAssistance.temporaryConstraintAllowance.oneAdult');
  if (withConstraints === 2)
    ids.push('lastResort.socialAssistance.temporaryConstraintAllowance.twoAdults');
  return ids;
}

/**
 * The single-person adjustment (ajustement pour personne seule, RAPF s. 67.3; ADEL ?sujet=42428):
 * an adult without a spouse or dependent child on the Programme d'aide sociale, without the
 * temporary-constraints allowance, on assistance for at least 6 consecutive months, not in
 * subsidized housing. (Reduced by the allocation-logement of the previous month, which this tool
 * does not compute: said in the result's assumptions.)
 */
export function singlePersonAdjustmentApplies(
  adults: readonly ValidAdult[],
  children: number,
  monthsOnAssistance: number | undefined,
  subsidizedHousing: boolean,
): boolean {
  const [only, second] = adults;
  return (
    only !== undefined &&
    second === undefined &&
    children === 0 &&
    only.program === 'socialAssistance' &&
    !only.temporaryConstraints &&
    (monthsOnAssistance ?? 6) >= 6 &&
    !subsidizedHousing
  );
}

/**
 * Aide sociale gives the temporary constraints allowance to a one-adult family with a child under
 * 5 (« au dernier 30 septembre »; this tool reads the age given), whether or not the adult has
 * constraints of their own: ADEL ?sujet=42454.
 */
export function youngChildGivesTemporaryAllowance(
  adultCount: number,
  childAges: readonly number[],
): boolean {
  return adultCount === 1 && childAges.some((age) => age < 5);
}

/**
 * `youngChild`: the temporary constraints allowance is given for a child under 5 in a one-adult
 * family (ADEL ?sujet=42454), whether or not the adult has constraints of their own; the sentence
 * says why. `singlePerson`: the single-person adjustment applies (`singlePersonAdjustmentApplies`).
 */
export function lastResortNeeds(
  adults: readonly ValidAdult[],
  ctx: RuleContext,
  youngChild = false,
  singlePerson = false,
): LastResortNeeds {
  const only = adults.length === 1 ? adults[0]! : null;
  // Given for the child only when the adult has no constraints of their own (said in the sentence).
  const forChild = youngChild && only?.program === 'socialAssistance' && !only.temporaryConstraints;
  const counted = forChild ? [{ ...only, temporaryConstraints: true }] : adults;
  // Needs depend only on the household's composition and the date: a sweep computes them once.
  const key = `lastResort.needs:${counted.map((a) => `${a.program}/${a.temporaryConstraints}`).join('+')}:${forChild}:${singlePerson}`;
  return ctx.parameters.derived(ctx.date, key, () =>
    computeNeeds(counted, ctx, forChild, singlePerson),
  );
}

const forYoungChild = {
  fr: ' (enfant de moins de 5 ans)',
  en: ' (child under 5)',
};

function computeNeeds(
  adults: readonly ValidAdult[],
  ctx: RuleContext,
  becauseOfChild: boolean,
  singlePerson: boolean,
): LastResortNeeds {
  const program = familyProgram(adults);
  const ids = componentIds(adults, program);
  if (singlePerson) ids.push('lastResort.socialAssistance.singlePersonAdjustment');
  const parts: ResolvedParameter[] = ids.map((id) => param(ctx, id));
  const total = sum(parts.map((p) => p.value));
  return {
    program,
    total: computed(
      lastResortNeedsRule,
      total,
      () => parts,
      () => ({ program, adults: adults.length }),
      (lang) =>
        `${programNames[program][lang]}${lang === 'fr' ? ' :' : ':'} ${parts
          .map(
            (p) =>
              `${p.definition.label[lang]}${becauseOfChild && p.id.includes('temporaryConstraint') ? forYoungChild[lang] : ''} ${money(lang, p.value.toNumber())}`,
          )
          .join(
            ' + ',
          )} = ${money(lang, toCents(total))}${lang === 'fr' ? ' par mois.' : ' a month.'}`,
    ),
  };
}
