/**
 * `passerelle batch`: JSON Lines in (one case a line), JSON Lines or CSV out, streamed line by
 * line in constant memory. A bad row does not stop the batch: it gets an error (column `error`)
 * and the summary at the end counts it. Progress goes to stderr for runs longer than a second.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { publicCost, simulate, type Lang, type SimulationResult } from '@passerelle/rules';

export const csvColumns = [
  'row',
  'label',
  'year',
  'month',
  'program',
  'grossEarningsMonthly',
  'allowancesMonthly',
  'payrollDeductionsMonthly',
  'benefitMonthly',
  'disposableIncomeMonthly',
  'differenceVsNoActivityMonthly',
  'federalIncomeTax',
  'quebecIncomeTax',
  'workPremium',
  'canadaWorkersBenefit',
  'gstCredit',
  'solidarityCredit',
  'drugInsurancePremium',
  'disposableIncomeAfterTaxes',
  'differenceAfterTaxesVsNoActivity',
  'netPublicCost',
  'error',
] as const;

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csvRow(row: number, r: SimulationResult | null, error: string | null): string {
  const cells: unknown[] = r
    ? [
        row,
        r.label ?? '',
        r.period.year,
        r.period.month,
        r.program,
        r.monthly.grossEarnings,
        r.monthly.allowances,
        r.monthly.payrollDeductions,
        r.monthly.benefit,
        r.monthly.disposableIncome,
        r.comparison.differenceVsNoActivity.monthly,
        r.taxYear.federalIncomeTax,
        r.taxYear.quebecIncomeTax,
        r.taxYear.workPremium,
        r.taxYear.canadaWorkersBenefit,
        r.taxYear.gstCredit,
        r.taxYear.solidarityCredit,
        r.taxYear.drugInsurancePremium,
        r.taxYear.disposableIncome,
        r.comparison.differenceAfterTaxesVsNoActivity.annual,
        publicCost(r).total,
        '',
      ]
    : [row, ...Array(csvColumns.length - 2).fill(''), error];
  return cells.map(csvCell).join(',');
}

export interface BatchOptions {
  readonly output: 'jsonl' | 'csv';
  readonly lang: Lang;
  readonly marginalRates: boolean;
}

export interface BatchSummary {
  readonly rows: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
}

export async function runBatch(
  input: Readable,
  options: BatchOptions,
  out: (chunk: string) => void,
  progress: (line: string) => void,
  now: () => number = () => performance.now(),
): Promise<BatchSummary> {
  const start = now();
  let lastProgress = start;
  let rows = 0;
  let failed = 0;
  if (options.output === 'csv') out(`${csvColumns.join(',')}\n`);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    rows += 1;
    let error: string | null = null;
    let result: SimulationResult | null = null;
    try {
      const outcome = simulate(JSON.parse(line), {
        marginalRates: options.marginalRates,
        explanations: false,
      });
      if (outcome.ok) result = outcome.value;
      else error = outcome.error.message[options.lang];
    } catch (e) {
      error = `${options.lang === 'fr' ? 'JSON illisible' : 'Unreadable JSON'}: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (error !== null) failed += 1;
    if (options.output === 'csv') out(`${csvRow(rows, result, error)}\n`);
    else
      out(
        `${JSON.stringify(
          result
            ? {
                row: rows,
                label: result.label,
                monthly: result.monthly,
                taxYear: result.taxYear,
                comparison: {
                  differenceVsNoActivity: result.comparison.differenceVsNoActivity,
                  differenceAfterTaxesVsNoActivity:
                    result.comparison.differenceAfterTaxesVsNoActivity,
                },
                marginalRates: result.marginalRates,
                publicCost: publicCost(result),
              }
            : { row: rows, error },
        )}\n`,
      );
    const t = now();
    if (t - start > 1000 && t - lastProgress > 500) {
      lastProgress = t;
      progress(
        `\r${rows} ${options.lang === 'fr' ? 'cas' : 'cases'} — ${Math.round(rows / ((t - start) / 1000))}/s`,
      );
    }
  }
  const seconds = (now() - start) / 1000;
  if (seconds > 1) progress('\n');
  return { rows, ok: rows - failed, failed, seconds };
}
