/**
 * The analyst page: a study (profiles, the two remuneration models over a grid of hours, rules in
 * force and what-if reforms) edited in a form or opened from a JSON file or the page address
 * (`#etude=` + the study's JSON), run in a Web Worker, shown as charts and a table, exported as
 * CSV and as the study's JSON. Everything stays in the browser.
 */
import {
  publicCostLines,
  validateStudy,
  type ModelRow,
  type Study,
  type StudyResult,
} from '@passerelle/rules';
// The one axis function of the project's charts (the participant's chart uses it too).
import { axisTicks } from '../../../packages/widget/src/chart/axis-ticks.js';
import { translatePage } from './analyst-english.js';
import persona7 from '../../../docs/examples/persona-7-study.json';
import coverage from '../../../packages/rules/params/coverage.json';

type Profile = Study['profiles'][number];

/** Personas 1 to 4 of the project (docs/personas.md), as in the persona-7 study. */
const presetProfiles: readonly Profile[] = (persona7 as Study).profiles;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's language: French, or English with `?lang=en` (the link in the header). */
const lang: 'fr' | 'en' = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
/** The words of the page in its language. */
const L = (fr: string, en: string): string => (lang === 'fr' ? fr : en);
if (lang === 'en') translatePage(document);
{
  // The other language, with the same study (the address's #etude= goes along).
  const other = $<HTMLAnchorElement>('switch-lang');
  if (lang === 'en') {
    other.textContent = 'Français';
    other.lang = 'fr-CA';
    other.hreflang = 'fr';
  }
  other.addEventListener('click', (e) => {
    e.preventDefault();
    location.assign(`./analyst.html${lang === 'en' ? '' : '?lang=en'}${location.hash}`);
  });
}

/**
 * The years the data covers (a data change adds one), the current one selected when covered; when
 * it is not, the page says which year's rules it shows.
 */
function setUpYears(now = new Date()): void {
  const years = coverage.supportedYears;
  const current = now.getFullYear();
  const latest = years[years.length - 1]!;
  const chosen = years.includes(current) ? current : current > latest ? latest : years[0]!;
  $<HTMLSelectElement>('year').replaceChildren(
    ...years.map((y) => new Option(String(y), String(y), y === chosen, y === chosen)),
  );
  if (!years.includes(current)) {
    const notice = $('year-notice');
    notice.hidden = false;
    notice.textContent =
      current > latest
        ? L(
            `Montants de ${latest} : ceux de ${current} ne sont pas encore intégrés.`,
            `Amounts of ${latest}: those of ${current} are not in the data yet.`,
          )
        : L(
            `Les montants de ${current} ne sont pas dans le simulateur : ceux de ${chosen} sont affichés.`,
            `The amounts of ${current} are not in the simulator: those of ${chosen} are shown.`,
          );
  }
}
setUpYears();
const money = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'CAD',
  maximumFractionDigits: 0,
});
const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
/** Amounts per hour keep their cents (12,43 $): a dollar is a large share of an hour. */
const moneyCents = new Intl.NumberFormat(locale, {
  style: 'currency',
  currency: 'CAD',
  minimumFractionDigits: 2,
});
/** Hours as each language writes them: « 16,5 » in French, « 16.5 » in English. */
const hoursNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const worker = new Worker(new URL('./analyst-worker.ts', import.meta.url), { type: 'module' });

/** The profiles offered in the form: the presets, or those of the study last opened. */
let profiles: readonly Profile[] = presetProfiles;
let last: { study: Study; result: StudyResult; csv: string } | null = null;
let pending: Study | null = null;
let requestId = 0;

function hoursGrid(): number[] {
  const from = Number($<HTMLInputElement>('from').value);
  const to = Number($<HTMLInputElement>('to').value);
  const step = Math.max(0.5, Number($<HTMLInputElement>('step').value));
  const out: number[] = [];
  for (let i = 0; out.length < 401; i++) {
    // Built from integers so that 0.1 + 0.2 never appears in a grid.
    const h = Math.round((from + i * step) * 10) / 10;
    if (h > to + 1e-9) break;
    out.push(h);
  }
  return out;
}

