/**
 * The input's field names, read from its schema (schema.ts), so that a field added to the schema
 * reaches what walks the input by name: the batch's CSV columns are built from them.
 */
import {
  activitySchema,
  adultSchema,
  allowanceSchema,
  childSchema,
  householdSchema,
  optionsSchema,
  periodSchema,
  simulationInputSchema,
  wageSchema,
} from './schema.js';

export interface InputFields {
  readonly top: readonly string[];
  readonly period: readonly string[];
  readonly household: readonly string[];
  readonly adult: readonly string[];
  readonly activity: readonly string[];
  readonly wage: readonly string[];
  readonly allowance: readonly string[];
  readonly child: readonly string[];
  readonly options: readonly string[];
}

const names = (schema: { readonly _zod: { readonly def: { readonly shape: object } } }) =>
  Object.keys(schema._zod.def.shape);

let fields: InputFields | undefined;

/** The field names of each object of the input, in the schema's order (computed once). */
export function inputFields(): InputFields {
  fields ??= {
    top: names(simulationInputSchema),
    period: names(periodSchema),
    household: names(householdSchema),
    adult: names(adultSchema),
    activity: names(activitySchema),
    wage: names(wageSchema),
    allowance: names(allowanceSchema),
    child: names(childSchema),
    options: names(optionsSchema),
  };
  return fields;
}
