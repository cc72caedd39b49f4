/**
 * decimal.js's arithmetic, the same results to the last digit and the same sign of zero, about
 * five times faster on the values the rules mostly hold: amounts and rates with few digits.
 *
 * A value is kept as a safe integer and a scale (value = c / 10^k) whenever that is exact, and
 * otherwise (`slow`) as the significant digits of a quotient or as a decimal.js Decimal. Sums,
 * differences, products, comparisons and rounding of integer-form values are integer operations
 * on doubles, exact below 2⁵³ (Number.isSafeInteger checks every result: a rounded double is never
 * a safe integer past 2⁵³). Quotients are long divisions on safe integers, rounded to 20
 * significant digits as decimal.js rounds them, and a quotient rounded to the cent (most of them)
 * never goes through decimal.js; products of quotients' digits are exact BigInt products, rounded
 * the same way. Anything else is computed by decimal.js with the same precision and rounding, then
 * brought back to the integer form when it fits. Since every operation gives decimal.js's exact
 * result, a chain of them does too: the rules do not change, only the speed of their arithmetic
 * (a batch computes some eighty operations per case).
 *
 * Only the methods the rules use are written: TypeScript refuses any other. Property tests check
 * each one against decimal.js (test/fast-decimal.test.ts), and the whole library against itself
 * on decimal.js (test/fast-decimal-pipeline.test.ts).
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

/** Builds a FastDecimal from its parts (this module only). */
const RAW: unique symbol = Symbol('raw');

/** decimal.js's largest number of decimal places, and a bound on exponents kept as digits. */
const MAX_DP = 1e9;
const MAX_EXPONENT = 1e14;
const isRoundingMode = (r: number) => Number.isInteger(r) && r >= 0 && r <= 8;

const ROUND_UP = 0;
const ROUND_DOWN = 1;
const ROUND_HALF_UP = 4;

export class FastDecimal {
  static readonly ROUND_UP = ROUND_UP;
  static readonly ROUND_DOWN = ROUND_DOWN;
  static readonly ROUND_HALF_UP = ROUND_HALF_UP;

  /** The coefficient (a safe integer, -0 for a negative zero) when `slow` is null. */
  private readonly c: number;
  /** The scale, 0 to MAX_SCALE, without trailing zeros in `c` (so it is the decimal places). */
  private readonly k: number;
  /** The value, when it does not fit the integer form. */
  private readonly slow: Slow | null;

  /**
   * `new FastDecimal(value)` reads a number, a text or a FastDecimal as decimal.js does. The other
   * parameters are this module's (with RAW): an object built by `new` is several times cheaper
   * than one built by Object.create, and the rules build one per operation.
   */
  constructor(value: DecimalValue | typeof RAW, c = 0, k = 0, slow: Slow | null = null) {
    if (value === RAW) {
      this.c = c;
      this.k = k;
      this.slow = slow;
      return;
    }
    if (value instanceof FastDecimal) {
      this.c = value.c;
      this.k = value.k;
      this.slow = value.slow;
      return;
    }
    const plain =
      typeof value === 'number'
        ? Number.isSafeInteger(value)
          ? { c: value, k: 0 }
          : parsePlain(String(value))
        : typeof value === 'string'
          ? parsePlain(value)
          : null;
    // Anything else (an exponent, more digits or decimals, a malformed text, an object that is not
    // a FastDecimal) is decimal.js's to read or refuse.
    const big = plain ? null : new BigDecimal(value);
    const fits = plain ?? fromBig(big!);
    this.c = fits ? fits.c : 0;
    this.k = fits ? fits.k : 0;
    this.slow = fits ? null : new Slow(big, 0, '', 0);
  }

  plus(value: DecimalValue): FastDecimal {
    const y = of(value);
    return this.sum(y, 1) ?? viaBig(this.toBig().plus(y.toBig()));
  }

  minus(value: DecimalValue): FastDecimal {
    const y = of(value);
    return this.sum(y, -1) ?? viaBig(this.toBig().minus(y.toBig()));
  }

