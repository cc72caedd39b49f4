import { minDec, ZERO, type Dec } from '../money.js';
import type { ResolvedScale } from '../parameters/parameter-set.js';
import { scaleParam, type RuleContext } from '../rule-context.js';

/** A tax scale resolved for a date: the parameter (for explanations) and its arrays of values. */
export interface Brackets {
  readonly scale: ResolvedScale;
  /** The rate of each bracket, from the lowest. */
  readonly rates: readonly Dec[];
  /** Where each bracket but the first starts (one fewer than rates). */
  readonly thresholds: readonly Dec[];
}

/** The scale parameter `id` (unit `scale`: dated lists of {threshold, rate}). */
export function bracketParameters(ctx: RuleContext, id: string): Brackets {
  const scale = scaleParam(ctx, id);
  return {
    scale,
    rates: scale.brackets.map((b) => b.rate),
    thresholds: scale.brackets.slice(1).map((b) => b.threshold),
  };
}

/**
 * Tax on `taxable` with brackets: rates[i] applies between thresholds[i-1] and thresholds[i]
 * (thresholds has one fewer element than rates; the last bracket has no ceiling).
 */
export function progressiveTax(
  taxable: Dec,
  thresholds: readonly Dec[],
  rates: readonly Dec[],
): Dec {
  if (!taxable.isPositive() || taxable.isZero()) return ZERO;
  const first = thresholds[0];
  let tax = (first === undefined ? taxable : minDec(taxable, first)).times(rates[0]!);
  for (let i = 1; i < rates.length; i++) {
    const low = thresholds[i - 1]!;
    if (taxable.lessThanOrEqualTo(low)) break;
    const high = thresholds[i];
    tax = tax.plus(
      (high === undefined ? taxable : minDec(taxable, high)).minus(low).times(rates[i]!),
    );
  }
  return tax;
}
