/**
 * Money crossing the public boundary: `toCents` reads FastDecimal's integer cents instead of a
 * string (a batch converts some thirty amounts per case); it must give exactly what the string
 * gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText } from '../src/export/csv-cell.js';
import { Dec, roundCents, toCents } from '../src/money.js';

/** What toCents did before reading digits: the rounded amount's text, as a number. */
const viaString = (x: InstanceType<typeof Dec>) => {
  const n = Number(roundCents(x).toString());
  return n === 0 ? 0 : n;
};

/** Decimal text: up to 22 integer digits, up to 12 decimals, either sign. */
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^[0-9]{1,22}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
  )
  .map(
    ([negative, whole, fraction]) =>
      `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`,
  );

describe('toCents', () => {
  it('equals Number(rounded text) for any decimal, large, tiny or negative', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const x = new Dec(text);
        expect(Object.is(toCents(x), viaString(x))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals Number(rounded text) on word boundaries and at the edges of safe integers', () => {
    const cases = [
      '0',
      '-0',
      '0.005',
      '-0.005',
      '0.004999',
      '1',
      '9999999',
      '10000000',
      '10000000.01',
      '1234567.89',
      '12345678.9',
      '99999999999999.99',
      '90071992547409.91',
      '90071992547409.93',
      '900719925474099.5',
      '1e21',
      '1.5e-7',
      '-1234.565',
      '0.1',
      '0.07',
      '1e-30',
      '123456789012345678901.23',
    ];
    for (const text of cases) {
      const x = new Dec(text);
      expect(Object.is(toCents(x), viaString(x)), text).toBe(true);
    }
  });

  it('never returns -0', () => {
    expect(Object.is(toCents(new Dec('-0.004')), 0)).toBe(true);
    expect(Object.is(toCents(new Dec('-0')), 0)).toBe(true);
  });
});

describe('numberText (CSV cells)', () => {
  it('writes exactly what String() writes, for amounts and for any other number', () => {
    const amount = fc.integer({ min: -1e15, max: 1e15 }).map((c) => c / 100);
    const any = fc.double({ noNaN: false });
    fc.assert(
      fc.property(fc.oneof(amount, any), (n) => {
        expect(numberText(n)).toBe(String(n));
      }),
      { numRuns: 20_000 },
    );
    for (const n of [
      0, -0, 0.01, -0.01, 0.1, 0.07, 1e12, 999999999999.99, 1e14, 1e21, 0.015, 12.5, -3.4,
    ])
      expect(numberText(n), String(n)).toBe(String(n));
  });
});
