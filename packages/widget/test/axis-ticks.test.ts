import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../src/chart/axis-ticks.js';

describe('axisTicks (every chart’s axes)', () => {
  it('gives round values, not the data’s extremes or quarters of them', () => {
    // The EMTR chart of persona 1 went from −1 % to 401 %: its axis reads 0, 1, …, 5 (×100 %).
    expect(axisTicks(-0.01, 4.01)).toEqual([-1, 0, 1, 2, 3, 4, 5]);
    expect(axisTicks(0, 40)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(18_000, 31_234)).toEqual([
      18_000, 20_000, 22_000, 24_000, 26_000, 28_000, 30_000, 32_000,
    ]);
    expect(axisTicks(-0.3, 0.6)).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6]);
    expect(axisTicks(0, 0)).toEqual([0, 1]);
    // The participant's chart: money up to 2 618,96 $ with 5 % headroom (it read 0, 688, 1 375 $…).
    expect(axisTicks(0, 2_618.96 * 1.05)).toEqual([0, 500, 1_000, 1_500, 2_000, 2_500, 3_000]);
  });

  it('covers the data with 2 to 9 evenly spaced round ticks, never a negative zero', () => {
    fc.assert(
      fc.property(
        // Amounts and rates as the charts get them: a start in cents and a span of at least a cent.
        fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
        fc.integer({ min: 1, max: 1e9 }).map((c) => c / 100),
        (a, span) => {
          const b = a + span;
          const ticks = axisTicks(a, b);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(9);
          expect(ticks[0]!).toBeLessThanOrEqual(Math.min(a, b) + 1e-9 * Math.abs(Math.min(a, b)));
          expect(ticks.at(-1)!).toBeGreaterThanOrEqual(
            Math.max(a, b) - 1e-9 * Math.abs(Math.max(a, b)),
          );
          expect(ticks.some((t) => Object.is(t, -0))).toBe(false);
          const step = ticks[1]! - ticks[0]!;
          for (let k = 2; k < ticks.length; k++)
            expect(Math.abs(ticks[k]! - ticks[k - 1]! - step)).toBeLessThan(step * 1e-6);
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 5, 10].some((m) => Math.abs(m - mantissa) < 1e-4)).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
