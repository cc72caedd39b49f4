/**
 * The two RPST remuneration models side by side over a grid of hours: the participant paid a wage
 * (wage model) or keeping assistance with a participation allowance (allowance model), with the
 * tax year's disposable income, marginal rates and net public cost at every point.
 */
import * as z from 'zod/mini';
import { PasserelleError, toOutcome, type Outcome, type PasserelleFailure } from '../errors.js';
import { allowanceTreatments } from '../input/schema.js';
import { invalidInputError } from '../input/validate.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { validate } from '../scenario/api.js';
import { createFiguresSimulator } from './figures-simulator.js';
import type { PublicCost } from './public-cost.js';
import { employerCost, type EmployerCost } from './employer-cost.js';
import { publicBalanceOf, type PublicBalance } from './public-balance.js';
import { analystParameters } from '../parameters/analyst-set.js';
import { contextFor } from '../rule-context.js';

export const modelComparisonSchema = z.strictObject({
  /** The household with no activity for the participant (other adults may have theirs). */
  base: z.unknown(),
  /** Index of the participant among the adults. */
  participant: z._default(z.int().check(z.gte(0), z.lte(1)), 0),
  /** Hours a week to compare (at most 401 points). */
  hoursPerWeek: z
    .array(z.number().check(z.gte(0), z.lte(80)))
    .check(z.minLength(1), z.maxLength(401)),
  /** Wage model: the hourly wage (default: the minimum wage in force). */
  wage: z._default(
    z.strictObject({ hourlyWage: z.optional(z.number().check(z.gte(1), z.lte(500))) }),
    {},
  ),
  /** Allowance model: the allowance per hour and how assistance treats it. */
  allowance: z.strictObject({
    amountPerHour: z.number().check(z.gte(0), z.lte(200)),
    treatment: z._default(z.enum(allowanceTreatments), 'countedInFull'),
    allowanceExclusionCap: z.optional(z.number().check(z.gte(0), z.lte(10000))),
    /** What running the allowance costs the funder per participant and year (default 0 $). */
    administrationPerYear: z._default(z.number().check(z.gte(0), z.lte(100_000)), 0),
  }),
  /** Wage model: who pays the wage (default: an organization funded by the health network). */
  wagePayer: z._default(
    z.strictObject({
      kind: z._default(z.enum(['publicFunded', 'private']), 'publicFunded'),
      /** Share of the wage paid by a wage subsidy (0 to 1; e.g. up to 0.85 under a CIT). */
      subsidyRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0),
      /** The employer's CNESST rate (per dollar of pay); default: the average rate. */
      cnesstRate: z.optional(z.number().check(z.gte(0), z.lte(0.2))),
    }),
    { kind: 'publicFunded', subsidyRate: 0 },
  ),
});

export type ModelComparisonInput = z.input<typeof modelComparisonSchema>;

/** Names of the comparison's own fields in error messages. */
export const comparisonFieldLabels = {
  administrationPerYear: {
    fr: 'Coût d’administration de l’allocation par année',
    en: 'Yearly cost of administering the allowance',
  },
  wagePayer: { fr: 'Payeur du salaire', en: 'Who pays the wage' },
  kind: { fr: 'Type de payeur', en: 'Kind of payer' },
  subsidyRate: { fr: 'Taux de subvention salariale', en: 'Wage subsidy rate' },
  cnesstRate: { fr: 'Taux CNESST', en: 'CNESST rate' },
} as const;

export interface ModelRow {
  readonly model: 'wage' | 'allowance';
  readonly hoursPerWeek: number;
  /** Tax year, after taxes and credits. */
  readonly disposableIncome: number;
  readonly differenceVsNoActivity: number;
  readonly effectiveMarginalRate: number | null;
  readonly participationTaxRate: number | null;
  readonly onAssistance: boolean;
  readonly publicCost: PublicCost;
  /** Net public cost of the activity (vs no activity) per hour of participation in the year. */
  readonly publicCostPerParticipantHour: number | null;
  /** The wage's cost to its payer (wage model with hours > 0), else null. */
  readonly employerCost: EmployerCost | null;
  /** The whole public balance by payer, the wage counted as the funder's when it is public. */
  readonly publicBalance: PublicBalance;
  /** Hours of participation in the year: weeks actually worked (wage) or 52 weeks (allowance). */
  readonly participantHoursPerYear: number;
  /** Change of the total public balance vs no activity, per hour of participation. */
  readonly publicBalancePerParticipantHour: number | null;
}

export interface ModelComparison {
  readonly noActivity: {
    readonly disposableIncome: number;
    readonly publicCost: PublicCost;
    readonly publicBalance: PublicBalance;
  };
  readonly rows: readonly ModelRow[];
}