function reformsFromForm(year: number): NonNullable<Study['reforms']> {
  const json = $<HTMLTextAreaElement>('reform-json').value.trim();
  if (json !== '') {
    const parsed: unknown = JSON.parse(json);
    return (Array.isArray(parsed) ? parsed : [parsed]) as NonNullable<Study['reforms']>;
  }
  const quick = [
    [
      'reform-exclusion',
      'lastResort.workIncomeExclusion.singleAdult',
      L('Exclusion des revenus de travail portée à', 'Work income exclusion raised to'),
    ],
    [
      'reform-support',
      'lastResort.thirdPartyAllowance.supportAllowanceExclusion',
      L("Exclusion de l'allocation de soutien portée à", 'Support allowance exclusion raised to'),
    ],
  ] as const;
  return quick.flatMap(([id, parameter, name]) => {
    const value = $<HTMLInputElement>(id).value.trim();
    return value === ''
      ? []
      : [{ name: `${name} ${value} $`, overrides: [{ parameter, from: `${year}-01-01`, value }] }];
  });
}

function studyFromForm(): Study {
  const year = Number($<HTMLSelectElement>('year').value);
  const checked = new Set(
    [...document.querySelectorAll<HTMLInputElement>('input[name="profile"]:checked')].map(
      (i) => i.value,
    ),
  );
  const chosen = profiles.filter((p) => checked.has(p.id));
  return {
    name: L('Étude Passerelle', 'Passerelle study'),
    // The year chosen applies to every profile (June of that year).
    profiles: (chosen.length > 0 ? chosen : profiles.slice(0, 1)).map((p) => ({
      ...p,
      base: { ...(p.base as object), period: { year, month: 6 } },
    })),
    hoursPerWeek: hoursGrid(),
    wage: {},
    allowance: {
      amountPerHour: Number($<HTMLInputElement>('rate').value.replace(',', '.')),
      treatment: $<HTMLSelectElement>('treatment').value as 'countedInFull',
      administrationPerYear: decimalField('allowance-admin') ?? 0,
    },
    wagePayer: {
      kind: $<HTMLSelectElement>('wage-payer').value as 'publicFunded' | 'private',
      subsidyRate: (decimalField('wage-subsidy') ?? 0) / 100,
      ...(decimalField('cnesst-rate') === null
        ? {}
        : { cnesstRate: decimalField('cnesst-rate')! / 100 }),
    },
    reforms: reformsFromForm(year),
  };
}

/**
 * A number typed the French or the English way (« 1,5 » or « 1.5 »), null when empty. Anything
 * else goes to the study's validation, which names the field (NaN is refused there).
 */
function decimalField(id: string): number | null {
  const text = $<HTMLInputElement>(id).value.trim().replace(/\s/g, '');
  return text === '' ? null : Number(text.replace(',', '.'));
}

function run(study: Study): void {
  pending = study;
  $('status').textContent = L('Calcul en cours…', 'Computing…');
  worker.postMessage({ id: ++requestId, study });
}

function runForm(): void {
  try {
    run(studyFromForm());
  } catch {
    $('status').textContent = L(
      'Erreur : la réforme n’est pas du JSON valide.',
      'Error: the reform is not valid JSON.',
    );
  }
}

worker.onmessage = (
  event: MessageEvent<{
    id: number;
    result?: StudyResult;
    csv?: string;
    error?: { fr: string };
    milliseconds?: number;
  }>,
) => {
  if (event.data.id !== requestId) return;
  if (event.data.error) {
    $('status').textContent = L(`Erreur : ${event.data.error.fr}`, `Error: ${event.data.error.en}`);
    return;
  }
  last = { study: pending!, result: event.data.result!, csv: event.data.csv! };
  performance.mark('passerelle:results');
  renderProfileChoice(last.result);
  // Charts first: they are what the analyst looks at; the table of every row follows.
  renderCharts(last.result);
  performance.mark('passerelle:charts');
  renderCostDetail(last.result);
  renderBalance(last.result);
  renderTable(last.result);
  performance.mark('passerelle:table');
  const points = last.result.profiles.reduce(
    (s, p) => s + p.scenarios.reduce((t, sc) => t + sc.comparison.rows.length, 0),
    0,
  );
  $('status').textContent = L(
    `${points} points calculés en ${Math.round(event.data.milliseconds ?? 0)} ms (dans un Web Worker, sans rien envoyer).`,
    `${points} points computed in ${Math.round(event.data.milliseconds ?? 0)} ms (in a Web Worker, nothing sent).`,
  );
  document.body.dataset['ready'] = 'true';
};

