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
  let tax = ZERO;
  for (const [i, rate] of rates.entries()) {
    const low = i === 0 ? ZERO : thresholds[i - 1]!;
    if (taxable.lessThanOrEqualTo(low)) break;
    const high = thresholds[i];
    tax = tax.plus((high === undefined ? taxable : minDec(taxable, high)).minus(low).times(rate));
  }
  return tax;
}
