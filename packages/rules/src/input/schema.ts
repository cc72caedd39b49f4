/**
 * Public input of a simulation, validated with zod at the API boundary. Every field is
 * documented here; the JSON the CLI reads has exactly this shape.
 */
import * as z from 'zod/mini';

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

/** Income tax treatment of an RPST allowance (option `allowanceTaxTreatment`). */
export const allowanceTaxTreatments = ['nonTaxable', 'taxable'] as const;
/** Monthly cash view of the credits (option `creditTiming`). */
export const creditTimings = ['averaged', 'schedule'] as const;

/** The bounds of the input's numbers, read by the schema below and by the CLI's messages. */
export const inputLimits = {
  hoursPerWeek: [0, 80],
  /** Months on assistance: up to 50 years. */
  monthsOnAssistance: [0, 600],
  /** A cost of working entered by a person, a month. */
  costPerMonth: [0, 5000],
  /** Months counted toward the revenu de base: at most the 72 of its window. */
  monthsTowardBasicIncome: [0, 72],
  hourlyWage: [1, 500],
  amountPerHour: [0, 200],
  amountPerMonth: [0, 10000],
  allowanceExclusionCap: [0, 10000],
  adultAge: [18, 110],
  childAge: [0, 25],
  year: [2000, 2100],
  month: [1, 12],
  adults: 2,
  children: 12,
  labelLength: 200,
} as const;

type Range = readonly [number, number];
/** A number typed by a person, within its bounds (finite: zod refuses infinities and NaN). */
const bounded = ([min, max]: Range) => z.number().check(z.gte(min), z.lte(max));
const integer = ([min, max]: Range) => z.int().check(z.gte(min), z.lte(max));
const hoursPerWeek = bounded(inputLimits.hoursPerWeek);

/** A custom issue with its message in both languages (read back by `input/validate.ts`). */
function issue(path: PropertyKey[], fr: string, en: string) {
  return { code: 'custom' as const, path, message: en, params: { fr, en } };
}

export const wageSchema = z.strictObject({
  /** Paid hours per week. */
  hoursPerWeek,
  /**
   * Gross hourly wage in dollars; defaults to the general minimum wage in force on the simulated
   * month. At least 1 $ (as in the widget): below a cent the point of leaving assistance lies
   * beyond any finite number of hours (found by the fuzz suite).
   */
  hourlyWage: z.optional(bounded(inputLimits.hourlyWage)),
});

export const allowanceSchema = z
  .strictObject({
    /** Hours per week of RPST activity for which the allowance is paid. */
    hoursPerWeek,
    /** Allowance paid per hour of activity, in dollars. */
    amountPerHour: z.optional(bounded(inputLimits.amountPerHour)),
    /** Allowance paid per month, in dollars (instead of an hourly amount). */
    amountPerMonth: z.optional(bounded(inputLimits.amountPerMonth)),
  })
  .check(
    z.superRefine((a, ctx) => {
      if ((a.amountPerHour === undefined) === (a.amountPerMonth === undefined)) {
        const none = a.amountPerHour === undefined;
        ctx.addIssue(
          issue(
            ['amountPerHour'],
            none
              ? 'Indiquez le montant de l’allocation : par heure (amountPerHour) ou par mois (amountPerMonth)'
              : 'Indiquez soit un montant par heure (amountPerHour), soit un montant par mois (amountPerMonth), pas les deux',
            none
              ? 'Give the allowance amount: per hour (amountPerHour) or per month (amountPerMonth)'
              : 'Give exactly one of amountPerHour or amountPerMonth, not both',
          ),
        );
      }
    }),
  );

export const activitySchema = z
  .strictObject({
    /** Paid employment (a wage): payroll deductions apply and it counts as work income. */
    wage: z.optional(wageSchema),
    /** RPST participation allowance paid by a recognized non-profit. */
    allowance: z.optional(allowanceSchema),
  })
  .check(
    z.superRefine((a, ctx) => {
      const total = (a.wage?.hoursPerWeek ?? 0) + (a.allowance?.hoursPerWeek ?? 0);
      if (total > inputLimits.hoursPerWeek[1]) {
        ctx.addIssue(
          issue(
            ['wage', 'hoursPerWeek'],
            `Les heures rémunérées et les heures avec allocation totalisent ${total} h par semaine ; le maximum est 80`,
            `Wage and allowance hours add up to ${total} hours a week; at most 80`,
          ),
        );
      }
    }),
  );

