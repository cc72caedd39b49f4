/**
 * The public API: simulate one scenario, compare several side by side, sweep the hours of an
 * activity for a chart. Each function validates its input once and never throws: it returns
 * `{ ok: true, value }` or `{ ok: false, error }` with a localized message naming the field.
 */
import * as z from 'zod/mini';
import { PasserelleError, toOutcome, type Outcome, type PasserelleFailure } from '../errors.js';
import { invalidInputError, validateInputUnsafe } from '../input/validate.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { dec, ONE, roundCents, toCents, toRate, TWELVE, type Dec } from '../money.js';
import { defaultParameters } from '../parameters/default-set.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { contextFor, type RuleContext } from '../rule-context.js';
import type { ScenarioCore } from './core.js';
import { exitPoint, type ExitPoint } from './exit.js';
import { annualEarnings, marginalRates, noMarginalRates, withHours } from './marginal.js';
import { moneyPerMonth } from './money-per-month.js';
import { present, type BeforeExit } from './present.js';
import type { SimulationResult } from './result.js';
import { runBaseline, runYear } from './run-year.js';

export interface ApiOptions {
  /** Parameters to use; defaults to the ones shipped with the library. */
  readonly parameters?: ParameterSet;
  /**
   * Compute the marginal rates (three more scenarios per simulation; default true). Large batches
   * that do not need them run about three times faster without.
   */
  readonly marginalRates?: boolean;
  /**
   * Write the explanation of every amount (default true). Batches that keep figures only skip the
   * sentences, parameter lists and the month-by-month cash view (`explanation.text` is then empty
   * and `cashByMonth` is `[]`).
   */
  readonly explanations?: boolean;
}

function simulateValid(
  input: ValidSimulationInput,
  parameters: ParameterSet,
  withMarginalRates = true,
  withExplanations = true,
): SimulationResult {
  const ctx = contextFor(input.period, parameters);
  const run = runYear(input, ctx);
  const baseline = runBaseline(input, ctx);
  const exit = exitPoint(input, run.core, ctx);
  return present({
    ctx,
    run,
    baseline,
    exit,
    beforeExit: beforeExitRun(input, exit, ctx),
    marginal: withMarginalRates ? marginalRates(run, baseline, ctx) : noMarginalRates,
    explain: withExplanations,
  });
}

/**
 * At or past the exit point (the working adult's wage hours), the same household at the best of
 * the last two hours before it (on half hours, as the cliff sentences read the sweep): the
 * headline says what leaving cost against that point. The best, not simply the last: just before
 * the exit a few cents of assistance no longer carry the 25 % supplement (it needs 1 $ of
 * assistance, ADEL 228445), and the loss began half an hour earlier. Only for a household whose
 * only activity is that wage: the headline's hours are then that adult's hours.
 */
function beforeExitRun(
  input: ValidSimulationInput,
  exit: ExitPoint,
  ctx: RuleContext,
): BeforeExit | null {
  if (exit.hoursPerWeek === null) return null;
  const adults = input.household.adults;
  const wage = adults[exit.adultIndex]?.activity.wage;
  if (!wage) return null;
  const otherActivity = adults.some(
    (a, i) =>
      (i !== exit.adultIndex && (a.activity.wage?.hoursPerWeek ?? 0) > 0) ||
      (a.activity.allowance?.hoursPerWeek ?? 0) > 0,
  );
  if (otherActivity) return null;
  const exitHours = exit.hoursPerWeek.toNumber();
  // At the exit point itself assistance is nil (it is rounded up to the tenth of an hour).
  if (wage.hoursPerWeek < exitHours) return null;
  const last = Math.ceil(exitHours * 2) / 2 - 0.5;
  let best: BeforeExit | null = null;
  for (let hours = last; hours >= Math.max(0, last - 1.5); hours -= 0.5) {
    const run = runYear(withHours(input, exit.adultIndex, 'wage', hours), ctx);
    if (!best || moneyPerMonth(run.annual).greaterThan(moneyPerMonth(best.run.annual)))
      best = { hours, run };
  }
  return best;
}

/** Validates an input without simulating it: the same checks and messages as `simulate`. */
export function validate(input: unknown, options: ApiOptions = {}): Outcome<ValidSimulationInput> {
  const parameters = options.parameters ?? defaultParameters;
  return toOutcome(() => validateInputUnsafe(input, parameters));
}

/** Simulates one household in one month. */
export function simulate(input: unknown, options: ApiOptions = {}): Outcome<SimulationResult> {
  const parameters = options.parameters ?? defaultParameters;
  return toOutcome(() =>
    simulateValid(
      validateInputUnsafe(input, parameters),
      parameters,
      options.marginalRates ?? true,
      options.explanations ?? true,
    ),
  );
}

