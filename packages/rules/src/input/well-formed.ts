/**
 * A well-formed input, read without zod: what a batch or a grid sends row after row. About 1 µs
 * instead of 6 to 8 for the schema's parse, which a batch of 100 000 rows does 100 000 times.
 *
 * For plain data only, as JSON.parse and structured cloning make it (own enumerable fields holding
 * values; no getters, proxies or prototypes of their own): the figures simulator uses it when its
 * caller says its inputs are such (`plainData`). On such data it returns exactly what
 * `simulationInputSchema` returns (the same fields in the same order, the same defaults), or null
 * as soon as anything is not plainly right: then the schema validates, and explains the problem
 * with its field. So it never decides that an input is wrong, and never accepts what the schema
 * refuses: a property test (test/well-formed.test.ts) checks both on valid inputs and on every
 * kind of broken one. Limits come from `inputLimits`, which the schema reads too.
 */
import type { ParameterSet } from '../parameters/parameter-set.js';
import {
  allowanceTaxTreatments,
  allowanceTreatments,
  creditTimings,
  defaultOptions,
  inputLimits as limits,
  programs,
  type ValidSimulationInput,
} from './schema.js';

type Input = ValidSimulationInput;
type Adult = Input['household']['adults'][number];
type Child = Input['household']['children'][number];
type Options = Input['options'];

/**
 * A plain object (an object literal, parsed JSON) whose keys are all in `allowed`, copied: each
 * field is read once, after its name is checked.
 */
function record(value: unknown, allowed: ReadonlySet<string>): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Object.getPrototypeOf(value) !== Object.prototype) return null;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (!allowed.has(key)) return null;
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) return null;
    copy[key] = field;
  }
  return copy;
}

/**
 * The items of a plain array of `min` to `max` items, each read once and by index, as the schema
 * reads them (not through an iterator the array could replace), then by `read`; null as soon as
 * one is not well formed.
 */
function listOf<T>(
  value: unknown,
  [min, max]: readonly [number, number],
  read: (item: unknown) => T | null,
): T[] | null {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return null;
  const length = value.length;
  if (length < min || length > max) return null;
  const list: T[] = [];
  for (let i = 0; i < length; i++) {
    const item = read((value as unknown[])[i]);
    if (item === null) return null;
    list.push(item);
  }
  return list;
}

/**
 * The fields these fast paths know, object by object: this reader (an input with any other field
 * goes to the schema) and the figures simulator's baseline key (which writes each of them). A test
 * checks that they are the schema's fields (input/fields.ts): a field added to the schema fails it
 * until both know the field, and until then such an input takes the schema's path.
 */
export const knownFields = {
  top: new Set(['period', 'household', 'options', 'label']),
  period: new Set(['year', 'month']),
  household: new Set(['adults', 'children']),
  adult: new Set(['age', 'program', 'temporaryConstraints', 'activity', 'disabilityTaxCredit']),
  activity: new Set(['wage', 'allowance']),
  wage: new Set(['hoursPerWeek', 'hourlyWage']),
  allowance: new Set(['hoursPerWeek', 'amountPerHour', 'amountPerMonth']),
  child: new Set(['age', 'disability', 'paidChildcare']),
  options: new Set([...Object.keys(defaultOptions), 'allowanceExclusionCap']),
} as const;

const inRange = (x: unknown, [min, max]: readonly [number, number]): x is number =>
  typeof x === 'number' && x >= min && x <= max;
const integerIn = (x: unknown, range: readonly [number, number]): x is number =>
  Number.isSafeInteger(x) && inRange(x, range);
const flag = (x: unknown, otherwise: boolean): boolean | null =>
  x === undefined ? otherwise : typeof x === 'boolean' ? x : null;
const oneOf = <T extends string>(x: unknown, values: readonly T[], otherwise: T): T | null =>
  x === undefined ? otherwise : values.includes(x as T) ? (x as T) : null;

function wageOf(value: unknown): NonNullable<Adult['activity']['wage']> | null {
  const w = record(value, knownFields.wage);
  if (!w || !inRange(w.hoursPerWeek, limits.hoursPerWeek)) return null;
  if (w.hourlyWage === undefined) return { hoursPerWeek: w.hoursPerWeek };
  if (!inRange(w.hourlyWage, limits.hourlyWage)) return null;
  return { hoursPerWeek: w.hoursPerWeek, hourlyWage: w.hourlyWage };
}

function allowanceOf(value: unknown): NonNullable<Adult['activity']['allowance']> | null {
  const a = record(value, knownFields.allowance);
  if (!a || !inRange(a.hoursPerWeek, limits.hoursPerWeek)) return null;
  // Exactly one of the two amounts.
  if (a.amountPerHour !== undefined && a.amountPerMonth === undefined)
    return inRange(a.amountPerHour, limits.amountPerHour)
      ? { hoursPerWeek: a.hoursPerWeek, amountPerHour: a.amountPerHour }
      : null;
  if (a.amountPerMonth !== undefined && a.amountPerHour === undefined)
    return inRange(a.amountPerMonth, limits.amountPerMonth)
      ? { hoursPerWeek: a.hoursPerWeek, amountPerMonth: a.amountPerMonth }
      : null;
  return null;
}

