/** The public shape of a simulation result: plain numbers in dollars and cents, and strings. */
import type { Localized } from '../i18n/localized.js';
import type { Program } from '../input/schema.js';
import type { ParameterSource, ParameterStatus, ParameterUnit } from '../parameters/schema.js';
import type { ClaimBookletStatus } from '../programs/claim-booklet.js';
import type { AdmissionCount } from '../programs/basic-income/admission-count.js';
import type { SicknessCover } from '../programs/ei-sickness.js';
import type { CostsOfWorking } from './costs-of-working.js';
import type { Uncertainty } from './sentences/uncertainty.js';

export interface ParameterReference {
  readonly id: string;
  readonly label: Localized;
  /** The value as written in the data; for a scale, « threshold→rate » per bracket. */
  readonly value: string;
  /** For a tax scale (unit `scale`): its brackets, from the lowest. */
  readonly brackets?: readonly { readonly threshold: number; readonly rate: number }[];
  readonly unit: ParameterUnit;
  readonly effectiveFrom: string;
  readonly status: ParameterStatus;
  readonly verified: boolean;
  readonly source: ParameterSource;
  readonly method?: string;
  readonly note?: string;
}

export interface Explanation {
  readonly ruleId: string;
  readonly text: Localized;
  readonly inputs: Readonly<Record<string, string | number | boolean>>;
  readonly parameters: readonly ParameterReference[];
}

/** One amount of the result, monthly and annualized (12 × the month). */
export interface AmountLine {
  readonly id: string;
  readonly label: Localized;
  readonly monthly: number;
  readonly annual: number;
  readonly explanation: Explanation;
}

export interface Totals {
  readonly grossEarnings: number;
  readonly allowances: number;
  readonly payrollDeductions: number;
  readonly netEarnings: number;
  /** Needs recognized by the program before any income: the benefit with no income. */
  readonly benefitBeforeIncome: number;
  readonly benefitBeforeSupplement: number;
  readonly workIncomeSupplement: number;
  readonly benefit: number;
  /** Before income taxes and refundable credits. */
  readonly disposableIncome: number;
  /** After income taxes and refundable credits of the tax year (monthly: the annual amount ÷ 12). */
  readonly disposableIncomeAfterTaxes: number;
}

/** The tax year: the simulated month held for twelve months. Annual amounts, in dollars and cents. */
export interface TaxYear {
  readonly year: number;
  readonly federalIncomeTax: number;
  readonly quebecIncomeTax: number;
  readonly workPremium: number;
  /** Which premium applies: the general one, the adapted one (severe constraints), or none. */
  readonly workPremiumKind: 'general' | 'adapted' | null;
  readonly workPremiumSupplement: number;
  readonly canadaWorkersBenefit: number;
  readonly gstCredit: number;
  /** Canada child benefit of the year (0 without a child under 18). */
  readonly canadaChildBenefit: number;
  /** Québec's Allocation famille of the year, with its school supplies and handicapped-child supplements. */
  readonly familyAllowance: number;
  readonly solidarityCredit: number;
  /** Negative: a premium paid. */
  readonly drugInsurancePremium: number;
  /** Shown separately; counted in `disposableIncome` only with the option `includeClaimBookletValue`. */
  readonly claimBookletValue: number;
  readonly claimBookletValueIncluded: boolean;
  readonly disposableIncome: number;
}

/** Share of one more dollar of earnings lost to taxes, contributions and lower benefits or credits. */
export interface MarginalRate {
  readonly rate: number;
  readonly extraGrossPerYear: number;
  readonly extraDisposablePerYear: number;
  /** The rate split by cause, each as a share of the extra earnings; they add up to `rate`. */
  readonly components: {
    readonly payrollContributions: number;
    readonly incomeTaxes: number;
    readonly assistance: number;
    readonly refundableCredits: number;
    readonly drugInsurancePremium: number;
  };
}

export interface Notice {
  readonly code: string;
  readonly severity: 'info' | 'warning';
  readonly message: Localized;
  /** The same in plain words (« Facile à lire »), where a notice has them. */
  readonly simpleMessage?: Localized;
}

export type TowardBasicIncome = Omit<AdmissionCount, 'parameters'>;

