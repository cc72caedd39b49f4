/** The input of a timeline: a household, a start month, and the first adult's activity month by month. */
import * as z from 'zod/mini';
import {
  activitySchema,
  defaultOptions,
  householdSchema,
  optionsSchema,
  periodSchema,
} from '../input/schema.js';

const timelineShape = z.strictObject({
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
  /**
   * The activity after the window, for the months of its last calendar year past it (that year's
   * taxes and credits): the last month's by default. A plan with a relapse in its last month sets
   * the plan's own activity here, so that one changed month does not change the whole year.
   */
  after: z.optional(activitySchema),
  options: z._default(optionsSchema, defaultOptions),
});

/**
 * A timeline's first adult works month by month (`activity`, `before`): an activity given on the
 * adult as well would be silently replaced, so it is refused with the place to put it.
 */
export const timelineInputSchema = timelineShape.check(
  z.superRefine((t, ctx) => {
    // More months of activity than the period holds: the extra ones would be silently ignored.
    if (t.activity.length > t.months)
      ctx.addIssue({
        code: 'custom',
        path: ['activity'],
        message: 'activity',
        params: {
          fr: `${t.activity.length} mois d’activité pour une période de ${t.months} mois`,
          en: `${t.activity.length} months of activity for a period of ${t.months} months`,
        },
      });
    const own = t.household.adults[0]?.activity;
    if (own && (own.wage !== undefined || own.allowance !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['household', 'adults', 0, 'activity'],
        message: 'activity',
        params: {
          fr: 'Dans une période mois par mois, l’activité de l’adulte se donne dans « activity » (un élément par mois) et « before », pas dans le ménage',
          en: 'In a month-by-month timeline, the adult’s activity goes in "activity" (one item a month) and "before", not in the household',
        },
      });
  }),
);

export type TimelineInput = z.input<typeof timelineInputSchema>;
export type ValidTimelineInput = z.output<typeof timelineInputSchema>;
