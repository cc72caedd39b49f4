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
 * - a return to assistance after leaving is a new application the timeline does not model: it
 *   says so in that month and counts no cheque rather than inventing one;
 * - each calendar year's taxes and credits come from the sum of its actual months (months of the
 *   year outside the window are taken as the activity before the start, or the last month's), and
 *   are paid when they are paid: GST credit quarterly, solidarity credit monthly, income tax
 *   withheld with each pay, the spring settlement (work premium, its supplement, the CWB, less the
 *   drug premium) in April of the following year.
 */
import { PasserelleError, toOutcome, type Outcome } from '../errors.js';
import { annualOf } from '../explain/computed.js';
import { money, wholeMoney, type Lang, type Localized } from '../i18n/localized.js';
import { monthName } from '../i18n/months.js';
import { bookletCondition } from '../programs/claim-booklet.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { invalidInputError } from '../input/validate.js';
import { add, roundCents, sum, toCents, TWELVE, ZERO, type Dec } from '../money.js';
import { defaultParameters } from '../parameters/default-set.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { drugInsurancePremium, premiumFamilyOf } from '../credits/drug-insurance.js';
import { param, contextFor, type RuleContext } from '../rule-context.js';
import { taxesAndCredits } from '../scenario/annual.js';
import { springAmount } from '../scenario/money-per-month.js';
import { runYear } from '../scenario/run-year.js';
import { computeScenario, type ScenarioCore } from '../scenario/core.js';
import { annualContributions } from '../payroll/contributions.js';
import {
  basicIncomeBase,
  basicIncomeBenefit,
  basicIncomeReferenceYear,
  type BasicIncomeBase,
} from '../programs/basic-income/benefit.js';
import { annualIncomesOf } from '../tax/annual-income.js';
import { timelineInputSchema, type TimelineInput, type ValidTimelineInput } from './schema.js';

export type BookletStatus = 'held' | 'keptAfterLeaving' | 'lost' | 'notApplicable' | 'unknown';

export interface TimelineMonth {
  readonly period: { readonly year: number; readonly month: number };
  /** The year whose parameters apply (the latest in the data when the month is past it). */
  readonly parametersYear: number;
  readonly hoursPerWeek: number;
  readonly grossEarnings: number;
  readonly allowances: number;
  readonly payrollDeductions: number;
  /** Income counted by assistance this month: it reduces next month's cheque. */
  readonly countedIncome: number;
  /** The cheque paid this month (from last month's income); null when not modelled (a new application). */
  readonly benefit: number | null;
  /** Part of `benefit`: the 25 % supplement on work income. */
  readonly workIncomeSupplement: number;
  readonly onAssistance: boolean;
  readonly claimBooklet: BookletStatus;
  /** Months the booklet is still kept after this one, while kept after leaving. */
  readonly claimBookletMonthsLeft: number | null;
  /** The RAMQ premium that accrues this month (paid with the return), ≥ 0. */
  readonly drugPremium: number;
  /** 200 $ accrued this month after leaving for work, when eligible (paid with the return). */
  readonly workPremiumSupplement: number;
  readonly gstCredit: number;
  readonly solidarityCredit: number;
  /** Child benefits paid this month: the Canada child benefit monthly, the Allocation famille quarterly. */
  readonly childBenefits: number;
  readonly incomeTaxWithheld: number;
  /** Paid or owed with the return of the previous year, in April (work premium, CWB, less the drug premium). */
  readonly springSettlement: number;
  /** Money in hand this month: pay after contributions and tax, allowance, cheque, credits paid, spring settlement. */
  readonly disposableIncome: number;
  /** What happened this month, in words (cheque first reduced, assistance stops, booklet ends…). */
  readonly events: readonly { readonly code: string; readonly message: Localized }[];
  readonly explanation: Localized;
}

export interface TimelineYear {
  readonly year: number;
  /** Months of the year inside the window. */
  readonly monthsInWindow: number;
  readonly grossEarnings: number;
  readonly benefits: number;
  readonly incomeTaxes: number;
  readonly workPremium: number;
  readonly workPremiumSupplement: number;
  readonly canadaWorkersBenefit: number;
  readonly gstCredit: number;
  readonly solidarityCredit: number;
  /** Canada child benefit and Allocation famille of the year. */
  readonly childBenefits: number;
  readonly drugPremium: number;
  /** Settled with this year's return, in April of the following year. */
  readonly springSettlement: number;
  /** The year's disposable income: the sum of its twelve months' cash plus its spring settlement. */
  readonly disposableIncome: number;
}

