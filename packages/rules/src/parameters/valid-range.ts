/**
 * The values a parameter may take. A parameter file may state its own `range` (where the law
 * allows more or less); otherwise its unit gives one: a rate is a share of a dollar, within
 * [0, 1]; an amount is never negative. Every value in the files must lie in it (tested), and a
 * what-if reform outside it is refused (a rate of 5 or an exclusion of −1 $ gives figures that
 * mean nothing).
 */
import { Dec } from '../money.js';
import type { ParameterDefinition, ParameterUnit } from './schema.js';

export interface ValidRange {
  readonly min: number;
  readonly max: number;
}

const byUnit: Record<ParameterUnit, ValidRange> = {
  rate: { min: 0, max: 1 },
  'CAD/hour': { min: 0, max: 1_000 },
  'CAD/month': { min: 0, max: 100_000 },
  'CAD/year': { min: 0, max: 10_000_000 },
  // A number of weeks or similar in a month, or a multiplier: small and positive.
  factor: { min: 0, max: 100 },
  months: { min: 0, max: 120 },
  // Insured hours in a qualifying period of 52 weeks (at most 52 × 168).
  hours: { min: 0, max: 8_736 },
  weeks: { min: 0, max: 104 },
  // A scale's rates; its thresholds are amounts a year (see `scaleThresholdRange`).
  scale: { min: 0, max: 1 },
};

/** Where a bracket of a scale may start: an amount a year. */
export const scaleThresholdRange: ValidRange = byUnit['CAD/year'];

export function validRange(definition: Pick<ParameterDefinition, 'unit' | 'range'>): ValidRange {
  return definition.range ?? byUnit[definition.unit];
}

/** True when `value` (a decimal string) is a finite number within the parameter's range. */
export function inValidRange(
  definition: Pick<ParameterDefinition, 'unit' | 'range'>,
  value: string,
): boolean {
  if (!within(value, validRange(definition))) return false;
  // A count of months, hours or weeks is whole.
  return !wholeUnits.has(definition.unit) || new Dec(value).isInteger();
}

/** Units whose values are whole counts. */
export const wholeUnits: ReadonlySet<ParameterUnit> = new Set(['months', 'hours', 'weeks']);

/**
 * The first problem of a scale (its brackets as decimal strings), or null: each rate within the
 * scale's range, each threshold an amount a year, the first at 0 and each above the one before.
 */
export function scaleProblem(
  definition: Pick<ParameterDefinition, 'unit' | 'range'>,
  brackets: readonly { readonly threshold: string; readonly rate: string }[],
): {
  index: number;
  field: 'threshold' | 'rate';
  code: 'outOfRange' | 'disorderedBrackets';
} | null {
  for (const [index, b] of brackets.entries()) {
    if (!within(b.rate, validRange(definition)))
      return { index, field: 'rate', code: 'outOfRange' };
    if (!within(b.threshold, scaleThresholdRange))
      return { index, field: 'threshold', code: 'outOfRange' };
    const previous = brackets[index - 1];
    const rises =
      previous === undefined
        ? new Dec(b.threshold).isZero()
        : new Dec(b.threshold).greaterThan(previous.threshold);
    if (!rises) return { index, field: 'threshold', code: 'disorderedBrackets' };
  }
  return null;
}

function within(value: string, { min, max }: ValidRange): boolean {
  let d: Dec;
  try {
    d = new Dec(value);
  } catch {
    return false;
  }
  return d.isFinite() && !d.lessThan(min) && !d.greaterThan(max);
}