export interface SimulationResult {
  readonly label?: string;
  readonly period: { readonly year: number; readonly month: number; readonly date: string };
  readonly program: Program;
  readonly programName: Localized;
  readonly monthly: Totals;
  /** 12 × the simulated month: the same situation held for a year. */
  readonly annual: Totals;
  readonly lines: readonly AmountLine[];
  readonly taxYear: TaxYear;
  /** What arrives each month of the year, credits averaged or at their schedule (option `creditTiming`). */
  readonly cashByMonth: readonly {
    readonly month: number;
    readonly amount: number;
    readonly credits: number;
  }[];
  readonly marginalRates: {
    /** Effective marginal tax rate for one more hour a week of the activity. */
    readonly oneMoreHour: MarginalRate | null;
    /** Effective marginal tax rate for one more dollar an hour of wage. */
    readonly oneMoreDollarPerHour: MarginalRate | null;
    /** Share of activity earnings lost compared with no activity (participation tax rate). */
    readonly participationTaxRate: number | null;
  };
  readonly comparison: {
    readonly noActivity: { readonly monthly: number; readonly annual: number };
    readonly differenceVsNoActivity: { readonly monthly: number; readonly annual: number };
    /** After taxes and credits, annual ÷ 12 for `monthly`. */
    readonly differenceAfterTaxesVsNoActivity: {
      readonly monthly: number;
      readonly annual: number;
    };
    readonly activityHoursPerWeek: number;
    /** Extra money in hand per hour of activity, or null with no activity. */
    readonly netGainPerHour: number | null;
    readonly explanation: Localized;
  };
  readonly exit: {
    readonly onAssistance: boolean;
    readonly leavesAssistance: boolean;
    readonly grossMonthlyWageAtExit: number | null;
    readonly hoursPerWeekAtExit: number | null;
    readonly explanation: Localized | null;
  };
  /**
   * The headline: money arriving during the year (pay, cheque, GST and solidarity credits), averaged
   * per month; the spring settlement with the tax return apart (see `moneyPerMonthDefinition`).
   */
  readonly moneyPerMonth: {
    readonly amount: number;
    /** The same household with no activity. */
    readonly noActivity: number;
    readonly differenceVsNoActivity: number;
    /**
     * The difference in whole dollars as a reader subtracts the whole-dollar amounts shown
     * (« 2 007 $ » − « 1 469 $ » = « 538 $ de plus »): what the headline and every page print.
     */
    readonly wholeDifference: number;
    /** Settled with the tax return in spring, for the year (work premium, CWB, less the drug premium). */
    readonly springAmount: number;
    /**
     * The child benefits inside `amount`, a month: the Canada child benefit at the amounts of the
     * month's payment period and the Allocation famille, ÷ 12 (« Dont … de prestations pour
     * enfants »); 0 without children.
     */
    readonly childBenefits: number;
    /**
     * The payment period (July to June) whose GST credit, Canada child benefit and solidarity
     * credit the month holds, from July of `startYear` (January to June: the July before). The
     * tax year counts the period from its own July: `yearDifference` is what the month's amounts
     * give over twelve months less what the tax year counts (0 from July on), so that
     * 12 × amount + springAmount − yearDifference = the tax year's disposable income.
     */
    readonly creditPeriod: {
      readonly startYear: number;
      readonly yearDifference: number;
      /** The row that takes the tax year's total to the month's credits, for a detail table. */
      readonly label: Localized;
    };
    readonly definition: Localized;
    /**
     * « Avec 15 h par semaine au salaire minimum : 413 $ de plus par mois »; past the exit point,
     * with less money than just before it, it also says how much less, that the cheque stops and
     * the year with spring (`sinceExit`).
     */
    readonly headline: Localized;
    /**
     * The same, short enough for an answer kept on screen: past the exit point it says the month
     * lost (« …, mais 306 $ de moins qu’à 22,5 h ») without the cheque and the year. Equal to
     * `headline` otherwise.
     */
    readonly shortHeadline: Localized;
    /**
     * The answer bar's form, under the card that names the pay: « 25 h par semaine : 347 $ de plus
     * par mois, mais 187 $ de moins qu’à 22,5 h : votre chèque d’aide s’arrête. »; « Sans
     * activité : … » as `headline` with no activity.
     */
    readonly barHeadline: Localized;
    /**
     * The headline in plain words (« Facile à lire »): past the exit point the same facts in short
     * sentences (« …, 347 $ de plus par mois. Mais c’est 187 $ de moins qu’à 22,5 h : votre chèque
     * s’arrête. Sur un an, avec l’argent du printemps : … »); equal to `headline` otherwise.
     */
    readonly simpleHeadline: Localized;
    /** The answer bar's form in plain words: the month lost and the cheque, no year. */
    readonly simpleBarHeadline: Localized;
    /**
     * Past the point of leaving assistance, while the money a month is lower than at the last half
     * hour before it: that half hour, its money a month, and the change over the year, spring
     * included (negative: less). Null otherwise.
     */
    readonly sinceExit: {
      readonly hoursBefore: number;
      readonly amountBefore: number;
      readonly lessPerMonth: number;
      readonly yearChange: number;
    } | null;
  };
  /**
   * What working costs the household a month (the person's amounts) and the money left after
   * it, beside the money before it; null without costs or without activity.
   */
  readonly costsOfWorking: CostsOfWorking | null;
  readonly coverage: {
    readonly claimBooklet: {
      readonly status: ClaimBookletStatus;
      readonly monthsAfterLeaving: number | null;
      /**
       * Kept after leaving only if the job is declared to the ministry by this date (ISO; the last
       * day of the month after the simulated month, ADEL sujet 47000); null when not kept after leaving.
       */
      readonly declareBy: string | null;
      readonly message: Localized;
    };
    /**
     * The public drug insurance premium (RAMQ) the household would pay per month, at this income,
     * once it no longer holds a claim booklet (0 below the exemption threshold or with a group plan).
     */
    readonly drugPremiumPerMonthWithoutBooklet: number;
    /** The coverage row in words: held, kept N months on condition of declaring the job, then the premium. */
    readonly sentence: Localized;
    /** The same in plain words (« Facile à lire »). */
    readonly simpleSentence: Localized;
  };
  /**
   * With an adult on solidarité sociale: the months toward the Programme de revenu de base (66 of
   * the last 72, ADEL sujet 168216), what this scenario does to the count and when the 66th month
   * would come; null for any other household.
   */
  /**
   * If the person falls sick after working: when their own wage's hours give EI sickness benefits
   * and about how much a week (null without a wage for the first adult).
   */
  readonly sicknessCover: Omit<SicknessCover, 'parameters'> | null;
  readonly towardBasicIncome: TowardBasicIncome | null;
  readonly notices: readonly Notice[];
  readonly assumptions: readonly Localized[];
  /** Every parameter used whose value is not verified against its primary source for that date. */
  readonly unverifiedParameters: readonly ParameterReference[];
  /** The unverified parameters counted by status, and one sentence for the person (or null). */
  readonly uncertainty: Uncertainty;
}

