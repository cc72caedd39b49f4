/**
 * `passerelle grid`: a model comparison (profile, hours, wage, allowance) → the grid as CSV: one
 * row per model and number of hours, with disposable income, marginal rates and net public cost.
 */
import { compareModels } from '@passerelle/rules';

export const gridColumns = [
  'model',
  'hoursPerWeek',
  'disposableIncome',
  'differenceVsNoActivity',
  'effectiveMarginalRate',
  'participationTaxRate',
  'onAssistance',
  'netPublicCost',
  'netPublicCostQuebec',
  'netPublicCostFederal',
  'allowancesPaid',
  'publicCostPerParticipantHour',
] as const;

export function runGrid(text: string): { code: 0 | 2; stdout: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      code: 2,
      stdout: `${JSON.stringify({ error: { name: 'InvalidJson', message: { fr: `JSON illisible : ${detail}`, en: `Unreadable JSON: ${detail}` } } }, null, 2)}\n`,
    };
  }
  const outcome = compareModels(data);
  if (!outcome.ok)
    return { code: 2, stdout: `${JSON.stringify({ error: outcome.error }, null, 2)}\n` };
  const lines = [gridColumns.join(',')];
  for (const r of outcome.value.rows) {
    lines.push(
      [
        r.model,
        r.hoursPerWeek,
        r.disposableIncome,
        r.differenceVsNoActivity,
        r.effectiveMarginalRate ?? '',
        r.participationTaxRate ?? '',
        r.onAssistance,
        r.publicCost.total,
        r.publicCost.quebecTotal,
        r.publicCost.federalTotal,
        r.publicCost.allowances,
        r.publicCostPerParticipantHour ?? '',
      ].join(','),
    );
  }

  return { code: 0, stdout: `${lines.join('\n')}\n` };
}
