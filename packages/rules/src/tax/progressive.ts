import { max0, minDec, sum, ZERO, type Dec } from '../money.js';

/**
 * Tax on `taxable` with brackets: rates[i] applies between thresholds[i-1] and thresholds[i]
 * (thresholds has one fewer element than rates; the last bracket has no ceiling).
 */
export function progressiveTax(
  taxable: Dec,
  thresholds: readonly Dec[],
  rates: readonly Dec[],
): Dec {
  const parts = rates.map((rate, i) => {
    const low = i === 0 ? ZERO : thresholds[i - 1]!;
    const high = thresholds[i];
    const slice =
      high === undefined ? max0(taxable.minus(low)) : max0(minDec(taxable, high).minus(low));
    return slice.times(rate);
  });
  return sum(parts);
}
