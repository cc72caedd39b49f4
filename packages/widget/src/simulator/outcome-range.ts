/**
 * « Je ne sais pas » for an allowance: from the lowest to the highest of its outcomes (not
 * recognized, recognized as a support allowance, as an employment assistance allowance). The
 * participant's card and the counsellor's meeting say the same range from here.
 */
import type { SimulationResult } from '@passerelle/rules';

type MoneyPerMonth = SimulationResult['moneyPerMonth'];

export interface OutcomeRange {
  /** Money a month, lowest and highest. */
  readonly amount: readonly [number, number];
  /** Gain over no activity, lowest and highest. */
  readonly difference: readonly [number, number];
}

/** The range of the outcomes, or null when their gains round to the same dollar (one answer). */
export function outcomeRange(outcomes: readonly MoneyPerMonth[]): OutcomeRange | null {
  if (outcomes.length < 2) return null;
  const span = (pick: (m: MoneyPerMonth) => number) =>
    [Math.min(...outcomes.map(pick)), Math.max(...outcomes.map(pick))] as const;
  const difference = span((m) => m.differenceVsNoActivity);
  return Math.round(difference[0]) === Math.round(difference[1])
    ? null
    : { amount: span((m) => m.amount), difference };
}
