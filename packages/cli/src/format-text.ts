/** A plain-text rendering of results, for a counsellor reading a terminal. */
import type { Lang, SimulationResult } from '@passerelle/rules';

const fmt = (lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' });

export function formatText(result: SimulationResult, lang: Lang): string {
  const m = fmt(lang).format;
  const fr = lang === 'fr';
  const rows: [string, number][] = [
    [fr ? 'Salaire brut' : 'Gross wage', result.monthly.grossEarnings],
    [
      fr ? 'Cotisations (RRQ, AE, RQAP)' : 'Contributions (QPP, EI, QPIP)',
      result.monthly.payrollDeductions === 0 ? 0 : -result.monthly.payrollDeductions,
    ],
    [fr ? 'Allocation RPST' : 'RPST allowance', result.monthly.allowances],
    [fr ? 'Aide financière' : 'Assistance benefit', result.monthly.benefit],
    [
      fr ? 'Revenu disponible (avant impôts)' : 'Disposable income (before taxes)',
      result.monthly.disposableIncome,
    ],
  ];
  const lines = [
    `${result.label ?? ''} — ${result.programName[lang]} — ${result.period.date}`.trim(),
    ...rows.map(([label, v]) => `  ${label.padEnd(36)} ${m(v).padStart(14)}`),
    `  ${(fr ? 'Différence avec aucune activité' : 'Difference vs no activity').padEnd(36)} ${m(result.comparison.differenceVsNoActivity.monthly).padStart(14)}`,
  ];
  if (result.comparison.netGainPerHour !== null) {
    lines.push(
      `  ${(fr ? 'Gain net par heure' : 'Net gain per hour').padEnd(36)} ${m(result.comparison.netGainPerHour).padStart(14)}`,
    );
  }
  if (result.exit.explanation) lines.push(`  ${result.exit.explanation[lang]}`);
  lines.push(`  ${result.coverage.claimBooklet.message[lang]}`);
  for (const n of result.notices)
    lines.push(`  ${n.severity === 'warning' ? '!' : '·'} ${n.message[lang]}`);
  if (result.unverifiedParameters.length > 0) {
    lines.push(
      fr
        ? `  ${result.unverifiedParameters.length} paramètre(s) non vérifié(s) à la source officielle : ${result.unverifiedParameters.map((p) => p.id).join(', ')}`
        : `  ${result.unverifiedParameters.length} parameter(s) not verified against the official source: ${result.unverifiedParameters.map((p) => p.id).join(', ')}`,
    );
  }
  return lines.join('\n');
}
