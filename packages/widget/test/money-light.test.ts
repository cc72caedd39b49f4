/**
 * The simulator's one-file build runs the rules on decimal.js-light (vite.config.ts: an alias for
 * decimal.js, and PASSERELLE_DECIMAL_LIGHT to leave FastDecimal out), whose exponent counts
 * base-10⁷ words, not digits. An amount read from the digits with decimal.js's layout once showed
 * « 535,00 $ » as « 5,35 $ » in the page: the rules' money conversion is checked here with the
 * Decimal the page really uses.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// The id as the rules resolve it (the widget itself does not depend on decimal.js).
vi.mock('../../rules/node_modules/decimal.js', async () => await import('decimal.js-light'));

// What the build's `define` sets.
(globalThis as { PASSERELLE_DECIMAL_LIGHT?: boolean }).PASSERELLE_DECIMAL_LIGHT = true;
const { Dec, roundCents, toCents } = await import('../../rules/src/money.js');

describe('toCents with decimal.js-light (the one-file build)', () => {
  it('runs on decimal.js-light here', async () => {
    const light = await import('decimal.js-light');
    expect(new Dec(1)).toBeInstanceOf(light.Decimal);
  });

  it('equals Number(rounded text) for whole and fractional amounts', () => {
    for (const text of ['535', '85', '1300', '1281', '12.5', '0.07', '106.75', '12345678', '-746'])
      expect(toCents(new Dec(text)), text).toBe(Number(text));
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (n, dp) => {
          const x = new Dec(n).dividedBy(10 ** dp);
          const expected = Number(roundCents(x).toString());
          expect(toCents(x)).toBe(expected === 0 ? 0 : expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
