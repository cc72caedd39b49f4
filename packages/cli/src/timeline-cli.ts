/**
 * `passerelle timeline case.json [--format json|text] [--lang fr|en]`: the month-by-month
 * transition. JSON writes the library's `Timeline`; text writes one line a month and the events
 * in words, for a counsellor at a terminal.
 */
import { monthName, timeline, type Lang, type Timeline } from '@passerelle/rules';
import type { CliArgs, CliIo } from './run.js';
import { printable } from './format-text.js';
import { failureJson, readJson } from './run.js';

const fmt = (lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' });

export function formatTimelineText(t: Timeline, lang: Lang): string {
  const m = fmt(lang).format;
  const fr = lang === 'fr';
  const head = fr
    ? ['Mois', 'Heures', 'Salaire brut', 'Chèque', 'Argent du mois', 'Carnet']
    : ['Month', 'Hours', 'Gross wage', 'Cheque', 'Money this month', 'Booklet'];
  const booklet = (s: Timeline['months'][number]) =>
    ({
      held: fr ? 'oui' : 'yes',
      keptAfterLeaving: fr
        ? s.claimBookletMonthsLeft === 0
          ? 'gardé (dernier mois)'
          : `gardé (encore ${s.claimBookletMonthsLeft} mois)`
        : s.claimBookletMonthsLeft === 0
          ? 'kept (last month)'
          : `kept (${s.claimBookletMonthsLeft} more ${s.claimBookletMonthsLeft === 1 ? 'month' : 'months'})`,
      lost: fr ? 'non' : 'no',
      notApplicable: '—',
      unknown: fr ? 'à vérifier' : 'to check',
    })[s.claimBooklet];
  const rows = t.months.map((x) => [
    monthName(lang, x.period),
    String(x.hoursPerWeek),
    m(x.grossEarnings),
    x.benefit === null ? (fr ? 'nouvelle demande' : 'new application') : m(x.benefit),
    m(x.disposableIncome),
    booklet(x),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ');
  const out = [printable(t.label ?? ''), line(head), ...rows.map(line), ''];
  for (const x of t.months)
    for (const e of x.events) out.push(`${monthName(lang, x.period)} — ${e.message[lang]}`);
  out.push('');
  out.push(
    fr
      ? `Total des ${t.months.length} mois : ${m(t.total)}`
      : `Total of the ${t.months.length} months: ${m(t.total)}`,
  );
  for (const a of t.assumptions) out.push(`· ${a[lang]}`);
  return out.filter((l, i) => i > 0 || l !== '').join('\n');
}

export function runTimeline(args: CliArgs, inputText: string, io: CliIo): 0 | 1 | 2 {
  const read = readJson(inputText, io);
  if (!read) return 2;
  const r = timeline(read.data);
  if (!r.ok) {
    io.out(failureJson(r.error) + '\n');
    io.err(`${r.error.message[args.lang]}\n`);
    return 2;
  }
  io.out(
    args.format === 'text'
      ? `${formatTimelineText(r.value, args.lang)}\n`
      : `${JSON.stringify(r.value, null, 2)}\n`,
  );
  return 0;
}