  /** this + sign × y on coefficients brought to the same scale, or null past safe integers. */
  private sum(y: FastDecimal, sign: 1 | -1): FastDecimal | null {
    if (this.slow !== null || y.slow !== null) return null;
    const k = this.k > y.k ? this.k : y.k;
    const a = this.k === k ? this.c : this.c * POW10[k - this.k]!;
    const b = sign * (y.k === k ? y.c : y.c * POW10[k - y.k]!);
    const s = a + b;
    // (−1 × 0 is −0, so the signs of zeros come out as with a − b.)
    return Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(s)
      ? scaled(s, k)
      : null;
  }

  times(value: DecimalValue): FastDecimal {
    const y = of(value);
    if (this.slow === null && y.slow === null) {
      const p = this.c * y.c;
      if (Number.isSafeInteger(p)) {
        // Normalized factors can still make trailing zeros (0.5 × 0.2 = 0.10).
        const product = scaled(p, this.k + y.k);
        if (product.k <= MAX_SCALE) return product;
      }
    }
    // A quotient's digits times a value: an exact product of integers (BigInt, up to 36 digits),
    // then decimal.js's rounding.
    const a = this.digitsForm();
    const b = y.digitsForm();
    // (Far from decimal.js's exponent limits, 9e15, where it overflows to Infinity or to zero.)
    if (a && b && Math.abs(a.exponent) < MAX_EXPONENT && Math.abs(b.exponent) < MAX_EXPONENT) {
      const product = String(BigInt(a.digits) * BigInt(b.digits));
      const exponent =
        a.exponent -
        (a.digits.length - 1) +
        b.exponent -
        (b.digits.length - 1) +
        product.length -
        1;
      return fromDigits(a.sign * b.sign, product, exponent);
    }
    return viaBig(this.toBig().times(y.toBig()));
  }

  /** Sign, digits and exponent of a non-zero value in the integer form or a quotient's, else null. */
  private digitsForm(): { sign: number; digits: string; exponent: number } | null {
    if (this.slow !== null) return this.slow.digits === '' ? null : this.slow;
    if (this.c === 0) return null;
    const text = String(Math.abs(this.c));
    return {
      sign: this.c < 0 ? -1 : 1,
      digits: text.replace(/0+$/, ''),
      exponent: text.length - 1 - this.k,
    };
  }

  /** The quotient rounded to 20 significant digits, half away from zero, as decimal.js. */
  dividedBy(value: DecimalValue): FastDecimal {
    const y = of(value);
    if (this.slow === null && y.slow === null && y.c !== 0) {
      const q = quotient(this.c, y.c, this.k - y.k);
      if (q) return q;
    }
    return viaBig(this.toBig().dividedBy(y.toBig()));
  }

  negated(): FastDecimal {
    return this.slow === null ? raw(-this.c, this.k) : viaBig(this.slow.big.negated());
  }

  abs(): FastDecimal {
    return this.slow === null ? raw(Math.abs(this.c), this.k) : viaBig(this.slow.big.abs());
  }

