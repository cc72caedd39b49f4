/**
 * An analyst's study: several profiles, the two RPST remuneration models over a grid of hours,
 * under the rules in force and under what-if reforms. One JSON document, saved and shared, that
 * the analyst page and `passerelle grid` both run with this function, so they give the same
 * numbers; `studyCsv` is the export both write.
 */
import * as z from 'zod/mini';
import { PasserelleError, toOutcome, type Outcome, type PasserelleFailure } from '../errors.js';
import { invalidInputError } from '../input/validate.js';
import { analystParameters } from '../parameters/analyst-set.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { applyReformUnsafe, reformSchema } from '../reform/reform.js';
import { csvRows } from '../export/csv.js';
import {
  compareModels,
  comparisonFieldLabels,
  modelComparisonSchema,
  type ModelComparison,
} from './models.js';

export const studySchema = z.strictObject({
  /** Shown in exports, e.g. "Persona 7 — salariat ou allocations". */
  name: z._default(z.string().check(z.maxLength(200)), ''),
  profiles: z
    .array(
      z.strictObject({
        /** Short identifier used in exports (e.g. "marc"). */
        id: z.string().check(z.minLength(1), z.maxLength(40)),
        label: z._default(z.string().check(z.maxLength(200)), ''),
        /** The household with no activity for the participant, as in `simulate`. */
        base: z.unknown(),
        participant: z.optional(z.int().check(z.gte(0), z.lte(1))),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  hoursPerWeek: modelComparisonSchema.shape.hoursPerWeek,
  wage: z.optional(modelComparisonSchema.shape.wage),
  allowance: modelComparisonSchema.shape.allowance,
  /** Who pays the wage (default: an organization funded by the health network). */
  wagePayer: z.optional(modelComparisonSchema.shape.wagePayer),
  /** What-if reforms, each compared with the rules in force. */
  reforms: z._default(z.array(reformSchema).check(z.maxLength(5)), []),
});

export type Study = z.input<typeof studySchema>;

export interface StudyScenario {
  /** `null` for the rules in force, otherwise the reform's name. */
  readonly reform: string | null;
  readonly comparison: ModelComparison;
}

export interface StudyResult {
  readonly name: string;
  /** Who pays the wage, in words for exports: « publicFunded », « private », with « +subsidy 50 % ». */
  readonly wagePayer: string;
  readonly profiles: readonly {
    readonly id: string;
    readonly label: string;
    /** The rules in force first, then one scenario per reform. */
    readonly scenarios: readonly StudyScenario[];
  }[];
}

/**
 * Checks a study (from a link, a file or a form) without computing it: the study with its
 * defaults filled in, or the localized error that names the first wrong field.
 */
export function validateStudy(study: unknown): Outcome<z.output<typeof studySchema>> {
  return toOutcome(() => parseStudy(study));
}

function parseStudy(study: unknown): z.output<typeof studySchema> {
  const parsed = studySchema.safeParse(study, { reportInput: true });
  if (!parsed.success) throw invalidInputError(parsed.error, comparisonFieldLabels);
  return parsed.data;
}

export function runStudy(
  study: unknown,
  options: { readonly parameters?: ParameterSet } = {},
): Outcome<StudyResult> {
  const base = options.parameters ?? analystParameters;
  return toOutcome(() => {
    const s = parseStudy(study);
    const parameterSets = [
      { reform: null, parameters: base },
      ...s.reforms.map((r) => ({ reform: r.name, parameters: applyReformUnsafe(r, base) })),
    ];
    const payer = s.wagePayer ?? { kind: 'publicFunded', subsidyRate: 0 };
    return {
      name: s.name,
      wagePayer: `${payer.kind}${payer.subsidyRate > 0 ? ` subsidy ${Math.round(payer.subsidyRate * 1000) / 10} %` : ''}`,
      profiles: s.profiles.map((p, i) => ({
        id: p.id,
        label: p.label,
        scenarios: parameterSets.map(({ reform, parameters }) => {
          const outcome = compareModels(
            {
              base: p.base,
              ...(p.participant === undefined ? {} : { participant: p.participant }),
              hoursPerWeek: s.hoursPerWeek,
              ...(s.wage === undefined ? {} : { wage: s.wage }),
              allowance: s.allowance,
              ...(s.wagePayer === undefined ? {} : { wagePayer: s.wagePayer }),
            },
            { parameters },
          );
          if (!outcome.ok) throw withProfile(outcome.error, i);
          return { reform, comparison: outcome.value };
        }),
      })),
    };
  });
}

function withProfile(error: PasserelleFailure, index: number): PasserelleError {
  if (error.name !== 'InvalidInput') return new PasserelleError(error);
  return new PasserelleError({
    ...error,
    message: {
      fr: `Profil ${index + 1} — ${error.message.fr}`,
      en: `Profile ${index + 1} — ${error.message.en}`,
    },
    info: {
      issues: error.info.issues.map((issue) => ({
        ...issue,
        field: `profiles.${index}.${issue.field}`,
      })),
    },
  });
}

export const studyCsvColumns = [
  'profile',
  'scenario',
  'model',
  'hoursPerWeek',
  'disposableIncome',
  'differenceVsNoActivity',
  'differenceVsRulesInForce',
  'effectiveMarginalRate',
  'participationTaxRate',
  'onAssistance',
  'netPublicCost',
  'netPublicCostQuebec',
  'netPublicCostFederal',
  'allowancesPaid',
  'publicCostPerParticipantHour',
  'wagePayer',
  'employerCost',
  'employerContributions',
  'participantHoursPerYear',
  'balanceFunder',
  'balanceAssistanceMinistry',
  'balanceQuebec',
  'balanceFederal',
  'balanceTotal',
  'balancePrivateEmployer',
  'balanceWageSubsidy',
  'balancePerParticipantHour',
] as const;

/** The study as CSV: one row per profile, scenario (rules in force or reform), model and hours. */
export function studyCsv(result: StudyResult): string {
  const rows: unknown[][] = [[...studyCsvColumns]];
  for (const profile of result.profiles) {
    const inForce = profile.scenarios[0]!.comparison.rows;
    for (const scenario of profile.scenarios) {
      scenario.comparison.rows.forEach((r, i) => {
        const reference = inForce[i]!;
        rows.push([
          profile.id,
          scenario.reform ?? 'en vigueur',
          r.model,
          r.hoursPerWeek,
          r.disposableIncome,
          r.differenceVsNoActivity,
          // Both are in cents: the difference is rounded back to the cent.
          Math.round((r.disposableIncome - reference.disposableIncome) * 100) / 100,
          r.effectiveMarginalRate,
          r.participationTaxRate,
          r.onAssistance,
          r.publicCost.total,
          r.publicCost.quebecTotal,
          r.publicCost.federalTotal,
          r.publicCost.allowances,
          r.publicCostPerParticipantHour,
          result.wagePayer,
          r.employerCost?.total ?? '',
          r.employerCost?.chargesTotal ?? '',
          r.participantHoursPerYear,
          r.publicBalance.funder,
          r.publicBalance.assistanceMinistry,
          r.publicBalance.quebec,
          r.publicBalance.federal,
          r.publicBalance.total,
          r.publicBalance.privateEmployer,
          r.publicBalance.wageSubsidy,
          r.publicBalancePerParticipantHour,
        ]);
      });
    }
  }
  return csvRows(rows);
}
