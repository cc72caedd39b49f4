/**
 * Treatment of an RPST participation allowance paid by a non-profit, in the benefit calculation.
 * Rule: an amount paid by a third party is income; if the Minister recognizes it as an
 * allocation de soutien or an allocation d'aide à l'emploi, it gets the same exclusion as the
 * ministry's own allowances (ADEL ?sujet=42608, ?sujet=42776; revenu de base: ?sujet=226263).
 */
import { computed, type Computed } from '../explain/computed.js';
import { money, wholeMoney, type Localized } from '../i18n/localized.js';
import type { AllowanceTreatment } from '../input/schema.js';
import { dec, max0, minDec, toCents, ZERO, type Dec } from '../money.js';
import type { ParameterSet, ResolvedParameter } from '../parameters/parameter-set.js';
import { contextFor, param, type RuleContext } from '../rule-context.js';
import { defineRule, type RuleDocumentation } from '../explain/rule.js';
import { ADEL } from '../explain/sources.js';

export const lastResortThirdPartyAllowanceCountedRule = defineRule({
  id: 'lastResort.thirdPartyAllowance.counted',
  label: {
    fr: 'Allocation comptée dans le calcul de l’aide',
    en: 'Allowance counted against assistance',
  },
  parameters: ['lastResort.thirdPartyAllowance.'],
});

/** What the rule says and where it is written: documentation, not loaded by a first visit. */
export const lastResortThirdPartyAllowanceCountedRuleDoc: RuleDocumentation = {
  description: {
    fr: 'Une allocation versée par un organisme est un revenu ; reconnue par le ministre comme allocation de soutien ou d’aide à l’emploi (un montant plus élevé pour un chef de famille monoparentale), elle est exclue jusqu’au montant du paramètre en vigueur. Traitements « et si » pour l’analyse.',
    en: 'An allowance paid by an organization is income; recognized by the Minister as a support allowance or an employment assistance allowance (a higher amount for a single parent), it is excluded up to the parameter in force. What-if treatments for analysis.',
  },
  sources: [
    ADEL(42776, 'Comptabilisation de l’allocation versée par un tiers'),
    ADEL(42608, 'Allocation versée par un tiers'),
  ],
};

/** What a recognized allowance leaves out of the cheque each month, in the parameters in force. */
export interface RecognitionExclusions {
  /** Allocation de soutien (ADEL ?sujet=42608). */
  readonly support: number;
  /** Allocation d'aide à l'emploi, per person. */
  readonly employment: number;
  /** Allocation d'aide à l'emploi, chef de famille monoparentale. */
  readonly employmentSingleParent: number;
}

/** The exclusions of a recognized allowance in the month of `ctx` (dollars). */
export function recognitionExclusions(ctx: RuleContext): RecognitionExclusions {
  const read = (id: string) => toCents(param(ctx, `lastResort.thirdPartyAllowance.${id}`).value);
  return {
    support: read('supportAllowanceExclusion'),
    employment: read('employmentAssistanceExclusion.perPerson'),
    employmentSingleParent: read('employmentAssistanceExclusion.singleParent'),
  };
}

/** How a treatment counts the allowance, its amounts read from the parameters in force. */
export function allowanceTreatmentLabel(
  treatment: AllowanceTreatment,
  x: RecognitionExclusions,
): Localized {
  switch (treatment) {
    case 'countedInFull':
      return {
        fr: 'allocation non reconnue par le ministre : comptée en entier comme revenu (règle par défaut)',
        en: 'allowance not recognized by the Minister: counted in full as income (default rule)',
      };
    case 'recognizedSupportAllowance':
      return {
        fr: `allocation reconnue comme allocation de soutien : exclue jusqu’à ${wholeMoney('fr', x.support)} par mois`,
        en: `allowance recognized as a support allowance: excluded up to ${wholeMoney('en', x.support)} a month`,
      };
    case 'recognizedEmploymentAssistance':
      return {
        fr: `allocation reconnue comme allocation d’aide à l’emploi : exclue jusqu’à ${wholeMoney('fr', x.employment)} par mois (${wholeMoney('fr', x.employmentSingleParent)} pour un chef de famille monoparentale)`,
        en: `allowance recognized as an employment assistance allowance: excluded up to ${wholeMoney('en', x.employment)} a month (${wholeMoney('en', x.employmentSingleParent)} for a single parent)`,
      };
    case 'excludedUpToCap':
      return {
        fr: 'hypothèse : allocation exclue jusqu’au plafond choisi',
        en: 'what-if: allowance excluded up to the chosen cap',
      };
    case 'fullyExcluded':
      return {
        fr: 'hypothèse : allocation entièrement exclue',
        en: 'what-if: allowance fully excluded',
      };
    case 'countedAsWorkIncome':
      return {
        fr: 'hypothèse : allocation traitée comme un revenu de travail',
        en: 'what-if: allowance treated as work income',
      };
  }
}

