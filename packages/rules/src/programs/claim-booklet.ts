/**
 * The carnet de réclamation (free prescription drugs, dental and optical care): held while on
 * last-resort assistance; kept 6 months (aide sociale) or 48 months (solidarité sociale) by a
 * person who leaves assistance because of work income (Québec.ca, « Cesser d'être prestataire »).
 */
import type { Localized } from '../i18n/localized.js';
import type { Program } from '../input/schema.js';
import type { Dec } from '../money.js';
import type { ReadParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';

export type ClaimBookletStatus = 'held' | 'keptAfterLeaving' | 'notApplicable' | 'unknown';

export interface ClaimBooklet {
  readonly status: ClaimBookletStatus;
  readonly monthsAfterLeaving: number | null;
  readonly message: Localized;
  readonly parameters: readonly ReadParameter[];
}

export function claimBooklet(
  program: Program,
  benefit: Dec,
  hasWork: boolean,
  ctx: RuleContext,
): ClaimBooklet {
  if (program === 'none') {
    return {
      status: 'notApplicable',
      monthsAfterLeaving: null,
      message: {
        fr: "Pas de carnet de réclamation : le ménage n'est pas à l'aide financière de dernier recours.",
        en: 'No claim booklet: the household is not on last-resort assistance.',
      },
      parameters: [],
    };
  }
  if (benefit.greaterThan(0)) {
    return {
      status: 'held',
      monthsAfterLeaving: null,
      message: {
        fr: "Carnet de réclamation conservé : médicaments, soins dentaires et de la vue couverts tant que l'aide est versée.",
        en: 'Claim booklet kept: drugs, dental and eye care covered as long as assistance is paid.',
      },
      parameters: [],
    };
  }
  if (program === 'basicIncome' || !hasWork) {
    return {
      status: 'unknown',
      monthsAfterLeaving: null,
      message: {
        fr: "L'aide tombe à zéro : vérifiez auprès du ministère combien de temps le carnet de réclamation est conservé dans cette situation.",
        en: 'Assistance falls to zero: check with the ministry how long the claim booklet is kept in this situation.',
      },
      parameters: [],
    };
  }
  const p = param(
    ctx,
    program === 'socialSolidarity'
      ? 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialSolidarity'
      : 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialAssistance',
  );
  const months = p.value.toNumber();
  return {
    status: 'keptAfterLeaving',
    monthsAfterLeaving: months,
    message: {
      fr: `L'aide tombe à zéro à cause des revenus de travail : le carnet de réclamation est conservé ${months} mois après la sortie de l'aide (sous conditions : à confirmer avec l'agente ou l'agent).`,
      en: `Assistance falls to zero because of work income: the claim booklet is kept ${months} months after leaving assistance (conditions apply: confirm with the agent).`,
    },
    parameters: [p],
  };
}
