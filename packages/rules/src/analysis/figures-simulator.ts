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
}

export interface FiguresSimulator {
  /** Validates and computes one household-year; never throws. */
  simulate(input: unknown): Outcome<HouseholdYear>;
}

export function createFiguresSimulator(options: FiguresSimulatorOptions = {}): FiguresSimulator {
  const parameters = options.parameters ?? defaultParameters;
  const withRates = options.marginalRates ?? false;
  const cacheSize = options.baselineCacheSize ?? 1000;
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
        const valid = validateInputUnsafe(input, parameters);
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
 * (households differing only by them share a baseline). Rest spreads, not a list of fields, so
 * that any field of the input is part of the key without anyone remembering to add it.
 */
export function baselineKey(input: ValidSimulationInput): string {
  const {
    label,
    household: { adults, ...household },
    ...rest
  } = input;
  return JSON.stringify([rest, household, adults.map(({ activity, ...adult }) => adult)]);
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
