/** What a timeline gives: its months, its calendar years, its milestones and its assumptions. */
import type { Localized } from '../i18n/localized.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import type { BookletStatus } from './assistance-months.js';

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
  /**
   * Paid in the calendar year: January to June at the amounts of the period that began the July
   * before, July to December at this July's (both on this year's income).
   */
  readonly gstCredit: number;
  readonly solidarityCredit: number;
  /** Canada child benefit (paid as the GST credit is) and Allocation famille of the year. */
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
    /** The same condition in plain language (« Facile à lire »), or null. */
    readonly claimBookletConditionSimple: Localized | null;
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
