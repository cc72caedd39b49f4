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
let last: ModelComparison | null = null;
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

function run(): void {
  const profile = profiles[$<HTMLSelectElement>('profile').value] ?? profiles['marc']!;
  const year = Number($<HTMLSelectElement>('year').value);
  const exclusion = $<HTMLInputElement>('reform-exclusion').value.trim();
  const comparison = {
    base: { period: { year, month: 6 }, household: { adults: [profile.adult] } },
    hoursPerWeek: hoursGrid(),
    wage: {},
    allowance: {
      amountPerHour: Number($<HTMLInputElement>('rate').value.replace(',', '.')),
      treatment: $<HTMLSelectElement>('treatment').value,
    },
  };
  const reform =
    exclusion === ''
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
  $('status').textContent = 'Calcul en cours…';
  worker.postMessage({ id: ++requestId, comparison, reform });
}

worker.onmessage = (
  event: MessageEvent<{
    id: number;
    result?: ModelComparison;
    error?: { fr: string };
    milliseconds?: number;
  }>,
) => {
  if (event.data.id !== requestId) return;
  if (event.data.error) {
    $('status').textContent = `Erreur : ${event.data.error.fr}`;
    return;
  }
  last = event.data.result!;
  render(last);
  $('status').textContent =
    `${last.rows.length} points calculés en ${Math.round(event.data.milliseconds ?? 0)} ms (dans un Web Worker).`;
  document.body.dataset['ready'] = 'true';
};

function render(c: ModelComparison): void {
  const rows = c.rows;
  $('table-body').replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      const cells = [
        r.model === 'wage' ? 'Salaire' : 'Allocation',
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
  drawChart(rows);
}

function drawChart(rows: readonly ModelRow[]): void {
  const svg = $('chart') as unknown as SVGSVGElement;
  const W = 640;
  const H = 260;
  const max = Math.max(...rows.map((r) => r.disposableIncome)) * 1.05;
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
    label.textContent = money.format(max * t);
    nodes.push(label);
  }
  svg.replaceChildren(...nodes);
}

function exportCsv(): void {
  if (!last) return;
  const header =
    'model,hoursPerWeek,disposableIncome,differenceVsNoActivity,effectiveMarginalRate,netPublicCost,publicCostPerParticipantHour';
  const lines = last.rows.map((r) =>
    [
      r.model,
      r.hoursPerWeek,
      r.disposableIncome,
      r.differenceVsNoActivity,
      r.effectiveMarginalRate ?? '',
      r.publicCost.total,
      r.publicCostPerParticipantHour ?? '',
    ].join(','),
  );
  const url = URL.createObjectURL(new Blob([[header, ...lines].join('\n')], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'passerelle-grille.csv';
  a.click();
  URL.revokeObjectURL(url);
}

$('profile').replaceChildren(
  ...Object.entries(profiles).map(([key, p]) =>
    Object.assign(document.createElement('option'), { value: key, textContent: p.label }),
  ),
);
$('form').addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
$('export').addEventListener('click', exportCsv);
run();
