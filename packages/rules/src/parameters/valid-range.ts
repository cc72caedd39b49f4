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
};

export function validRange(definition: Pick<ParameterDefinition, 'unit' | 'range'>): ValidRange {
  return definition.range ?? byUnit[definition.unit];
}

/** True when `value` (a decimal string) is a finite number within the parameter's range. */
export function inValidRange(
  definition: Pick<ParameterDefinition, 'unit' | 'range'>,
  value: string,
): boolean {
  let d: Dec;
  try {
    d = new Dec(value);
  } catch {
    return false;
  }
  const { min, max } = validRange(definition);
  if (!d.isFinite() || d.lessThan(min) || d.greaterThan(max)) return false;
  // A count of months is whole.
  return definition.unit !== 'months' || d.isInteger();
}
