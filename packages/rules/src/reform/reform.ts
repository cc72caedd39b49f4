/**
 * What-if reforms: plain JSON that overrides any parameter from a date, validated against the
 * parameters it changes, and applied by giving the simulation a modified parameter set. Reform
 * values carry the status `reform`, so every result lists them with the unverified parameters.
 */
import * as z from 'zod/mini';
import { PasserelleError, toOutcome, type InputIssue, type Outcome } from '../errors.js';
import { invalidInputError } from '../input/validate.js';
import { analystParameters } from '../parameters/analyst-set.js';
import { byEffectiveDate, type ParameterSet } from '../parameters/parameter-set.js';
import { parameterUnits, type ParameterDefinition } from '../parameters/schema.js';
import {
  inValidRange,
  scaleProblem,
  scaleThresholdRange,
  validRange,
  wholeUnits,
} from '../parameters/valid-range.js';

const number = z.union([z.number(), z.string().check(z.regex(/^-?\d+(\.\d+)?$/))]);
const asString = (n: number | string) => (typeof n === 'number' ? String(n) : n);

export const reformSchema = z.strictObject({
  /** A name shown in results and exports, e.g. "Exclusion portée à 400 $". */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  overrides: z
    .array(
      z.strictObject({
        /** Parameter id, as in docs/reference/parameters.md. */
        parameter: z.string().check(z.minLength(3)),
        /** ISO date from which the new value applies. */
        from: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-01$/)),
        /**
         * New value: a number or a decimal string, in the parameter's unit; for a tax scale (unit
         * `scale`), the whole list of brackets, from the lowest: `[{ threshold: 0, rate: 0.14 }, …]`.
         */
        // A list is checked bracket by bracket once the parameter is known (see `scaleIssue`),
        // so that an error names the bracket and says what is wrong with it.
        value: z.union([number, z.array(z.unknown())]),
        /** Optional: the unit the author meant; checked against the parameter's unit. */
        unit: z.optional(z.enum(parameterUnits)),
      }),
    )
    .check(z.minLength(1), z.maxLength(200)),
});

export type Reform = z.input<typeof reformSchema>;

/** Validates a reform and returns the parameter set it produces. */
export function applyReform(
  reform: unknown,
  base: ParameterSet = analystParameters,
): Outcome<ParameterSet> {
  return toOutcome(() => applyReformUnsafe(reform, base));
}

export function applyReformUnsafe(reform: unknown, base: ParameterSet): ParameterSet {
  const parsed = reformSchema.safeParse(reform, { reportInput: true });
  if (!parsed.success) throw invalidInputError(parsed.error);
  const issues: InputIssue[] = [];
  const changed = new Map<string, ParameterDefinition>();
  parsed.data.overrides.forEach((o, i) => {
    const field = `overrides.${i}`;
    const definition = changed.get(o.parameter) ?? base.definitions.get(o.parameter);
    if (!definition) {
      issues.push({
        field: `${field}.parameter`,
        code: 'unknownParameter',
        message: {
          fr: `Réforme : le paramètre « ${o.parameter} » n’existe pas (voir la référence des paramètres).`,
          en: `Reform: parameter "${o.parameter}" does not exist (see the parameter reference).`,
        },
      });
      return;
    }
    if (o.unit !== undefined && o.unit !== definition.unit) {
      issues.push({
        field: `${field}.unit`,
        code: 'wrongUnit',
        message: {
          fr: `Réforme : « ${o.parameter} » s’exprime en ${definition.unit}, pas en ${o.unit}.`,
          en: `Reform: "${o.parameter}" is in ${definition.unit}, not ${o.unit}.`,
        },
      });
      return;
    }
    const first = definition.values[0]?.effectiveFrom;
    if (first !== undefined && o.from < first) {
      issues.push({
        field: `${field}.from`,
        code: 'beforeParameterExists',
        message: {
          fr: `Réforme : « ${o.parameter} » n’existe qu’à partir du ${first} ; la date ${o.from} est antérieure.`,
          en: `Reform: "${o.parameter}" only exists from ${first}; ${o.from} is earlier.`,
        },
      });
      return;
    }
    const problem =
      definition.unit === 'scale' ? scaleIssue(o.parameter, o.value, definition) : null;
    if (problem) {
      issues.push({ ...problem, field: `${field}.value${problem.field}` });
      return;
    }
    const scalar = Array.isArray(o.value) ? null : asString(o.value);
    if (definition.unit !== 'scale' && (scalar === null || !inValidRange(definition, scalar))) {
      const { min, max } = validRange(definition);
      const whole = wholeUnits.has(definition.unit) ? ' (nombre entier)' : '';
      const received = scalar ?? JSON.stringify(o.value);
      issues.push({
        field: `${field}.value`,
        code: 'outOfRange',
        message: {
          fr: `Réforme : « ${o.parameter} » doit être entre ${min} et ${max}${whole} (${definition.unit}) ; reçu ${received}.`,
          en: `Reform: "${o.parameter}" must be between ${min} and ${max}${whole ? ' (a whole number)' : ''} (${definition.unit}); received ${received}.`,
        },
      });
      return;
    }
    const value =
      scalar === null
        ? {
            brackets: (
              o.value as readonly { threshold: number | string; rate: number | string }[]
            ).map((b) => ({ threshold: asString(b.threshold), rate: asString(b.rate) })),
          }
        : { value: scalar };
    // « From a date » means from then on: the data's later values give way to the reform's
    // (otherwise a reform from 2025 would silently stop applying in 2026). Another override of
    // the same parameter at a later date still takes over from its own date.
    const values = [
      ...definition.values.filter(
        (v) => v.effectiveFrom < o.from || (v.status === 'reform' && v.effectiveFrom !== o.from),
      ),
      {
        effectiveFrom: o.from,
        ...value,
        status: 'reform' as const,
        verified: false,
        source: {
          title: `Réforme « ${parsed.data.name} » / what-if reform "${parsed.data.name}"`,
          url: 'https://passerelle.invalid/reform',
        },
        note: `What-if value set by the reform "${parsed.data.name}".`,
      },
    ].sort(byEffectiveDate);
    changed.set(o.parameter, { ...definition, values });
  });
  if (issues.length > 0) {
    throw new PasserelleError({
      name: 'InvalidInput',
      message: {
        fr: issues.map((i) => i.message.fr).join(' '),
        en: issues.map((i) => i.message.en).join(' '),
      },
      info: { issues },
    });
  }
  return base.withDefinitions([...changed.values()]);
}