export function compareModels(
  input: unknown,
  options: { readonly parameters?: ParameterSet } = {},
): Outcome<ModelComparison> {
  const parameters = options.parameters ?? analystParameters;
  return toOutcome(() => {
    const parsed = modelComparisonSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) throw invalidInputError(parsed.error, comparisonFieldLabels);
    const { participant, hoursPerWeek, wage, allowance, wagePayer } = parsed.data;
    // The household is checked first, so that its errors name their field under `base`.
    const checked = validate(parsed.data.base, { parameters });
    if (!checked.ok) throw underBase(checked.error);
    const base = checked.value;
    if (!base.household.adults[participant]) {
      throw new PasserelleError({
        name: 'InvalidInput',
        message: {
          fr: `Comparaison : il n’y a pas d’adulte ${participant + 1} dans le ménage.`,
          en: `Comparison: the household has no adult ${participant + 1}.`,
        },
        info: {
          issues: [
            {
              field: 'participant',
              code: 'custom',
              message: {
                fr: `il n’y a pas d’adulte ${participant + 1}`,
                en: `there is no adult ${participant + 1}`,
              },
            },
          ],
        },
      });
    }
    // One simulator for the grid: the no-activity baseline is computed once for all its points.
    // Each point is still validated: the activity added to the household must respect the
    // household's own limits (80 h a week per adult, a year with parameters), checked in one place.
    const figures = createFiguresSimulator({ parameters, marginalRates: 'oneMoreHour' });
    const run = (
      activity: Record<string, unknown> | null,
      extraOptions: Record<string, unknown>,
    ) => {
      const adults = base.household.adults.map((a, i) =>
        i === participant ? { ...a, activity: { ...a.activity, ...(activity ?? {}) } } : a,
      );
      const outcome = figures.simulate({
        ...base,
        household: { ...base.household, adults },
        options: { ...base.options, ...extraOptions },
      });
      if (!outcome.ok) throw new PasserelleError(outcome.error);
      return outcome.value;
    };
    const none = run(null, {});
    const noneCost = none.publicCost;
    const payer = { kind: wagePayer.kind, subsidyRate: wagePayer.subsidyRate };
    const noneBalance = publicBalanceOf(none, null, payer);
    const ctx = contextFor(base.period, parameters);
    const rows: ModelRow[] = [];
    for (const model of ['wage', 'allowance'] as const) {
      for (const hours of hoursPerWeek) {
        const r =
          model === 'wage'
            ? run({ wage: { hoursPerWeek: hours, ...wage } }, {})
            : run(
                { allowance: { hoursPerWeek: hours, amountPerHour: allowance.amountPerHour } },
                {
                  allowanceTreatment: allowance.treatment,
                  ...(allowance.allowanceExclusionCap === undefined
                    ? {}
                    : { allowanceExclusionCap: allowance.allowanceExclusionCap }),
                },
              );
        const cost = r.publicCost;
        const yearlyHours = hours * 52;
        // The participant's own wage of the year (a spouse's wage, if any, is not the program's).
        const participantWage =
          Math.round((r.annual.grossEarnings - none.annual.grossEarnings) * 100) / 100;
        const employer =
          model === 'wage' && participantWage > 0
            ? employerCost(participantWage, ctx, { cnesstRate: wagePayer.cnesstRate })
            : null;
        const balance = publicBalanceOf(
          r,
          employer,
          payer,
          model === 'allowance' && hours > 0 ? allowance.administrationPerYear : 0,
        );
        const participantHours =
          Math.round(hours * (employer ? employer.weeksWorked : 52) * 100) / 100;
        rows.push({
          model,
          hoursPerWeek: hours,
          disposableIncome: r.taxYear.disposableIncome,
          differenceVsNoActivity: r.comparison.differenceAfterTaxesVsNoActivity.annual,
          effectiveMarginalRate: r.marginalRates.oneMoreHour?.rate ?? null,
          participationTaxRate: r.marginalRates.participationTaxRate,
          onAssistance: r.onAssistance && !r.leavesAssistance,
          publicCost: cost,
          publicCostPerParticipantHour:
            yearlyHours === 0
              ? null
              : Math.round(((cost.total - noneCost.total) / yearlyHours) * 100) / 100,
          employerCost: employer,
          publicBalance: balance,
          participantHoursPerYear: participantHours,
          publicBalancePerParticipantHour:
            participantHours === 0
              ? null
              : Math.round(((balance.total - noneBalance.total) / participantHours) * 100) / 100,
        });
      }
    }
    return {
      noActivity: {
        disposableIncome: none.taxYear.disposableIncome,
        publicCost: noneCost,
        publicBalance: noneBalance,
      },
      rows,
    };
  });
}

function underBase(error: PasserelleFailure): PasserelleError {
  if (error.name !== 'InvalidInput') return new PasserelleError(error);
  return new PasserelleError({
    ...error,
    info: { issues: error.info.issues.map((i) => ({ ...i, field: `base.${i.field}` })) },
  });
}
