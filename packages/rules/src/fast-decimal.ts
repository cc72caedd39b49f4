/**
 * decimal.js's arithmetic, the same results to the last digit and the same sign of zero, about
 * five times faster on the values the rules mostly hold: amounts and rates with few digits.
 *
 * A value is kept as a safe integer and a scale (value = c / 10^k) whenever that is exact, and as
 * a decimal.js Decimal (`big`) otherwise. Sums, differences, products, comparisons and rounding of
 * such values are integer operations on doubles, exact below 2⁵³ (Number.isSafeInteger checks
 * every result: a rounded double is never a safe integer past 2⁵³). Anything else (a quotient, a
 * product past 15 digits, a rounding mode not written here) is computed by decimal.js with the
 * same precision and rounding, then brought back to the integer form when it fits. Since every
 * operation gives decimal.js's exact result, a chain of them does too: the rules do not change,
 * only the speed of their arithmetic (a batch computes some eighty operations per case).
 *
 * Only the methods the rules use are written: TypeScript refuses any other. A property test checks
 * each one against decimal.js (test/fast-decimal.test.ts).
 */
import { Decimal } from 'decimal.js';

/** 20 significant digits, half away from zero: see `Dec` in money.ts. */
export const BigDecimal = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
type Big = InstanceType<typeof BigDecimal>;

/** The largest scale kept as an integer: 10^15 is exact and leaves room for the coefficient. */
const MAX_SCALE = 15;
const POW10 = /* @__PURE__ */ Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Up to 15 digits, an optional sign and an optional fraction: exactly a safe integer scaled. */
const PLAIN = /^([-+]?)(\d*)(?:\.(\d*))?$/;

const ROUND_UP = 0;
const ROUND_DOWN = 1;
const ROUND_HALF_UP = 4;

export class FastDecimal {
  static readonly ROUND_UP = ROUND_UP;
  static readonly ROUND_DOWN = ROUND_DOWN;
  static readonly ROUND_HALF_UP = ROUND_HALF_UP;

  /** The coefficient (a safe integer, -0 for a negative zero) when `big` is null. */
  private readonly c: number;
  /** The scale, 0 to MAX_SCALE, without trailing zeros in `c` (so it is the decimal places). */
  private readonly k: number;
  /** The value, when it does not fit the integer form. */
  private readonly big: Big | null;

  constructor(value: number | string | FastDecimal) {
    if (value instanceof FastDecimal) {
      this.c = value.c;
      this.k = value.k;
      this.big = value.big;
      return;
    }
    const plain =
      typeof value === 'number' && Number.isSafeInteger(value)
        ? { c: value, k: 0 }
        : parsePlain(typeof value === 'number' ? String(value) : value);
    // Anything else (an exponent, more digits, a malformed text) is decimal.js's to read or refuse.
    const big = plain ? null : new BigDecimal(value);
    const fits = plain ?? fromBig(big!);
    this.c = fits ? fits.c : 0;
    this.k = fits ? fits.k : 0;
    this.big = fits ? null : big;
  }

