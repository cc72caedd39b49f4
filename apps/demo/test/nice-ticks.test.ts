import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../src/nice-ticks.js';

describe('niceTicks (the analyst charts’ axes)', () => {
  it('gives round values, not the data’s extremes', () => {
    // The EMTR chart of persona 1 went from −1 % to 401 %: its axis now reads 0, 2, 4, 6 (×100 %).
    expect(niceTicks(-0.01, 4.01)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(0, 40)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(18_000, 31_234)).toEqual([15_000, 20_000, 25_000, 30_000, 35_000]);
    expect(niceTicks(-0.3, 0.6)).toEqual([-0.5, -0.25, 0, 0.25, 0.5, 0.75]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });

  it('covers the data with 2 to 9 evenly spaced round ticks, never a negative zero', () => {
    fc.assert(
      fc.property(
        // Amounts and rates as the charts get them: a start in cents and a span of at least a cent.
        fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
        fc.integer({ min: 1, max: 1e9 }).map((c) => c / 100),
        (a, span) => {
          const b = a + span;
          const ticks = niceTicks(a, b);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(9);
          expect(ticks[0]!).toBeLessThanOrEqual(Math.min(a, b) + 1e-9 * Math.abs(Math.min(a, b)));
          expect(ticks.at(-1)!).toBeGreaterThanOrEqual(
            Math.max(a, b) - 1e-9 * Math.abs(Math.max(a, b)),
          );
          expect(ticks.some((t) => Object.is(t, -0))).toBe(false);
          const step = ticks[1]! - ticks[0]!;
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 2.5, 5, 10].some((m) => Math.abs(m - mantissa) < 1e-4)).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
