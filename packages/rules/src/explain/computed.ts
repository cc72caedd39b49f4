/**
 * The explanation model: every amount the library computes carries the rule that produced it,
 * the inputs and parameters it read, and a sentence in French and English. Sentences are built
 * lazily, so a sweep of hundreds of points pays for them only when a result is shown.
 */
import type { Dec } from '../money.js';
import type { Lang, Localized } from '../i18n/localized.js';
import type { ResolvedParameter } from '../parameters/parameter-set.js';

export interface Computed {
  /** Stable rule id, e.g. `lastResort.benefit`. */
  readonly ruleId: string;
  readonly label: Localized;
  /** Monthly amount, unrounded unless the rule itself rounds. */
  readonly value: Dec;
  readonly inputs: Readonly<Record<string, string | number | boolean>>;
  readonly parameters: readonly ResolvedParameter[];
  readonly sentence: (lang: Lang) => string;
}

export function computed(
  ruleId: string,
  label: Localized,
  value: Dec,
  parameters: readonly ResolvedParameter[],
  inputs: Readonly<Record<string, string | number | boolean>>,
  sentence: (lang: Lang) => string,
): Computed {
  return { ruleId, label, value, parameters, inputs, sentence };
}
