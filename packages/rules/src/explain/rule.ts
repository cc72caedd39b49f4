/**
 * One definition per rule: its id, label and the parameters it reads, written next to its
 * formula, with its description and legal sources beside it (`RuleDocumentation`). Results, explanations, the rules catalogue and the generated
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

/**
 * A rule as results carry it: its id, label and the parameters it reads. What it says and where it
 * is written (`RuleDocumentation`) sits beside it as its own constant, so that a page computing a
 * result does not download the rules' documentation; `rulesCatalog` puts the two together.
 */
export interface RuleDefinition extends RuleRef {
  /** Parameter ids (or id prefixes ending with `.`) the rule reads. */
  readonly parameters: readonly string[];
  /** The same rule for one adult of the household: « Impôt fédéral (vous) ». */
  forAdult(adultIndex: number): RuleRef;
}

/** A rule's documentation: what it does, and the law or page it is read from. */
export interface RuleDocumentation {
  readonly description: Localized;
  readonly sources: readonly RuleSource[];
}

/** A rule with its documentation, as the catalogue and the generated reference show it. */
export type DocumentedRule = RuleDefinition & RuleDocumentation;

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

/** A rule and its documentation, together. */
export function documented(rule: RuleDefinition, doc: RuleDocumentation): DocumentedRule {
  return { ...rule, ...doc };
}
