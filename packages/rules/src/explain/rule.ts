/**
 * One definition per rule: its id, label, description, legal sources and the parameters it reads,
 * written next to its formula. Results, explanations, the rules catalogue and the generated
 * reference (`docs/reference/rules.md`) all read it, so a label or a source is changed in one
 * place. A test compares the declared parameters with those each rule actually reads.
 */
import type { Localized } from '../i18n/localized.js';
import { perAdultLabel } from '../i18n/localized.js';

export interface RuleSource {
  readonly title: string;
  readonly url: string;
}

/** What a computed amount needs to name its rule: the id and the label a person reads. */
export interface RuleRef {
  readonly id: string;
  readonly label: Localized;
}

export interface RuleDefinition extends RuleRef {
  readonly description: Localized;
  /** Parameter ids (or id prefixes ending with `.`) the rule reads. */
  readonly parameters: readonly string[];
  readonly sources: readonly RuleSource[];
  /** The same rule for one adult of the household: « Impôt fédéral (vous) ». */
  forAdult(adultIndex: number): RuleRef;
}

export function defineRule(definition: Omit<RuleDefinition, 'forAdult'>): RuleDefinition {
  const labels = perAdultLabel(definition.label.fr, definition.label.en);
  const refs: RuleRef[] = [];
  return {
    ...definition,
    forAdult(adultIndex) {
      return (refs[adultIndex] ??= { id: definition.id, label: labels(adultIndex) });
    },
  };
}