export interface Comparison {
  readonly baselineIndex: number;
  readonly results: readonly SimulationResult[];
  /** For each result, its difference with the baseline result (the baseline's own row is zeros). */
  readonly differences: readonly {
    readonly label: string;
    readonly disposableIncome: { readonly monthly: number; readonly annual: number };
    readonly benefit: { readonly monthly: number; readonly annual: number };
    readonly netEarnings: { readonly monthly: number; readonly annual: number };
  }[];
}

/** Simulates several scenarios and measures each against the one at `baselineIndex` (0 by default). */
export function compare(
  inputs: readonly unknown[],
  options: ApiOptions & { readonly baselineIndex?: number } = {},
): Outcome<Comparison> {
  const parameters = options.parameters ?? defaultParameters;
  return toOutcome(() => {
    const baselineIndex = options.baselineIndex ?? 0;
    if (inputs.length === 0 || baselineIndex < 0 || baselineIndex >= inputs.length) {
      throw invalid('baselineIndex', {
        fr: `Comparaison : indiquez au moins un scénario et un scénario de référence entre 0 et ${Math.max(0, inputs.length - 1)}.`,
        en: `Comparison: give at least one scenario and a baseline index between 0 and ${Math.max(0, inputs.length - 1)}.`,
      });
    }
    const results = inputs.map((input, i) => {
      const outcome = simulate(input, { parameters });
      if (!outcome.ok) throw prefixed(outcome.error, i);
      return outcome.value;
    });
    const base = results[baselineIndex]!;
    const delta = (a: number, b: number) => roundCents(dec(a).minus(dec(b))).toNumber();
    return {
      baselineIndex,
      results,
      differences: results.map((r, i) => ({
        label: r.label ?? `#${i}`,
        disposableIncome: {
          monthly: delta(r.monthly.disposableIncome, base.monthly.disposableIncome),
          annual: delta(r.annual.disposableIncome, base.annual.disposableIncome),
        },
        benefit: {
          monthly: delta(r.monthly.benefit, base.monthly.benefit),
          annual: delta(r.annual.benefit, base.annual.benefit),
        },
        netEarnings: {
          monthly: delta(r.monthly.netEarnings, base.monthly.netEarnings),
          annual: delta(r.annual.netEarnings, base.annual.netEarnings),
        },
      })),
    };
  });
}

const sweepOptionsSchema = z.strictObject({
  hoursPerWeek: z
    .strictObject({
      from: z.number().check(z.gte(0), z.lte(80)),
      to: z.number().check(z.gte(0), z.lte(80)),
      step: z.number().check(z.gte(0.1), z.lte(80)),
    })
    .check(
      z.refine((r) => r.from <= r.to, {
        path: ['to'],
        message: 'to must be ≥ from',
        params: {
          fr: '« to » doit être supérieur ou égal à « from »',
          en: '"to" must be greater than or equal to "from"',
        },
      }),
    ),
  /** Which activity's hours vary; defaults to the wage when the adult has one, otherwise the allowance. */
  activity: z.optional(z.enum(['wage', 'allowance'])),
  /** Index of the adult whose hours vary (0 or 1). */
  adult: z._default(z.int().check(z.gte(0), z.lte(1)), 0),
});

export type SweepOptions = z.input<typeof sweepOptionsSchema>;

/** One point of a sweep: the figures a chart needs, without the explanations. */
export interface SweepPoint {
  readonly hoursPerWeek: number;
  readonly grossEarnings: number;
  readonly allowances: number;
  readonly payrollDeductions: number;
  readonly benefit: number;
  readonly workIncomeSupplement: number;
  readonly disposableIncome: number;
  readonly differenceVsNoActivity: number;
  readonly netGainPerHour: number | null;
  readonly onAssistance: boolean;
  /** After income taxes and refundable credits: the tax-year amount ÷ 12. */
  readonly disposableIncomeAfterTaxes: number;
  /** The headline figure (`SimulationResult.moneyPerMonth.amount`): the year without the spring settlement, ÷ 12. */
  readonly moneyPerMonth: number;
  /**
   * Effective marginal tax rate from this point to the next one (after taxes and credits); null at
   * the last point or when earnings do not change.
   */
  readonly effectiveMarginalRate: number | null;
}

export interface Sweep {
  readonly activity: 'wage' | 'allowance';
  readonly adult: number;
  readonly noActivityDisposableIncome: number;
  readonly points: readonly SweepPoint[];
}