function renderProfileChoice(result: StudyResult): void {
  const select = $<HTMLSelectElement>('chart-profile');
  const previous = select.value;
  select.replaceChildren(
    ...result.profiles.map((p) =>
      Object.assign(document.createElement('option'), {
        value: p.id,
        textContent: p.label || p.id,
        selected: p.id === previous,
      }),
    ),
  );
}

function scenarioName(reform: string | null): string {
  return reform ?? L('En vigueur', 'In force');
}

function renderTable(result: StudyResult): void {
  const body: HTMLTableRowElement[] = [];
  for (const profile of result.profiles) {
    const inForce = profile.scenarios[0]!.comparison.rows;
    for (const scenario of profile.scenarios) {
      scenario.comparison.rows.forEach((r, i) => {
        const tr = document.createElement('tr');
        const name = (profile.label || profile.id).split(',')[0];
        const cells = [
          `${name} — ${r.model === 'wage' ? L('Salaire', 'Wage') : L('Allocation', 'Allowance')}`,
          scenarioName(scenario.reform),
          hoursNumber.format(r.hoursPerWeek),
          money.format(r.disposableIncome),
          money.format(r.differenceVsNoActivity),
          money.format(r.disposableIncome - inForce[i]!.disposableIncome),
          r.effectiveMarginalRate === null ? '—' : pct.format(r.effectiveMarginalRate),
          money.format(r.publicCost.total),
          r.publicCostPerParticipantHour === null
            ? '—'
            : money.format(r.publicCostPerParticipantHour),
          // The whole public balance by payer (the wage counted as the funder's when it pays it).
          money.format(r.publicBalance.funder),
          money.format(r.publicBalance.assistanceMinistry),
          money.format(r.publicBalance.quebec),
          money.format(r.publicBalance.federal),
          money.format(r.publicBalance.total),
          r.publicBalancePerParticipantHour === null
            ? '—'
            : moneyCents.format(r.publicBalancePerParticipantHour),
        ];
        for (const [j, text] of cells.entries()) {
          const cell = document.createElement(j === 0 ? 'th' : 'td');
          if (j === 0) cell.setAttribute('scope', 'row');
          cell.textContent = text;
          tr.append(cell);
        }
        body.push(tr);
      });
    }
  }
  $('table-body').replaceChildren(...body);
}

function chartProfile(result: StudyResult): StudyResult['profiles'][number] {
  const chosen = $<HTMLSelectElement>('chart-profile').value;
  return result.profiles.find((p) => p.id === chosen) ?? result.profiles[0]!;
}

/** The public cost line by line for the chart's profile at one number of hours, both models. */
function renderCostDetail(result: StudyResult): void {
  const profile = chartProfile(result);
  const rows = profile.scenarios[0]!.comparison.rows;
  const select = $<HTMLSelectElement>('cost-hours');
  const hours = [...new Set(rows.map((r) => r.hoursPerWeek))];
  const previous = select.value === '' ? NaN : Number(select.value);
  const chosen = hours.includes(previous) ? previous : (hours.find((h) => h >= 10) ?? hours[0]!);
  select.replaceChildren(
    ...hours.map((h) =>
      Object.assign(document.createElement('option'), {
        value: String(h),
        textContent: `${hoursNumber.format(h)} h`,
        selected: h === chosen,
      }),
    ),
  );
  const at = (model: ModelRow['model']) =>
    rows.find((r) => r.model === model && r.hoursPerWeek === chosen)!;
  const wage = publicCostLines(at('wage').publicCost);
  const allowance = publicCostLines(at('allowance').publicCost);
  $('cost-caption').textContent = L(
    `${profile.label || profile.id}, ${hoursNumber.format(chosen)}\u00a0h par semaine, pour l'année (positif : argent public versé au ménage)`,
    `${profile.label || profile.id}, ${hoursNumber.format(chosen)}\u00a0h a week, for the year (positive: public money paid to the household)`,
  );
  $('cost-body').replaceChildren(
    ...wage.map((line, i) => {
      const tr = document.createElement('tr');
      const th = Object.assign(document.createElement('th'), {
        scope: 'row',
        textContent: line.label[lang],
      });
      const cells = [
        money.format(line.amount),
        money.format(allowance[i]!.amount),
        line.description[lang],
      ];
      tr.append(
        th,
        ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })),
      );
      return tr;
    }),
  );
}

