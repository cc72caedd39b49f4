/**
 * FastDecimal must give decimal.js's result for every operation the rules use: the same value to
 * the last of 20 significant digits, the same sign of zero, the same text. Each operation is
 * checked against decimal.js (configured as the rules configure it) on values of every shape: a
 * few digits or twenty, tiny or huge, zero and negative zero, quotients that do not terminate.
 * Chains of operations are checked too, since a chain is what a rule computes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BigDecimal, FastDecimal } from '../src/fast-decimal.js';
import { Dec } from '../src/money.js';

type Big = InstanceType<typeof BigDecimal>;

/** Decimal text: up to 20 integer digits and 18 decimals, either sign, leading zeros allowed. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{0,20}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,18}$/), { nil: undefined }),
  )
  .filter(([, whole, fraction]) => whole !== '' || (fraction !== undefined && fraction !== ''))
  .map(
    ([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`,
  );

/** Amounts and rates as the rules hold them: a few digits, up to four decimals. */
const amountText = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([negative, n, dp]) => {
    const x = new BigDecimal(n).dividedBy(10 ** dp);
    return negative ? x.negated().toString() : x.toString();
  });

const special = fc.constantFrom(
  '0',
  '-0',
  '0.00',
  '-0.000',
  '1',
  '-1',
  '12',
  '0.5',
  '-0.005',
  '0.004999',
  '9007199254740991',
  '9007199254740993',
  '-9007199254740992',
  '999999999999999',
  '99999999999999.99',
  '0.000000123',
  '1e-7',
  '1.5e-9',
  '1e21',
  '123456789012345678901234',
  '3.3333333333333333333',
  '1028.8058333333333333',
  // More than 15 decimals with few digits (found by review: kept as integers, they gave NaN).
  '0.0000000000000001',
  '0.00000000000000000000001',
  '0.0000000000000000000000001',
  '-0.0000000000000000000000099',
  '12.0000000000000000000000005',
);

const valueText = fc.oneof(
  { arbitrary: amountText, weight: 4 },
  { arbitrary: decimalText, weight: 3 },
  { arbitrary: special, weight: 2 },
  // Quotients with 20 significant digits, as a division leaves them.
  {
    arbitrary: fc
      .tuple(amountText, fc.constantFrom('12', '4', '7', '52', '3', '0.3'))
      .map(([a, b]) => new BigDecimal(a).dividedBy(b).toString()),
    weight: 2,
  },
);

/** The same number: value, text, sign of zero and decimal places. */
function expectSame(fast: FastDecimal, big: Big, context: string) {
  expect(fast.toString(), context).toBe(big.toString());
  expect(fast.valueOf(), context).toBe(big.valueOf());
  expect(fast.isNegative(), `${context} sign`).toBe(big.isNegative());
  expect(fast.decimalPlaces(), `${context} places`).toBe(big.decimalPlaces());
  expect(fast.toBig().toString(), `${context} toBig`).toBe(big.toString());
  expect(Object.is(fast.toNumber(), big.toNumber()), `${context} toNumber`).toBe(true);
}

const binary = ['plus', 'minus', 'times', 'dividedBy'] as const;
const comparisons = [
  'comparedTo',
  'lessThan',
  'lessThanOrEqualTo',
  'greaterThan',
  'greaterThanOrEqualTo',
  'equals',
] as const;

