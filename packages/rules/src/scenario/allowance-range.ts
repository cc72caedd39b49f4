/**
 * « Je ne sais pas » for an allowance: from the lowest to the highest of its outcomes (not
 * recognized, recognized as a support allowance, as an employment assistance allowance). Computed
 * and said here once; the participant's card, the answer bar and the counsellor's meeting show it.
 */
import type { Localized } from '../i18n/localized.js';
import type { SimulationResult } from './result.js';
import { rangeHeadline } from './sentences/headline.js';

type MoneyPerMonth = SimulationResult['moneyPerMonth'];

export interface AllowanceOutcomeRange {
  /** Money a month, lowest and highest (dollars and cents). */
  readonly amount: readonly [number, number];
  /** Gain over no activity, lowest and highest (dollars and cents). */
  readonly difference: readonly [number, number];
  /** The headline that says the range (whole dollars). */
  readonly headline: Localized;
  /** The same for the answer bar on a phone: « Allocation 10 h : de 0 $ à 133 $ … ». */
  readonly barHeadline: Localized;
}

/**
 * The range of an allowance's outcomes at `hoursPerWeek` (paid `amountPerHour` when known), or
 * null when fewer than two outcomes or when their gains round to the same dollar (one answer: the
 * outcome's own headline says it).
 */
export function allowanceOutcomeRange(
  outcomes: readonly MoneyPerMonth[],
  activity: { readonly hoursPerWeek: number; readonly amountPerHour?: number | null },
): AllowanceOutcomeRange | null {
  if (outcomes.length < 2) return null;
  const span = (pick: (m: MoneyPerMonth) => number) =>
    [Math.min(...outcomes.map(pick)), Math.max(...outcomes.map(pick))] as const;
  // The gains as the outcomes' whole dollars give them (« 1 592 $ » − « 1 459 $ »).
  const difference = span((m) => m.wholeDifference);
  if (difference[0] === difference[1]) return null;
  const facts = {
    hoursPerWeek: activity.hoursPerWeek,
    pay: { kind: 'allowance' as const, amountPerHour: activity.amountPerHour ?? null },
  };
  return {
    amount: span((m) => m.amount),
    difference,
    headline: rangeHeadline(facts, difference),
    barHeadline: rangeHeadline(facts, difference, { bar: true }),
  };
}
