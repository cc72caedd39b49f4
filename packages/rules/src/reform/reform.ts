/**
 * What-if reforms: plain JSON that overrides any parameter from a date, validated against the
 * parameters it changes, and applied by giving the simulation a modified parameter set. Reform
 * values carry the status `reform`, so every result lists them with the unverified parameters.
 */
import * as z from 'zod/mini';
import { PasserelleError, toOutcome, type InputIssue, type Outcome } from '../errors.js';
import { invalidInputError } from '../input/validate.js';
import { defaultParameters } from '../parameters/default-set.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { parameterUnits, type ParameterDefinition } from '../parameters/schema.js';
import { inValidRange, validRange } from '../parameters/valid-range.js';

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
        /** New value: a number or a decimal string, in the parameter's unit. */
        value: z.union([z.number(), z.string().check(z.regex(/^-?\d+(\.\d+)?$/))]),
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
  base: ParameterSet = defaultParameters,
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
          fr: `Réforme : le paramètre « ${o.parameter} » n'existe pas (voir la référence des paramètres).`,
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
          fr: `Réforme : « ${o.parameter} » s'exprime en ${definition.unit}, pas en ${o.unit}.`,
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
          fr: `Réforme : « ${o.parameter} » n'existe qu'à partir du ${first} ; la date ${o.from} est antérieure.`,
          en: `Reform: "${o.parameter}" only exists from ${first}; ${o.from} is earlier.`,
        },
      });
      return;
    }
    const value = typeof o.value === 'number' ? String(o.value) : o.value;
    if (!inValidRange(definition, value)) {
      const { min, max } = validRange(definition);
      const whole = definition.unit === 'months' ? ' (nombre entier)' : '';
      issues.push({
        field: `${field}.value`,
        code: 'outOfRange',
        message: {
          fr: `Réforme : « ${o.parameter} » doit être entre ${min} et ${max}${whole} (${definition.unit}) ; reçu ${value}.`,
          en: `Reform: "${o.parameter}" must be between ${min} and ${max}${whole ? ' (a whole number)' : ''} (${definition.unit}); received ${value}.`,
        },
      });
      return;
    }
    // « From a date » means from then on: the data's later values give way to the reform's
    // (otherwise a reform from 2025 would silently stop applying in 2026). Another override of
    // the same parameter at a later date still takes over from its own date.
    const values = [
      ...definition.values.filter(
        (v) => v.effectiveFrom < o.from || (v.status === 'reform' && v.effectiveFrom !== o.from),
      ),
      {
        effectiveFrom: o.from,
        value,
        status: 'reform' as const,
        verified: false,
        source: {
          title: `Réforme « ${parsed.data.name} » / what-if reform "${parsed.data.name}"`,
          url: 'https://passerelle.invalid/reform',
        },
        note: `What-if value set by the reform "${parsed.data.name}".`,
      },
    ].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    changed.set(o.parameter, { ...definition, values });
  });
  if (issues.length === 0) issues.push(...disorderedBrackets(parsed.data.overrides, base, changed));
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
 * Bracket thresholds (`….bracketThreshold1..n`) must rise: a reform that moves one above the next
 * would tax a band of income twice or not at all. Checked on each date a reform changes one.
 */
function disorderedBrackets(
  overrides: readonly { parameter: string; from: string }[],
  base: ParameterSet,
  changed: ReadonlyMap<string, ParameterDefinition>,
): InputIssue[] {
  const set = base.withDefinitions([...changed.values()]);
  const issues: InputIssue[] = [];
  overrides.forEach((o, i) => {
    const match = /^(.*)\.bracketThreshold\d+$/.exec(o.parameter);
    if (!match) return;
    const ids: string[] = [];
    for (let n = 1; set.definitions.has(`${match[1]}.bracketThreshold${n}`); n++)
      ids.push(`${match[1]}.bracketThreshold${n}`);
    // Every date from the override on where one of the schedule's thresholds changes: a value
    // set from January can cross a neighbour that the data (or the reform) changes in July.
    const dates = [
      ...new Set(
        ids.flatMap((id) =>
          set.definitions
            .get(id)!
            .values.map((v) => (v.effectiveFrom < o.from ? o.from : v.effectiveFrom)),
        ),
      ),
    ].sort();
    for (const date of dates) {
      const values = ids.map((id) => ({ id, value: set.at(id, date).entry.value }));
      const at = values.findIndex(
        (v, k) => k > 0 && Number(v.value) <= Number(values[k - 1]!.value),
      );
      if (at < 0) continue;
      const [low, high] = [values[at - 1]!, values[at]!];
      issues.push({
        field: `overrides.${i}.value`,
        code: 'disorderedBrackets',
        message: {
          fr: `Réforme : au ${date}, le seuil « ${high.id} » (${high.value}) doit dépasser « ${low.id} » (${low.value}).`,
          en: `Reform: on ${date}, threshold "${high.id}" (${high.value}) must be above "${low.id}" (${low.value}).`,
        },
      });
      return;
    }
  });
  return issues;
}