describe('FastDecimal gives decimal.js results', () => {
  it('reads text and numbers as decimal.js does', () => {
    fc.assert(
      fc.property(valueText, (text) => {
        expectSame(new FastDecimal(text), new BigDecimal(text), text);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
        (n) => {
          expectSame(new FastDecimal(n), new BigDecimal(n), String(n));
        },
      ),
      { numRuns: 3000 },
    );
    for (const bad of ['', '-', '.', 'abc', '1..2', '0x']) {
      expect(() => new FastDecimal(bad), bad).toThrow();
      expect(() => new BigDecimal(bad), bad).toThrow();
    }
  });

  it('adds, subtracts, multiplies and divides as decimal.js does', () => {
    fc.assert(
      fc.property(valueText, valueText, (a, b) => {
        const fa = new FastDecimal(a);
        const ba = new BigDecimal(a);
        for (const op of binary) {
          if (op === 'dividedBy' && ba.isZero() === false && new BigDecimal(b).isZero()) continue;
          if (op === 'dividedBy' && new BigDecimal(b).isZero()) continue;
          expectSame(fa[op](new FastDecimal(b)), ba[op](new BigDecimal(b)), `${a} ${op} ${b}`);
          // decimal.js takes numbers and text as operands too.
          expectSame(fa[op](b), ba[op](b), `${a} ${op} '${b}'`);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('compares as decimal.js does', () => {
    fc.assert(
      fc.property(valueText, valueText, (a, b) => {
        for (const op of comparisons)
          expect(new FastDecimal(a)[op](new FastDecimal(b)), `${a} ${op} ${b}`).toBe(
            new BigDecimal(a)[op](new BigDecimal(b)),
          );
        expect(new FastDecimal(a).comparedTo(new FastDecimal(a))).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds, negates and answers questions as decimal.js does', () => {
    fc.assert(
      fc.property(
        valueText,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (text, dp, rounding) => {
          const f = new FastDecimal(text);
          const b = new BigDecimal(text);
          const mode = rounding as Parameters<Big['toDecimalPlaces']>[1];
          expectSame(
            f.toDecimalPlaces(dp, rounding),
            b.toDecimalPlaces(dp, mode),
            `${text} dp ${dp} ${rounding}`,
          );
          expectSame(f.toDecimalPlaces(dp), b.toDecimalPlaces(dp), `${text} dp ${dp}`);
          expectSame(f.negated(), b.negated(), `-${text}`);
          expectSame(f.abs(), b.abs(), `|${text}|`);
          expect(f.isZero()).toBe(b.isZero());
          expect(f.isPositive()).toBe(b.isPositive());
          expect(f.isInteger()).toBe(b.isInteger());
          expect(f.isFinite()).toBe(b.isFinite());
          expect(f.toFixed(dp)).toBe(b.toFixed(dp));
          expect(JSON.stringify({ f })).toBe(JSON.stringify({ f: b }));
          const cents = f.centsIfExact();
          if (cents !== null) expect(new BigDecimal(cents).dividedBy(100).equals(b)).toBe(true);
          else
            expect(
              b.decimalPlaces() > 2 ||
                b
                  .abs()
                  .times(100)
                  .greaterThan(2 ** 53),
            ).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rounds a product up to the next power of ten as decimal.js does (1 / 27 × 27)', () => {
    // 1 / 27 keeps 20 digits, 37037037037037037037; times 27 that is 21 nines, rounded up to 1.
    for (let d = 2; d <= 300; d++)
      for (const n of [1, 7, -13, 0.3]) {
        const f = new FastDecimal(n).dividedBy(d).times(d);
        expectSame(f, new BigDecimal(n).dividedBy(d).times(d), `${n} / ${d} × ${d}`);
      }
  });

  it('rounds to any number of decimals, up to 40, as decimal.js does', () => {
    fc.assert(
      fc.property(
        valueText,
        valueText,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (a, b, dp, rounding) => {
          const mode = rounding as Parameters<Big['toDecimalPlaces']>[1];
          expectSame(
            new FastDecimal(a).toDecimalPlaces(dp, rounding),
            new BigDecimal(a).toDecimalPlaces(dp, mode),
            `${a} to ${dp}`,
          );
          if (new BigDecimal(b).isZero()) return;
          // A quotient (kept as digits), then rounded in every mode.
          const q = new FastDecimal(a).dividedBy(new FastDecimal(b));
          expectSame(q, new BigDecimal(a).dividedBy(new BigDecimal(b)), `${a} / ${b}`);
          const f = new FastDecimal(a).dividedBy(b).toDecimalPlaces(dp, rounding);
          const x = new BigDecimal(a).dividedBy(b).toDecimalPlaces(dp, mode);
          expectSame(f, x, `${a} / ${b} to ${dp}`);
          // And the next operation on it.
          expectSame(
            f.toDecimalPlaces(1).minus('100.5'),
            x.toDecimalPlaces(1).minus('100.5'),
            `${a} / ${b} then`,
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses what decimal.js refuses, and reads what it reads', () => {
    const refused = (f: () => unknown) => {
      try {
        f();
        return false;
      } catch {
        return true;
      }
    };
    for (const [dp, rounding] of [
      [2, 9],
      [2, -1],
      [2, 1.5],
      [-1, 4],
      [2e9, 4],
      [1.5, 4],
    ] as const)
      for (const text of ['1.5', '0.125', '1028.8058333333333333'])
        expect(
          refused(() => new FastDecimal(text).toDecimalPlaces(dp, rounding)),
          `${text} ${dp} ${rounding}`,
        ).toBe(refused(() => new BigDecimal(text).toDecimalPlaces(dp, rounding as never)));
    for (const odd of [{ toString: () => '5' }, ['5'], null, undefined, true])
      expect(
        refused(() => new FastDecimal(odd as never)),
        String(odd),
      ).toBe(refused(() => new BigDecimal(odd as never)));
    // A decimal.js Decimal is read as decimal.js reads it, negative zero included.
    expectSame(new FastDecimal(new BigDecimal('-0') as never), new BigDecimal('-0'), 'Decimal -0');
    expectSame(
      new FastDecimal(new BigDecimal('-12.5') as never),
      new BigDecimal('-12.5'),
      'Decimal',
    );
  });

  it('overflows to Infinity and underflows to zero where decimal.js does', () => {
    let f = new FastDecimal(10).dividedBy(3);
    let x = new BigDecimal(10).dividedBy(3);
    let g = new FastDecimal(1).dividedBy(3);
    let y = new BigDecimal(1).dividedBy(3);
    for (let i = 0; i < 60; i++) {
      f = f.times(f);
      x = x.times(x);
      g = g.times(g);
      y = y.times(y);
      expectSame(f, x, `(10/3)^(2^${i + 1})`);
      expectSame(g, y, `(1/3)^(2^${i + 1})`);
    }
    expect(f.toNumber()).toBe(Infinity);
    expect(g.isZero()).toBe(true);
  });

  it('gives the same result as decimal.js along chains of operations', () => {
    const step = fc.tuple(
      fc.constantFrom(...binary, 'toDecimalPlaces', 'negated'),
      valueText,
      fc.integer({ min: 0, max: 4 }),
    );
    fc.assert(
      fc.property(valueText, fc.array(step, { minLength: 1, maxLength: 12 }), (start, steps) => {
        let f = new FastDecimal(start);
        let b = new BigDecimal(start);
        for (const [op, operand, dp] of steps) {
          if (op === 'toDecimalPlaces') {
            f = f.toDecimalPlaces(dp);
            b = b.toDecimalPlaces(dp);
          } else if (op === 'negated') {
            f = f.negated();
            b = b.negated();
          } else {
            if (op === 'dividedBy' && new BigDecimal(operand).isZero()) continue;
            f = f[op](new FastDecimal(operand));
            b = b[op](new BigDecimal(operand));
          }
          if (!b.isFinite() || b.abs().greaterThan('1e40')) return;
          expectSame(f, b, `${start} … ${op} ${operand}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is what the rules compute on', () => {
    expect(new Dec(1)).toBeInstanceOf(FastDecimal);
  });
});
