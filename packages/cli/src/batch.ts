/**
 * `passerelle batch`: JSON Lines or CSV in (one case a line), JSON Lines or CSV out, streamed line
 * by line in constant memory. A bad row does not stop the batch: it gets an error (column `error`)
 * and the summary at the end counts it. Progress goes to stderr for runs longer than a second.
 * With a reform, every case is also computed under it and the differences are written beside.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import {
  createFiguresSimulator,
  type HouseholdYear,
  type Lang,
  type Outcome,
  type ParameterSet,
} from '@passerelle/rules';
import { caseFromCsv, csvCell, parseCsvHeader, parseCsvLine } from './csv.js';
import { progressLine } from './progress.js';

export interface BatchReform {
  readonly name: string;
  readonly parameters: ParameterSet;
}

export interface BatchOptions {
  readonly input: 'jsonl' | 'csv';
  readonly output: 'jsonl' | 'csv';
  readonly lang: Lang;
  readonly marginalRates: boolean;
  readonly reform?: BatchReform | undefined;
  /** Size of the input in bytes when known (a file): progress then shows a percentage. */
  readonly totalBytes?: number | undefined;
}

export interface BatchSummary {
  readonly rows: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
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

export function csvHeader(options: Pick<BatchOptions, 'marginalRates' | 'reform'>): string {
  return [
    'row',
    ...baseColumns.map(([name]) => name),
    ...(options.marginalRates ? rateColumns.map(([name]) => name) : []),
    ...(options.reform ? ['reform', ...reformColumns.map(([name]) => name)] : []),
    'error',
  ].join(',');
}

interface RowResult {
  readonly row: number;
  readonly result: HouseholdYear | null;
  readonly reform: HouseholdYear | null;
  readonly error: string | null;
}

function csvRow(r: RowResult, options: BatchOptions): string {
  const width =
    baseColumns.length +
    (options.marginalRates ? rateColumns.length : 0) +
    (options.reform ? reformColumns.length + 1 : 0);
  if (!r.result) return [r.row, ...Array<string>(width).fill(''), r.error].map(csvCell).join(',');
  const base = r.result;
  const cells: unknown[] = [r.row, ...baseColumns.map(([, value]) => value(base))];
  if (options.marginalRates) cells.push(...rateColumns.map(([, value]) => value(base)));
  if (options.reform && r.reform) {
    const reform = r.reform;
    cells.push(options.reform.name, ...reformColumns.map(([, value]) => value(base, reform)));
  }
  cells.push('');
  return cells.map(csvCell).join(',');
}

function jsonRow(r: RowResult, options: BatchOptions): string {
  if (!r.result) return JSON.stringify({ row: r.row, error: r.error });
  const { result, reform } = r;
  return JSON.stringify({
    row: r.row,
    ...result,
    ...(options.marginalRates ? {} : { marginalRates: undefined }),
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

export async function runBatch(
  input: Readable,
  options: BatchOptions,
  out: (chunk: string) => void,
  progress: (line: string) => void,
  now: () => number = () => performance.now(),
): Promise<BatchSummary> {
  const { lang } = options;
  const figures = createFiguresSimulator({ marginalRates: options.marginalRates });
  const reformFigures = options.reform
    ? createFiguresSimulator({
        marginalRates: options.marginalRates,
        parameters: options.reform.parameters,
      })
    : null;
  const start = now();
  let lastProgress = start;
  let rows = 0;
  let failed = 0;
  let bytes = 0;
  let header: string[] | null = null;
  let pending = '';
  if (options.output === 'csv') out(`${csvHeader(options)}\n`);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    if (options.input === 'csv' && header === null) {
      try {
        header = parseCsvHeader(line);
      } catch (e) {
        throw new BatchInputError(
          lang === 'fr'
            ? `En-tête CSV illisible : ${message(e)}`
            : `Unreadable CSV header: ${message(e)}`,
        );
      }
      continue;
    }
    rows += 1;
    const parsed = parseRow(line, header, lang);
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
    if (error !== null) failed += 1;
    const row: RowResult = {
      row: rows,
      result: error === null && outcome?.ok ? outcome.value : null,
      reform: error === null && reform?.ok ? reform.value : null,
      error,
    };
    pending += `${options.output === 'csv' ? csvRow(row, options) : jsonRow(row, options)}\n`;
    // Rows leave in blocks of about 64 KB: one write per row would make one system call per row.
    if (pending.length > 65_536) {
      out(pending);
      pending = '';
    }
    const t = now();
    if (t - start > 1000 && t - lastProgress > 250) {
      lastProgress = t;
      progress(
        progressLine({
          rows,
          seconds: (t - start) / 1000,
          bytes,
          totalBytes: options.totalBytes,
          lang,
        }),
      );
    }
  }
  if (pending !== '') out(pending);
  const seconds = (now() - start) / 1000;
  if (seconds > 1) {
    progress(progressLine({ rows, seconds, bytes, totalBytes: options.totalBytes, lang }));
    progress('\n');
  }
  return { rows, ok: rows - failed, failed, seconds };
}

/** A problem with the whole input (not one row): the batch stops with exit code 2. */
export class BatchInputError extends Error {}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function parseRow(
  line: string,
  header: readonly string[] | null,
  lang: Lang,
): { case: unknown } | { error: string } {
  try {
    return { case: header ? caseFromCsv(header, parseCsvLine(line)) : JSON.parse(line) };
  } catch (e) {
    const what = header
      ? lang === 'fr'
        ? 'Ligne CSV illisible'
        : 'Unreadable CSV line'
      : lang === 'fr'
        ? 'JSON illisible'
        : 'Unreadable JSON';
    return { error: `${what}: ${message(e)}` };
  }
}
