import { minDec, ZERO, type Dec } from '../money.js';

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
