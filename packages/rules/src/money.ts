/**
 * Money discipline: every amount inside the library is a Decimal built from a string or an
 * integer, never from a computed binary float. Rounding happens only where a text says so.
 *
 * One arithmetic everywhere: decimal.js, in Node, in the browser and in the command line, so that
 * every surface gives the same figure to the cent.
 */
import { Decimal } from 'decimal.js';

/**
 * A private Decimal constructor, so that a host configuring decimal.js globally cannot change our
 * results. 20 significant digits: amounts below a billion dollars keep 11 decimals through every
 * division, far below the cent where the rules round. Half away from zero, as the ministries round.
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
  const n = Number(roundCents(value).toString());
  // Never hand "-0" to a person: a zero is a zero (-0 === 0, so this returns the literal 0).
  return n === 0 ? 0 : n;
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