function renderCharts(result: StudyResult): void {
  const profile = chartProfile(result);
  drawChart('chart', profile.scenarios, (r) => r.disposableIncome, money.format);
  drawChart('chart-emtr', profile.scenarios, (r) => r.effectiveMarginalRate, pct.format);
  drawChart('chart-cost', profile.scenarios, (r) => r.publicCostPerParticipantHour, money.format);
  drawChart(
    'chart-balance',
    profile.scenarios,
    (r) => r.publicBalancePerParticipantHour,
    money.format,
  );
}

/** The balance by payer for the chart's profile at the hours chosen for the cost detail. */
function renderBalance(result: StudyResult): void {
  const profile = chartProfile(result);
  const rows = profile.scenarios[0]!.comparison.rows;
  const none = profile.scenarios[0]!.comparison.noActivity;
  const chosen = Number($<HTMLSelectElement>('cost-hours').value);
  const at = (model: ModelRow['model']) =>
    rows.find((r) => r.model === model && r.hoursPerWeek === chosen)!;
  const wage = at('wage');
  const allowance = at('allowance');
  const payer = result.wagePayer.startsWith('private')
    ? L('un employeur privé', 'a private employer')
    : L('un organisme financé', 'a funded organization');
  $('balance-caption').textContent = L(
    `${profile.label || profile.id}, ${hoursNumber.format(chosen)}\u00a0h par semaine, pour l'année ; le salaire est payé par ${payer}${result.wagePayer.includes('subsidy') ? ' avec une subvention salariale' : ''} (positif : argent public versé)`,
    `${profile.label || profile.id}, ${hoursNumber.format(chosen)}\u00a0h a week, for the year; the wage is paid by ${payer}${result.wagePayer.includes('subsidy') ? ' with a wage subsidy' : ''} (positive: public money paid)`,
  );
  const perHour = (r: ModelRow) =>
    r.publicBalancePerParticipantHour === null
      ? '—'
      : `${moneyCents.format(r.publicBalancePerParticipantHour)} (${hoursNumber.format(r.participantHoursPerYear)}\u00a0h)`;
  /** The same item of the balance for the wage and for the allowance. */
  const both = (item: keyof ModelRow['publicBalance']): [string, string] => [
    money.format(wage.publicBalance[item]),
    money.format(allowance.publicBalance[item]),
  ];
  const lines: [string, string, string, string][] = [
    [
      L('Bailleur du programme', 'Program funder'),
      ...both('funder'),
      L(
        'Salaire et cotisations de l’employeur quand un organisme financé les paie (moins la subvention) ; allocations et administration.',
        "Wage and employer's contributions when a funded organization pays them (less the subsidy); allowances and administration.",
      ),
    ],
    [
      L(
        'Ministère de l’Emploi et de la Solidarité sociale',
        'Employment and social solidarity ministry',
      ),
      ...both('assistanceMinistry'),
      L(
        `Aide ou revenu de base versé, et la subvention salariale. Sans activité : ${money.format(none.publicBalance.assistanceMinistry)}.`,
        `Assistance or basic income paid, and the wage subsidy. With no activity: ${money.format(none.publicBalance.assistanceMinistry)}.`,
      ),
    ],
    [
      'Québec (Revenu Québec, Retraite Québec, RQAP, CNESST, RAMQ)',
      ...both('quebec'),
      L(
        `Crédits versés moins l’impôt, les cotisations de l’employé et de l’employeur (dont ${money.format(wage.publicBalance.employerContributionsQuebec)} de l’employeur) et la prime RAMQ.`,
        `Credits paid less income tax, the employee's and the employer's contributions (${money.format(wage.publicBalance.employerContributionsQuebec)} of them the employer's) and the RAMQ premium.`,
      ),
    ],
    [
      L('Gouvernement fédéral', 'Federal government'),
      ...both('federal'),
      L(
        'Crédits versés moins l’impôt et l’assurance-emploi (employé et employeur).',
        'Credits paid less income tax and employment insurance (employee and employer).',
      ),
    ],
    [
      L('Total public', 'Public total'),
      ...both('total'),
      L(
        `Sans activité : ${money.format(none.publicBalance.total)}.`,
        `With no activity: ${money.format(none.publicBalance.total)}.`,
      ),
    ],
    [
      L('Employeur privé (hors argent public)', 'Private employer (not public money)'),
      ...both('privateEmployer'),
      L(
        'Ce qu’un employeur privé paie de son argent.',
        'What a private employer pays with its own money.',
      ),
    ],
    [
      L('Coût d’un salaire pour l’employeur', "A wage's cost to the employer"),
      wage.employerCost ? money.format(wage.employerCost.total) : '—',
      '—',
      wage.employerCost
        ? wage.employerCost.explanation[lang]
        : L('Pas de salaire à ces heures.', 'No wage at these hours.'),
    ],
    [
      L('Gain de la personne (revenu de l’année)', "The participant's gain (the year's income)"),
      money.format(wage.differenceVsNoActivity),
      money.format(allowance.differenceVsNoActivity),
      L(
        'Revenu après impôts et crédits, par rapport à aucune activité.',
        'Income after taxes and credits, compared with no activity.',
      ),
    ],
    [
      L('Bilan public par heure de participation', 'Public balance per hour of participation'),
      perHour(wage),
      perHour(allowance),
      L(
        'Variation du total public par rapport à aucune activité, divisée par les heures de l’année (semaines travaillées pour un salaire, 52 pour une allocation).',
        "Change of the public total compared with no activity, divided by the year's hours (weeks worked for a wage, 52 for an allowance).",
      ),
    ],
  ];
  $('balance-body').replaceChildren(
    ...lines.map(([label, ...cells]) => {
      const tr = document.createElement('tr');
      tr.append(
        Object.assign(document.createElement('th'), { scope: 'row', textContent: label }),
        ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })),
      );
      return tr;
    }),
  );
}

