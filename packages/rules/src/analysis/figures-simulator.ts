/**
 * Household-years in volume: batches, grids and the analyst page. The same rules and rounding as
 * `simulate` (the figures come from the same functions; a property test compares both), minus
 * what only a person reading one result needs: explanations, the exit point, notices and the
 * month-by-month view. Each household's no-activity baseline is computed once and remembered in a
 * bounded cache owned by the simulator (a batch or a grid repeats households with different
 * activities), so no state outlives the simulator the caller created.
 */
import { toOutcome, type Outcome } from '../errors.js';
import { roundCents, toCents, TWELVE } from '../money.js';
import { validateInputUnsafe } from '../input/validate.js';
import { knownFields as known, wellFormedInput } from '../input/well-formed.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { defaultParameters } from '../parameters/default-set.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { contextFor, type RuleContext } from '../rule-context.js';
import { withoutActivity } from '../scenario/core.js';
import { runYear, type YearRun } from '../scenario/run-year.js';
import {
  comparisonFigures,
  contributionFigures,
  taxYearFigures,
  totals,
} from '../scenario/figures.js';
import { marginalRates, noMarginalRates } from '../scenario/marginal.js';
import { publicCostOf } from './public-cost.js';
import type { HouseholdYear } from '../scenario/result.js';

export interface FiguresSimulatorOptions {
  /** Parameters to use (a reform's parameter set, for instance); defaults to the shipped ones. */
  readonly parameters?: ParameterSet;
  /**
   * Compute the marginal rates: `true` for all of them (two more scenarios per case),
   * `'oneMoreHour'` for the rate of one more hour and the participation rate (one more scenario,
   * what grids show), `false` for none (default).
   */
  readonly marginalRates?: boolean | 'oneMoreHour';
  /** How many no-activity baselines to remember (default 1 000). */
  readonly baselineCacheSize?: number;
  /**
   * The inputs are plain data, as JSON.parse and structured cloning make them: own enumerable
   * fields holding values, no getters, proxies or prototypes of their own. Well-formed ones are
   * then read without zod (input/well-formed.ts, about six times faster; what a batch needs).
   * Default false: every input goes through the schema, whatever object it is.
   */
  readonly plainData?: boolean;
}

export interface FiguresSimulator {
  /** Validates and computes one household-year; never throws. */
  simulate(input: unknown): Outcome<HouseholdYear>;
}

export function createFiguresSimulator(options: FiguresSimulatorOptions = {}): FiguresSimulator {
  const parameters = options.parameters ?? defaultParameters;
  const withRates = options.marginalRates ?? false;
  const cacheSize = options.baselineCacheSize ?? 1000;
  const plainData = options.plainData ?? false;
  const baselines = new Map<string, YearRun>();

  function baselineOf(input: ValidSimulationInput, ctx: RuleContext): YearRun {
    const key = baselineKey(input);
    const cached = baselines.get(key);
    if (cached) return cached;
    const baseline = runYear(withoutActivity(input), ctx);
    if (baselines.size >= cacheSize) baselines.delete(baselines.keys().next().value!);
    baselines.set(key, baseline);
    return baseline;
  }

  return {
    simulate(input: unknown): Outcome<HouseholdYear> {
      return toOutcome(() => {
        // A well-formed row of plain data is read without zod (six times faster); anything
        // else, zod checks and explains.
        const valid =
          (plainData ? wellFormedInput(input, parameters) : null) ??
          validateInputUnsafe(input, parameters);
        const ctx = contextFor(valid.period, parameters);
        const run = runYear(valid, ctx);
        const { core, annual } = run;
        const baseline = baselineOf(valid, ctx);
        const { monthly, annual: yearly } = totals(core, annual.disposableIncome);
        const taxYear = taxYearFigures(valid, annual);
        const contributions = contributionFigures(core);
        const onAssistance = core.program !== 'none';
        return {
          ...(valid.label === undefined ? {} : { label: valid.label }),
          period: { year: valid.period.year, month: valid.period.month },
          program: core.program,
          model: modelOf(valid),
          monthly,
          annual: yearly,
          taxYear,
          comparison: comparisonFigures(core, baseline.core, annual, baseline.annual, ctx).figures,
          marginalRates: withRates
            ? marginalRates(run, baseline, ctx, withRates === 'oneMoreHour' ? 'oneMoreHour' : 'all')
            : noMarginalRates,
          onAssistance,
          leavesAssistance: onAssistance && core.benefit.isZero(),
          contributions,
          publicCost: publicCostOf(yearly, taxYear, contributions),
          annualWageByAdult: core.adults.map((a) =>
            a.wage ? toCents(roundCents(a.wage.grossMonthly.value).times(TWELVE)) : 0,
          ),
        };
      });
    },
  };
}

/**
 * What the no-activity baseline depends on: the whole input but the activities and the label
 * (households differing only by them share a baseline). Written field by field when the input has
 * only the fields known to the fast paths, else as the generic key.
 */
export function baselineKey(input: ValidSimulationInput): string {
  return knownShapeKey(input) ?? anyShapeKey(input);
}

/**
 * The generic key: rest spreads, not a list of fields, so that any field of the input is part of
 * it without anyone remembering to add it.
 */
export function anyShapeKey(input: ValidSimulationInput): string {
  const {
    label,
    household: { adults, ...household },
    ...rest
  } = input;
  return JSON.stringify([rest, household, adults.map(({ activity, ...adult }) => adult)]);
}

function onlyKnown(value: object, fields: ReadonlySet<string>): boolean {
  for (const field in value) if (!fields.has(field)) return false;
  return true;
}

/**
 * A key telling households apart exactly as `anyShapeKey` does, written field by field (several
 * times faster: a batch makes one per row), when every object of the input has only the fields in
 * `knownFields`, which it writes all; null otherwise, so that a field added to the schema is never
 * left out of the key.
 */
function knownShapeKey(input: ValidSimulationInput): string | null {
  const { period, household, options } = input;
  if (
    !onlyKnown(input, known.top) ||
    !onlyKnown(period, known.period) ||
    !onlyKnown(household, known.household) ||
    !onlyKnown(options, known.options)
  )
    return null;
  let key = `${period.year}|${period.month}|${options.allowanceTreatment}|${options.allowanceExclusionCap}|${options.allowanceTaxTreatment}|${options.livesAlone}|${options.housingComponent}|${options.groupInsurance}|${options.includeClaimBookletValue}|${options.creditTiming}|${options.longTermRecipient}`;
  for (const a of household.adults) {
    if (!onlyKnown(a, known.adult)) return null;
    key += `|a${a.age}|${a.program}|${a.temporaryConstraints}|${a.disabilityTaxCredit}`;
  }
  for (const c of household.children) {
    if (!onlyKnown(c, known.child)) return null;
    key += `|c${c.age}|${c.disability}|${c.paidChildcare}`;
  }
  return key;
}

function modelOf(input: ValidSimulationInput): HouseholdYear['model'] {
  const wage = input.household.adults.some(
    (a) => a.activity.wage && a.activity.wage.hoursPerWeek > 0,
  );
  const allowance = input.household.adults.some(
    (a) => a.activity.allowance && a.activity.allowance.hoursPerWeek > 0,
  );
  return wage && allowance ? 'wageAndAllowance' : wage ? 'wage' : allowance ? 'allowance' : 'none';
}
