/**
 * One batch row: a line of JSON Lines or CSV → its case → the figures (and the reform's) → one
 * output line, CSV or JSON. Used as is by the main thread and by the worker threads of `--jobs`.
 */
import {
  analystParameters,
  applyReform,
  csvRows,
  contextFor,
  createFiguresSimulator,
  employerCost,
  publicBalanceOf,
  type EmployerCost,
  type HouseholdYear,
  type Lang,
  type Outcome,
  type PublicBalance,
} from '@passerelle/rules';
import { caseFromCsv, CsvRowError, type CsvHeader } from './csv.js';

/**
 * A line of the input as the reader hands it over: its text (a CSV row may span physical lines),
 * or the number of the line where a quoted cell opened and never closed into a whole row.
 */
export type BatchLine = string | { readonly unclosedQuoteAtLine: number };

/** CSV rows (the library's writer: csv-stringify, formulas escaped), each ending with a line break. */
export const csvText = csvRows;

/** What a row needs to know: plain data, so that it can be sent to a worker thread. */
export interface RowOptions {
  readonly output: 'jsonl' | 'csv';
  readonly lang: Lang;
  readonly marginalRates: boolean;
  /** A reform in the `applyReform` format (already validated by the caller). */
  readonly reform?: { readonly name: string; readonly definition: unknown } | undefined;
  /**
   * Who pays the wages of the file (`--wage-payer`): adds the employer's cost and the public
   * balance by payer to each row.
   */
  readonly wagePayer?:
    | {
        readonly kind: 'publicFunded' | 'private';
        readonly subsidyRate: number;
        readonly cnesstRate?: number | undefined;
      }
    | undefined;
}

/** The employer's cost of every wage of a household-year, and the balance by payer. */
interface Funding {
  readonly employer: EmployerCost | null;
  readonly balance: PublicBalance;
}

const fundingColumns: readonly (readonly [string, (f: Funding) => unknown])[] = [
  ['employerCost', (f) => f.employer?.total ?? 0],
  ['employerContributions', (f) => f.employer?.chargesTotal ?? 0],
  ['balanceFunder', (f) => f.balance.funder],
  ['balanceAssistanceMinistry', (f) => f.balance.assistanceMinistry],
  ['balanceQuebec', (f) => f.balance.quebec],
  ['balanceFederal', (f) => f.balance.federal],
  ['balanceTotal', (f) => f.balance.total],
  ['balancePrivateEmployer', (f) => f.balance.privateEmployer],
  ['balanceWageSubsidy', (f) => f.balance.wageSubsidy],
];

function fundingOf(r: HouseholdYear, payer: NonNullable<RowOptions['wagePayer']>): Funding {
  const ctx = contextFor(r.period, analystParameters);
  // Every wage of the file is paid by the payer given (one employer cost per employee: the
  // contribution ceilings are per employee).
  const costs = r.annualWageByAdult
    .filter((w) => w > 0)
    .map((w) => employerCost(w, ctx, { cnesstRate: payer.cnesstRate }));
  const add = (f: (c: EmployerCost) => number) =>
    Math.round(costs.reduce((s, c) => s + Math.round(f(c) * 100), 0)) / 100;
  const employer: EmployerCost | null =
    costs.length === 0
      ? null
      : {
          ...costs[0]!,
          wage: add((c) => c.wage),
          charges: costs.flatMap((c) => c.charges),
          chargesTotal: add((c) => c.chargesTotal),
          total: add((c) => c.total),
        };
  return { employer, balance: publicBalanceOf(r, employer, payer) };
}

type Column = readonly [name: string, value: (r: HouseholdYear) => unknown];