export const adultSchema = z
  .strictObject({
    /** Age in years. */
    age: integer(inputLimits.adultAge),
    /** Last-resort assistance program of the adult, or `none`. */
    program: z.enum(programs),
    /** Temporarily limited capacity for employment (Programme d'aide sociale only). */
    temporaryConstraints: z._default(z.boolean(), false),
    /** What the adult does: nothing, a wage, an RPST allowance, or both. */
    activity: z._default(activitySchema, {}),
    /** Eligible for the disability tax credit (DTC): Canada Workers Benefit disability supplement. */
    disabilityTaxCredit: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((a, ctx) => {
      if (a.temporaryConstraints && a.program !== 'socialAssistance') {
        ctx.addIssue(
          issue(
            ['temporaryConstraints'],
            'Les contraintes temporaires n’existent qu’au Programme d’aide sociale',
            'Temporary constraints exist only in the Social Assistance Program',
          ),
        );
      }
    }),
  );

export const childSchema = z.strictObject({
  age: integer(inputLimits.childAge),
  /** The child gives right to the supplement for handicapped children (Retraite Québec). */
  disability: z.optional(z.boolean()),
  /** The child is in paid childcare: its costs and the childcare credit are not computed (said in the result). */
  paidChildcare: z.optional(z.boolean()),
});

const lastResortPrograms: readonly Program[] = ['socialAssistance', 'socialSolidarity'];

export const householdSchema = z
  .strictObject({
    /** One adult, or two adults living as spouses. */
    adults: z.array(adultSchema).check(z.minLength(1), z.maxLength(inputLimits.adults)),
    /** Dependent children, by age. */
    children: z._default(z.array(childSchema).check(z.maxLength(inputLimits.children)), []),
  })
  .check(
    z.superRefine((h, ctx) => {
      const [first, second] = h.adults;
      if (!first || !second) return;
      const bothNone = first.program === 'none' && second.program === 'none';
      const bothLastResort =
        lastResortPrograms.includes(first.program) && lastResortPrograms.includes(second.program);
      if (first.program === 'basicIncome' || second.program === 'basicIncome') {
        ctx.addIssue(
          issue(
            ['adults', first.program === 'basicIncome' ? 0 : 1, 'program'],
            'Le revenu de base avec un conjoint (calcul individualisé) n’est pas encore pris en charge : simulez l’adulte seul',
            'Basic Income with a spouse (individualized calculation) is not supported yet: simulate the adult alone',
          ),
        );
      } else if (!bothNone && !bothLastResort) {
        ctx.addIssue(
          issue(
            ['adults', 1, 'program'],
            'Des conjoints forment un seul dossier d’aide : les deux à l’aide (aide sociale ou solidarité sociale) ou les deux « aucun programme »',
            'Spouses are in the same assistance file: both on assistance (aide sociale or solidarité sociale) or both "none"',
          ),
        );
      }
    }),
  );

export const periodSchema = z.strictObject({
  /** Calendar year of the simulated month. */
  year: integer(inputLimits.year),
  /** Month (1–12): benefits change on January 1, the minimum wage on May 1. */
  month: integer(inputLimits.month),
});

export const optionsSchema = z
  .strictObject({
    /** Treatment of RPST allowances by the assistance program (see `allowanceTreatments`). */
    allowanceTreatment: z._default(z.enum(allowanceTreatments), 'countedInFull'),
    /** Monthly amount excluded per person when `allowanceTreatment` is `excludedUpToCap`. */
    allowanceExclusionCap: z.optional(bounded(inputLimits.allowanceExclusionCap)),
    /**
     * Income tax treatment of an RPST allowance: `nonTaxable` (default assumption: reported in net
     * income then deducted, like assistance payments) or `taxable` (other income).
     */
    allowanceTaxTreatment: z._default(z.enum(allowanceTaxTreatments), 'nonTaxable'),
    /** A single adult lives alone all year (Québec amount for a person living alone, solidarity credit). */
    livesAlone: z._default(z.boolean(), true),
    /** The household pays rent or owns its home: housing component of the solidarity credit. */
    housingComponent: z._default(z.boolean(), true),
    /** Covered by a private group drug plan: no public drug insurance premium. */
    groupInsurance: z._default(z.boolean(), false),
    /** Add the claim booklet's value (valued at the public plan's maximum premium) to disposable income. */
    includeClaimBookletValue: z._default(z.boolean(), false),
    /** Monthly cash view: credits `averaged` over the months, or at their payment `schedule`. */
    creditTiming: z._default(z.enum(creditTimings), 'averaged'),
    /** Recipient of last-resort assistance for at least 36 of the last 42 months (work premium supplement). */
    longTermRecipient: z._default(z.boolean(), false),
    /**
     * Consecutive months the household has received last-resort assistance up to the simulated
     * month. Unknown (left out): at least 6 is assumed, and said (the single-person adjustment,
     * RAPF s. 67.3, asks for 6).
     */
    monthsOnAssistance: z.optional(integer(inputLimits.monthsOnAssistance)),
    /**
     * What working costs the household a month, as the person says it: transport (bus pass, gas)
     * and childcare (what is left to pay). Counted only in a scenario with an activity; the
     * result says the money left after them beside the money before them.
     */
    costsOfWorking: z.optional(
      z.strictObject({
        transportPerMonth: z._default(bounded(inputLimits.costPerMonth), 0),
        childcarePerMonth: z._default(bounded(inputLimits.costPerMonth), 0),
      }),
    ),
    /**
     * Months of the last 72 already counted toward the Programme de revenu de base (on solidarité
     * sociale, or holding the ASM-2 claim booklet after leaving for work), before the simulated
     * month. Unknown (left out): the result says the rule and what the scenario does to the count.
     */
    monthsTowardBasicIncome: z.optional(integer(inputLimits.monthsTowardBasicIncome)),
    /**
     * The household lives in subsidized housing (HLM, housing co-operative or other subsidized
     * dwelling, rent supplement): no single-person adjustment (RAPF s. 67.3).
     */
    subsidizedHousing: z._default(z.boolean(), false),
    /**
     * An adult of the household lives in the same dwelling as their father or mother: on the
     * Programme d'aide sociale the basic benefit is then reduced, with exceptions (RAPF s. 57;
     * ADEL sujet 42379). Said in the result, not computed (the reduced amounts are not read for
     * each year yet).
     */
    livesWithParent: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.allowanceTreatment === 'excludedUpToCap' && o.allowanceExclusionCap === undefined) {
        ctx.addIssue(
          issue(
            ['allowanceExclusionCap'],
            'Le plafond d’exclusion (allowanceExclusionCap) est requis avec le traitement excludedUpToCap',
            'allowanceExclusionCap is required with the excludedUpToCap treatment',
          ),
        );
      }
    }),
  );

