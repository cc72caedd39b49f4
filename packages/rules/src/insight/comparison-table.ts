/**
 * The framework's « Tableau calcul comparatif salaire vs aide sociale », computed: for each program
 * (aide sociale, with temporary constraints, solidarité sociale, revenu de base), one adult, rows of
 * weekly hours, columns for the wage at the minimum wage and the allowance (not recognized, and
 * recognized as a support allowance). Each cell is `simulate`'s headline figure (money per month)
 * and its difference with no activity, with what happens to assistance and the claim booklet. Next
 * January it changes with the parameter files alone.
 */
import type { AllowanceTreatment, SimulationInput } from '../input/schema.js';
import type { Localized } from '../i18n/localized.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { simulate, sweep } from '../scenario/api.js';
import { findCliffs, type IncomeTrap } from './cliffs.js';
import type { ClaimBookletStatus } from '../programs/claim-booklet.js';
import { uncertaintyOf } from '../scenario/sentences/uncertainty.js';

export const comparisonPrograms = [
  'socialAssistance',
  'socialAssistanceTemporary',
  'socialSolidarity',
  'basicIncome',
] as const;
export type ComparisonProgram = (typeof comparisonPrograms)[number];
export const comparisonColumns = ['wage', 'allowanceCounted', 'allowanceSupport'] as const;
export type ComparisonColumn = (typeof comparisonColumns)[number];

export interface ComparisonCell {
  readonly moneyPerMonth: number;
  readonly differenceVsNoActivity: number;
  /**
   * The difference a reader finds from the whole dollars shown (this cell's and the no-activity
   * amount): what the table prints, never a dollar off its own figures.
   */
  readonly shownDifference: number;
  /** Assistance is nil at these hours. */
  readonly leavesAssistance: boolean;
  readonly claimBooklet: ClaimBookletStatus;
  readonly claimBookletMonths: number | null;
}

export interface ComparisonTable {
  readonly period: { readonly year: number; readonly month: number };
  readonly hours: readonly number[];
  readonly allowancePerHour: number;
  readonly programs: readonly {
    readonly program: ComparisonProgram;
    readonly noActivity: number;
    /** Where more hours of work give less money (or nothing), between 0 and the last row's hours, in words. */
    readonly cliffs: readonly IncomeTrap[];
    readonly rows: readonly {
      readonly hours: number;
      readonly cells: Readonly<Record<ComparisonColumn, ComparisonCell>>;
    }[];
  }[];
  /** How sure the figures are, in one sentence (or null). */
  readonly uncertainty: Localized | null;
  /**
   * Whose figures these are, said wherever the table is shown: a parent or a couple reading them as
   * theirs would be misled.
   */
  readonly forWhom: Localized;
}

/** Whose figures the table gives (the household of `comparisonInput`). */
export const comparisonTableForWhom: Localized = {
  fr: 'Ces montants sont pour une personne seule de 35 ans, sans enfant, à l’aide depuis 6 mois ou plus, sans logement subventionné. Pour un couple, une famille ou une autre situation, les montants changent : faites le calcul avec le simulateur.',
  en: 'These amounts are for a single person aged 35, with no children, on assistance for 6 months or more, not in subsidized housing. For a couple, a family or another situation the amounts differ: use the simulator.',
};

export interface ComparisonTableOptions {
  readonly period: { readonly year: number; readonly month: number };
  readonly hours?: readonly number[];
  readonly allowancePerHour?: number;
  readonly parameters?: ParameterSet;
}

/** The library input of one cell. */
export function comparisonInput(
  program: ComparisonProgram,
  column: ComparisonColumn,
  hours: number,
  period: { year: number; month: number },
  allowancePerHour: number,
): SimulationInput {
  const treatment: AllowanceTreatment =
    column === 'allowanceSupport' ? 'recognizedSupportAllowance' : 'countedInFull';
  const activity =
    hours === 0
      ? {}
      : column === 'wage'
        ? { wage: { hoursPerWeek: hours } }
        : { allowance: { hoursPerWeek: hours, amountPerHour: allowancePerHour } };
  return {
    period,
    household: {
      adults: [
        {
          age: 35,
          program: program === 'socialAssistanceTemporary' ? 'socialAssistance' : program,
          temporaryConstraints: program === 'socialAssistanceTemporary',
          activity,
        },
      ],
    },
    options: { allowanceTreatment: treatment },
  };
}

export function comparisonTable(options: ComparisonTableOptions): ComparisonTable {
  const hours = options.hours ?? [0, 5, 10, 15, 20, 25];
  const perHour = options.allowancePerHour ?? 3;
  const api = options.parameters ? { parameters: options.parameters } : {};
  let uncertainty: Localized | null = null;
  const programs = comparisonPrograms.map((program) => {
    let noActivity = 0;
    const rows = hours.map((h) => {
      const cells = {} as Record<ComparisonColumn, ComparisonCell>;
      for (const column of comparisonColumns) {
        const r = simulate(comparisonInput(program, column, h, options.period, perHour), api);
        if (!r.ok) throw new Error(r.error.message.en);
        const v = r.value;
        noActivity = v.moneyPerMonth.noActivity;
        uncertainty ??= uncertaintyOf(options.period.year, v.unverifiedParameters).sentence;
        cells[column] = {
          moneyPerMonth: v.moneyPerMonth.amount,
          differenceVsNoActivity: v.moneyPerMonth.differenceVsNoActivity,
          shownDifference: v.moneyPerMonth.wholeDifference,
          leavesAssistance: v.exit.leavesAssistance,
          claimBooklet: v.coverage.claimBooklet.status,
          claimBookletMonths: v.coverage.claimBooklet.monthsAfterLeaving,
        };
      }
      return { hours: h, cells };
    });
    // The rows are 5 h apart: what happens between them (assistance stopping at 15,5 h…) is
    // found on a finer sweep and said under the table.
    const last = hours[hours.length - 1] ?? 25;
    const swept = sweep(
      comparisonInput(program, 'wage', 0, options.period, perHour),
      { hoursPerWeek: { from: 0, to: last, step: 0.5 }, activity: 'wage' },
      api,
    );
    const exitAt = simulate(comparisonInput(program, 'wage', last, options.period, perHour), api);
    const cliffs = swept.ok
      ? findCliffs(swept.value, {
          exitHoursPerWeek: exitAt.ok ? exitAt.value.exit.hoursPerWeekAtExit : null,
        }).filter((t) => t.kind === 'cliff')
      : [];
    return { program, noActivity, cliffs, rows };
  });
  return {
    period: options.period,
    hours,
    allowancePerHour: perHour,
    programs,
    uncertainty,
    forWhom: comparisonTableForWhom,
  };
}