const baseColumns: readonly Column[] = [
  ['label', (r) => r.label ?? ''],
  ['year', (r) => r.period.year],
  ['month', (r) => r.period.month],
  ['program', (r) => r.program],
  ['model', (r) => r.model],
  ['activityHoursPerWeek', (r) => r.comparison.activityHoursPerWeek],
  ['grossEarningsMonthly', (r) => r.monthly.grossEarnings],
  ['allowancesMonthly', (r) => r.monthly.allowances],
  ['payrollDeductionsMonthly', (r) => r.monthly.payrollDeductions],
  ['benefitMonthly', (r) => r.monthly.benefit],
  ['workIncomeSupplementMonthly', (r) => r.monthly.workIncomeSupplement],
  ['disposableIncomeMonthly', (r) => r.monthly.disposableIncome],
  ['differenceVsNoActivityMonthly', (r) => r.comparison.differenceVsNoActivity.monthly],
  ['leavesAssistance', (r) => r.leavesAssistance],
  ['federalIncomeTax', (r) => r.taxYear.federalIncomeTax],
  ['quebecIncomeTax', (r) => r.taxYear.quebecIncomeTax],
  ['workPremium', (r) => r.taxYear.workPremium],
  ['workPremiumSupplement', (r) => r.taxYear.workPremiumSupplement],
  ['canadaWorkersBenefit', (r) => r.taxYear.canadaWorkersBenefit],
  ['gstCredit', (r) => r.taxYear.gstCredit],
  ['solidarityCredit', (r) => r.taxYear.solidarityCredit],
  ['canadaChildBenefit', (r) => r.taxYear.canadaChildBenefit],
  ['familyAllowance', (r) => r.taxYear.familyAllowance],
  ['drugInsurancePremium', (r) => r.taxYear.drugInsurancePremium],
  ['disposableIncomeAfterTaxes', (r) => r.taxYear.disposableIncome],
  ['differenceAfterTaxesVsNoActivity', (r) => r.comparison.differenceAfterTaxesVsNoActivity.annual],
  ['netPublicCostQuebec', (r) => r.publicCost.quebecTotal],
  ['netPublicCostFederal', (r) => r.publicCost.federalTotal],
  ['netPublicCostAllowances', (r) => r.publicCost.allowances],
  ['netPublicCost', (r) => r.publicCost.total],
];

const rateColumns: readonly Column[] = [
  ['effectiveMarginalRateOneMoreHour', (r) => r.marginalRates.oneMoreHour?.rate ?? ''],
  [
    'effectiveMarginalRateOneMoreDollarPerHour',
    (r) => r.marginalRates.oneMoreDollarPerHour?.rate ?? '',
  ],
  ['participationTaxRate', (r) => r.marginalRates.participationTaxRate ?? ''],
];

/** Reform columns: the reform's figures and their difference with the baseline rules. */
const reformColumns: readonly (readonly [
  string,
  (base: HouseholdYear, reform: HouseholdYear) => unknown,
])[] = [
  ['reformBenefitMonthly', (_, r) => r.monthly.benefit],
  ['reformDisposableIncomeAfterTaxes', (_, r) => r.taxYear.disposableIncome],
  [
    'reformGainAfterTaxes',
    (b, r) => cents(r.taxYear.disposableIncome - b.taxYear.disposableIncome),
  ],
  ['reformNetPublicCost', (_, r) => r.publicCost.total],
  ['reformPublicCostChange', (b, r) => cents(r.publicCost.total - b.publicCost.total)],
];

// Differences of two amounts in cents, rounded back to the cent (both are already to the cent).
const cents = (n: number) => Math.round(n * 100) / 100;

export function csvHeader(
  options: Pick<RowOptions, 'marginalRates' | 'reform' | 'wagePayer'>,
): string {
  return csvText([csvColumns(options)]).trimEnd();
}

function csvColumns(options: Pick<RowOptions, 'marginalRates' | 'reform' | 'wagePayer'>) {
  return [
    'row',
    ...baseColumns.map(([name]) => name),
    ...(options.marginalRates ? rateColumns.map(([name]) => name) : []),
    ...(options.reform ? ['reform', ...reformColumns.map(([name]) => name)] : []),
    ...(options.wagePayer ? fundingColumns.map(([name]) => name) : []),
    'error',
  ];
}

interface RowResult {
  readonly row: number;
  readonly result: HouseholdYear | null;
  readonly reform: HouseholdYear | null;
  readonly error: string | null;
  /** The case's label, kept on a failed row so that the analyst can find which case failed. */
  readonly label: string | null;
  readonly funding: Funding | null;
}

/** The cells of a row (written by csv-stringify, a chunk at a time). */
function csvRecord(r: RowResult, options: RowOptions): unknown[] {
  if (!r.result) {
    const width =
      baseColumns.length +
      (options.marginalRates ? rateColumns.length : 0) +
      (options.reform ? reformColumns.length + 1 : 0) +
      (options.wagePayer ? fundingColumns.length : 0);
    // baseColumns[0] is the label.
    return [r.row, r.label ?? '', ...Array<string>(width - 1).fill(''), r.error];
  }
  const base = r.result;
  const cells: unknown[] = [r.row];
  for (const [, value] of baseColumns) cells.push(value(base));
  if (options.marginalRates) for (const [, value] of rateColumns) cells.push(value(base));
  if (options.reform && r.reform) {
    cells.push(options.reform.name);
    for (const [, value] of reformColumns) cells.push(value(base, r.reform));
  }
  if (options.wagePayer && r.funding)
    for (const [, value] of fundingColumns) cells.push(value(r.funding));
  cells.push('');
  return cells;
}

