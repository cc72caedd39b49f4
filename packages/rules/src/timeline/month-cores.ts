/**
 * Step 1 of a timeline: what each month computes from its activity, at the parameters in force on
 * its first day (months past the data use its latest December, before it its first January), and
 * from last month's activity (the cheque of a month is set by last month's income).
 */
import type { ValidSimulationInput } from '../input/schema.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { contextFor, param, type RuleContext } from '../rule-context.js';
import { computeScenario, type ScenarioCore } from '../scenario/core.js';
import type { ValidTimelineInput } from './schema.js';
import { monthIndex, periodOf, type Activity, type MonthCore } from './months.js';

export interface MonthCores {
  /** First month of the window, and the month after its last (indexes). */
  readonly start: number;
  readonly end: number;
  /** The calendar years the window touches: their twelve months are all computed (tax years). */
  readonly firstYear: number;
  readonly lastYear: number;
  readonly cores: ReadonlyMap<number, MonthCore>;
  activityAt(i: number): Activity;
  inputFor(i: number, activity: Activity): ValidSimulationInput;
  contextOf(i: number): { readonly ctx: RuleContext; readonly year: number };
  coreOf(i: number, activity: Activity): ScenarioCore;
  monthCore(i: number): MonthCore;
}

export function monthCores(t: ValidTimelineInput, parameters: ParameterSet): MonthCores {
  const years = parameters.supportedYears;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const start = monthIndex(t.start);
  const end = start + t.months; // exclusive
  const activityAt = (i: number): Activity =>
    i < start
      ? t.before
      : i >= end && t.after
        ? t.after
        : (t.activity[Math.min(i - start, t.activity.length - 1)] ?? {});
  const inputFor = (i: number, activity: Activity): ValidSimulationInput => ({
    period: periodOf(i),
    household: {
      ...t.household,
      adults: t.household.adults.map((a, k) => (k === 0 ? { ...a, activity } : a)),
    },
    options: t.options,
    ...(t.label === undefined ? {} : { label: t.label }),
  });
  const contexts = new Map<number, { ctx: RuleContext; year: number }>();
  const contextOf = (i: number) => {
    let c = contexts.get(i);
    if (!c) {
      const p = periodOf(i);
      // Past the data: the latest year's December rules, and the month says so. Before it (the
      // month before a January start, read only for the first cheque): the first January's.
      const q =
        p.year > last ? { year: last, month: 12 } : p.year < first ? { year: first, month: 1 } : p;
      c = { ctx: contextFor(q, parameters), year: q.year };
      contexts.set(i, c);
    }
    return c;
  };
  /** Last month's wage is paid at last month's rate: fix the rate before applying this month's rules. */
  const withRateOf = (activity: Activity, i: number): Activity => {
    if (!activity.wage || activity.wage.hourlyWage !== undefined) return activity;
    const rate = param(contextOf(i).ctx, 'labour.minimumWage.general').value.toNumber();
    return { ...activity, wage: { ...activity.wage, hourlyWage: rate } };
  };
  const coreCache = new Map<string, ScenarioCore>();
  const coreOf = (i: number, activity: Activity): ScenarioCore => {
    const { ctx } = contextOf(i);
    const key = `${ctx.date}|${JSON.stringify(activity)}`;
    let core = coreCache.get(key);
    if (!core) {
      core = computeScenario(inputFor(i, activity), ctx);
      coreCache.set(key, core);
    }
    return core;
  };
  const monthCore = (i: number): MonthCore => {
    const { ctx, year } = contextOf(i);
    const activity = activityAt(i);
    return {
      index: i,
      ctx,
      parametersYear: year,
      activity,
      own: coreOf(i, activity),
      lag: coreOf(i, withRateOf(activityAt(i - 1), i - 1)),
    };
  };

  // Every month of every calendar year the window touches (the tax years need all twelve).
  const firstYear = periodOf(start).year;
  const lastYear = periodOf(end - 1).year;
  const cores = new Map<number, MonthCore>();
  for (let i = firstYear * 12; i < (lastYear + 1) * 12; i++) cores.set(i, monthCore(i));
  return {
    start,
    end,
    firstYear,
    lastYear,
    cores,
    activityAt,
    inputFor,
    contextOf,
    coreOf,
    monthCore,
  };
}
