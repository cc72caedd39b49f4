/**
 * The explanation model: every amount the library computes carries the rule that produced it,
 * the inputs and parameters it read, and a sentence in French and English. Sentences, inputs and
 * parameter lists are built lazily, so a sweep of hundreds of points pays for them only when a
 * result is shown.
 */
import type { Lang, Localized } from '../i18n/localized.js';
import { TWELVE, type Dec } from '../money.js';
import type { ReadParameter } from '../parameters/parameter-set.js';
import type { RuleRef } from './rule.js';

export type ComputedInput = string | number | boolean | Dec;
type Inputs = Readonly<Record<string, ComputedInput>>;

export interface Computed {
  /** Stable rule id, e.g. `lastResort.benefit`. */
  readonly ruleId: string;
  readonly label: Localized;
  /** Monthly amount, unrounded unless the rule itself rounds. */
  readonly value: Dec;
  /** For yearly rules (taxes, credits): the annual amount as the rule computed it. */
  readonly annualValue?: Dec | undefined;
  /** Inputs the rule read; Decimals are turned into amounts only when a result is presented. */
  readonly inputs: Inputs;
  readonly parameters: readonly ReadParameter[];
  readonly sentence: (lang: Lang) => string;
}

class LazyComputed implements Computed {
  private params: readonly ReadParameter[] | undefined;
  private read: Inputs | undefined;
  private monthly: Dec | undefined;

  constructor(
    readonly ruleId: string,
    readonly label: Localized,
    monthly: Dec | undefined,
    readonly annualValue: Dec | undefined,
    private readonly makeParameters: () => readonly ReadParameter[],
    private readonly makeInputs: () => Inputs,
    readonly sentence: (lang: Lang) => string,
  ) {
    this.monthly = monthly;
  }

  get value(): Dec {
    // Yearly rules keep the annual amount; the monthly share (÷ 12) is computed when asked for.
    this.monthly ??= this.annualValue!.dividedBy(TWELVE);
    return this.monthly;
  }

  get parameters(): readonly ReadParameter[] {
    this.params ??= this.makeParameters();
    return this.params;
  }

  get inputs(): Inputs {
    this.read ??= this.makeInputs();
    return this.read;
  }
}

const asThunk = <T>(v: T | (() => T)): (() => T) =>
  typeof v === 'function' ? (v as () => T) : () => v;

/** A monthly rule's result. */
export function computed(
  rule: RuleRef,
  value: Dec,
  parameters: readonly ReadParameter[] | (() => readonly ReadParameter[]),
  inputs: Inputs | (() => Inputs),
  sentence: (lang: Lang) => string,
): Computed {
  return new LazyComputed(
    rule.id,
    rule.label,
    value,
    undefined,
    asThunk(parameters),
    asThunk(inputs),
    sentence,
  );
}

/** A yearly rule's result (taxes, credits): the annual amount as computed. */
export function computedYearly(
  rule: RuleRef,
  annualValue: Dec,
  parameters: readonly ReadParameter[] | (() => readonly ReadParameter[]),
  inputs: Inputs | (() => Inputs),
  sentence: (lang: Lang) => string,
): Computed {
  return new LazyComputed(
    rule.id,
    rule.label,
    undefined,
    annualValue,
    asThunk(parameters),
    asThunk(inputs),
    sentence,
  );
}

/** The annual amount of a computed value: as computed for yearly rules, 12 × the month otherwise. */
export function annualOf(c: Computed): Dec {
  return c.annualValue ?? c.value.times(TWELVE);
}