function jsonRow(r: RowResult, options: RowOptions): string {
  if (!r.result) return JSON.stringify({ row: r.row, label: r.label ?? undefined, error: r.error });
  const { result, reform } = r;
  return JSON.stringify({
    row: r.row,
    ...result,
    ...(options.marginalRates ? {} : { marginalRates: undefined }),
    annualWageByAdult: undefined,
    ...(r.funding
      ? {
          funding: {
            employerCost: r.funding.employer,
            publicBalance: r.funding.balance,
          },
        }
      : {}),
    ...(options.reform && reform
      ? {
          reform: {
            name: options.reform.name,
            monthly: reform.monthly,
            taxYear: reform.taxYear,
            publicCost: reform.publicCost,
            gainAfterTaxes: cents(
              reform.taxYear.disposableIncome - result.taxYear.disposableIncome,
            ),
            publicCostChange: cents(reform.publicCost.total - result.publicCost.total),
          },
        }
      : {}),
  });
}

/** Turns lines into output lines; holds the simulators (and their baseline caches) of one thread. */
export function createRowProcessor(options: RowOptions) {
  const { lang } = options;
  const figures = createFiguresSimulator({
    marginalRates: options.marginalRates,
    parameters: analystParameters,
  });
  let reformFigures: ReturnType<typeof createFiguresSimulator> | null = null;
  if (options.reform) {
    const parameters = applyReform(options.reform.definition);
    if (!parameters.ok) throw new Error(parameters.error.message.en);
    reformFigures = createFiguresSimulator({
      marginalRates: options.marginalRates,
      parameters: parameters.value,
    });
  }
  return (line: BatchLine, row: number, header: CsvHeader | null, cells?: readonly string[]) => {
    const parsed = parseRow(line, header, lang, cells);
    let outcome: Outcome<HouseholdYear> | null = null;
    let reform: Outcome<HouseholdYear> | null = null;
    if ('case' in parsed) {
      outcome = figures.simulate(parsed.case);
      if (outcome.ok && reformFigures) reform = reformFigures.simulate(parsed.case);
    }
    const error =
      'error' in parsed
        ? parsed.error
        : outcome && !outcome.ok
          ? outcome.error.message[lang]
          : reform && !reform.ok
            ? reform.error.message[lang]
            : null;
    const result: RowResult = {
      row,
      result: error === null && outcome?.ok ? outcome.value : null,
      reform: error === null && reform?.ok ? reform.value : null,
      error,
      label:
        error === null ? null : 'case' in parsed ? labelOf(parsed.case) : (parsed.label ?? null),
      funding:
        error === null && outcome?.ok && options.wagePayer
          ? fundingOf(outcome.value, options.wagePayer)
          : null,
    };
    return options.output === 'csv'
      ? { record: csvRecord(result, options), failed: error !== null }
      : { json: jsonRow(result, options), failed: error !== null };
  };
}

function labelOf(value: unknown): string | null {
  const label = (value as { label?: unknown } | null)?.label;
  return typeof label === 'string' ? label : null;
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function parseRow(
  line: BatchLine,
  header: CsvHeader | null,
  lang: Lang,
  cells?: readonly string[],
): { case: unknown } | { error: string; label?: string | null } {
  if (typeof line !== 'string')
    return {
      error:
        lang === 'fr'
          ? `Ligne CSV illisible : un guillemet ouvert à la ligne ${line.unclosedQuoteAtLine} du fichier ne se ferme pas sur une ligne complète (une cellule entre guillemets peut tenir sur plusieurs lignes seulement si elle se ferme et que la ligne a toutes ses cellules)`
          : `Unreadable CSV line: a quote opened on line ${line.unclosedQuoteAtLine} of the file does not close into a whole row (a quoted cell may span lines only when it closes into a row with all its cells)`,
    };
  try {
    return { case: header ? caseFromCsv(header, line, cells) : JSON.parse(line) };
  } catch (e) {
    const what = header
      ? lang === 'fr'
        ? 'Ligne CSV illisible'
        : 'Unreadable CSV line'
      : lang === 'fr'
        ? 'JSON illisible'
        : 'Unreadable JSON';
    return { error: `${what}: ${message(e)}`, label: e instanceof CsvRowError ? e.label : null };
  }
}