  plus(value: DecimalValue): FastDecimal {
    const y = of(value);
    if (this.big === null && y.big === null) {
      const k = this.k > y.k ? this.k : y.k;
      const a = this.k === k ? this.c : this.c * POW10[k - this.k]!;
      const b = y.k === k ? y.c : y.c * POW10[k - y.k]!;
      const s = a + b;
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(s))
        return scaled(s, k);
    }
    return viaBig(this.toBig().plus(y.toBig()));
  }

  minus(value: DecimalValue): FastDecimal {
    const y = of(value);
    if (this.big === null && y.big === null) {
      const k = this.k > y.k ? this.k : y.k;
      const a = this.k === k ? this.c : this.c * POW10[k - this.k]!;
      const b = y.k === k ? y.c : y.c * POW10[k - y.k]!;
      const s = a - b;
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(s))
        return scaled(s, k);
    }
    return viaBig(this.toBig().minus(y.toBig()));
  }

  times(value: DecimalValue): FastDecimal {
    const y = of(value);
    if (this.big === null && y.big === null) {
      const p = this.c * y.c;
      if (Number.isSafeInteger(p)) {
        let k = this.k + y.k;
        let c = p;
        // Normalized factors can still make trailing zeros (0.5 × 0.2 = 0.10).
        while (k > 0 && c % 10 === 0 && c !== 0) {
          c /= 10;
          k--;
        }
        if (c === 0) k = 0;
        if (k <= MAX_SCALE) return raw(c, k);
      }
    }
    return viaBig(this.toBig().times(y.toBig()));
  }

  /** Quotients are rarely exact in few digits: decimal.js computes them (20 significant digits). */
  dividedBy(value: DecimalValue): FastDecimal {
    const y = of(value);
    return viaBig(this.toBig().dividedBy(y.toBig()));
  }

  negated(): FastDecimal {
    return this.big === null ? raw(-this.c, this.k) : viaBig(this.big.negated());
  }

  abs(): FastDecimal {
    return this.big === null ? raw(Math.abs(this.c), this.k) : viaBig(this.big.abs());
  }

  /** Rounds to `dp` decimals; `rounding` is one of decimal.js's modes (default half up). */
  toDecimalPlaces(dp: number, rounding: number = ROUND_HALF_UP): FastDecimal {
    if (this.big === null && Number.isInteger(dp) && dp >= 0) {
      if (this.k <= dp) return this;
      if (rounding === ROUND_HALF_UP || rounding === ROUND_UP || rounding === ROUND_DOWN) {
        const p = POW10[this.k - dp]!;
        const c = this.c;
        const r = c % p;
        let q = (c - r) / p;
        const away =
          rounding === ROUND_UP
            ? r !== 0
            : rounding === ROUND_HALF_UP
              ? 2 * Math.abs(r) >= p
              : false;
        if (away) q += c < 0 ? -1 : 1;
        // A negative amount rounded to zero stays a negative zero, as in decimal.js.
        if (q === 0) q = c < 0 ? -0 : 0;
        return scaled(q, dp);
      }
    }
    return viaBig(this.toBig().toDecimalPlaces(dp, rounding as Decimal.Rounding));
  }

  decimalPlaces(): number {
    return this.big === null ? this.k : this.big.decimalPlaces();
  }

  comparedTo(value: DecimalValue): number {
    const y = of(value);
    if (this.big === null && y.big === null) {
      if (this.k === y.k) return this.c === y.c ? 0 : this.c < y.c ? -1 : 1;
      const k = this.k > y.k ? this.k : y.k;
      const a = this.k === k ? this.c : this.c * POW10[k - this.k]!;
      const b = y.k === k ? y.c : y.c * POW10[k - y.k]!;
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a === b ? 0 : a < b ? -1 : 1;
    }
    return this.toBig().comparedTo(y.toBig());
  }

  lessThan(value: DecimalValue): boolean {
    return this.comparedTo(value) < 0;
  }

  lessThanOrEqualTo(value: DecimalValue): boolean {
    return this.comparedTo(value) <= 0;
  }

  greaterThan(value: DecimalValue): boolean {
    return this.comparedTo(value) > 0;
  }

  greaterThanOrEqualTo(value: DecimalValue): boolean {
    return this.comparedTo(value) >= 0;
  }

  equals(value: DecimalValue): boolean {
    return this.comparedTo(value) === 0;
  }

  isFinite(): boolean {
    return this.big === null || this.big.isFinite();
  }

  isZero(): boolean {
    return this.big === null ? this.c === 0 : this.big.isZero();
  }

  /** True for a negative zero too, as in decimal.js. */
  isNegative(): boolean {
    return this.big === null ? this.c < 0 || Object.is(this.c, -0) : this.big.isNegative();
  }

  isPositive(): boolean {
    return this.big === null ? !this.isNegative() : this.big.isPositive();
  }

  isInteger(): boolean {
    return this.big === null ? this.k === 0 : this.big.isInteger();
  }

  /** The double nearest to the value (an exact integer over an exact power of ten is so). */
  toNumber(): number {
    return this.big === null ? this.c / POW10[this.k]! : this.big.toNumber();
  }

  toString(): string {
    if (this.big !== null) return this.big.toString();
    const digits = String(Math.abs(this.c));
    // decimal.js writes 1e-7 and smaller in exponential notation: leave those to it.
    if (this.c !== 0 && digits.length - 1 - this.k <= -7) return this.toBig().toString();
    const sign = this.c < 0 ? '-' : '';
    if (this.k === 0) return sign + digits;
    const padded = digits.padStart(this.k + 1, '0');
    const point = padded.length - this.k;
    return `${sign}${padded.slice(0, point)}.${padded.slice(point)}`;
  }

  toFixed(dp?: number, rounding?: number): string {
    return this.toBig().toFixed(dp as number, rounding as Decimal.Rounding);
  }

  /** As decimal.js: the text, « -0 » for a negative zero. */
  valueOf(): string {
    return this.big === null && Object.is(this.c, -0) ? '-0' : this.toBig().valueOf();
  }

  toJSON(): string {
    return this.valueOf();
  }

  /**
   * The value as an integer number of cents when it has at most two decimals and fits, else
   * null: the public API's amounts, without going through text.
   */
  centsIfExact(): number | null {
    if (this.big !== null || this.k > 2) return null;
    const cents = this.c * POW10[2 - this.k]!;
    return Number.isSafeInteger(cents) ? cents : null;
  }

  /** The same value as a decimal.js Decimal. */
  toBig(): Big {
    if (this.big !== null) return this.big;
    if (Object.is(this.c, -0)) return new BigDecimal('-0');
    return new BigDecimal(this.k === 0 ? String(this.c) : `${this.c}e-${this.k}`);
  }
}

