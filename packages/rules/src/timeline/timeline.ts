/**
 * The month-by-month transition: from a start month, 12 to 24 consecutive months of a household
 * whose first adult's activity may change every month (starting, increasing, a relapse with 0 h,
 * stopping). Each month follows the rules as they apply to it:
 *
 * - the parameters in force on its first day (benefits and credits change on January 1 or July 1,
 *   the minimum wage on May 1; months past the data use its latest year, and say so);
 * - the cheque of a month is computed from the income of the month before (ADEL « Revenu qui
 *   cesse »: income of a month reduces the following month's benefit), so income of month m never
 *   changes the cheque of month m;
 * - leaving assistance: the claim booklet is kept 6 months (aide sociale) or 48 months (solidarité
 *   sociale) after leaving because of work income, then the RAMQ drug premium applies; the work
 *   premium supplement (200 $ a month, up to 12 months) for a long-term recipient who left for work;
 * - a return to assistance after leaving, past the simplified application, is a new application the timeline does not model: it
 *   says so in that month and counts no cheque rather than inventing one;
 * - each calendar year's taxes and credits come from the sum of its actual months (months of the
 *   year outside the window are taken as the activity before the start, or after it as `after`,
 *   by default the last month's), and
 *   are paid when they are paid: GST credit quarterly, solidarity credit monthly, income tax
 *   withheld with each pay, the spring settlement (work premium, its supplement, the CWB, less the
 *   drug premium) in April of the following year.
 *
 * Four steps, one module each: what each month computes (`month-cores.ts`), assistance month by
 * month (`assistance-months.ts`), the tax years (`tax-years.ts`), and each month's row
 * (`month-row.ts`); the words are in `sentences.ts`.
 */
import { PasserelleError, toOutcome, type Outcome } from '../errors.js';
import type { Localized } from '../i18n/localized.js';
import { monthName } from '../i18n/months.js';
import { invalidInputError } from '../input/validate.js';
import { toCents } from '../money.js';
import { defaultParameters } from '../parameters/default-set.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { assistanceByMonth, type BookletStatus } from './assistance-months.js';
import { monthCores } from './month-cores.js';
import { monthRow } from './month-row.js';
import { monthIndex, periodOf } from './months.js';
import type { Timeline, TimelineMonth, TimelineOptions, TimelineYear } from './result.js';
import { timelineInputSchema, type TimelineInput, type ValidTimelineInput } from './schema.js';
import { inBoth } from './sentences.js';
import { bookletCondition, bookletConditionSimple } from '../programs/claim-booklet.js';
import { priorYearSpring, taxYearOf, type TaxYearFigures } from './tax-years.js';

export type { BookletStatus };
export type { Timeline, TimelineMonth, TimelineOptions, TimelineYear };

const assumptions: Localized[] = [
  {
    fr: 'Enfants : leur âge reste celui donné pendant toute la période (un enfant qui a 6 ou 18 ans en cours de route n’est pas vieilli) ; l’Allocation canadienne pour enfants est versée chaque mois, l’Allocation famille en janvier, avril, juillet et octobre.',
    en: 'Children: their age stays as given over the whole window (a child turning 6 or 18 on the way is not aged); the Canada child benefit is paid monthly, the Allocation famille in January, April, July and October.',
  },
  {
    fr: 'Le chèque d’un mois est calculé sur les revenus du mois précédent ; avant le premier mois, l’activité « avant » (aucune par défaut).',
    en: 'A month\'s cheque is computed from the previous month\'s income; before the first month, the "before" activity (none by default).',
  },
  {
    fr: 'Impôts et crédits : chaque année civile est la somme de ses mois ; les mois hors de la période reprennent l’activité d’avant le début ou celle du dernier mois. L’impôt est retenu sur chaque paie ; le crédit pour la TPS est versé en janvier, avril, juillet et octobre, le crédit pour solidarité chaque mois ; la prime au travail, son supplément et l’Allocation canadienne pour les travailleurs arrivent en avril de l’année suivante, moins la prime d’assurance médicaments.',
    en: 'Taxes and credits: each calendar year is the sum of its months; months outside the window repeat the activity before the start or the last month’s. Income tax is withheld from each pay; the GST credit is paid in January, April, July and October, the solidarity credit monthly; the work premium, its supplement and the Canada Workers Benefit come in April of the following year, less the drug insurance premium.',
  },
  {
    fr: 'Revenu de base : le revenu net d’une année civile (au-delà de l’exclusion annuelle, 55 %) réduit les versements de juillet de l’année suivante à juin de l’autre (période de référence de juillet à juin, comme pour le revenu d’un conjoint : hypothèse) ; une allocation comptée chaque mois réduit le mois suivant.',
    en: 'Basic income: a calendar year’s net income (55% above the annual exclusion) reduces the payments from July of the following year to June of the year after (a July–June reference period, as for a spouse’s income: an assumption); an allowance counted monthly reduces the next month.',
  },
  {
    fr: 'Retour à l’aide après une sortie pour le travail : tant que le carnet de réclamation est gardé, ou le mois qui suit, la demande simplifiée (formulaire 3004) donne le chèque du mois calculé sur les seuls revenus de ce mois (Règlement, art. 169) ; on suppose le même programme et, à l’aide sociale, des avoirs liquides sous la limite. Plus tard, ou quand la date de la sortie n’est pas connue (l’activité d’avant la période avait déjà fait quitter l’aide), c’est une nouvelle demande : la période ne calcule pas de chèque, elle le signale.',
    en: 'Returning to assistance after leaving for work: while the claim booklet is kept, or in the month after, the simplified application (form 3004) gives that month’s cheque computed on that month’s income alone (Regulation, s. 169); the same program is assumed and, on social assistance, liquid assets under the limit. Later, or when the leaving date is not known (the activity before the window had already ended assistance), it is a new application: the timeline computes no cheque, it says so.',
  },
];