/** The answers a participant can give to « is your allowance recognized? ». */
export type RecognitionAnswer =
  'recognizedSupportAllowance' | 'recognizedEmploymentAssistance' | 'countedInFull' | 'unknown';

/** A recognition question's words: the answers, and what recognition means, standard and plain. */
export interface RecognitionWords {
  readonly answers: Record<RecognitionAnswer, { standard: Localized; simple: Localized }>;
  readonly meaning: { standard: Localized; simple: Localized };
}

/**
 * The recognition question's answers and meaning, with the amounts kept (the person's own: the
 * single parent's exclusion for a single parent). The plain answers say what the person keeps
 * first and keep the legal name after it: it is the name on the organization's letter.
 */
export function recognitionWords(
  period: { readonly year: number; readonly month: number },
  parameters: ParameterSet,
  singleParent = false,
): RecognitionWords {
  const x = recognitionExclusions(contextFor(period, parameters));
  const employment = singleParent ? x.employmentSingleParent : x.employment;
  // Whole dollars, cents when the parameter has some (130,60 $ is not « 131 $ gardés »).
  const m = (lang: 'fr' | 'en', n: number) =>
    Number.isInteger(n) ? wholeMoney(lang, n) : money(lang, n);
  return {
    answers: {
      recognizedSupportAllowance: {
        standard: {
          fr: `Oui, comme allocation de soutien (${m('fr', x.support)} par mois gardés)`,
          en: `Yes, as a support allowance (${m('en', x.support)} a month kept)`,
        },
        simple: {
          fr: `Oui : je garde ${m('fr', x.support)} par mois (« allocation de soutien »)`,
          en: `Yes: I keep ${m('en', x.support)} a month (“allocation de soutien”)`,
        },
      },
      recognizedEmploymentAssistance: {
        standard: {
          fr: `Oui, comme allocation d’aide à l’emploi (${m('fr', employment)} par mois gardés)`,
          en: `Yes, as an employment assistance allowance (${m('en', employment)} a month kept)`,
        },
        simple: {
          fr: `Oui : je garde ${m('fr', employment)} par mois (« allocation d’aide à l’emploi »)`,
          en: `Yes: I keep ${m('en', employment)} a month (“allocation d’aide à l’emploi”)`,
        },
      },
      countedInFull: {
        standard: { fr: 'Non', en: 'No' },
        simple: { fr: 'Non : elle est enlevée de mon chèque', en: 'No: it is taken off my cheque' },
      },
      unknown: {
        standard: { fr: 'Je ne sais pas', en: 'I don’t know' },
        simple: { fr: 'Je ne sais pas', en: 'I don’t know' },
      },
    },
    meaning: {
      standard: {
        fr: `Le ministère peut reconnaître une allocation : alors, une partie (${m('fr', x.support)} ou ${m('fr', employment)} par mois) n’est pas enlevée de votre chèque.`,
        en: `The ministry can recognize an allowance: then part of it (${m('en', x.support)} or ${m('en', employment)} a month) is not taken off your cheque.`,
      },
      simple: {
        fr: `Si le ministère la reconnaît, vous gardez une partie : ${m('fr', x.support)} ou ${m('fr', employment)} par mois.`,
        en: `If the ministry recognizes it, you keep part of it: ${m('en', x.support)} or ${m('en', employment)} a month.`,
      },
    },
  };
}

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
  const how = allowanceTreatmentLabel(treatment, recognitionExclusions(ctx));
  return computed(
    lastResortThirdPartyAllowanceCountedRule.forAdult(adultIndex),
    counted,
    () => used,
    () => ({ allowanceMonthly: allowance, treatment }),
    (lang) =>
      treatment === 'countedAsWorkIncome'
        ? lang === 'fr'
          ? `Traitement : ${how.fr}. L’allocation est ajoutée aux revenus de travail.`
          : `Treatment: ${how.en}. The allowance is added to work income.`
        : lang === 'fr'
          ? `Traitement : ${how.fr}. Sur ${money(lang, toCents(allowance))}, ${money(lang, toCents(excluded))} sont exclus et ${money(lang, toCents(counted))} réduisent l’aide, dollar pour dollar.`
          : `Treatment: ${how.en}. Of ${money(lang, toCents(allowance))}, ${money(lang, toCents(excluded))} is excluded and ${money(lang, toCents(counted))} reduces assistance dollar for dollar.`,
  );
}