export interface Timeline {
  readonly label?: string;
  readonly months: readonly TimelineMonth[];
  readonly years: readonly TimelineYear[];
  /** Sum of the window's months (`disposableIncome`). */
  readonly total: number;
  /**
   * The return of the year before the window when it is settled in the window (April of the first
   * year): the `before` activity held all year, as `simulate` computes a year (December's rules).
   * 0 when no April of the first year is in the window; null when that year is not in the data
   * (then April says so).
   */
  readonly previousYearSpringSettlement: number | null;
  /** Key months, for a sentence: first reduced cheque, assistance stops, booklet ends. */
  readonly milestones: {
    readonly firstReducedCheque: { year: number; month: number } | null;
    readonly assistanceStops: { year: number; month: number } | null;
    readonly claimBookletEnds: { year: number; month: number } | null;
    /**
     * When the booklet is kept after leaving for work: the condition, as an action with its date
     * (declare the job to the ministry by the last day of the month after it starts; ADEL 47000).
     */
    readonly claimBookletCondition: Localized | null;
    /** How many months the booklet is kept after leaving for work (6 or 48), or null. */
    readonly claimBookletMonthsKept: number | null;
  };
  readonly assumptions: readonly Localized[];
}

export interface TimelineOptions {
  readonly parameters?: ParameterSet;
  /** Write each month's explanation (default true); a redraw on every slider move can skip it. */
  readonly explanations?: boolean;
}

type Activity = ValidSimulationInput['household']['adults'][number]['activity'];

const monthIndex = (p: { year: number; month: number }) => p.year * 12 + (p.month - 1);
const periodOf = (i: number) => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

/** « de mars 2026 », « d'avril 2026 » / « of March 2026 ». */
function ofMonth(lang: Lang, p: { year: number; month: number }): string {
  const name = monthName(lang, p);
  if (lang === 'en') return `of ${name}`;
  return /^[aeiouéè]/.test(name) ? `d'${name}` : `de ${name}`;
}

const assumptions: Localized[] = [
  {
    fr: "Enfants : leur âge reste celui donné pendant toute la période (un enfant qui a 6 ou 18 ans en cours de route n'est pas vieilli) ; l'Allocation canadienne pour enfants est versée chaque mois, l'Allocation famille en janvier, avril, juillet et octobre.",
    en: 'Children: their age stays as given over the whole window (a child turning 6 or 18 on the way is not aged); the Canada child benefit is paid monthly, the Allocation famille in January, April, July and October.',
  },
  {
    fr: "Le chèque d'un mois est calculé sur les revenus du mois précédent ; avant le premier mois, l'activité « avant » (aucune par défaut).",
    en: 'A month\'s cheque is computed from the previous month\'s income; before the first month, the "before" activity (none by default).',
  },
  {
    fr: "Impôts et crédits : chaque année civile est la somme de ses mois ; les mois hors de la période reprennent l'activité d'avant le début ou celle du dernier mois. L'impôt est retenu sur chaque paie ; le crédit pour la TPS est versé en janvier, avril, juillet et octobre, le crédit pour solidarité chaque mois ; la prime au travail, son supplément et l'Allocation canadienne pour les travailleurs arrivent en avril de l'année suivante, moins la prime d'assurance médicaments.",
    en: 'Taxes and credits: each calendar year is the sum of its months; months outside the window repeat the activity before the start or the last month’s. Income tax is withheld from each pay; the GST credit is paid in January, April, July and October, the solidarity credit monthly; the work premium, its supplement and the Canada Workers Benefit come in April of the following year, less the drug insurance premium.',
  },
  {
    fr: "Revenu de base : le revenu net d'une année civile (au-delà de l'exclusion annuelle, 55 %) réduit les versements de juillet de l'année suivante à juin de l'autre (période de référence de juillet à juin, comme pour le revenu d'un conjoint : hypothèse) ; une allocation comptée chaque mois réduit le mois suivant.",
    en: "Basic income: a calendar year's net income (55% above the annual exclusion) reduces the payments from July of the following year to June of the year after (a July–June reference period, as for a spouse's income: an assumption); an allowance counted monthly reduces the next month.",
  },
  {
    fr: "Un retour à l'aide après une sortie demande une nouvelle demande : la période ne calcule pas de chèque dans ce cas, elle le signale.",
    en: 'Returning to assistance after leaving takes a new application: the timeline computes no cheque then, it says so.',
  },
];

