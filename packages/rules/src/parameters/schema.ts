/**
 * The shape of a parameter file: one zod schema validates every file, in tests and at load time.
 * Values are strings so that `new Decimal(value)` never sees a binary float.
 */
import { z } from 'zod';

const localized = z.object({ fr: z.string().min(1), en: z.string().min(1) });

export const sourceSchema = z.object({
  title: z.string().min(10),
  url: z.url(),
});

export const parameterStatuses = ['verified', 'secondary', 'derived', 'unconfirmed'] as const;

export const parameterValueSchema = z
  .object({
    /** ISO date from which the value is in force. */
    effectiveFrom: z.iso.date(),
    /** Decimal as a string: an amount, a rate or a count. */
    value: z.string().regex(/^-?\d+(\.\d+)?$/),
    /**
     * verified: read in the primary source for that date; secondary: read in a reliable
     * secondary source; derived: computed from an official amount by official indexation;
     * unconfirmed: a best reading that still needs a source.
     */
    status: z.enum(parameterStatuses),
    verified: z.boolean(),
    source: sourceSchema,
    method: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((v) => v.verified === (v.status === 'verified'), {
    message: '`verified` must be true exactly when status is "verified"',
  })
  .refine((v) => v.status !== 'derived' || (v.method?.length ?? 0) > 0, {
    message: 'a derived value must state its method',
  });

export const parameterUnits = [
  'CAD/month',
  'CAD/year',
  'CAD/hour',
  'rate',
  'factor',
  'months',
] as const;

export const parameterSchema = z.object({
  id: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)+$/),
  unit: z.enum(parameterUnits),
  label: localized,
  description: localized,
  values: z.array(parameterValueSchema).min(1),
});

export const parameterFileSchema = z.object({ parameters: z.array(parameterSchema).min(1) });

export const coverageSchema = z.object({
  supportedYears: z.array(z.number().int().min(2000).max(2100)).min(1),
  note: z.string(),
});

export type ParameterSource = z.infer<typeof sourceSchema>;
export type ParameterValue = z.infer<typeof parameterValueSchema>;
export type ParameterDefinition = z.infer<typeof parameterSchema>;
export type ParameterUnit = (typeof parameterUnits)[number];
export type ParameterStatus = (typeof parameterStatuses)[number];
