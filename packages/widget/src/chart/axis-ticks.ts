/**
 * Round axis values for every chart of the project (the participant's chart and the analyst's):
 * steps of 1, 2 or 5 × 10ⁿ that cover the data, so that an axis reads « 0 $, 500 $, 1 000 $ »
 * rather than the data's own extremes or quarters of them (« 688 $, 1 375 $ »). The chart's domain
 * is the first to the last tick. d3-array's `nice` and `ticks` choose the step.
 */
import { nice, ticks } from 'd3-array';

export function axisTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    // One value: an axis from 0 to it (or to twice it), never a single tick.
    if (min === 0) return [0, 1];
    max = min > 0 ? min * 2 : 0;
    min = min > 0 ? 0 : min * 2;
  }
  const [first, last] = nice(min, max, count);
  // Never a negative zero (« -0 $ » on an axis).
  return ticks(first, last, count).map((v) => (v === 0 ? 0 : v));
}
