/**
 * Money discipline: every amount inside the library is a Decimal built from a string or an
 * integer, never from a computed binary float. Rounding happens only where a text says so.
 */
import { Decimal } from 'decimal.js';

/**
 * A private Decimal constructor, so that a host configuring decimal.js globally cannot change our
 * results. 20 significant digits: amounts below a billion dollars keep 11 decimals through every
 * division, far below the cent where the rules round.
 */
export const Dec = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const TWELVE = new Dec(12);

/** Builds a Decimal from a validated public input (a finite number or a numeric string). */
export function dec(value: number | string): Dec {
  return new Dec(typeof value === 'number' ? String(value) : value);
}

/** Rounds to the cent, half away from zero: the rounding used for payroll deductions and benefit cheques. */
export function roundCents(value: Dec): Dec {
  // Most amounts are already in cents (parameters, rounded contributions): no new Decimal then.
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Crosses the public boundary: dollars and cents as a plain number (the Decimal is rounded first). */
export function toCents(value: Dec): number {
  const rounded = roundCents(value);
  const cents = centsFromDigits(rounded);
  // An exact integer of cents / 100 is the double nearest to the amount: what Number("12.34")
  // gives, without the string.
  const n = cents === null ? Number(rounded.toString()) : cents / 100;
  // Never hand "-0" to a person: a zero is a zero (-0 === 0, so this returns the literal 0).
  return n === 0 ? 0 : n;
}

/**
 * Whether a Decimal's digits can be read as decimal.js lays them out, `e` being the power of ten
 * of the first digit. The simulator's one-file build swaps in decimal.js-light (4 KB smaller),
 * whose `e` counts base-10⁷ words instead: there amounts go through their text, as they always did.
 */
const DIGITS_READABLE = new Dec(10_000_000).e === 7;

/**
 * The integer number of cents of an amount with at most two decimals, read from decimal.js's
 * documented digits (`d`: base 10⁷ words, the first one aligned on the decimal point; `e`: the
 * power of ten of the first digit; `s`: the sign), or null past 2⁵³ cents. About four times faster
 * than going through a string, and a batch converts some thirty amounts per case.
 */
function centsFromDigits(x: Dec): number | null {
  if (!DIGITS_READABLE) return null;
  const digits = x.d;
  if (!digits || x.isZero()) return 0;
  const first = digits[0]!;
  let width = 1;
  for (let p = 10; p <= first; p *= 10) width++;
  // Power of ten (in cents) of the last digit of the first word; each next word is 7 lower.
  let power = x.e - (width - 1) + 2;
  let cents = 0;
  for (const word of digits) {
    // A word reaching below the cent ends in zeros there (two decimals at most): exact division.
    const part = power >= 0 ? word * 10 ** power : word / 10 ** -power;
    if (!Number.isInteger(part)) return null;
    cents += part;
    power -= 7;
  }
  return Number.isSafeInteger(cents) ? x.s * cents : null;
}

/** A rate for the public API: rounded to four decimals (0.3392 = 33.92 %), as a plain number. */
export function toRate(value: Dec): number {
  const n = Number(value.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toString());
  return n === 0 ? 0 : n;
}

export function max0(value: Dec): Dec {
  return value.isNegative() ? ZERO : value;
}

/**
 * `rate` × the part of `value` above `threshold` (zero below it): every phase-in and phase-out of
 * the tax system. Below the threshold no arithmetic is done, which a sweep does at most points.
 */
export function rateAbove(value: Dec, threshold: Dec, rate: Dec): Dec {
  return value.lessThanOrEqualTo(threshold) ? ZERO : value.minus(threshold).times(rate);
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

/**
 * a + b. Many terms are zero (one adult, no allowance, a credit phased out): a Decimal addition
 * costs as much as with any other operand, so zeros are skipped. A sweep does this at every point.
 */
export function add(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** a − b, skipping the arithmetic when b is zero (see `add`). */
export function subtract(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.minus(b);
}

export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}
