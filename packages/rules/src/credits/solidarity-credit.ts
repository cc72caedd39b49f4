/**
 * Québec solidarity tax credit (Taxation Act s. 1029.8.116.12 and following) attributed to the
 * tax year, same convention as the GST credit: QST component per adult (+ person living alone),
 * housing component when the household rents or owns (a switchable assumption), reduced by 6 % of
 * family income above the threshold (3 % when only one component applies).
 */
import { computedYearly, type Computed } from '../explain/computed.js';
import { money, percent } from '../i18n/localized.js';
import { Dec, max0, roundCents, toCents, ZERO, rateAbove } from '../money.js';
import { param, type RuleContext } from '../rule-context.js';
import { benefitPeriodStart, benefitPeriodWords } from './benefit-period.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';

export const creditsSolidarityCreditRule = defineRule({
  id: 'credits.solidarityCredit',
  label: { fr: 'Crédit d’impôt pour solidarité', en: 'Solidarity tax credit' },
  parameters: ['credits.solidarity.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const creditsSolidarityCreditRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Composante TVQ (+ personne vivant seule) et composante logement (hypothèse modifiable), moins 6 % du revenu familial au-delà du seuil (3 % avec une seule composante).',
    en: 'QST component (+ living alone) and housing component (switchable assumption), less 6% of family income above the threshold (3% with one component).',
  },
  sources: [
    {
      title: 'Loi sur les impôts, art. 1029.8.116.12 et suivants',
      url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/I-3',
    },
  ],
};

const TWO = new Dec(2);

export function solidarityCredit(
  adults: number,
  livesAlone: boolean,
  housing: boolean,
  familyNetIncome: Dec,
  ctx: RuleContext,
  /** Dependent children: each adds an amount to the housing component (s. 1029.8.116.16). */
  children = 0,
): Computed {
  const qst = param(ctx, 'credits.solidarity.qstAmount');
  const perChild =
    housing && children > 0 ? param(ctx, 'credits.solidarity.housing.perChild') : null;
  const alone = param(ctx, 'credits.solidarity.livingAloneAmount');
  const home = param(
    ctx,
    adults === 2 ? 'credits.solidarity.housing.couple' : 'credits.solidarity.housing.single',
  );
  const threshold = param(ctx, 'credits.solidarity.reductionThreshold');
  const rate = param(ctx, 'credits.solidarity.reductionRate');
  const qstPart = qst.value.times(adults).plus(adults === 1 && livesAlone ? alone.value : ZERO);
  const housingPart = housing
    ? home.value.plus(perChild ? perChild.value.times(children) : ZERO)
    : ZERO;
  const effectiveRate = housing ? rate.value : rate.value.dividedBy(TWO);
  const reduction = rateAbove(familyNetIncome, threshold.value, effectiveRate);
  const amount = roundCents(max0(qstPart.plus(housingPart).minus(reduction)));
  return computedYearly(
    creditsSolidarityCreditRule,
    amount,
    () => [qst, alone, home, threshold, rate, ...(perChild ? [perChild] : [])],
    () => ({ adults, livesAlone, housing, children, familyNetIncome: familyNetIncome }),
    (lang) =>
      lang === 'fr'
        ? `Composante TVQ ${money(lang, toCents(qstPart))}${housing ? ` + logement ${money(lang, toCents(housingPart))}${perChild ? ` (dont ${money(lang, perChild.value.toNumber())} par enfant)` : ''}` : ' (sans composante logement)'} − ${percent(lang, effectiveRate.toNumber())} du revenu familial au-delà de ${money(lang, threshold.value.toNumber())} : ${money(lang, toCents(amount))} par année (${benefitPeriodWords.fr(benefitPeriodStart(qst))}), versés chaque mois.`
        : `QST component ${money(lang, toCents(qstPart))}${housing ? ` + housing ${money(lang, toCents(housingPart))}${perChild ? ` (${money(lang, perChild.value.toNumber())} per child)` : ''}` : ' (no housing component)'} − ${percent(lang, effectiveRate.toNumber())} of family income above ${money(lang, threshold.value.toNumber())}: ${money(lang, toCents(amount))} a year (${benefitPeriodWords.en(benefitPeriodStart(qst))}), paid monthly.`,
  );
}
