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
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Crosses the public boundary: dollars and cents as a plain number (the Decimal is rounded first). */
export function toCents(value: Dec): number {
  const rounded = roundCents(value);
  // Never hand "-0" to a person: a zero is a zero.
  return rounded.isZero() ? 0 : rounded.toNumber();
}

export function max0(value: Dec): Dec {
  return value.isNegative() ? ZERO : value;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}
