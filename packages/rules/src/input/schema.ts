/**
 * Public input of a simulation, validated with zod at the API boundary. Every field is
 * documented here; the JSON the CLI reads has exactly this shape.
 */
import { z } from 'zod';

export const programs = ['socialAssistance', 'socialSolidarity', 'basicIncome', 'none'] as const;
export type Program = (typeof programs)[number];

/**
 * How the ministry treats an RPST participation allowance paid by a non-profit
 * (ADEL, « Comptabilisation de l'allocation versée par un tiers », ?sujet=42776 and ?sujet=42608).
 * - `countedInFull`: not recognized by the Minister: counted as income, dollar for dollar (default rule);
 * - `recognizedSupportAllowance`: recognized as an allocation de soutien: 130 $/month excluded;
 * - `recognizedEmploymentAssistance`: recognized as an allocation d'aide à l'emploi: 222 $/month excluded (353 $ for a single parent);
 * - `excludedUpToCap`: what-if: excluded up to `allowanceExclusionCap` $/month;
 * - `fullyExcluded`: what-if: not counted at all;
 * - `countedAsWorkIncome`: what-if: treated like earnings (work-income exclusion and 25 % supplement).
 */
export const allowanceTreatments = [
  'countedInFull',
  'recognizedSupportAllowance',
  'recognizedEmploymentAssistance',
  'excludedUpToCap',
  'fullyExcluded',
  'countedAsWorkIncome',
] as const;
export type AllowanceTreatment = (typeof allowanceTreatments)[number];

const hoursPerWeek = z.number().min(0).max(80);
/** A money amount typed by a person: finite, non-negative, at most two decimals are meaningful. */
const amount = (maximum: number) => z.number().min(0).max(maximum);

export const wageSchema = z
  .object({
    /** Paid hours per week. */
    hoursPerWeek,
    /** Gross hourly wage in dollars; defaults to the general minimum wage in force on the simulated month. */
    hourlyWage: z.number().positive().max(500).optional(),
  })
  .strict();

export const allowanceSchema = z
  .object({
    /** Hours per week of RPST activity for which the allowance is paid. */
    hoursPerWeek,
    /** Allowance paid per hour of activity, in dollars. */
    amountPerHour: amount(200).optional(),
    /** Allowance paid per month, in dollars (instead of an hourly amount). */
    amountPerMonth: amount(10000).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.amountPerHour === undefined) === (a.amountPerMonth === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountPerHour'],
        message: 'Give exactly one of amountPerHour or amountPerMonth.',
        params: {
          fr: 'Indiquez soit un montant par heure (amountPerHour), soit un montant par mois (amountPerMonth), pas les deux.',
          en: 'Give exactly one of amountPerHour or amountPerMonth.',
        },
      });
    }
  });

export const activitySchema = z
  .object({
    /** Paid employment (a wage): payroll deductions apply and it counts as work income. */
    wage: wageSchema.optional(),
    /** RPST participation allowance paid by a recognized non-profit. */
    allowance: allowanceSchema.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const total = (a.wage?.hoursPerWeek ?? 0) + (a.allowance?.hoursPerWeek ?? 0);
    if (total > 80) {
      ctx.addIssue({
        code: 'custom',
        path: ['wage', 'hoursPerWeek'],
        message: `Wage and allowance hours add up to ${total} h a week; at most 80.`,
        params: {
          fr: `Les heures rémunérées et les heures avec allocation totalisent ${total} h par semaine ; le maximum est 80.`,
          en: `Wage and allowance hours add up to ${total} h a week; at most 80.`,
        },
      });
    }
  });

export const adultSchema = z
  .object({
    /** Age in years. */
    age: z.number().int().min(18).max(110),
    /** Last-resort assistance program of the adult, or `none`. */
    program: z.enum(programs),
    /** Temporarily limited capacity for employment (Programme d'aide sociale only). */
    temporaryConstraints: z.boolean().default(false),
    /** What the adult does: nothing, a wage, an RPST allowance, or both. */
    activity: activitySchema.default({}),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.temporaryConstraints && a.program !== 'socialAssistance') {
      ctx.addIssue({
        code: 'custom',
        path: ['temporaryConstraints'],
        message: 'Temporary constraints exist only in the Social Assistance Program.',
        params: {
          fr: "Les contraintes temporaires n'existent qu'au Programme d'aide sociale.",
          en: 'Temporary constraints exist only in the Social Assistance Program.',
        },
      });
    }
  });

