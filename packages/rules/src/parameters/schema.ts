/**
 * The shape of a parameter file: one zod schema validates every file, in tests and at load time.
 * Values are strings so that `new Decimal(value)` never sees a binary float.
 */
import * as z from 'zod/mini';

const localized = z.object({ fr: z.string(), en: z.string() });

export const sourceSchema = z.object({
  title: z.string().check(z.minLength(10)),
  url: z.string().check(z.regex(/^https?:\/\/\S+$/)),
});

/**
 * What stands for a value's source when the documentation files are not loaded (the browser's
 * first visit: see `parameters/docs/`); the documentation files themselves name every source (tested).
 */
export const sourceGivenApart = {
  title: 'source given apart',
  url: 'https://passerelle.invalid/source-given-apart',
};

export const parameterStatuses = [
  'verified',
  'secondary',
  'derived',
  'unconfirmed',
  'reform',
] as const;

const decimalString = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));

/**
 * One bracket of a scale: `rate` applies to the part of income above `threshold` (up to the next
 * bracket's threshold). The first bracket starts at 0.
 */
export const bracketSchema = z.object({ threshold: decimalString, rate: decimalString });

export const parameterValueSchema = z
  .object({
    /** ISO date from which the value is in force. */
    effectiveFrom: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
    /** Decimal as a string: an amount, a rate or a count (every unit but `scale`). */
    value: z.optional(decimalString),
    /** A tax scale (unit `scale`): its brackets, from the lowest; adding a bracket is a data change. */
    brackets: z.optional(z.array(bracketSchema).check(z.minLength(1), z.maxLength(20))),
    /**
     * verified: read in the primary source for that date; secondary: read in a reliable
     * secondary source; derived: computed from an official amount by official indexation;
     * unconfirmed: a best reading that still needs a source; reform: a what-if value set by a reform.
     */
    status: z.enum(parameterStatuses),
    verified: z.boolean(),
  })
  .check(
    z.refine((v) => v.verified === (v.status === 'verified'), {
      message: '`verified` must be true exactly when status is "verified"',
    }),
    z.refine((v) => (v.value === undefined) !== (v.brackets === undefined), {
      message: 'a dated value has either `value` or `brackets`, not both',
    }),
    z.refine((v) => v.brackets === undefined || bracketsRise(v.brackets), {
      message: 'a scale starts at 0 and its thresholds rise',
    }),
  );

/** A scale starts at a threshold of 0 and each threshold is above the one before. */
export function bracketsRise(brackets: readonly { readonly threshold: string }[]): boolean {
  return brackets.every((b, i) =>
    i === 0 ? Number(b.threshold) === 0 : Number(b.threshold) > Number(brackets[i - 1]!.threshold),
  );
}

export const parameterUnits = [
  'CAD/month',
  'CAD/year',
  'CAD/hour',
  'rate',
  'factor',
  'months',
  /** Hours of work (insured hours to qualify for a benefit). */
  'hours',
  /** Weeks (of benefits). */
  'weeks',
  /** A tax scale: dated lists of {threshold (CAD/year), rate}. */
  'scale',
] as const;

export const parameterSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+$/)),
    unit: z.enum(parameterUnits),
    values: z.array(parameterValueSchema).check(z.minLength(1)),
    /** The values allowed, when the unit's usual range does not fit (see valid-range.ts). */
    range: z.optional(z.object({ min: z.number(), max: z.number() })),
  })
  .check(
    z.refine((p) => p.values.every((v) => (v.brackets !== undefined) === (p.unit === 'scale')), {
      message: 'a parameter of unit `scale` has `brackets` in every dated value, and only it',
    }),
  );

export const parameterFileSchema = z.object({
  parameters: z.array(parameterSchema).check(z.minLength(1)),
});

/**
 * A parameter's documentation (`params/docs/<file>.json`), apart from its values so that a page
 * can compute without downloading it: what it is, and for each dated value where it was read.
 */
export const parameterDocSchema = z.object({
  id: z.string(),
  /** The parameter's name in an explanation (« Prestation de base — adulte seul »). */
  label: localized,
  description: localized,
  values: z.array(
    z.object({
      effectiveFrom: z.string(),
      source: sourceSchema,
      method: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
  ),
});

export const parameterDocFileSchema = z.object({
  note: z.optional(z.string()),
  parameters: z.array(parameterDocSchema),
});

export const coverageSchema = z.object({
  supportedYears: z.array(z.int().check(z.gte(2000), z.lte(2100))).check(z.minLength(1)),
  note: z.string(),
});

export type ParameterSource = z.infer<typeof sourceSchema>;
export type Bracket = z.infer<typeof bracketSchema>;
export type ParameterDoc = z.infer<typeof parameterDocSchema>;
export type ParameterDocFile = z.infer<typeof parameterDocFileSchema>;

/** A dated value with its documentation: where it was read, how it was derived. */
export type ParameterValue = z.infer<typeof parameterValueSchema> & {
  readonly source: ParameterSource;
  readonly method?: string;
  readonly note?: string;
};

/**
 * A parameter with its documentation (label, description, sources), as the library hands it out.
 * Without its documentation (a browser's first visit) the label is the parameter's id.
 */
export type ParameterDefinition = Omit<z.infer<typeof parameterSchema>, 'values'> & {
  readonly label: { readonly fr: string; readonly en: string };
  readonly description: { readonly fr: string; readonly en: string };
  readonly values: readonly ParameterValue[];
};
export type ParameterUnit = (typeof parameterUnits)[number];
export type ParameterStatus = (typeof parameterStatuses)[number];
