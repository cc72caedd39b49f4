/**
 * The shape of a parameter file: one zod schema validates every file, in tests and at load time.
 * Values are strings so that `new Decimal(value)` never sees a binary float.
 */
import * as z from 'zod/mini';

/** Labels may be emptied by the one-file widget build; tests require them in the files. */
const localized = z.object({ fr: z.string(), en: z.string() });

export const sourceSchema = z.object({
  title: z.string().check(z.minLength(10)),
  url: z.string().check(z.regex(/^https?:\/\/\S+$/)),
});

export const parameterStatuses = [
  'verified',
  'secondary',
  'derived',
  'unconfirmed',
  'reform',
] as const;

export const parameterValueSchema = z
  .object({
    /** ISO date from which the value is in force. */
    effectiveFrom: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
    /** Decimal as a string: an amount, a rate or a count. */
    value: z.string().check(z.regex(/^-?\d+(\.\d+)?$/)),
    /**
     * verified: read in the primary source for that date; secondary: read in a reliable
     * secondary source; derived: computed from an official amount by official indexation;
     * unconfirmed: a best reading that still needs a source; reform: a what-if value set by a reform.
     */
    status: z.enum(parameterStatuses),
    verified: z.boolean(),
    source: sourceSchema,
    method: z.optional(z.string()),
    note: z.optional(z.string()),
  })
  .check(
    z.refine((v) => v.verified === (v.status === 'verified'), {
      message: '`verified` must be true exactly when status is "verified"',
    }),
  );

export const parameterUnits = [
  'CAD/month',
  'CAD/year',
  'CAD/hour',
  'rate',
  'factor',
  'months',
] as const;

export const parameterSchema = z.object({
  id: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+$/)),
  unit: z.enum(parameterUnits),
  label: localized,
  /** Documentation only: the one-file widget build empties it to save bytes (tests require it in the files). */
  description: z.object({ fr: z.string(), en: z.string() }),
  values: z.array(parameterValueSchema).check(z.minLength(1)),
  /** The values allowed, when the unit's usual range does not fit (see valid-range.ts). */
  range: z.optional(z.object({ min: z.number(), max: z.number() })),
});

export const parameterFileSchema = z.object({
  parameters: z.array(parameterSchema).check(z.minLength(1)),
});

export const coverageSchema = z.object({
  supportedYears: z.array(z.int().check(z.gte(2000), z.lte(2100))).check(z.minLength(1)),
  note: z.string(),
});

export type ParameterSource = z.infer<typeof sourceSchema>;
export type ParameterValue = z.infer<typeof parameterValueSchema>;
export type ParameterDefinition = z.infer<typeof parameterSchema>;
export type ParameterUnit = (typeof parameterUnits)[number];
export type ParameterStatus = (typeof parameterStatuses)[number];