/** The options when none are given (each field's own default). */
export const defaultOptions = {
  allowanceTreatment: 'countedInFull',
  allowanceTaxTreatment: 'nonTaxable',
  livesAlone: true,
  housingComponent: true,
  groupInsurance: false,
  includeClaimBookletValue: false,
  creditTiming: 'averaged',
  longTermRecipient: false,
  subsidizedHousing: false,
  livesWithParent: false,
} as const;

export const simulationInputSchema = z
  .strictObject({
    /** The month simulated: rules and parameters in force on its first day apply. */
    period: periodSchema,
    household: householdSchema,
    options: z._default(optionsSchema, defaultOptions),
    /** Free label shown back in results (e.g. "10 h allocation"). */
    label: z.optional(z.string().check(z.maxLength(inputLimits.labelLength))),
  })
  .check(
    z.superRefine((i, ctx) => {
      // Childcare is a cost of working for a household with children: without one, the amount
      // would be said as « garde d’enfants » for nobody.
      if (
        (i.options.costsOfWorking?.childcarePerMonth ?? 0) > 0 &&
        i.household.children.length === 0
      )
        ctx.addIssue(
          issue(
            ['options', 'costsOfWorking', 'childcarePerMonth'],
            'Des frais de garde sans enfant à charge : ajoutez les enfants (household.children) ou retirez ces frais',
            'Childcare costs without a dependent child: add the children (household.children) or remove these costs',
          ),
        );
    }),
  );

/** What a caller writes (defaults may be omitted). */
export type SimulationInput = z.input<typeof simulationInputSchema>;
/** The input after validation, defaults filled in. */
export type ValidSimulationInput = z.output<typeof simulationInputSchema>;
export type ValidAdult = ValidSimulationInput['household']['adults'][number];