interface MonthCore {
  readonly index: number;
  readonly ctx: RuleContext;
  readonly parametersYear: number;
  readonly activity: Activity;
  /** This month's activity at this month's rules: earnings, contributions, allowance. */
  readonly own: ScenarioCore;
  /** Last month's activity at this month's rules (wage of last month): the cheque of this month. */
  readonly lag: ScenarioCore;
}

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

function compute(t: ValidTimelineInput, parameters: ParameterSet, explain: boolean): Timeline {
  const years = parameters.supportedYears;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (t.start.year < first || t.start.year > last) {
    throw new PasserelleError({
      name: 'UnsupportedPeriod',
      message: {
        fr: `Début de la période : aucun paramètre pour ${t.start.year}. Années disponibles : ${years.join(', ')}.`,
        en: `Start of the timeline: no parameters for ${t.start.year}. Available years: ${years.join(', ')}.`,
      },
      info: { year: t.start.year, supportedYears: years },
    });
  }
  const start = monthIndex(t.start);
  const end = start + t.months; // exclusive
  const activityAt = (i: number): Activity =>
    i < start ? t.before : (t.activity[Math.min(i - start, t.activity.length - 1)] ?? {});
  const inputFor = (i: number, activity: Activity): ValidSimulationInput => ({
    period: periodOf(i),
    household: {
      ...t.household,
      adults: t.household.adults.map((a, k) => (k === 0 ? { ...a, activity } : a)),
    },
    options: t.options,
    ...(t.label === undefined ? {} : { label: t.label }),
  });
  const contexts = new Map<number, { ctx: RuleContext; year: number }>();
  const contextOf = (i: number) => {
    let c = contexts.get(i);
    if (!c) {
      const p = periodOf(i);
      // Past the data: the latest year's December rules, and the month says so. Before it (the
      // month before a January start, read only for the first cheque): the first January's.
      const q =
        p.year > last ? { year: last, month: 12 } : p.year < first ? { year: first, month: 1 } : p;
      c = { ctx: contextFor(q, parameters), year: q.year };
      contexts.set(i, c);
    }
    return c;
  };
  /** Last month's wage is paid at last month's rate: fix the rate before applying this month's rules. */
  const withRateOf = (activity: Activity, i: number): Activity => {
    if (!activity.wage || activity.wage.hourlyWage !== undefined) return activity;
    const rate = param(contextOf(i).ctx, 'labour.minimumWage.general').value.toNumber();
    return { ...activity, wage: { ...activity.wage, hourlyWage: rate } };
  };
  const coreCache = new Map<string, ScenarioCore>();
  const coreOf = (i: number, activity: Activity): ScenarioCore => {
    const { ctx } = contextOf(i);
    const key = `${ctx.date}|${JSON.stringify(activity)}`;
    let core = coreCache.get(key);
    if (!core) {
      core = computeScenario(inputFor(i, activity), ctx);
      coreCache.set(key, core);
    }
    return core;
  };
  const monthCore = (i: number): MonthCore => {
    const { ctx, year } = contextOf(i);
    const activity = activityAt(i);
    return {
      index: i,
      ctx,
      parametersYear: year,
      activity,
      own: coreOf(i, activity),
      lag: coreOf(i, withRateOf(activityAt(i - 1), i - 1)),
    };
  };

  // Every month of every calendar year the window touches (the tax years need all twelve).
  const firstYear = periodOf(start).year;
  const lastYear = periodOf(end - 1).year;
  const cores = new Map<number, MonthCore>();
  for (let i = firstYear * 12; i < (lastYear + 1) * 12; i++) cores.set(i, monthCore(i));

  // Assistance status month by month, from before the window (steady) through the window.
  const program = t.household.adults[0]!.program;
  const onLastResort = program === 'socialAssistance' || program === 'socialSolidarity';
  /**
   * The month the work that ends assistance began: the first of the unbroken run of months with
   * earnings up to month `i` (it dates the declaration that keeps the claim booklet).
   */
  const jobStart = (i: number) => {
    let first = i;
    while (first > start && cores.get(first - 1)!.own.grossEarnings.greaterThan(0)) first--;
    return periodOf(first);
  };
  const keptMonths = onLastResort
    ? param(
        contextOf(start).ctx,
        program === 'socialSolidarity'
          ? 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialSolidarity'
          : 'lastResort.claimBooklet.monthsAfterLeavingForWork.socialAssistance',
      ).value.toNumber()
    : 0;
  const supplementMonthly = param(
    contextOf(start).ctx,
    'credits.workPremium.supplement.monthlyAmount',
  ).value;
  const supplementMonths = param(
    contextOf(start).ctx,
    'credits.workPremium.supplement.maximumMonths',
  ).value.toNumber();
  const supplementMinimum = param(
    contextOf(start).ctx,
    'credits.workPremium.supplement.minimumMonthlyWorkIncome',
  ).value;

  interface Status {
    benefit: Dec | null;
    onAssistance: boolean;
    booklet: BookletStatus;
    monthsLeft: number | null;
    supplement: Dec;
    events: { code: string; message: Localized }[];
  }
  const statuses = new Map<number, Status>();
  let left: { index: number; forWork: boolean } | null = null;
  let wasOn = program !== 'none';
  let supplementPaid = 0;
  const basicIncomeDue = basicIncomeByMonth(t, activityAt, coreOf, contextOf);
  for (let i = firstYear * 12; i < (lastYear + 1) * 12; i++) {
    const c = cores.get(i)!;
    const events: { code: string; message: Localized }[] = [];
    // Last-resort assistance: last month's income. Revenu de base: a past year's net income (55 %
    // above the exclusion, from July of the year after), and last month's counted allowances.
    const due = program === 'basicIncome' ? basicIncomeDue(i, c) : c.lag.benefit;
    let benefit: Dec | null = due;
    let on = program !== 'none' && due.greaterThan(0);
    if (program !== 'none' && left === null && wasOn && !on) {
      // The first month with no cheque: assistance stops because of last month's income.
      const forWork = c.lag.grossEarnings.greaterThan(0);
      left = { index: i, forWork };
      const incomeYear = basicIncomeReferenceYear(periodOf(i));
      events.push({
        code: 'assistanceStops',
        message:
          program === 'basicIncome'
            ? {
                fr: `Plus de revenu de base : vos revenus de ${incomeYear} sont trop élevés pour un versement.`,
                en: `No basic income payment: your income of ${incomeYear} is too high for a payment.`,
              }
            : forWork
              ? {
                  fr: `Plus de chèque d’aide : les revenus ${ofMonth('fr', periodOf(i - 1))} sont trop élevés pour un chèque. Le carnet de réclamation est gardé ${keptMonths} mois, ${bookletCondition('fr', jobStart(i - 1))}.`,
                  en: `No assistance cheque: the income ${ofMonth('en', periodOf(i - 1))} is too high for a cheque. The claim booklet is kept ${keptMonths} months, ${bookletCondition('en', jobStart(i - 1))}.`,
                }
              : {
                  fr: `Plus de chèque d’aide : les revenus ${ofMonth('fr', periodOf(i - 1))} sont trop élevés pour un chèque.`,
                  en: `No assistance cheque: the income ${ofMonth('en', periodOf(i - 1))} is too high for a cheque.`,
                },
      });
    } else if (left !== null && due.greaterThan(0)) {
      // Income fell after leaving: eligibility again is a new application, not modelled.
      benefit = null;
      on = false;
      events.push({
        code: 'newApplication',
        message: {
          fr: "Vos revenus ont baissé : vous pourriez avoir droit de nouveau à l'aide, mais il faut refaire une demande (délai, conditions vérifiées de nouveau). Aucun chèque n'est compté ici.",
          en: 'Your income fell: you might be entitled to assistance again, but it takes a new application (delay, conditions checked again). No cheque is counted here.',
        },
      });
    }
    let booklet: BookletStatus;
    let monthsLeft: number | null = null;
    if (program === 'none') booklet = 'notApplicable';
    else if (left === null) booklet = on ? 'held' : 'unknown';
    else if (!left.forWork || program === 'basicIncome') booklet = 'unknown';
    else {
      const since = i - left.index;
      if (since < keptMonths) {
        booklet = 'keptAfterLeaving';
        // Months still kept after this one (the month of leaving is the first of the kept ones:
        // kept 6 months from March, it ends in September, and March says 5 more).
        monthsLeft = keptMonths - since - 1;
      } else {
        booklet = 'lost';
        if (since === keptMonths)
          events.push({
            code: 'claimBookletEnds',
            message: {
              fr: 'Fin du carnet de réclamation : médicaments, soins dentaires et de la vue ne sont plus couverts. L’assurance médicaments de la RAMQ s’applique, sauf assurance collective ; selon le revenu, une prime se paie avec la déclaration de revenus.',
              en: 'The claim booklet ends: drugs, dental and eye care are no longer covered. RAMQ drug insurance applies, unless a group plan covers you; depending on income, a premium is paid with the tax return.',
            },
          });
      }
    }
    let supplement = ZERO;
    if (
      t.options.longTermRecipient &&
      left?.forWork &&
      onLastResort &&
      supplementPaid < supplementMonths &&
      c.own.grossEarnings.greaterThanOrEqualTo(supplementMinimum)
    ) {
      supplement = supplementMonthly;
      supplementPaid++;
    }
    if (i >= start && i < end && on) {
      // The first cheque lower than the month before: last month's income is counted.
      const before = statuses.get(i - 1)?.benefit ?? monthCore(i - 1).lag.benefit;
      if (before !== null && due.lessThan(before)) {
        const p = periodOf(i);
        const incomeYear = basicIncomeReferenceYear(p);
        const reducedByYear = program === 'basicIncome' && p.month === 7;
        events.push({
          code: 'chequeReduced',
          message: reducedByYear
            ? {
                fr: `Revenu de base réduit : 55 % de vos revenus de ${incomeYear} au-delà de l’exclusion annuelle sont retranchés, de juillet ${p.year} à juin ${p.year + 1}.`,
                en: `Basic income reduced: 55% of your ${incomeYear} income above the annual exclusion comes off, from July ${p.year} to June ${p.year + 1}.`,
              }
            : {
                fr: `Chèque réduit : les revenus ${ofMonth('fr', periodOf(i - 1))} sont comptés ce mois-ci.`,
                en: `Cheque reduced: the income ${ofMonth('en', periodOf(i - 1))} is counted this month.`,
              },
        });
      }
    }
    statuses.set(i, { benefit, onAssistance: on, booklet, monthsLeft, supplement, events });
    wasOn = on;
  }

  const leftForWork = left !== null && left.forWork && onLastResort ? left : null;

  // The tax years, from the sum of their twelve months.
  const yearFigures = new Map<number, ReturnType<typeof taxYearOf>>();
  for (let y = firstYear; y <= lastYear; y++) {
    yearFigures.set(y, taxYearOf(t, y, cores, statuses, contextOf(y * 12 + 11).ctx));
  }
  // The year before the window, when its return is settled in a month of the window (April of the
  // first year): the `before` activity held all year, computed as `simulate` computes a year.
  const priorSpring = priorYearSpring(t, firstYear, start, end, inputFor, parameters);

  const months: TimelineMonth[] = [];
  for (let i = start; i < end; i++) {
    const c = cores.get(i)!;
    const s = statuses.get(i)!;
    const p = periodOf(i);
    const y = yearFigures.get(p.year)!;
    const previousYear = yearFigures.get(p.year - 1);
    const gross = c.own.grossEarnings;
    const contributions = c.own.payrollDeductions;
    const allowances = c.own.allowances;
    const benefit = s.benefit ?? ZERO;
    const gst = [1, 4, 7, 10].includes(p.month) ? y.gst.dividedBy(4) : ZERO;
    const solidarity = y.solidarity.dividedBy(TWELVE);
    const childBenefits = y.ccb
      .dividedBy(TWELVE)
      .plus([1, 4, 7, 10].includes(p.month) ? y.familyAllowance.dividedBy(4) : ZERO);
    const withheld = y.employment.isZero()
      ? ZERO
      : y.incomeTaxes.times(gross).dividedBy(y.employment);
    const spring =
      p.month === 4 && previousYear
        ? previousYear.spring
        : p.month === 4 && p.year === firstYear && priorSpring.computed
          ? priorSpring.amount
          : ZERO;
    const premium =
      s.booklet === 'lost' || s.booklet === 'notApplicable' ? y.premium.dividedBy(TWELVE) : ZERO;
    const disposable = roundCents(
      sum([
        gross.minus(contributions),
        allowances,
        benefit,
        gst,
        solidarity,
        childBenefits,
        spring,
      ]).minus(withheld),
    );
    const events = [...s.events];
    if (c.parametersYear !== p.year)
      events.push({
        code: 'parametersNotInData',
        message: {
          fr: `Montants de ${c.parametersYear} : ceux de ${p.year} ne sont pas encore intégrés.`,
          en: `${c.parametersYear} amounts: those of ${p.year} are not in the data yet.`,
        },
      });
    // Name only the credits the previous year gives (a CWB of 0 $ is not « received »).
    const springCredits = previousYear
      ? {
          premium: previousYear.workPremium.plus(previousYear.supplement).greaterThan(0),
          cwb: previousYear.cwb.greaterThan(0),
        }
      : { premium: true, cwb: true };
    const creditNames = {
      fr: [
        springCredits.premium ? 'prime au travail' : '',
        springCredits.cwb ? 'Allocation canadienne pour les travailleurs' : '',
      ]
        .filter(Boolean)
        .join(' et '),
      en: [
        springCredits.premium ? 'work premium' : '',
        springCredits.cwb ? 'Canada Workers Benefit' : '',
      ]
        .filter(Boolean)
        .join(' and '),
    };
    if (p.month === 4 && p.year === firstYear && !priorSpring.computed)
      events.push({
        code: 'springNotComputed',
        message: {
          fr: `Déclaration de revenus de ${p.year - 1} : pas comptée ici (les paramètres de ${p.year - 1} ne sont pas dans les données). Ce qu’elle donne ou coûte s’ajoute à ce mois.`,
          en: `${p.year - 1} tax return: not counted here (the ${p.year - 1} parameters are not in the data). What it gives or costs comes on top of this month.`,
        },
      });
    if (spring.isZero() === false)
      events.push({
        code: 'springSettlement',
        message: {
          fr: spring.greaterThan(0)
            ? `Déclaration de revenus de ${p.year - 1} : environ ${wholeMoney('fr', toCents(spring))} reçus (${creditNames.fr || 'crédits'}, moins la prime d’assurance médicaments s’il y en a une).`
            : `Déclaration de revenus de ${p.year - 1} : environ ${wholeMoney('fr', -toCents(spring))} à payer (prime d’assurance médicaments).`,
          en: spring.greaterThan(0)
            ? `${p.year - 1} tax return: about ${wholeMoney('en', toCents(spring))} received (${creditNames.en || 'credits'}, less the drug insurance premium if any).`
            : `${p.year - 1} tax return: about ${wholeMoney('en', -toCents(spring))} to pay (drug insurance premium).`,
        },
      });
    const hours = Number(
      (c.activity.wage?.hoursPerWeek ?? 0) + (c.activity.allowance?.hoursPerWeek ?? 0),
    );
    months.push({
      period: p,
      parametersYear: c.parametersYear,
      hoursPerWeek: hours,
      grossEarnings: toCents(gross),
      allowances: toCents(allowances),
      payrollDeductions: toCents(contributions),
      countedIncome: toCents(countedIncomeOf(c.own)),
      benefit: s.benefit === null ? null : toCents(s.benefit),
      workIncomeSupplement: s.benefit === null ? 0 : toCents(c.lag.workIncomeSupplement),
      onAssistance: s.onAssistance,
      claimBooklet: s.booklet,
      claimBookletMonthsLeft: s.monthsLeft,
      drugPremium: toCents(premium),
      workPremiumSupplement: toCents(s.supplement),
      gstCredit: toCents(gst),
      solidarityCredit: toCents(solidarity),
      childBenefits: toCents(childBenefits),
      incomeTaxWithheld: toCents(withheld),
      springSettlement: toCents(spring),
      disposableIncome: disposable.toNumber(),
      events,
      explanation: explain
        ? monthExplanation(p, c, s, gross, contributions, allowances, benefit)
        : { fr: '', en: '' },
    });
  }

  const firstOf = (code: string) => {
    const m = months.find((x) => x.events.some((e) => e.code === code));
    return m ? m.period : null;
  };
  return {
    ...(t.label === undefined ? {} : { label: t.label }),
    months,
    years: [...yearFigures.entries()].map(([year, f]) => ({
      year,
      monthsInWindow: months.filter((m) => m.period.year === year).length,
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
    total: Math.round(months.reduce((n, m) => n + Math.round(m.disposableIncome * 100), 0)) / 100,
    previousYearSpringSettlement: priorSpring.computed ? toCents(priorSpring.amount) : null,
    milestones: {
      firstReducedCheque: firstOf('chequeReduced'),
      assistanceStops: firstOf('assistanceStops'),
      // The month the booklet ends, even past the window (48 months after leaving for work).
      claimBookletEnds:
        leftForWork && keptMonths > 0 ? periodOf(leftForWork.index + keptMonths) : null,
      claimBookletMonthsKept: leftForWork && keptMonths > 0 ? keptMonths : null,
      claimBookletCondition:
        leftForWork && keptMonths > 0
          ? {
              fr: bookletCondition('fr', jobStart(leftForWork.index - 1)),
              en: bookletCondition('en', jobStart(leftForWork.index - 1)),
            }
          : null,
    },
    assumptions,
  };
}

/**
 * The return of the year before the window, settled in April of the window's first year: the
 * `before` activity held all year (what a person who already worked last year brings), computed
 * as `simulate` computes a steady year. Not computed (and said) when that year is not in the data.
 */
function priorYearSpring(
  t: ValidTimelineInput,
  firstYear: number,
  start: number,
  end: number,
  inputFor: (i: number, activity: Activity) => ValidSimulationInput,
  parameters: ParameterSet,
): { computed: boolean; amount: Dec } {
  const april = firstYear * 12 + 3;
  if (april < start || april >= end) return { computed: true, amount: ZERO };
  const prior = firstYear - 1;
  if (!parameters.supportedYears.includes(prior)) return { computed: false, amount: ZERO };
  const ctx = contextFor({ year: prior, month: 12 }, parameters);
  return {
    computed: true,
    amount: springAmount(runYear(inputFor(prior * 12 + 11, t.before), ctx).annual),
  };
}

/**
 * The revenu de base due each month of a timeline (RAPF s. 177.79): the net income of the calendar
 * year before the reference period (July to June), computed from that year's twelve months (the
 * « before » activity for years before the window), at that year's tax rules; the allowances
 * counted last month come off too (s. 177.77).
 */
function basicIncomeByMonth(
  t: ValidTimelineInput,
  activityAt: (i: number) => Activity,
  coreOf: (i: number, activity: Activity) => ScenarioCore,
  contextOf: (i: number) => { ctx: RuleContext },
) {
  const bases = new Map<number, BasicIncomeBase>();
  const minors = t.household.children.filter((c) => c.age < 18).length;
  const baseOf = (year: number): BasicIncomeBase => {
    let base = bases.get(year);
    if (!base) {
      const months = Array.from({ length: 12 }, (_, k) => year * 12 + k);
      const cores = months.map((i) => coreOf(i, activityAt(i)));
      const employment = sum(cores.map((c) => c.grossEarnings));
      const asWork =
        t.options.allowanceTreatment === 'countedAsWorkIncome'
          ? sum(cores.map((c) => c.allowances))
          : ZERO;
      const ctx = contextOf(year * 12 + 11).ctx;
      const pp = cores[11]!.payrollParameters;
      base = basicIncomeBase(employment, annualContributions(employment, pp), asWork, pp, ctx);
      bases.set(year, base);
    }
    return base;
  };
  return (i: number, c: MonthCore): Dec => {
    const year = basicIncomeReferenceYear(periodOf(i));
    const counted = c.lag.adults.flatMap((a) => (a.countedAllowance ? [a.countedAllowance] : []));
    return basicIncomeBenefit(baseOf(year), counted, c.ctx, year, minors).benefit.value;
  };
}

function countedIncomeOf(core: ScenarioCore): Dec {
  const a = core.assistance;
  if (a.kind === 'lastResort')
    return add(
      a.result.workIncomeCounted.value,
      sum(core.adults.map((x) => x.countedAllowance?.value ?? ZERO)),
    );
  return ZERO;
}

/** A calendar year from its twelve months: incomes summed, then the returns. */
function taxYearOf(
  t: ValidTimelineInput,
  year: number,
  cores: Map<number, MonthCore>,
  statuses: Map<number, { benefit: Dec | null; booklet: BookletStatus; supplement: Dec }>,
  ctx: RuleContext,
) {
  const idx = Array.from({ length: 12 }, (_, k) => year * 12 + k);
  const adults = t.household.adults.length;
  const employmentOf = (k: number) =>
    sum(idx.map((i) => cores.get(i)!.own.adults[k]?.wage?.grossMonthly.value ?? ZERO));
  const allowanceOf = (k: number) =>
    sum(idx.map((i) => cores.get(i)!.own.adults[k]?.allowance?.monthly.value ?? ZERO));
  const benefits = sum(idx.map((i) => roundCents(statuses.get(i)!.benefit ?? ZERO)));
  const incomes = annualIncomesOf(
    // Taxes as the returns compute them: the contributions on the year's wages, the year's benefits.
    { ...baseInput(t, year) },
    Array.from({ length: adults }, (_, k) => ({
      employment: employmentOf(k),
      allowance: allowanceOf(k),
    })),
    benefits,
    cores.get(idx[11]!)!.own.payrollParameters,
    ctx,
  );
  const r = taxesAndCredits(baseInput(t, year), incomes, ctx);
  const uncovered = idx.filter((i) => {
    const b = statuses.get(i)!.booklet;
    return b === 'lost' || b === 'notApplicable' || b === 'unknown';
  }).length;
  const yearlyPremium = t.options.groupInsurance
    ? ZERO
    : annualOf(
        drugInsurancePremium(premiumFamilyOf(t.household), r.quebecFamilyNet, true, ctx),
      ).negated();
  const premium = yearlyPremium.times(uncovered).dividedBy(TWELVE);
  const supplement = sum(idx.map((i) => statuses.get(i)!.supplement));
  const cashBeforeTaxes = sum(
    idx.map((i) => {
      const c = cores.get(i)!.own;
      return roundCents(
        sum([
          c.grossEarnings.minus(c.payrollDeductions),
          c.allowances,
          roundCents(statuses.get(i)!.benefit ?? ZERO),
        ]),
      );
    }),
  );
  const workPremium = annualOf(r.workPremium);
  const cwb = annualOf(r.canadaWorkersBenefit);
  const gst = annualOf(r.gstCredit);
  const solidarity = annualOf(r.solidarityCredit);
  const ccb = annualOf(r.canadaChildBenefit);
  const familyAllowance = annualOf(r.familyAllowance);
  const spring = sum([workPremium, supplement, cwb]).minus(premium);
  const disposable = sum([cashBeforeTaxes, gst, solidarity, ccb, familyAllowance, spring]).minus(
    r.incomeTaxes,
  );
  return {
    employment: sum(Array.from({ length: adults }, (_, k) => employmentOf(k))),
    benefits,
    incomeTaxes: r.incomeTaxes,
    workPremium,
    supplement,
    cwb,
    gst,
    solidarity,
    ccb,
    familyAllowance,
    premium,
    spring,
    disposable,
  };
}

function baseInput(t: ValidTimelineInput, year: number): ValidSimulationInput {
  return {
    period: { year, month: 12 },
    household: t.household,
    options: t.options,
  };
}

function monthExplanation(
  p: { year: number; month: number },
  c: MonthCore,
  s: { benefit: Dec | null; booklet: BookletStatus },
  gross: Dec,
  contributions: Dec,
  allowances: Dec,
  benefit: Dec,
): Localized {
  const say = (lang: Lang) => {
    const fr = lang === 'fr';
    const parts: string[] = [];
    if (!gross.isZero())
      parts.push(
        fr
          ? `Salaire brut ${money(lang, toCents(gross))} moins cotisations ${money(lang, toCents(contributions))}`
          : `Gross wage ${money(lang, toCents(gross))} less contributions ${money(lang, toCents(contributions))}`,
      );
    if (!allowances.isZero())
      parts.push(
        fr
          ? `allocation ${money(lang, toCents(allowances))}`
          : `allowance ${money(lang, toCents(allowances))}`,
      );
    if (s.benefit !== null && c.own.program === 'basicIncome') {
      const year = basicIncomeReferenceYear(p);
      parts.push(
        fr
          ? `revenu de base ${money(lang, toCents(benefit))}, calculé sur votre revenu net de ${year}`
          : `basic income ${money(lang, toCents(benefit))}, computed on your ${year} net income`,
      );
    } else if (s.benefit !== null)
      parts.push(
        fr
          ? `chèque d'aide ${money(lang, toCents(benefit))}, calculé sur les revenus ${ofMonth('fr', periodOf(c.index - 1))}`
          : `assistance cheque ${money(lang, toCents(benefit))}, computed on the income ${ofMonth('en', periodOf(c.index - 1))}`,
      );
    const list = parts.join(fr ? ' ; ' : '; ') || (fr ? 'aucun revenu' : 'no income');
    return fr ? `${monthName(lang, p)} : ${list}.` : `${monthName(lang, p)}: ${list}.`;
  };
  return { fr: say('fr'), en: say('en') };
}

export type { TimelineInput };
