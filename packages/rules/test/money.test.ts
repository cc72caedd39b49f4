/**
 * Money crossing the public boundary: `toCents` rounds to the cent, half away from zero (as the
 * ministries round cheques and deductions), and hands a plain number. Checked against an
 * independent oracle written with BigInt on the decimal text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, roundCents, toCents } from '../src/money.js';

/** Half-away-from-zero rounding of a plain decimal text to cents, with BigInt only. */
function oracleCents(text: string): number {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const padded = `${fraction}000`;
  let cents = BigInt(`${whole}${padded.slice(0, 2)}`);
  if (Number(padded[2]) >= 5) cents += 1n;
  const n = Number(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
  return negative && n !== 0 ? -n : 0 + n;
}

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
  it('rounds any decimal half away from zero to the cent, large, tiny or negative', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(toCents(new Dec(text))).toBe(oracleCents(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds the edge cases as the oracle does', () => {
    const cases = [
      '0',
      '-0',
      '0.005',
      '-0.005',
      '0.004999',
      '1',
      '9999999',
      '10000000.01',
      '1234567.89',
      '12345678.9',
      '99999999999999.99',
      '90071992547409.91',
      '900719925474099.5',
      '-1234.565',
      '0.1',
      '0.07',
      '123456789012345678.23',
    ];
    for (const text of cases) expect(toCents(new Dec(text)), text).toBe(oracleCents(text));
    expect(toCents(new Dec('-1234.565'))).toBe(-1234.57);
    expect(toCents(new Dec('0.005'))).toBe(0.01);
    expect(roundCents(new Dec('2').dividedBy(3)).toString()).toBe('0.67');
  });

  it('never returns -0', () => {
    expect(Object.is(toCents(new Dec('-0.004')), 0)).toBe(true);
    expect(Object.is(toCents(new Dec('-0')), 0)).toBe(true);
  });
});
