import { minDec, ZERO, type Dec } from '../money.js';
import type { ResolvedParameter } from '../parameters/parameter-set.js';
import { param, type RuleContext } from '../rule-context.js';

/** A bracket schedule resolved for a date: the parameters (for explanations) and their values. */
export interface Brackets {
  readonly rates: readonly ResolvedParameter[];
  readonly thresholds: readonly ResolvedParameter[];
  readonly rateValues: readonly Dec[];
  readonly thresholdValues: readonly Dec[];
}

/** Rates `{prefix}.bracketRate1..n` and thresholds `{prefix}.bracketThreshold1..n-1`. */
export function bracketParameters(ctx: RuleContext, prefix: string, count: number): Brackets {
  const ids = (name: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}.${name}${i + 1}`);
  const rates = ids('bracketRate', count).map((id) => param(ctx, id));
  const thresholds = ids('bracketThreshold', count - 1).map((id) => param(ctx, id));
  return {
    rates,
    thresholds,
    rateValues: rates.map((r) => r.value),
    thresholdValues: thresholds.map((t) => t.value),
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
