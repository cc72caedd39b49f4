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
import { youngChildGivesTemporaryAllowance } from '../programs/last-resort/needs.js';
import * as z from 'zod/mini';

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

/** A host's household, read strictly: the sentence and the figures must describe the same one. */
const comparisonHouseholdSchema = z.strictObject({
  couple: z.optional(z.boolean()),
  childAges: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(17))).check(z.maxLength(6))),
});

/** The household as given, or an error naming the field (in both languages). */
function readHousehold(household: unknown): Required<ComparisonHousehold> {
  const read = comparisonHouseholdSchema.safeParse(household ?? {});
  if (!read.success) {
    const issue = read.error.issues[0]!;
    const field = ['household', ...issue.path.map(String)].join('.');
    throw new RangeError(
      `comparisonTable: « ${field} » invalide / invalid (${issue.message}); expected { couple?: boolean, childAges?: whole ages 0–17, six at most }`,
    );
  }
  return { couple: read.data.couple ?? false, childAges: read.data.childAges ?? [] };
}

const frNumbers = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six'];
const enNumbers = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

function agesSaid(lang: 'fr' | 'en', given: readonly number[]): string {
  // Youngest first, as the simulator says them (« moins d'un an » for a baby).
  const ages = [...given].sort((x, y) => x - y);
  const and = lang === 'fr' ? 'et' : 'and';
  const list = (xs: string[]) =>
    xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]!}`;
  const n = ages.length;
  const last = ages[n - 1]!;
  if (lang === 'fr') {
    const age = (a: number) => (a === 0 ? 'moins d’un an' : String(a));
    const years = last === 0 ? '' : last >= 2 ? ' ans' : ' an';
    return n === 1
      ? `un enfant de ${age(last)}${years}`
      : `${frNumbers[n]} enfants de ${list(ages.map(age))}${years}`;
  }
  const age = (a: number) => (a === 0 ? 'under 1' : String(a));
  return n === 1
    ? `one child aged ${age(last)}`
    : `${enNumbers[n]} children aged ${list(ages.map(age))}`;
}

/**
 * Whose figures the table gives (the household of `comparisonInput`), said wherever it is shown,
 * with what is in them for a family, and why a table is left out.
 */
export function comparisonTableForWhom(household: ComparisonHousehold = {}): Localized {
  return forWhomOf(readHousehold(household));
}

function forWhomOf({ couple, childAges: ages }: Required<ComparisonHousehold>): Localized {
  if (!couple && ages.length === 0)
    return {
      fr: 'Ces montants sont pour une personne seule de 35 ans, sans enfant, à l’aide depuis 6 mois ou plus, sans logement subventionné. Pour un couple, une famille ou une autre situation, les montants changent : faites le calcul avec le simulateur.',
      en: 'These amounts are for a single person aged 35, with no children, on assistance for 6 months or more, not in subsidized housing. For a couple, a family or another situation the amounts differ: use the simulator.',
    };
  const kidsFr = ages.length === 0 ? 'sans enfant' : `avec ${agesSaid('fr', ages)}`;
  const kidsEn = ages.length === 0 ? 'with no children' : `with ${agesSaid('en', ages)}`;
  // What a parent might otherwise add on top: the child benefits are in the figures.
  const benefitsFr =
    ages.length === 0
      ? ''
      : ' Les montants comprennent les prestations pour enfants (Allocation canadienne pour enfants, Allocation famille).';
  const benefitsEn =
    ages.length === 0
      ? ''
      : ' The amounts include the child benefits (Canada child benefit, Allocation famille).';
  const youngFr = youngChildGivesTemporaryAllowance(couple ? 2 : 1, ages)
    ? ' Avec un enfant de moins de 5 ans, l’aide sociale compte déjà l’allocation pour contraintes temporaires : un seul tableau pour l’aide sociale.'
    : '';
  const youngEn = youngChildGivesTemporaryAllowance(couple ? 2 : 1, ages)
    ? ' With a child under 5, social assistance already includes the temporary constraints allowance: one table for social assistance.'
    : '';
  const end = {
    fr: ' Pour une autre situation, faites le calcul avec le simulateur.',
    en: ' For another situation, use the simulator.',
  };
  // Short sentences: the reader may be tired, and this one decides whether the figures are theirs.
  return couple
    ? {
        fr: `Ces montants sont pour un couple (deux adultes de 35 ans) ${kidsFr}. Une seule personne a une activité ; l’autre n’a pas de revenu et reçoit l’aide du même programme. Sans logement subventionné.${benefitsFr} Le revenu de base n’est pas calculé pour un couple.${end.fr}`,
        en: `These amounts are for a couple (two adults aged 35) ${kidsEn}. Only one person has an activity; the other has no income and gets the same program. Not in subsidized housing.${benefitsEn} The basic income is not computed for a couple.${end.en}`,
      }
    : {
        fr: `Ces montants sont pour un parent seul de 35 ans ${kidsFr}, sans logement subventionné.${benefitsFr}${youngFr}${end.fr}`,
        en: `These amounts are for a single parent aged 35 ${kidsEn}, not in subsidized housing.${benefitsEn}${youngEn}${end.en}`,
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

/** The library input of one cell (the household read and checked here, as given). */
export function comparisonInput(
  program: ComparisonProgram,
  column: ComparisonColumn,
  hours: number,
  period: { year: number; month: number },
  allowancePerHour: number,
  household: ComparisonHousehold = {},
): SimulationInput {
  return cellInput(program, column, hours, period, allowancePerHour, readHousehold(household));
}

/** One cell's input for a household already read (a table reads it once, not once a cell). */
function cellInput(
  program: ComparisonProgram,
  column: ComparisonColumn,
  hours: number,
  period: { year: number; month: number },
  allowancePerHour: number,
  { couple, childAges }: Required<ComparisonHousehold>,
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
        ...(couple ? [{ age: 35, program: own }] : []),
      ],
      children: childAges.map((age) => ({ age })),
    },
    options: { allowanceTreatment: treatment },
  };
}

export function comparisonTable(options: ComparisonTableOptions): ComparisonTable {
  const hours = options.hours ?? [0, 5, 10, 15, 20, 25];
  const perHour = options.allowancePerHour ?? 3;
  const household = readHousehold(options.household);
  const api = options.parameters ? { parameters: options.parameters } : {};
  let uncertainty: Localized | null = null;
  // Left out, and said in the sentence on whose figures these are: the basic income for a couple
  // (the library does not compute it), and the temporary-constraints table when a young child
  // already gives that allowance (it would repeat the aide sociale's, cell for cell).
  const youngChild = youngChildGivesTemporaryAllowance(
    household.couple ? 2 : 1,
    household.childAges,
  );
  const shown = comparisonPrograms.filter(
    (p) =>
      !(household.couple && p === 'basicIncome') &&
      !(youngChild && p === 'socialAssistanceTemporary'),
  );
  const programs = shown.map((program) => {
    let noActivity = 0;
    const rows = hours.map((h) => {
      const cells = {} as Record<ComparisonColumn, ComparisonCell>;
      for (const column of comparisonColumns) {
        const r = simulate(cellInput(program, column, h, options.period, perHour, household), api);
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
      cellInput(program, 'wage', 0, options.period, perHour, household),
      { hoursPerWeek: { ...cliffSearchHours }, activity: 'wage' },
      api,
    );
    const exitAt = simulate(
      cellInput(program, 'wage', cliffSearchHours.to, options.period, perHour, household),
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
    forWhom: forWhomOf(household),
  };
}
