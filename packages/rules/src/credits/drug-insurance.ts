/**
 * Public prescription drug insurance (RAMQ): the annual premium paid with the Québec return by an
 * adult with no group plan who does not hold a claim booklet, and the claim booklet's value,
 * valued (a documented lower bound) at the premium it spares.
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money } from '../i18n/localized.js';
import { Dec, max0, minDec, roundCents, toCents, ZERO, rateAbove } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsDrugInsurancePremiumRule = defineRule({
  id: 'credits.drugInsurancePremium',
  label: { fr: 'Prime d’assurance médicaments (RAMQ)', en: 'Drug insurance premium (RAMQ)' },
  parameters: ['credits.ramq.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsDrugInsurancePremiumRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Payée avec la déclaration par l’adulte sans régime collectif ni carnet de réclamation ; seuils et taux à confirmer.',
    en: 'Paid with the return by an adult with no group plan and no claim booklet; thresholds and rates to be confirmed.',
  },
  sources: [
    {
      title: 'RAMQ — primes du régime public d’assurance médicaments',
      url: 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-medicaments/primes-franchise-coassurance',
    },
  ],
};

export const creditsClaimBookletValueRule = defineRule({
  id: 'credits.claimBookletValue',
  label: {
    fr: 'Valeur du carnet de réclamation (non monétaire)',
    en: 'Claim booklet value (non-cash)',
  },
  parameters: ['credits.ramq.maximumPremium'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsClaimBookletValueRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Valeur non monétaire, évaluée au minimum à la prime qu’elle évite ; montrée à part, ajoutée au total seulement sur option.',
    en: 'Non-cash value, valued at least at the premium it spares; shown separately, added to the total only as an option.',
  },
  sources: [
    {
      title: 'RAMQ — primes du régime public d’assurance médicaments',
      url: 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-medicaments/primes-franchise-coassurance',
    },
  ],
};

/** The premium rises at the first rate on the first 5 000 $ of income above the exemption threshold. */
const FIRST_SLICE = new Dec(5000);

/** Who the premium is set for: Schedule K's exemption threshold depends on the family type. */
export interface PremiumFamily {
  readonly adults: number;
  /** Dependent children (under 18; a student of 18 or more is not asked, so not counted). */
  readonly children: number;
  /** Children of 18 to 25 in the household: not counted, and said (a student may count). */
  readonly olderChildren?: number;
}

/** The family Schedule K reads from a household: its adults and its children under 18. */
export function premiumFamilyOf(household: {
  readonly adults: readonly unknown[];
  readonly children: readonly { readonly age: number }[];
}): PremiumFamily {
  return {
    adults: household.adults.length,
    children: household.children.filter((c) => c.age < 18).length,
    olderChildren: household.children.filter((c) => c.age >= 18 && c.age < 26).length,
  };
}

/** Schedule K's family type, which names its exemption threshold (none below it pays a premium). */
function familyTypeOf(family: PremiumFamily): FamilyType {
  const children =
    family.children === 0 ? '' : family.children === 1 ? 'OneChild' : 'TwoOrMoreChildren';
  if (family.adults === 2) return `couple${children}`;
  return children === '' ? 'single' : `singleParent${children}`;
}

export function drugInsurancePremium(
  family: PremiumFamily,
  familyNetIncome: Dec,
  pays: boolean,
  ctx: RuleContext,
): Computed {
  const adults = family.adults;
  const max = param(ctx, 'credits.ramq.maximumPremium');
  const familyType = familyTypeOf(family);
  const threshold = param(ctx, `credits.ramq.exemptionThreshold.${familyType}`);
  const first = param(ctx, 'credits.ramq.rate.first');
  const beyond = param(ctx, 'credits.ramq.rate.beyond');
  const excess = max0(familyNetIncome.minus(threshold.value));
  const premium =
    pays && !excess.isZero()
      ? roundCents(
          minDec(
            max.value.times(adults),
            minDec(excess, FIRST_SLICE)
              .times(first.value)
              .plus(rateAbove(excess, FIRST_SLICE, beyond.value)),
          ),
        )
      : ZERO;
  return computedYearly(
    creditsDrugInsurancePremiumRule,
    premium.isZero() ? ZERO : premium.negated(),
    () => [max, threshold, first, beyond],
    () => ({ familyNetIncome: familyNetIncome, pays }),
    (lang) => {
      const m = premiumMessages[lang];
      const figures = {
        income: money(lang, toCents(familyNetIncome)),
        threshold: money(lang, threshold.value.toNumber()),
        excess: money(lang, toCents(excess)),
        premium: money(lang, toCents(premium)),
        maximum: money(lang, max.value.toNumber()),
        family: m.family[familyType],
      };
      const said = !pays
        ? m.covered
        : excess.isZero()
          ? m.belowThreshold(figures)
          : m.premium(figures);
      return pays && (family.olderChildren ?? 0) > 0 ? `${said} ${m.olderChildren}` : said;
    },
  );
}

