/** The input of a timeline: a household, a start month, and the first adult's activity month by month. */
import * as z from 'zod/mini';
import {
  activitySchema,
  defaultOptions,
  householdSchema,
  optionsSchema,
  periodSchema,
} from '../input/schema.js';

export const timelineInputSchema = z.strictObject({
  /** Free label shown back in results. */
  label: z.optional(z.string().check(z.maxLength(200))),
  /** The first month of the timeline. */
  start: periodSchema,
  /** How many consecutive months (12 to 24). */
  months: z._default(z.int().check(z.gte(12), z.lte(24)), 12),
  /** The household; the first adult's own `activity` is replaced month by month by `activity`. */
  household: householdSchema,
  /**
   * The first adult's activity for each month from the start (a wage, an allowance, both, or `{}`
   * for none: a relapse, a stop). When shorter than `months`, the last one continues.
   */
  activity: z.array(activitySchema).check(z.minLength(1), z.maxLength(24)),
  /** The activity before the start (its income reduces the first cheque): none by default. */
  before: z._default(activitySchema, {}),
  options: z._default(optionsSchema, defaultOptions),
});

export type TimelineInput = z.input<typeof timelineInputSchema>;
export type ValidTimelineInput = z.output<typeof timelineInputSchema>;