export function timeline(input: unknown, options: TimelineOptions = {}): Outcome<Timeline> {
  const parameters = options.parameters ?? defaultParameters;
  return toOutcome(() => {
    const parsed = timelineInputSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) throw invalidInputError(parsed.error, {}, monthOfPath(input));
    return compute(parsed.data, parameters, options.explanations ?? true);
  });
}

/**
 * « Mois 3 (mars 2026) »: the month an `activity[k]` field belongs to, so that an error in a
 * month's hours names the month (from the input's start when it is readable).
 */
function monthOfPath(input: unknown): (path: readonly PropertyKey[]) => Localized | null {
  const start = (input as { start?: { year?: unknown; month?: unknown } } | null)?.start;
  const known =
    Number.isInteger(start?.year) && Number.isInteger(start?.month)
      ? { year: start!.year as number, month: start!.month as number }
      : null;
  return (path) => {
    if (path[0] === 'before') return { fr: 'Avant la période', en: 'Before the period' };
    if (path[0] !== 'activity' || typeof path[1] !== 'number') return null;
    const k = path[1];
    const named =
      known && known.month >= 1 && known.month <= 12 ? periodOf(monthIndex(known) + k) : null;
    return {
      fr: `Mois ${k + 1}${named ? ` (${monthName('fr', named)})` : ''}`,
      en: `Month ${k + 1}${named ? ` (${monthName('en', named)})` : ''}`,
    };
  };
}

/** The four steps, in order: each month's figures, assistance month by month, the tax years, the rows. */
function compute(t: ValidTimelineInput, parameters: ParameterSet, explain: boolean): Timeline {
  const years = parameters.supportedYears;
  if (t.start.year < years[0]! || t.start.year > years[years.length - 1]!) {
    throw new PasserelleError({
      name: 'UnsupportedPeriod',
      message: {
        fr: `Début de la période : aucun paramètre pour ${t.start.year}. Années disponibles : ${years.join(', ')}.`,
        en: `Start of the timeline: no parameters for ${t.start.year}. Available years: ${years.join(', ')}.`,
      },
      info: { year: t.start.year, supportedYears: years },
    });
  }
  const m = monthCores(t, parameters);
  const a = assistanceByMonth(t, m);

  // The tax years, from the sum of their twelve months.
  const yearFigures = new Map<number, TaxYearFigures>();
  for (let y = m.firstYear; y <= m.lastYear; y++)
    yearFigures.set(y, taxYearOf(t, y, m.cores, a.statuses, m.contextOf(y * 12 + 11).ctx));
  // The year before the window, when its return is settled in a month of the window (April of the
  // first year): the `before` activity held all year, computed as `simulate` computes a year.
  const priorSpring = priorYearSpring(t, m.firstYear, m.start, m.end, m.inputFor, parameters);

  const rows = { years: yearFigures, firstYear: m.firstYear, priorSpring, explain };
  const months: TimelineMonth[] = [];
  for (let i = m.start; i < m.end; i++)
    months.push(monthRow(m.cores.get(i)!, a.statuses.get(i)!, rows));

  const firstOf = (code: string) => {
    const found = months.find((x) => x.events.some((e) => e.code === code));
    return found ? found.period : null;
  };
  const kept = a.leftForWork && a.keptMonths > 0 ? a.leftForWork : null;
  return {
    ...(t.label === undefined ? {} : { label: t.label }),
    months,
    years: [...yearFigures.entries()].map(([year, f]) => ({
      year,
      monthsInWindow: months.filter((x) => x.period.year === year).length,
      grossEarnings: toCents(f.employment),
      benefits: toCents(f.benefits),
      incomeTaxes: toCents(f.incomeTaxes),
      workPremium: toCents(f.workPremium),
      workPremiumSupplement: toCents(f.supplement),
      canadaWorkersBenefit: toCents(f.cwb),
      gstCredit: toCents(f.gst),
      solidarityCredit: toCents(f.solidarity),
      childBenefits: toCents(f.ccb.plus(f.familyAllowance)),
      drugPremium: toCents(f.premium),
      springSettlement: toCents(f.spring),
      disposableIncome: toCents(f.disposable),
    })),
    total: Math.round(months.reduce((n, x) => n + Math.round(x.disposableIncome * 100), 0)) / 100,
    previousYearSpringSettlement: priorSpring.computed ? toCents(priorSpring.amount) : null,
    milestones: {
      firstReducedCheque: firstOf('chequeReduced'),
      assistanceStops: firstOf('assistanceStops'),
      // The month the booklet ends, even past the window (48 months after leaving for work).
      claimBookletEnds: kept ? periodOf(kept.index + a.keptMonths) : null,
      claimBookletMonthsKept: kept ? a.keptMonths : null,
      claimBookletCondition: kept
        ? inBoth((_, lang) => bookletCondition(lang, a.jobStart(kept.index - 1)))
        : null,
      claimBookletConditionSimple: kept
        ? inBoth((_, lang) => bookletConditionSimple(lang, a.jobStart(kept.index - 1)))
        : null,
    },
    assumptions,
  };
}

export type { TimelineInput };