/** One line per model and scenario (rules in force solid, reforms dashed), values may be negative. */
function drawChart(
  id: string,
  scenarios: StudyResult['profiles'][number]['scenarios'],
  value: (r: ModelRow) => number | null,
  format: (v: number) => string,
): void {
  const svg = $(id) as unknown as SVGSVGElement;
  const W = 640;
  const H = 260;
  const all = scenarios.flatMap((s) => s.comparison.rows);
  const values = all.map(value).filter((v): v is number => v !== null);
  // Round ticks that include 0 and cover the data; the domain is the first to the last tick.
  const ticks = axisTicks(Math.min(0, ...values), Math.max(0, ...values));
  const bottom = ticks[0]!;
  const span = ticks.at(-1)! - bottom;
  const hourTicks = axisTicks(0, Math.max(1, ...all.map((r) => r.hoursPerWeek)), 5);
  const hMax = hourTicks.at(-1)!;
  const x = (h: number) => 60 + (h / hMax) * (W - 80);
  const y = (v: number) => H - 30 - ((v - bottom) / span) * (H - 50);
  const ns = 'http://www.w3.org/2000/svg';
  const nodes: SVGElement[] = [];
  const axis = document.createElementNS(ns, 'line');
  Object.entries({ x1: 60, x2: W - 20, y1: y(0), y2: y(0), class: 'axis' }).forEach(([k, v]) =>
    axis.setAttribute(k, String(v)),
  );
  nodes.push(axis);
  scenarios.forEach((scenario, s) => {
    for (const model of ['wage', 'allowance'] as const) {
      const line = document.createElementNS(ns, 'polyline');
      line.setAttribute('class', `series-${model}${s > 0 ? ' reform' : ''}`);
      line.setAttribute('fill', 'none');
      line.setAttribute(
        'points',
        scenario.comparison.rows
          .filter((r) => r.model === model && value(r) !== null)
          .map((r) => `${x(r.hoursPerWeek).toFixed(1)},${y(value(r)!).toFixed(1)}`)
          .join(' '),
      );
      nodes.push(line);
    }
  });
  // At most 9 ticks over 210 px: labels at least 26 px apart, never overlapping.
  for (const v of ticks) {
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '4');
    label.setAttribute('y', String(y(v) + 4));
    label.textContent = format(v);
    nodes.push(label);
  }
  for (const h of hourTicks) {
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(x(h) - 8));
    label.setAttribute('y', String(H - 10));
    label.textContent = `${hoursNumber.format(h)} h`;
    nodes.push(label);
  }
  svg.replaceChildren(...nodes);
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