/** Varies the weekly hours of one adult's activity and returns one monthly point per step. */
export function sweep(
  input: unknown,
  sweepOptions: SweepOptions,
  options: ApiOptions = {},
): Outcome<Sweep> {
  const parameters = options.parameters ?? defaultParameters;
  return toOutcome(() => {
    const valid = validateInputUnsafe(input, parameters);
    const parsed = sweepOptionsSchema.safeParse(sweepOptions, { reportInput: true });
    if (!parsed.success) throw invalidInputError(parsed.error);
    const { hoursPerWeek: range, adult } = parsed.data;
    const adultInput = valid.household.adults[adult];
    if (!adultInput) {
      throw invalid('adult', {
        fr: `Balayage : il n’y a pas d’adulte ${adult + 1}.`,
        en: `Sweep: there is no adult ${adult + 1}.`,
      });
    }
    const activity =
      parsed.data.activity ??
      (adultInput.activity.allowance && !adultInput.activity.wage ? 'allowance' : 'wage');
    if (activity === 'allowance' && !adultInput.activity.allowance) {
      throw invalid('household.adults.activity.allowance', {
        fr: 'Balayage : l’adulte n’a pas d’allocation RPST dont on pourrait varier les heures.',
        en: 'Sweep: the adult has no RPST allowance whose hours could vary.',
      });
    }
    const count = Math.floor((range.to - range.from) / range.step + 1e-9) + 1;
    if (count > 2000) {
      throw invalid('hoursPerWeek.step', {
        fr: 'Balayage : au plus 2 000 points.',
        en: 'Sweep: at most 2,000 points.',
      });
    }
    const ctx = contextFor(valid.period, parameters);
    const baseline = runBaseline(valid, ctx).core;
    const factor = parameters.at('lastResort.monthlyFactor.weekly', ctx.date).value;
    const baselineDisposable = roundCents(baseline.disposableIncome);
    const hoursAt: number[] = [];
    const cores: ScenarioCore[] = [];
    const afterTaxes: Dec[] = [];
    const perMonth: Dec[] = [];
    for (let i = 0; i < count; i++) {
      // Hours are built from integers (thousandths of an hour) so that 0.1 + 0.2 never appears.
      const hours = Math.round((range.from + i * range.step) * 1000) / 1000;
      const point = withHours(valid, adult, activity, hours);
      const { core, annual } = runYear(point, ctx);
      hoursAt.push(hours);
      cores.push(core);
      afterTaxes.push(annual.disposableIncome);
      perMonth.push(moneyPerMonth(annual));
    }
    const earnings = cores.map(annualEarnings);
    const points: SweepPoint[] = cores.map((core, i) => {
      const diff = roundCents(core.disposableIncome).minus(baselineDisposable);
      const totalHours = core.activityHoursPerWeek;
      const next = i + 1 < count ? i + 1 : null;
      const extra = next === null ? null : earnings[next]!.minus(earnings[i]!);
      return {
        hoursPerWeek: hoursAt[i]!,
        grossEarnings: toCents(core.grossEarnings),
        allowances: toCents(core.allowances),
        payrollDeductions: toCents(core.payrollDeductions),
        benefit: toCents(core.benefit),
        workIncomeSupplement: toCents(core.workIncomeSupplement),
        disposableIncome: toCents(core.disposableIncome),
        differenceVsNoActivity: toCents(diff),
        netGainPerHour: totalHours.isZero()
          ? null
          : toCents(diff.dividedBy(totalHours.times(factor))),
        onAssistance: core.program !== 'none' && core.benefit.greaterThan(0),
        disposableIncomeAfterTaxes: toCents(afterTaxes[i]!.dividedBy(TWELVE)),
        moneyPerMonth: toCents(perMonth[i]!),
        effectiveMarginalRate:
          next === null || extra === null || extra.isZero()
            ? null
            : toRate(ONE.minus(afterTaxes[next]!.minus(afterTaxes[i]!).dividedBy(extra))),
      };
    });
    return {
      activity,
      adult,
      noActivityDisposableIncome: toCents(baseline.disposableIncome),
      points,
    };
  });
}

function invalid(field: string, message: { fr: string; en: string }): PasserelleError {
  return new PasserelleError({
    name: 'InvalidInput',
    message,
    info: { issues: [{ field, code: 'custom', message }] },
  });
}

function prefixed(error: PasserelleFailure, index: number): PasserelleError {
  const message = {
    fr: `Scénario ${index} — ${error.message.fr}`,
    en: `Scenario ${index} — ${error.message.en}`,
  };
  if (error.name === 'InvalidInput') {
    return new PasserelleError({
      name: 'InvalidInput',
      message,
      info: { issues: error.info.issues.map((i) => ({ ...i, field: `${index}.${i.field}` })) },
    });
  }
  return new PasserelleError({ ...error, message });
}