/** What decimal.js's operations accept as an operand. */
export type DecimalValue = FastDecimal | number | string;

function of(value: DecimalValue): FastDecimal {
  return value instanceof FastDecimal ? value : new FastDecimal(value);
}

/** A plain decimal text (« -12.50 », « 3 ») of at most 15 significant digits, or null. */
function parsePlain(text: string): { c: number; k: number } | null {
  const m = PLAIN.exec(text);
  if (!m || (m[2] === '' && !m[3])) return null;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const digits = (m[2]! + fraction).replace(/^0+/, '');
  if (digits.length > 15) return null;
  const c = digits === '' ? 0 : Number(digits);
  return { c: m[1] === '-' ? -c : c, k: c === 0 ? 0 : fraction.length };
}

/** A FastDecimal from a normalized coefficient and scale (no check). */
function raw(c: number, k: number): FastDecimal {
  const x = Object.create(FastDecimal.prototype) as { c: number; k: number; big: Big | null };
  x.c = c;
  x.k = k;
  x.big = null;
  return x as unknown as FastDecimal;
}

/** Normalizes c / 10^k (drops trailing zeros of the coefficient). */
function scaled(c: number, k: number): FastDecimal {
  while (k > 0 && c % 10 === 0) {
    if (c === 0) return raw(c, 0);
    c /= 10;
    k--;
  }
  return raw(c, k);
}

function viaBig(value: Big): FastDecimal {
  const fits = fromBig(value);
  if (fits) return raw(fits.c, fits.k);
  const x = Object.create(FastDecimal.prototype) as { c: number; k: number; big: Big | null };
  x.c = 0;
  x.k = 0;
  x.big = value;
  return x as unknown as FastDecimal;
}

/**
 * A decimal.js value as a safe integer and a scale, or null: read from its documented digits
 * (`d`: base-10⁷ words, the first one aligned on the decimal point; `e`: the power of ten of the
 * first digit; `s`: the sign).
 */
function fromBig(value: Big): { c: number; k: number } | null {
  const digits = value.d;
  if (!digits) return null;
  if (digits[0] === 0) return { c: value.s < 0 ? -0 : 0, k: 0 };
  const k = value.decimalPlaces();
  // At most 15 significant digits, so that the coefficient is a safe integer.
  if (k > MAX_SCALE || value.e + 1 + k > 15) return null;
  const first = digits[0]!;
  let width = 1;
  for (let p = 10; p <= first; p *= 10) width++;
  // Power of ten, in units of 10^-k, of the last digit of the first word; each next word is 7 lower.
  let power = value.e - (width - 1) + k;
  let c = 0;
  for (const word of digits) {
    c += power >= 0 ? word * POW10[power]! : word / POW10[-power]!;
    power -= 7;
  }
  return { c: value.s * c, k };
}
