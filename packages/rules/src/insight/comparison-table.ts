/**
 * The framework's « Tableau calcul comparatif salaire vs aide sociale », computed: for each program
 * (aide sociale, with temporary constraints, solidarité sociale, revenu de base), one adult or the
 * household a host chooses (a couple, children), rows of
 * weekly hours, columns for the wage at the minimum wage and the allowance (not recognized, and
 * recognized as a support allowance). Each cell is `simulate`'s headline figure (money per month)
 * and its difference with no activity, with what happens to assistance and the claim booklet. Next
 * January it changes with the parameter files alone.
 */
import type { AllowanceTreatment, SimulationInput } from '../input/schema.js';
import type { Localized } from '../i18n/localized.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { simulate, sweep } from '../scenario/api.js';
import { cliffSearchHours, findCliffs, type IncomeTrap } from './cliffs.js';
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

/**
 * The household of a table, as a host chooses it: one adult (by default) or a couple whose second
 * adult has no income and the same program, with or without children (their ages, 0 to 17).
 */
export interface ComparisonHousehold {
  readonly couple?: boolean;
  readonly childAges?: readonly number[];
}

const frNumbers = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six'];
const enNumbers = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

function agesSaid(lang: 'fr' | 'en', ages: readonly number[]): string {
  const list = ages.map(String);
  const joined =
    list.length === 1
      ? list[0]!
      : `${list.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${list[list.length - 1]!}`;
  const n = ages.length;
  if (lang === 'fr')
    return n === 1
      ? `un enfant de ${joined} an${ages[0]! >= 2 ? 's' : ''}`
      : `${frNumbers[n] ?? n} enfants de ${joined} ans`;
  return n === 1 ? `one child aged ${joined}` : `${enNumbers[n] ?? n} children aged ${joined}`;
}

/** Whose figures the table gives (the household of `comparisonInput`), said wherever it is shown. */
export function comparisonTableForWhom(household: ComparisonHousehold = {}): Localized {
  const ages = household.childAges ?? [];
  const couple = household.couple === true;
  if (!couple && ages.length === 0)
    return {
      fr: 'Ces montants sont pour une personne seule de 35 ans, sans enfant, à l’aide depuis 6 mois ou plus, sans logement subventionné. Pour un couple, une famille ou une autre situation, les montants changent : faites le calcul avec le simulateur.',
      en: 'These amounts are for a single person aged 35, with no children, on assistance for 6 months or more, not in subsidized housing. For a couple, a family or another situation the amounts differ: use the simulator.',
    };
  const kidsFr = ages.length === 0 ? 'sans enfant' : `avec ${agesSaid('fr', ages)}`;
  const kidsEn = ages.length === 0 ? 'with no children' : `with ${agesSaid('en', ages)}`;
  // Short sentences: the reader may be tired, and this one decides whether the figures are theirs.
  return couple
    ? {
        fr: `Ces montants sont pour un couple de 35 ans ${kidsFr}. Une seule personne a une activité ; l’autre n’a pas de revenu et reçoit l’aide du même programme. Sans logement subventionné. Le revenu de base n’est pas calculé pour un couple. Pour une autre situation, faites le calcul avec le simulateur.`,
        en: `These amounts are for a couple aged 35 ${kidsEn}. Only one person has an activity; the other has no income and gets the same program. Not in subsidized housing. The basic income is not computed for a couple. For another situation, use the simulator.`,
      }
    : {
        fr: `Ces montants sont pour un parent seul de 35 ans ${kidsFr}, sans logement subventionné. Pour une autre situation, faites le calcul avec le simulateur.`,
        en: `These amounts are for a single parent aged 35 ${kidsEn}, not in subsidized housing. For another situation, use the simulator.`,
      };
}

export interface ComparisonTableOptions {
  readonly period: { readonly year: number; readonly month: number };
  readonly hours?: readonly number[];
  readonly allowancePerHour?: number;
  /** One adult with no children by default. */
  readonly household?: ComparisonHousehold;
  readonly parameters?: ParameterSet;
}

/** The library input of one cell. */
export function comparisonInput(
  program: ComparisonProgram,
  column: ComparisonColumn,
  hours: number,
  period: { year: number; month: number },
  allowancePerHour: number,
  household: ComparisonHousehold = {},
): SimulationInput {
  const treatment: AllowanceTreatment =
    column === 'allowanceSupport' ? 'recognizedSupportAllowance' : 'countedInFull';
  const activity =
    hours === 0
      ? {}
      : column === 'wage'
        ? { wage: { hoursPerWeek: hours } }
        : { allowance: { hoursPerWeek: hours, amountPerHour: allowancePerHour } };
  const own = program === 'socialAssistanceTemporary' ? 'socialAssistance' : program;
  return {
    period,
    household: {
      adults: [
        {
          age: 35,
          program: own,
          temporaryConstraints: program === 'socialAssistanceTemporary',
          activity,
        },
        // The second adult of a couple: no income, the same program (without constraints).
        ...(household.couple ? [{ age: 35, program: own }] : []),
      ],
      children: (household.childAges ?? []).map((age) => ({ age })),
    },
    options: { allowanceTreatment: treatment },
  };
}

export function comparisonTable(options: ComparisonTableOptions): ComparisonTable {
  const hours = options.hours ?? [0, 5, 10, 15, 20, 25];
  const perHour = options.allowancePerHour ?? 3;
  const household = options.household ?? {};
  const api = options.parameters ? { parameters: options.parameters } : {};
  let uncertainty: Localized | null = null;
  // The basic income is not computed for a couple (the library refuses it): its table is left
  // out, and the sentence on whose figures these are says so.
  const shown = comparisonPrograms.filter((p) => !(household.couple && p === 'basicIncome'));
  const programs = shown.map((program) => {
    let noActivity = 0;
    const rows = hours.map((h) => {
      const cells = {} as Record<ComparisonColumn, ComparisonCell>;
      for (const column of comparisonColumns) {
        const r = simulate(
          comparisonInput(program, column, h, options.period, perHour, household),
          api,
        );
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
    // found on the participant surfaces' own sweep (to 40 h, so that a cliff's extent reads as on
    // the simulator's card) and said under the table when it begins within its rows.
    const last = hours[hours.length - 1] ?? 25;
    const swept = sweep(
      comparisonInput(program, 'wage', 0, options.period, perHour, household),
      { hoursPerWeek: { ...cliffSearchHours }, activity: 'wage' },
      api,
    );
    const exitAt = simulate(
      comparisonInput(program, 'wage', cliffSearchHours.to, options.period, perHour, household),
      api,
    );
    const cliffs = swept.ok
      ? findCliffs(swept.value, {
          exitHoursPerWeek: exitAt.ok ? exitAt.value.exit.hoursPerWeekAtExit : null,
        }).filter((t) => t.kind === 'cliff' && t.fromHours <= last)
      : [];
    return { program, noActivity, cliffs, rows };
  });
  return {
    period: options.period,
    hours,
    allowancePerHour: perHour,
    programs,
    uncertainty,
    forWhom: comparisonTableForWhom(household),
  };
}