export const childSchema = z.object({ age: z.number().int().min(0).max(25) }).strict();

const lastResortPrograms: readonly Program[] = ['socialAssistance', 'socialSolidarity'];

export const householdSchema = z
  .object({
    /** One adult, or two adults living as spouses. */
    adults: z.array(adultSchema).min(1).max(2),
    /** Dependent children, by age. */
    children: z.array(childSchema).max(12).default([]),
  })
  .strict()
  .superRefine((h, ctx) => {
    const [first, second] = h.adults;
    if (!first || !second) return;
    const bothNone = first.program === 'none' && second.program === 'none';
    const bothLastResort =
      lastResortPrograms.includes(first.program) && lastResortPrograms.includes(second.program);
    if (first.program === 'basicIncome' || second.program === 'basicIncome') {
      ctx.addIssue({
        code: 'custom',
        path: ['adults', first.program === 'basicIncome' ? 0 : 1, 'program'],
        message:
          'Basic Income with a spouse (individualized calculation) is not supported yet: simulate the adult alone.',
        params: {
          fr: "Le revenu de base avec un conjoint (calcul individualisé) n'est pas encore pris en charge : simulez l'adulte seul.",
          en: 'Basic Income with a spouse (individualized calculation) is not supported yet: simulate the adult alone.',
        },
      });
    } else if (!bothNone && !bothLastResort) {
      ctx.addIssue({
        code: 'custom',
        path: ['adults', 1, 'program'],
        message:
          'Spouses are in the same assistance file: both on assistance (aide sociale or solidarité sociale) or both "none".',
        params: {
          fr: "Des conjoints forment un seul dossier d'aide : les deux à l'aide (aide sociale ou solidarité sociale) ou les deux « aucun programme ».",
          en: 'Spouses are in the same assistance file: both on assistance (aide sociale or solidarité sociale) or both "none".',
        },
      });
    }
  });

export const periodSchema = z
  .object({
    /** Calendar year of the simulated month. */
    year: z.number().int().min(2000).max(2100),
    /** Month (1–12): benefits change on January 1, the minimum wage on May 1. */
    month: z.number().int().min(1).max(12),
  })
  .strict();

export const optionsSchema = z
  .object({
    /** Treatment of RPST allowances by the assistance program (see `allowanceTreatments`). */
    allowanceTreatment: z.enum(allowanceTreatments).default('countedInFull'),
    /** Monthly amount excluded per person when `allowanceTreatment` is `excludedUpToCap`. */
    allowanceExclusionCap: amount(10000).optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.allowanceTreatment === 'excludedUpToCap' && o.allowanceExclusionCap === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowanceExclusionCap'],
        message: 'allowanceExclusionCap is required with the excludedUpToCap treatment.',
        params: {
          fr: 'Le plafond d’exclusion (allowanceExclusionCap) est requis avec le traitement excludedUpToCap.',
          en: 'allowanceExclusionCap is required with the excludedUpToCap treatment.',
        },
      });
    }
  });

export const simulationInputSchema = z
  .object({
    /** The month simulated: rules and parameters in force on its first day apply. */
    period: periodSchema,
    household: householdSchema,
    options: optionsSchema.default({ allowanceTreatment: 'countedInFull' }),
    /** Free label shown back in results (e.g. "10 h allocation"). */
    label: z.string().max(200).optional(),
  })
  .strict();

/** What a caller writes (defaults may be omitted). */
export type SimulationInput = z.input<typeof simulationInputSchema>;
/** The input after validation, defaults filled in. */
export type ValidSimulationInput = z.output<typeof simulationInputSchema>;
export type ValidAdult = ValidSimulationInput['household']['adults'][number];
