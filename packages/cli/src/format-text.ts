/**
 * A plain-text rendering of results, for a counsellor reading a terminal: the same sentences as
 * the simulator (headline, spring settlement, cliffs, next hour, health coverage, months toward
 * the revenu de base, uncertainty),
 * then the month's lines. The full list of unverified parameters stays in the JSON output.
 */
import {
  findCliffs,
  trapWordsBeside,
  nextHour,
  sweep,
  type Lang,
  type SimulationResult,
  type ValidSimulationInput,
} from '@passerelle/rules';

const fmt = (lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' });

/** The cliffs and the next hour of the first adult's activity, as the simulator says them. */
function hoursSentences(
  input: ValidSimulationInput,
  result: SimulationResult,
  lang: Lang,
): string[] {
  // The first adult with an activity (the second one when only the spouse works).
  const adult = Math.max(
    0,
    input.household.adults.findIndex((a) => a.activity.wage || a.activity.allowance),
  );
  const activity = input.household.adults[adult]?.activity;
  const kind = activity?.wage ? 'wage' : activity?.allowance ? 'allowance' : null;
  if (!kind || result.program === 'none') return [];
  const hours =
    (kind === 'wage' ? activity?.wage?.hoursPerWeek : activity?.allowance?.hoursPerWeek) ?? 0;
  const s = sweep(input, { hoursPerWeek: { from: 0, to: 40, step: 0.5 }, activity: kind, adult });
  if (!s.ok) return [];
  const traps = findCliffs(s.value, { exitHoursPerWeek: result.exit.hoursPerWeekAtExit });
  const next = Number.isInteger(hours * 2) ? nextHour(s.value, hours) : null;
  // One year figure, as on the simulator's card: where the headline or the next hour already says
  // the year at these hours against a cliff's start, the cliff is said without its own year.
  return [
    ...traps.map((t) => trapWordsBeside(t, result.moneyPerMonth.sinceExit, next).explanation[lang]),
    ...(next ? [next.explanation[lang]] : []),
  ];
}

/** Terminal control and bidirectional-override characters out of a label written to a terminal. */
export function printable(text: string): string {
  // A line break or a tab in a label would break the text table: a space instead.
  return text.replace(/[\t\n]+/g, ' ').replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '',
  );
}

export function formatText(
  result: SimulationResult,
  lang: Lang,
  input?: ValidSimulationInput,
): string {
  const m = fmt(lang).format;
  const fr = lang === 'fr';
  const mpm = result.moneyPerMonth;
  const rows: [string, number][] = [
    [fr ? 'Salaire brut' : 'Gross wage', result.monthly.grossEarnings],
    [
      fr ? 'Cotisations retenues sur la paie' : 'Contributions taken from pay',
      result.monthly.payrollDeductions === 0 ? 0 : -result.monthly.payrollDeductions,
    ],
    [fr ? 'Allocation de participation' : 'Participation allowance', result.monthly.allowances],
    [fr ? 'Chèque d’aide' : 'Assistance cheque', result.monthly.benefit],
    [
      fr ? 'Total du mois, avant impôts et crédits' : 'Month total, before taxes and credits',
      result.monthly.disposableIncome,
    ],
  ];
  const pad = 42;
  const lines = [
    [
      result.label === undefined ? '' : printable(result.label),
      result.programName[lang],
      result.period.date,
    ]
      .filter(Boolean)
      .join(' — '),
    `  ${mpm.headline[lang]}`,
    `  ${(fr ? 'Argent par mois' : 'Money per month').padEnd(pad)} ${m(mpm.amount).padStart(14)}`,
    `  ${(fr ? 'Sans activité' : 'With no activity').padEnd(pad)} ${m(mpm.noActivity).padStart(14)}`,
  ];
  if (mpm.springAmount !== 0) {
    lines.push(
      `  ${(fr ? 'Au printemps, avec la déclaration' : 'In spring, with the tax return').padEnd(pad)} ${m(mpm.springAmount).padStart(14)}`,
    );
  }
  lines.push(
    `  ${fr ? '(Argent par mois : ' : '(Money per month: '}${mpm.definition[lang].replace(/^[^:]+:\s*/, '')})`,
  );
  lines.push('');
  lines.push(
    ...rows
      .filter(([, v], i) => v !== 0 || i >= 3)
      .map(([label, v]) => `  ${label.padEnd(pad)} ${m(v).padStart(14)}`),
  );
  lines.push('');
  if (input) lines.push(...hoursSentences(input, result, lang).map((s) => `  ${s}`));
  lines.push(`  ${result.coverage.sentence[lang]}`);
  if (result.sicknessCover) lines.push(`  ${result.sicknessCover.sentence[lang]}`);
  if (result.towardBasicIncome) lines.push(`  ${result.towardBasicIncome.sentence[lang]}`);
  for (const n of result.notices)
    lines.push(`  ${n.severity === 'warning' ? '!' : '·'} ${n.message[lang]}`);
  const c = result.uncertainty.counts;
  const count = c.derived + c.secondary + c.unconfirmed;
  if (result.uncertainty.sentence) lines.push(`  ${result.uncertainty.sentence[lang]}`);
  if (count > 0) {
    lines.push(
      fr
        ? `  Paramètres non vérifiés à une source officielle : ${count} (${c.derived} estimés par indexation, ${c.secondary} de sources secondaires, ${c.unconfirmed} à confirmer). Détail : docs/reference/parameters.md ; la sortie JSON les énumère (unverifiedParameters).`
        : `  Parameters not verified at an official source: ${count} (${c.derived} estimated by indexation, ${c.secondary} from secondary sources, ${c.unconfirmed} unconfirmed). Detail: docs/reference/parameters.md; the JSON output lists them (unverifiedParameters).`,
    );
  }
  return lines.join('\n');
}