function renderProfiles(list: readonly Profile[], checked: (p: Profile) => boolean): void {
  profiles = list;
  $('profiles').replaceChildren(
    Object.assign(document.createElement('legend'), { textContent: L('Profils', 'Profiles') }),
    ...list.map((p) => {
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name: 'profile',
        value: p.id,
        checked: checked(p),
      });
      label.append(box, ` ${p.label || p.id}`);
      return label;
    }),
  );
}

/**
 * Shows a study in the form (its profiles, hours and allowance) and runs it as it is; a study
 * that the library's schema refuses is not run, and the status names its first wrong field.
 */
function openStudy(value: unknown, from: string): void {
  const checked = validateStudy(value);
  if (!checked.ok) {
    const info = checked.error.info;
    const issue = info && 'issues' in info ? info.issues[0] : undefined;
    $('status').textContent =
      L(`Erreur (${from}) : `, `Error (${from}): `) +
      checked.error.message[lang] +
      (issue && !checked.error.message[lang].includes(issue.field) ? ` [${issue.field}]` : '');
    delete document.body.dataset['ready'];
    return;
  }
  const study = checked.value as Study;
  renderProfiles(study.profiles, () => true);
  const hours = study.hoursPerWeek;
  $<HTMLInputElement>('from').value = String(Math.min(...hours));
  $<HTMLInputElement>('to').value = String(Math.max(...hours));
  if (hours.length > 1) $<HTMLInputElement>('step').value = String(hours[1]! - hours[0]!);
  $<HTMLInputElement>('rate').value = String(study.allowance.amountPerHour);
  if (study.allowance.treatment)
    $<HTMLSelectElement>('treatment').value = study.allowance.treatment;
  const percentText = (rate: number | undefined) =>
    rate === undefined || rate === 0
      ? ''
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rate * 100);
  $<HTMLSelectElement>('wage-payer').value = study.wagePayer?.kind ?? 'publicFunded';
  $<HTMLInputElement>('wage-subsidy').value = percentText(study.wagePayer?.subsidyRate);
  $<HTMLInputElement>('cnesst-rate').value = percentText(study.wagePayer?.cnesstRate);
  $<HTMLInputElement>('allowance-admin').value = study.allowance.administrationPerYear
    ? String(study.allowance.administrationPerYear)
    : '';
  $<HTMLTextAreaElement>('reform-json').value =
    study.reforms && study.reforms.length > 0 ? JSON.stringify(study.reforms, null, 1) : '';
  run(study);
}

/** Opens the study in the address (`#etude=…`); false when there is none. */
function openStudyFromAddress(): boolean {
  const match = /^#etude=(.+)$/.exec(location.hash);
  if (!match) return false;
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(match[1]!));
  } catch {
    $('status').textContent = L(
      "Erreur : l'étude dans l'adresse n'est pas du JSON valide.",
      'Error: the study in the address is not valid JSON.',
    );
    delete document.body.dataset['ready'];
    return true;
  }
  openStudy(value, L("l'étude dans l'adresse", 'the study in the address'));
  return true;
}

renderProfiles(presetProfiles, (p) => p.id === 'marc');
$('form').addEventListener('submit', (e) => {
  e.preventDefault();
  runForm();
});
$('chart-profile').addEventListener('change', () => {
  if (!last) return;
  renderCharts(last.result);
  renderCostDetail(last.result);
  renderBalance(last.result);
});
$('cost-hours').addEventListener('change', () => {
  if (!last) return;
  renderCostDetail(last.result);
  renderBalance(last.result);
});
$('persona-7').addEventListener('click', () =>
  openStudy(persona7, L('étude du persona 7', 'persona 7 study')),
);
$('export').addEventListener('click', () => {
  if (last) download('passerelle-etude.csv', last.csv, 'text/csv');
});
$('export-study').addEventListener('click', () => {
  if (last)
    download('passerelle-etude.json', JSON.stringify(last.study, null, 2), 'application/json');
});
$<HTMLInputElement>('open-study').addEventListener('change', async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (!file) return;
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    $('status').textContent = L(
      `Erreur : le fichier « ${file.name} » n'est pas du JSON valide.`,
      `Error: the file “${file.name}” is not valid JSON.`,
    );
    return;
  }
  openStudy(value, L(`fichier « ${file.name} »`, `file “${file.name}”`));
});
// A link changed in the address bar (or followed from another study) is opened at once.
window.addEventListener('hashchange', () => openStudyFromAddress());
if (!openStudyFromAddress()) runForm();
