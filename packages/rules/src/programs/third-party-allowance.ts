/**
 * Treatment of an RPST participation allowance paid by a non-profit, in the benefit calculation.
 * Rule: an amount paid by a third party is income; if the Minister recognizes it as an
 * allocation de soutien or an allocation d'aide à l'emploi, it gets the same exclusion as the
 * ministry's own allowances (ADEL ?sujet=42608, ?sujet=42776; revenu de base: ?sujet=226263).
 */
import { computed, type Computed } from '../explain/computed.js';
import { money } from '../i18n/localized.js';
import type { AllowanceTreatment } from '../input/schema.js';
import { dec, max0, minDec, toCents, ZERO, type Dec } from '../money.js';
import type { ResolvedParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';
import { defineRule } from '../explain/rule.js';
import { ADEL } from '../explain/sources.js';

export const lastResortThirdPartyAllowanceCountedRule = defineRule({
  id: 'lastResort.thirdPartyAllowance.counted',
  label: {
    fr: "Allocation comptée dans le calcul de l'aide",
    en: 'Allowance counted against assistance',
  },
  description: {
    fr: 'Une allocation versée par un organisme est un revenu ; reconnue par le ministre comme allocation de soutien (130 $ exclus) ou d’aide à l’emploi (222 $, 353 $ pour un chef de famille monoparentale), elle est en partie exclue. Traitements « et si » pour l’analyse.',
    en: 'An allowance paid by an organization is income; recognized by the Minister as a support allowance ($130 excluded) or an employment assistance allowance ($222, $353 for a single parent), it is partly excluded. What-if treatments for analysis.',
  },
  parameters: ['lastResort.thirdPartyAllowance.'],
  sources: [
    ADEL(42776, 'Comptabilisation de l’allocation versée par un tiers'),
    ADEL(42608, 'Allocation versée par un tiers'),
  ],
});

export const allowanceTreatmentLabels: Record<AllowanceTreatment, { fr: string; en: string }> = {
  countedInFull: {
    fr: 'allocation non reconnue par le ministre : comptée en entier comme revenu (règle par défaut)',
    en: 'allowance not recognized by the Minister: counted in full as income (default rule)',
  },
  recognizedSupportAllowance: {
    fr: 'allocation reconnue comme allocation de soutien : exclue jusqu’à 130 $ par mois',
    en: 'allowance recognized as a support allowance: excluded up to $130 a month',
  },
  recognizedEmploymentAssistance: {
    fr: 'allocation reconnue comme allocation d’aide à l’emploi : exclue jusqu’à 222 $ par mois (353 $ pour un chef de famille monoparentale)',
    en: 'allowance recognized as an employment assistance allowance: excluded up to $222 a month ($353 for a single parent)',
  },
  excludedUpToCap: {
    fr: 'hypothèse : allocation exclue jusqu’au plafond choisi',
    en: 'what-if: allowance excluded up to the chosen cap',
  },
  fullyExcluded: {
    fr: 'hypothèse : allocation entièrement exclue',
    en: 'what-if: allowance fully excluded',
  },
  countedAsWorkIncome: {
    fr: 'hypothèse : allocation traitée comme un revenu de travail',
    en: 'what-if: allowance treated as work income',
  },
};

/** The part of one adult's allowance that reduces the benefit (not used for `countedAsWorkIncome`). */
export function countedAllowance(
  allowance: Dec,
  treatment: AllowanceTreatment,
  cap: number | undefined,
  singleParent: boolean,
  adultIndex: number,
  ctx: RuleContext,
): Computed {
  let exclusion: Dec;
  let used: ResolvedParameter[] = [];
  switch (treatment) {
    case 'countedInFull':
    case 'countedAsWorkIncome':
      exclusion = ZERO;
      break;
    case 'recognizedSupportAllowance': {
      const p = param(ctx, 'lastResort.thirdPartyAllowance.supportAllowanceExclusion');
      used = [p];
      exclusion = p.value;
      break;
    }
    case 'recognizedEmploymentAssistance': {
      const p = param(
        ctx,
        singleParent
          ? 'lastResort.thirdPartyAllowance.employmentAssistanceExclusion.singleParent'
          : 'lastResort.thirdPartyAllowance.employmentAssistanceExclusion.perPerson',
      );
      used = [p];
      exclusion = p.value;
      break;
    }
    case 'excludedUpToCap':
      exclusion = dec(cap ?? 0);
      break;
    case 'fullyExcluded':
      exclusion = allowance;
      break;
  }
  const excluded = treatment === 'countedAsWorkIncome' ? ZERO : minDec(allowance, exclusion);
  const counted = treatment === 'countedAsWorkIncome' ? ZERO : max0(allowance.minus(excluded));
  const how = allowanceTreatmentLabels[treatment];
  return computed(
    lastResortThirdPartyAllowanceCountedRule.forAdult(adultIndex),
    counted,
    () => used,
    () => ({ allowanceMonthly: allowance, treatment }),
    (lang) =>
      treatment === 'countedAsWorkIncome'
        ? lang === 'fr'
          ? `Traitement : ${how.fr}. L'allocation est ajoutée aux revenus de travail.`
          : `Treatment: ${how.en}. The allowance is added to work income.`
        : lang === 'fr'
          ? `Traitement : ${how.fr}. Sur ${money(lang, toCents(allowance))}, ${money(lang, toCents(excluded))} sont exclus et ${money(lang, toCents(counted))} réduisent l'aide, dollar pour dollar.`
          : `Treatment: ${how.en}. Of ${money(lang, toCents(allowance))}, ${money(lang, toCents(excluded))} is excluded and ${money(lang, toCents(counted))} reduces assistance dollar for dollar.`,
  );
}