function adultOf(value: unknown): Adult | null {
  const a = record(value, knownFields.adult);
  if (!a || !integerIn(a.age, limits.adultAge)) return null;
  const program = programs.includes(a.program as Adult['program'])
    ? (a.program as Adult['program'])
    : null;
  const temporaryConstraints = flag(a.temporaryConstraints, false);
  const disabilityTaxCredit = flag(a.disabilityTaxCredit, false);
  if (program === null || temporaryConstraints === null || disabilityTaxCredit === null)
    return null;
  if (temporaryConstraints && program !== 'socialAssistance') return null;
  let activity: Adult['activity'] = {};
  if (a.activity !== undefined) {
    const act = record(a.activity, knownFields.activity);
    if (!act) return null;
    const wage = act.wage === undefined ? undefined : wageOf(act.wage);
    const allowance = act.allowance === undefined ? undefined : allowanceOf(act.allowance);
    if (wage === null || allowance === null) return null;
    if ((wage?.hoursPerWeek ?? 0) + (allowance?.hoursPerWeek ?? 0) > limits.hoursPerWeek[1])
      return null;
    activity = {
      ...(wage === undefined ? {} : { wage }),
      ...(allowance === undefined ? {} : { allowance }),
    };
  }
  return { age: a.age, program, temporaryConstraints, activity, disabilityTaxCredit };
}

function childOf(value: unknown): Child | null {
  const c = record(value, knownFields.child);
  if (!c || !integerIn(c.age, limits.childAge)) return null;
  if (c.disability !== undefined && typeof c.disability !== 'boolean') return null;
  if (c.paidChildcare !== undefined && typeof c.paidChildcare !== 'boolean') return null;
  return {
    age: c.age,
    ...(c.disability === undefined ? {} : { disability: c.disability }),
    ...(c.paidChildcare === undefined ? {} : { paidChildcare: c.paidChildcare }),
  };
}

const lastResort = (p: Adult['program']) => p === 'socialAssistance' || p === 'socialSolidarity';

function optionsOf(value: unknown): Options | null {
  if (value === undefined) return { ...defaultOptions };
  const o = record(value, knownFields.options);
  if (!o) return null;
  const allowanceTreatment = oneOf(
    o.allowanceTreatment,
    allowanceTreatments,
    defaultOptions.allowanceTreatment,
  );
  const allowanceTaxTreatment = oneOf(
    o.allowanceTaxTreatment,
    allowanceTaxTreatments,
    defaultOptions.allowanceTaxTreatment,
  );
  const creditTiming = oneOf(o.creditTiming, creditTimings, defaultOptions.creditTiming);
  const livesAlone = flag(o.livesAlone, defaultOptions.livesAlone);
  const housingComponent = flag(o.housingComponent, defaultOptions.housingComponent);
  const groupInsurance = flag(o.groupInsurance, defaultOptions.groupInsurance);
  const includeClaimBookletValue = flag(
    o.includeClaimBookletValue,
    defaultOptions.includeClaimBookletValue,
  );
  const longTermRecipient = flag(o.longTermRecipient, defaultOptions.longTermRecipient);
  const cap = o.allowanceExclusionCap;
  if (
    allowanceTreatment === null ||
    allowanceTaxTreatment === null ||
    creditTiming === null ||
    livesAlone === null ||
    housingComponent === null ||
    groupInsurance === null ||
    includeClaimBookletValue === null ||
    longTermRecipient === null ||
    (cap !== undefined && !inRange(cap, limits.allowanceExclusionCap)) ||
    (allowanceTreatment === 'excludedUpToCap' && cap === undefined)
  )
    return null;
  return {
    allowanceTreatment,
    ...(cap === undefined ? {} : { allowanceExclusionCap: cap }),
    allowanceTaxTreatment,
    livesAlone,
    housingComponent,
    groupInsurance,
    includeClaimBookletValue,
    creditTiming,
    longTermRecipient,
  };
}

/** The valid input as the schema would return it, or null: then validate with the schema. */
export function wellFormedInput(input: unknown, parameters: ParameterSet): Input | null {
  const top = record(input, knownFields.top);
  const period = top && record(top.period, knownFields.period);
  const household = top && record(top.household, knownFields.household);
  if (!top || !period || !household) return null;
  const { year, month } = period;
  if (!integerIn(year, limits.year) || !integerIn(month, limits.month)) return null;
  // An unsupported year is the schema's path too: it says which years are.
  if (!parameters.supportedYears.includes(year)) return null;
  const { adults: adultValues, children: childValues } = household;
  // One adult, or two spouses (the schema's bounds).
  const adults = listOf(adultValues, [1, limits.adults], adultOf);
  if (!adults) return null;
  const [first, second] = adults;
  if (
    second &&
    (first!.program === 'basicIncome' ||
      second.program === 'basicIncome' ||
      (first!.program === 'none') !== (second.program === 'none') ||
      (first!.program !== 'none' && (!lastResort(first!.program) || !lastResort(second.program))))
  )
    return null;
  const children =
    childValues === undefined ? [] : listOf(childValues, [0, limits.children], childOf);
  if (!children) return null;
  const options = optionsOf(top.options);
  const { label } = top;
  if (!options) return null;
  if (label !== undefined && (typeof label !== 'string' || label.length > limits.labelLength))
    return null;
  return {
    period: { year, month },
    household: { adults, children },
    options,
    ...(label === undefined ? {} : { label }),
  };
}