  /** Rounds to `dp` decimals; `rounding` is one of decimal.js's modes (default half up). */
  toDecimalPlaces(dp: number, rounding: number = ROUND_HALF_UP): FastDecimal {
    // Arguments decimal.js refuses (a mode past 8, a negative or huge dp) are left to it to refuse.
    const valid = Number.isInteger(dp) && dp >= 0 && dp <= MAX_DP && isRoundingMode(rounding);
    if (this.slow === null && valid) {
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
    if (this.slow !== null && this.slow.digits !== '' && valid) {
      const rounded = roundDigits(this.slow, dp, rounding);
      if (rounded) return rounded;
    }
    return viaBig(this.toBig().toDecimalPlaces(dp, rounding as Decimal.Rounding));
  }

  decimalPlaces(): number {
    if (this.slow === null) return this.k;
    const { digits, exponent } = this.slow;
    if (digits !== '') return Math.max(0, digits.length - 1 - exponent);
    return this.slow.big.decimalPlaces();
  }

  comparedTo(value: DecimalValue): number {
    const y = of(value);
    if (this.slow === null && y.slow === null) {
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
    return this.slow === null || this.slow.big.isFinite();
  }

  isZero(): boolean {
    if (this.slow === null) return this.c === 0;
    // A quotient's digits are never all zeros.
    return this.slow.digits === '' ? this.slow.big.isZero() : false;
  }

  /** True for a negative zero too, as in decimal.js. */
  isNegative(): boolean {
    if (this.slow === null) return this.c < 0 || Object.is(this.c, -0);
    return this.slow.digits === '' ? this.slow.big.isNegative() : this.slow.sign < 0;
  }

  isPositive(): boolean {
    return this.slow === null ? !this.isNegative() : this.slow.big.isPositive();
  }

  isInteger(): boolean {
    return this.slow === null ? this.k === 0 : this.slow.big.isInteger();
  }

  /** The double nearest to the value (an exact integer over an exact power of ten is so). */
  toNumber(): number {
    return this.slow === null ? this.c / POW10[this.k]! : this.slow.big.toNumber();
  }

  toString(): string {
    if (this.slow !== null) return this.slow.big.toString();
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
    return this.slow === null && Object.is(this.c, -0) ? '-0' : this.toBig().valueOf();
  }

  toJSON(): string {
    return this.valueOf();
  }

  /**
   * The value as an integer number of cents when it has at most two decimals and fits, else
   * null: the public API's amounts, without going through text.
   */
  centsIfExact(): number | null {
    if (this.slow !== null || this.k > 2) return null;
    const cents = this.c * POW10[2 - this.k]!;
    return Number.isSafeInteger(cents) ? cents : null;
  }

  /** The same value as a decimal.js Decimal. */
  toBig(): Big {
    if (this.slow !== null) return this.slow.big;
    const form = this.digitsForm();
    if (form === null) return new BigDecimal(Object.is(this.c, -0) ? '-0' : 0);
    return bigFromDigits(form.sign, form.digits, form.exponent);
  }
}

const SIGNIFICANT_DIGITS = 20;

/**
 * n / d × 10^-k (d not zero) rounded to 20 significant digits, half away from zero: long division
 * on safe integers, a few digits at a time. Null when d is too large for that (decimal.js then).
 */
function quotient(n: number, d: number, k: number): FastDecimal | null {
  // A zero keeps the sign of the quotient, as in decimal.js (0 / -5 is -0): so does n / d.
  if (n === 0) return raw(n / d, 0);
  const sign = n < 0 !== d < 0 ? -1 : 1;
  const num = Math.abs(n);
  const den = Math.abs(d);
  // Digits per step: the remainder (below den) times 10^step must stay a safe integer.
  const step = Math.min(7, Math.floor(Math.log10(Number.MAX_SAFE_INTEGER / den)));
  if (step < 1) return null;
  let rest = num % den;
  const whole = (num - rest) / den;
  let digits = whole === 0 ? '' : String(whole);
  // Base-10 exponent of the first significant digit (before the scale k).
  let exponent = digits.length - 1;
  let leadingZeros = 0;
  // One digit more than kept, to round on.
  while (rest !== 0 && digits.length <= SIGNIFICANT_DIGITS) {
    const chunk = rest * POW10[step]!;
    rest = chunk % den;
    let part = String((chunk - rest) / den).padStart(step, '0');
    if (digits === '') {
      // Zeros after the point, before the first significant digit, are not significant.
      const zeros = part.length - part.replace(/^0+/, '').length;
      leadingZeros += zeros;
      part = part.slice(zeros);
      exponent = -leadingZeros - 1;
    }
    digits += part;
  }
  return fromDigits(sign, digits, exponent - k);
}

/**
 * A value from its sign, digits (no leading zero) and the power of ten of its first digit, rounded
 * to 20 significant digits, half away from zero, as decimal.js rounds every result: in the integer
 * form when it fits (at most 15 digits, a scale from 0 to MAX_SCALE), else as digits.
 */
function fromDigits(sign: number, all: string, exponent: number): FastDecimal {
  let digits = all;
  if (digits.length > SIGNIFICANT_DIGITS) {
    const roundUp = digits.charCodeAt(SIGNIFICANT_DIGITS) >= 53; // '5'
    digits = digits.slice(0, SIGNIFICANT_DIGITS);
    if (roundUp) {
      digits = incremented(digits);
      // 99…9 + 1 = 100…0: one more digit before the point.
      if (digits.length > SIGNIFICANT_DIGITS) {
        digits = digits.slice(0, SIGNIFICANT_DIGITS);
        exponent += 1;
      }
    }
  }
  digits = digits.replace(/0+$/, '');
  const scale = digits.length - 1 - exponent;
  if (digits.length <= 15 && scale <= MAX_SCALE) {
    if (scale >= 0) return raw(sign * Number(digits), scale);
    const c = Number(digits) * POW10[-scale]!;
    if (-scale < POW10.length && Number.isSafeInteger(c)) return raw(sign * c, 0);
  }
  return slowValue(new Slow(null, sign, digits, exponent));
}

/**
 * A value that does not fit the integer form: decimal.js's Decimal, or the significant digits of a
 * quotient (no leading or trailing zero), its sign and the power of ten of its first digit, from
 * which the Decimal is built only when an operation needs it.
 */
class Slow {
  constructor(
    private decimal: Big | null,
    readonly sign: number,
    readonly digits: string,
    readonly exponent: number,
  ) {}

  get big(): Big {
    return (this.decimal ??= bigFromDigits(this.sign, this.digits, this.exponent));
  }
}

/**
 * A quotient's digits rounded to `dp` decimals (half up, up or down, as decimal.js), in the integer
 * form; null for another mode or a result too long for it.
 */
function roundDigits(value: Slow, dp: number, rounding: number): FastDecimal | null {
  const { sign, digits, exponent } = value;
  // Digits kept: those before the point, then dp more.
  const kept = exponent + 1 + dp;
  if (kept >= digits.length) return null; // already that short: decimal.js keeps it as is
  if (kept > 15 || dp > MAX_SCALE) return null;
  let away: boolean;
  if (rounding === ROUND_DOWN) away = false;
  else if (rounding === ROUND_UP)
    away = true; // the dropped digits are not all zeros
  else if (rounding === ROUND_HALF_UP)
    away = kept >= 0 && digits.charCodeAt(kept) >= 53; // '5'
  else return null;
  let c = kept > 0 ? Number(digits.slice(0, kept)) : 0;
  if (away) c += 1;
  // -1 × 0 is -0: a negative amount rounded to zero stays a negative zero, as in decimal.js.
  return scaled(sign * c, dp);
}

/** A string of decimal digits plus one (« 1299 » → « 1300 », « 99 » → « 100 »). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i);
}

/**
 * A decimal.js Decimal from its sign, significant digits (no leading or trailing zero) and the
 * base-10 exponent of the first digit, laid out as decimal.js's own parser does (base-10⁷ words,
 * aligned on the decimal point): no text to parse.
 */
function bigFromDigits(sign: number, digits: string, exponent: number): Big {
  const words: number[] = [];
  let i = (exponent + 1) % 7;
  if (exponent < 0) i += 7;
  let rest = digits;
  let length = rest.length;
  if (i < length) {
    if (i) words.push(Number(rest.slice(0, i)));
    for (length -= 7; i < length;) words.push(Number(rest.slice(i, (i += 7))));
    rest = rest.slice(i);
    i = 7 - rest.length;
  } else {
    i -= length;
  }
  words.push(Number(rest + '0'.repeat(i)));
  const x = new BigDecimal(0) as unknown as { d: number[]; e: number; s: number };
  x.d = words;
  x.e = exponent;
  x.s = sign;
  return x as unknown as Big;
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
  if (digits.length > 15 || fraction.length > MAX_SCALE) return null;
  const c = digits === '' ? 0 : Number(digits);
  return { c: m[1] === '-' ? -c : c, k: c === 0 ? 0 : fraction.length };
}

/** A FastDecimal from a normalized coefficient and scale (no check). */
function raw(c: number, k: number): FastDecimal {
  return new FastDecimal(RAW, c, k);
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
  return slowValue(new Slow(value, 0, '', 0));
}

function slowValue(slow: Slow): FastDecimal {
  return new FastDecimal(RAW, 0, 0, slow);
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
