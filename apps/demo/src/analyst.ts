/**
 * The analyst page: pick a profile, the allowance model and a grid of hours, optionally a what-if
 * reform; the comparison runs in a Web Worker; results show as a chart, a table and a CSV export.
 * Everything stays in the browser.
 */
import type { ModelComparison, ModelRow } from '@passerelle/rules';

const profiles: Record<string, { label: string; adult: Record<string, unknown> }> = {
  marc: { label: 'Marc — solidarité sociale', adult: { age: 34, program: 'socialSolidarity' } },
  sophie: {
    label: 'Sophie — aide sociale, contraintes temporaires',
    adult: { age: 27, program: 'socialAssistance', temporaryConstraints: true },
  },
  jonathan: { label: 'Jonathan — aide sociale', adult: { age: 19, program: 'socialAssistance' } },
  line: { label: 'Line — revenu de base', adult: { age: 52, program: 'basicIncome' } },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const money = new Intl.NumberFormat('fr-CA', {
  style: 'currency',
  currency: 'CAD',
  maximumFractionDigits: 0,
});
const pct = new Intl.NumberFormat('fr-CA', { style: 'percent', maximumFractionDigits: 0 });
const worker = new Worker(new URL('./analyst-worker.ts', import.meta.url), { type: 'module' });
type ProfileResult = { profile: string; result: ModelComparison };
let last: ProfileResult[] | null = null;
let requestId = 0;

function hoursGrid(): number[] {
  const from = Number($<HTMLInputElement>('from').value);
  const to = Number($<HTMLInputElement>('to').value);
  const step = Math.max(0.5, Number($<HTMLInputElement>('step').value));
  const out: number[] = [];
  for (let h = from; h <= to + 1e-9 && out.length < 401; h += step)
    out.push(Math.round(h * 10) / 10);
  return out;
}

function selectedProfiles(): string[] {
  const checked = [
    ...document.querySelectorAll<HTMLInputElement>('input[name="profile"]:checked'),
  ].map((i) => i.value);
  return checked.length > 0 ? checked : ['marc'];
}

function reformFromForm(year: number): unknown {
  const json = $<HTMLTextAreaElement>('reform-json').value.trim();
  if (json !== '') return JSON.parse(json);
  const exclusion = $<HTMLInputElement>('reform-exclusion').value.trim();
  return exclusion === ''
    ? null
    : {
        name: `Exclusion des revenus de travail à ${exclusion} $`,
        overrides: [
          {
            parameter: 'lastResort.workIncomeExclusion.singleAdult',
            from: `${year}-01-01`,
            value: Number(exclusion),
          },
        ],
      };
}

function run(): void {
  const year = Number($<HTMLSelectElement>('year').value);
  let reform: unknown;
  try {
    reform = reformFromForm(year);
  } catch {
    $('status').textContent = 'Erreur : la réforme n’est pas du JSON valide.';
    return;
  }
  const comparisons = selectedProfiles().map((key) => ({
    profile: key,
    comparison: {
      base: { period: { year, month: 6 }, household: { adults: [profiles[key]!.adult] } },
      hoursPerWeek: hoursGrid(),
      wage: {},
      allowance: {
        amountPerHour: Number($<HTMLInputElement>('rate').value.replace(',', '.')),
        treatment: $<HTMLSelectElement>('treatment').value,
      },
    },
  }));
  $('status').textContent = 'Calcul en cours…';
  worker.postMessage({ id: ++requestId, comparisons, reform });
}

worker.onmessage = (
  event: MessageEvent<{
    id: number;
    results?: ProfileResult[];
    error?: { fr: string };
    milliseconds?: number;
  }>,
) => {
  if (event.data.id !== requestId) return;
  if (event.data.error) {
    $('status').textContent = `Erreur : ${event.data.error.fr}`;
    return;
  }
  last = event.data.results!;
  render(last);
  const points = last.reduce((s, p) => s + p.result.rows.length, 0);
  $('status').textContent =
    `${points} points calculés en ${Math.round(event.data.milliseconds ?? 0)} ms (dans un Web Worker).`;
  document.body.dataset['ready'] = 'true';
};

function render(results: readonly ProfileResult[]): void {
  const all = results.flatMap((p) => p.result.rows.map((r) => ({ profile: p.profile, r })));
  $('table-body').replaceChildren(
    ...all.map(({ profile, r }) => {
      const tr = document.createElement('tr');
      const cells = [
        `${profiles[profile]!.label.split(' — ')[0]} — ${r.model === 'wage' ? 'Salaire' : 'Allocation'}`,
        String(r.hoursPerWeek),
        money.format(r.disposableIncome),
        money.format(r.differenceVsNoActivity),
        r.effectiveMarginalRate === null ? '—' : pct.format(r.effectiveMarginalRate),
        money.format(r.publicCost.total),
        r.publicCostPerParticipantHour === null
          ? '—'
          : money.format(r.publicCostPerParticipantHour),
      ];
      for (const [i, text] of cells.entries()) {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) td.setAttribute('scope', 'row');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }),
  );
  const first = results[0]!.result.rows;
  drawChart('chart', first, (r) => r.disposableIncome, money.format);
  drawChart(
    'chart-emtr',
    first,
    (r) => r.effectiveMarginalRate ?? 0,
    (v) => pct.format(v),
  );
  drawChart('chart-cost', first, (r) => r.publicCostPerParticipantHour ?? 0, money.format);
}

function drawChart(
  id: string,
  rows: readonly ModelRow[],
  value: (r: ModelRow) => number,
  format: (v: number) => string,
): void {
  const svg = $(id) as unknown as SVGSVGElement;
  const W = 640;
  const H = 260;
  const max = Math.max(0.01, ...rows.map(value)) * 1.05;
  const hours = rows.map((r) => r.hoursPerWeek);
  const hMax = Math.max(...hours, 1);
  const x = (h: number) => 50 + (h / hMax) * (W - 70);
  const y = (v: number) => H - 30 - (v / max) * (H - 50);
  const ns = 'http://www.w3.org/2000/svg';
  const nodes: SVGElement[] = [];
  for (const [model, cls] of [
    ['wage', 'series-wage'],
    ['allowance', 'series-allowance'],
  ] as const) {
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('class', cls);
    line.setAttribute('fill', 'none');
    line.setAttribute(
      'points',
      rows
        .filter((r) => r.model === model)
        .map((r) => `${x(r.hoursPerWeek).toFixed(1)},${y(r.disposableIncome).toFixed(1)}`)
        .join(' '),
    );
    nodes.push(line);
  }
  for (const t of [0, 0.5, 1]) {
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '4');
    label.setAttribute('y', String(y(max * t) + 4));
    label.textContent = format(max * t);
    nodes.push(label);
  }
  svg.replaceChildren(...nodes);
}

function exportCsv(): void {
  if (!last) return;
  const header =
    'profile,model,hoursPerWeek,disposableIncome,differenceVsNoActivity,effectiveMarginalRate,netPublicCost,publicCostPerParticipantHour';
  const lines = last.flatMap((p) =>
    p.result.rows.map((r) =>
      [
        p.profile,
        r.model,
        r.hoursPerWeek,
        r.disposableIncome,
        r.differenceVsNoActivity,
        r.effectiveMarginalRate ?? '',
        r.publicCost.total,
        r.publicCostPerParticipantHour ?? '',
      ].join(','),
    ),
  );
  const url = URL.createObjectURL(new Blob([[header, ...lines].join('\n')], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'passerelle-grille.csv';
  a.click();
  URL.revokeObjectURL(url);
}

$('profiles').append(
  ...Object.entries(profiles).map(([key, p]) => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), {
      type: 'checkbox',
      name: 'profile',
      value: key,
      checked: key === 'marc',
    });
    label.append(box, ` ${p.label}`);
    return label;
  }),
);
$('form').addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
$('export').addEventListener('click', exportCsv);
run();
