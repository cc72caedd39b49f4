/**
 * How sure the figures are, said once: the parameters a result used that are not verified at an
 * official source, counted by status, and one sentence for the person when any are estimates.
 * The per-parameter detail stays in the explanations and the parameter reference.
 */
import type { Localized } from '../../i18n/localized.js';
import type { ParameterStatus } from '../../parameters/schema.js';

export interface Uncertainty {
  /** Unverified parameters used, by status (`verified` ones are not counted). */
  readonly counts: Readonly<Record<Exclude<ParameterStatus, 'verified'>, number>>;
  /** One sentence when the figures rest on estimates or unconfirmed values; null otherwise. */
  readonly sentence: Localized | null;
  /** The same in plain words (« Facile à lire »). */
  readonly simpleSentence: Localized | null;
}

export function uncertaintyOf(
  year: number,
  parameters: readonly { readonly status: ParameterStatus; readonly verified: boolean }[],
): Uncertainty {
  // `reform`: a what-if value set by an analyst, counted but not an uncertainty to tell a participant.
  const counts = { derived: 0, secondary: 0, unconfirmed: 0, reform: 0 };
  for (const p of parameters) if (!p.verified && p.status !== 'verified') counts[p.status]++;
  const estimated = counts.derived > 0;
  const unofficial = counts.secondary + counts.unconfirmed > 0;
  const sentence: Localized | null =
    estimated && unofficial
      ? {
          fr: `Certains montants de ${year} sont des estimations : à confirmer avec votre agente ou agent.`,
          en: `Some ${year} amounts are estimates: confirm them with your agent.`,
        }
      : estimated
        ? {
            fr: `Montants de ${year} estimés par indexation : à confirmer avec votre agente ou agent.`,
            en: `${year} amounts estimated by indexation: confirm them with your agent.`,
          }
        : unofficial
          ? {
              fr: `Certains montants ne sont pas encore vérifiés à leur source officielle : à confirmer avec votre agente ou agent.`,
              en: `Some amounts are not yet checked at their official source: confirm them with your agent.`,
            }
          : null;
  const simpleSentence: Localized | null = sentence && {
    fr: 'Ces montants sont des estimations. Vérifiez avec votre agente ou agent.',
    en: 'These amounts are estimates. Check with your agent.',
  };
  return { counts, sentence, simpleSentence };
}