/**
 * A tax scale is replaced whole: its brackets from the lowest, the first at 0 $, each threshold
 * above the one before (otherwise a band of income would be taxed twice or not at all), each rate
 * within the scale's range.
 */
function scaleIssue(
  parameter: string,
  value: unknown,
  definition: ParameterDefinition,
): InputIssue | null {
  if (!Array.isArray(value)) {
    return {
      field: '',
      code: 'scaleExpected',
      message: {
        fr: `Réforme : « ${parameter} » est un barème : donnez toutes ses tranches, de la plus basse, [{ "threshold": 0, "rate": 0.14 }, …].`,
        en: `Reform: "${parameter}" is a tax scale: give all its brackets, from the lowest, [{ "threshold": 0, "rate": 0.14 }, …].`,
      },
    };
  }
  if (value.length < 1 || value.length > 20) {
    return {
      field: '',
      code: 'bracketCount',
      message: {
        fr: `Réforme : « ${parameter} » a de 1 à 20 tranches ; reçu ${value.length}.`,
        en: `Reform: "${parameter}" has 1 to 20 brackets; received ${value.length}.`,
      },
    };
  }
  const decimal = /^-?\d+(\.\d+)?$/;
  for (const [index, b] of value.entries()) {
    const bracket = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
    const extra = Object.keys(bracket).find((k) => k !== 'threshold' && k !== 'rate');
    for (const field of extra === undefined ? ['threshold', 'rate'] : [extra]) {
      const v = bracket[field];
      const ok =
        field !== extra &&
        ((typeof v === 'number' && Number.isFinite(v)) ||
          (typeof v === 'string' && decimal.test(v)));
      if (ok) continue;
      return {
        field: `.${index}.${field}`,
        code: 'invalidBracket',
        message: {
          fr: `Réforme : dans « ${parameter} », la tranche ${index + 1} a un « threshold » (seuil, en $ par année) et un « rate » (taux, 0,14 = 14 %), des nombres ; ${field === extra ? `champ inconnu « ${field} »` : `« ${field} » reçu : ${JSON.stringify(v) ?? 'rien'}`}.`,
          en: `Reform: in "${parameter}", bracket ${index + 1} has a "threshold" ($ a year) and a "rate" (0.14 = 14%), numbers; ${field === extra ? `unknown field "${field}"` : `"${field}" received: ${JSON.stringify(v) ?? 'nothing'}`}.`,
        },
      };
    }
  }
  const brackets = (value as { threshold: number | string; rate: number | string }[]).map((b) => ({
    threshold: asString(b.threshold),
    rate: asString(b.rate),
  }));
  const problem = scaleProblem(definition, brackets);
  if (!problem) return null;
  const b = brackets[problem.index]!;
  const at = `.${problem.index}.${problem.field}`;
  if (problem.code === 'disorderedBrackets') {
    const previous = brackets[problem.index - 1];
    return {
      field: at,
      code: 'disorderedBrackets',
      message: previous
        ? {
            fr: `Réforme : dans « ${parameter} », le seuil de la tranche ${problem.index + 1} (${b.threshold}) doit dépasser celui de la tranche ${problem.index} (${previous.threshold}).`,
            en: `Reform: in "${parameter}", the threshold of bracket ${problem.index + 1} (${b.threshold}) must be above that of bracket ${problem.index} (${previous.threshold}).`,
          }
        : {
            fr: `Réforme : dans « ${parameter} », la première tranche commence à 0 ; reçu ${b.threshold}.`,
            en: `Reform: in "${parameter}", the first bracket starts at 0; received ${b.threshold}.`,
          },
    };
  }
  const range = problem.field === 'rate' ? validRange(definition) : scaleThresholdRange;
  const what =
    problem.field === 'rate'
      ? { fr: 'le taux', en: 'the rate' }
      : { fr: 'le seuil', en: 'the threshold' };
  const received = problem.field === 'rate' ? b.rate : b.threshold;
  return {
    field: at,
    code: 'outOfRange',
    message: {
      fr: `Réforme : dans « ${parameter} », ${what.fr} de la tranche ${problem.index + 1} doit être entre ${range.min} et ${range.max} ; reçu ${received}.`,
      en: `Reform: in "${parameter}", ${what.en} of bracket ${problem.index + 1} must be between ${range.min} and ${range.max}; received ${received}.`,
    },
  };
}
