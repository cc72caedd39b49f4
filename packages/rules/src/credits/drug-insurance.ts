/**
 * Public prescription drug insurance (RAMQ): the annual premium paid with the Québec return by an
 * adult with no group plan who does not hold a claim booklet, and the claim booklet's value,
 * valued (a documented lower bound) at the premium it spares.
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money } from '../i18n/localized.js';
import { Dec, max0, minDec, roundCents, toCents, ZERO, rateAbove } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule } from '../explain/rule.js';

export const creditsDrugInsurancePremiumRule = defineRule({
  id: 'credits.drugInsurancePremium',
  label: { fr: 'Prime d’assurance médicaments (RAMQ)', en: 'Drug insurance premium (RAMQ)' },
  description: {
    fr: 'Payée avec la déclaration par l’adulte sans régime collectif ni carnet de réclamation ; seuils et taux à confirmer.',
    en: 'Paid with the return by an adult with no group plan and no claim booklet; thresholds and rates to be confirmed.',
  },
  parameters: ['credits.ramq.'],
  sources: [
    {
      title: 'RAMQ — primes du régime public d’assurance médicaments',
      url: 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-medicaments/primes-franchise-coassurance',
    },
  ],
});

export const creditsClaimBookletValueRule = defineRule({
  id: 'credits.claimBookletValue',
  label: {
    fr: 'Valeur du carnet de réclamation (non monétaire)',
    en: 'Claim booklet value (non-cash)',
  },
  description: {
    fr: 'Valeur non monétaire, évaluée au minimum à la prime qu’elle évite ; montrée à part, ajoutée au total seulement sur option.',
    en: 'Non-cash value, valued at least at the premium it spares; shown separately, added to the total only as an option.',
  },
  parameters: ['credits.ramq.maximumPremium'],
  sources: [
    {
      title: 'RAMQ — primes du régime public d’assurance médicaments',
      url: 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-medicaments/primes-franchise-coassurance',
    },
  ],
});

/** The premium rises at the first rate on the first 5 000 $ of income above the exemption threshold. */
const FIRST_SLICE = new Dec(5000);

export function drugInsurancePremium(
  adults: number,
  familyNetIncome: Dec,
  pays: boolean,
  ctx: RuleContext,
): Computed {
  const max = param(ctx, 'credits.ramq.maximumPremium');
  const threshold = param(
    ctx,
    adults === 2
      ? 'credits.ramq.exemptionThreshold.couple'
      : 'credits.ramq.exemptionThreshold.single',
  );
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
    (lang) =>
      !pays
        ? lang === 'fr'
          ? 'Aucune prime : carnet de réclamation, régime collectif, ou revenu sous le seuil.'
          : 'No premium: claim booklet, group plan, or income below the threshold.'
        : lang === 'fr'
          ? `Revenu familial au-delà du seuil d'exemption de ${money(lang, threshold.value.toNumber())} : ${money(lang, toCents(excess))} ; prime ${money(lang, toCents(premium))} par année (maximum ${money(lang, max.value.toNumber())} par adulte), payée avec la déclaration de revenus.`
          : `Family income above the ${money(lang, threshold.value.toNumber())} exemption threshold: ${money(lang, toCents(excess))}; premium ${money(lang, toCents(premium))} a year (at most ${money(lang, max.value.toNumber())} per adult), paid with the tax return.`,
  );
}

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
        ? `Évaluée au minimum à la prime du régime public qu'elle évite (${money(lang, toCents(value))} par année) ; elle vaut plus (franchise, coassurance, soins dentaires et de la vue). Pas comptée dans les montants, sauf si vous cochez la case qui l'ajoute.`
        : `Valued at least at the public-plan premium it spares (${money(lang, toCents(value))} a year); it is worth more (deductible, coinsurance, dental and eye care). Not counted in the amounts unless you tick the box that adds it.`,
  );
}