type FamilyType =
  | 'single'
  | 'singleParentOneChild'
  | 'singleParentTwoOrMoreChildren'
  | 'couple'
  | 'coupleOneChild'
  | 'coupleTwoOrMoreChildren';

interface PremiumFigures {
  /** The family type whose threshold applies, in words. */
  readonly family: string;
  readonly income: string;
  readonly threshold: string;
  readonly excess: string;
  readonly premium: string;
  readonly maximum: string;
}

/** The premium's sentences, one table per language. */
const premiumMessages = {
  fr: {
    covered: 'Aucune prime : carnet de réclamation ou régime collectif.',
    belowThreshold: (f: PremiumFigures) =>
      `Aucune prime : revenu familial de ${f.income}, sous le seuil d’exemption de ${f.threshold} (${f.family}, annexe K).`,
    premium: (f: PremiumFigures) =>
      `Revenu familial au-delà du seuil d’exemption de ${f.threshold} (${f.family}, annexe K) : ${f.excess} ; prime ${f.premium} par année (maximum ${f.maximum} par adulte), payée avec la déclaration de revenus.`,
    family: {
      single: 'personne seule',
      singleParentOneChild: 'famille monoparentale, un enfant',
      singleParentTwoOrMoreChildren: 'famille monoparentale, deux enfants ou plus',
      couple: 'couple sans enfant',
      coupleOneChild: 'couple, un enfant',
      coupleTwoOrMoreChildren: 'couple, deux enfants ou plus',
    },
    olderChildren:
      'Les enfants de 18 ans ou plus ne sont pas comptés ici ; un enfant aux études à temps plein peut l’être : vérifiez à l’annexe K.',
  },
  en: {
    covered: 'No premium: claim booklet or group plan.',
    belowThreshold: (f: PremiumFigures) =>
      `No premium: family income of ${f.income}, below the ${f.threshold} exemption threshold (${f.family}, Schedule K).`,
    premium: (f: PremiumFigures) =>
      `Family income above the ${f.threshold} exemption threshold (${f.family}, Schedule K): ${f.excess}; premium ${f.premium} a year (at most ${f.maximum} per adult), paid with the tax return.`,
    family: {
      single: 'single person',
      singleParentOneChild: 'single parent, one child',
      singleParentTwoOrMoreChildren: 'single parent, two or more children',
      couple: 'couple without children',
      coupleOneChild: 'couple, one child',
      coupleTwoOrMoreChildren: 'couple, two or more children',
    },
    olderChildren:
      'Children aged 18 or more are not counted here; a full-time student may be: check Schedule K.',
  },
} as const;

export function claimBookletValue(adults: number, held: boolean, ctx: RuleContext): Computed {
  const max = param(ctx, 'credits.ramq.maximumPremium');
  const value = held ? max.value.times(adults) : ZERO;
  return computedYearly(
    creditsClaimBookletValueRule,
    value,
    () => [max],
    () => ({ held }),
    (lang) =>
      lang === 'fr'
        ? `Évaluée au minimum à la prime du régime public qu’elle évite (${money(lang, toCents(value))} par année) ; elle vaut plus (franchise, coassurance, soins dentaires et de la vue). Pas comptée dans les montants, sauf si vous cochez la case qui l’ajoute.`
        : `Valued at least at the public-plan premium it spares (${money(lang, toCents(value))} a year); it is worth more (deductible, coinsurance, dental and eye care). Not counted in the amounts unless you tick the box that adds it.`,
  );
}