/**
 * Figures only, for batches and grids (`createFiguresSimulator`): the same numbers as a
 * `SimulationResult`, without explanations, exit point, notices or month-by-month view.
 */
export interface HouseholdYear {
  readonly label?: string;
  readonly period: { readonly year: number; readonly month: number };
  readonly program: Program;
  /** Which remuneration the activity takes: a wage, an RPST allowance, both, or none. */
  readonly model: 'none' | 'wage' | 'allowance' | 'wageAndAllowance';
  readonly monthly: Totals;
  readonly annual: Totals;
  readonly taxYear: TaxYear;
  readonly comparison: Omit<SimulationResult['comparison'], 'explanation'>;
  readonly marginalRates: SimulationResult['marginalRates'];
  readonly onAssistance: boolean;
  readonly leavesAssistance: boolean;
  /** Employee contributions of the year by kind (dollars). */
  readonly contributions: { readonly qpp: number; readonly ei: number; readonly qpip: number };
  readonly publicCost: PublicCost;
  /** Each adult's wage of the year (12 × the month's, in dollars; 0 without a wage). */
  readonly annualWageByAdult: readonly number[];
}

/**
 * Net public cost of a scenario for a tax year, split by payer (computed in
 * analysis/public-cost.ts; declared here, with the result that carries it).
 */
export interface PublicCost {
  /** Québec (MESS): last-resort assistance or basic income paid. */
  readonly assistance: number;
  /** The program funder: RPST allowances paid to participants. */
  readonly allowances: number;
  /** Québec refundable credits: work premium (and supplement), solidarity credit. */
  readonly quebecCredits: number;
  /** Federal refundable credits: Canada Workers Benefit, GST credit. */
  readonly federalCredits: number;
  /** Income taxes collected (negative). */
  readonly quebecIncomeTax: number;
  readonly federalIncomeTax: number;
  /** Employee contributions collected (negative): QPP and QPIP to Québec, EI to the federal government. */
  readonly quebecContributions: number;
  readonly federalContributions: number;
  /** Drug insurance premium collected by the RAMQ (negative). */
  readonly drugInsurancePremium: number;
  readonly quebecTotal: number;
  readonly federalTotal: number;
  readonly total: number;
}

/** Employee contributions of the tax year by kind, in dollars and cents. */
export interface ContributionFigures {
  readonly qpp: number;
  readonly ei: number;
  readonly qpip: number;
}
