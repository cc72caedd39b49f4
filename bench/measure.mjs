// One measurement in a fresh process, for bench/run.mjs: prints a JSON object.
import {
  createFiguresSimulator,
  simulate,
  sweep,
  timeline,
} from '../packages/rules/dist/src/index.js';

const period = { year: 2026, month: 6 };
const adult = (a) => ({ period, household: { adults: [a] } });
// Personas 1 to 3 (docs/personas.md).
const scenarios = [
  adult({ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } }),
  adult({
    age: 27,
    program: 'socialAssistance',
    temporaryConstraints: true,
    activity: { wage: { hoursPerWeek: 15 } },
  }),
  adult({
    age: 19,
    program: 'socialAssistance',
    activity: { allowance: { hoursPerWeek: 5, amountPerHour: 2 } },
  }),
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs, warmUp) {
  for (let i = 0; i < warmUp; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const what = process.argv[2];
if (what === 'sweep') {
  const median = time(
    () => {
      for (const s of scenarios) sweep(s, { hoursPerWeek: { from: 0, to: 40, step: 0.5 } });
    },
    100,
    30,
  );
  console.log(JSON.stringify({ median }));
} else if (what === 'timeline') {
  // 24 months: starting 10 h in March, 20 h in June, a relapse at 0 h in November, back at 15 h.
  const w = (h) => (h ? { wage: { hoursPerWeek: h } } : {});
  const input = {
    start: { year: 2026, month: 1 },
    months: 24,
    household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
    activity: [0, 0, 10, 10, 10, 20, 20, 20, 20, 20, 0, 15].map(w),
  };
  const figures = time(() => timeline(input, { explanations: false }), 300, 50);
  const explained = time(() => timeline(input), 100, 20);
  console.log(JSON.stringify({ median: figures, explained }));
} else if (what === 'simulate') {
  console.log(JSON.stringify({ ms: time(() => simulate(scenarios[0]), 2000, 200) }));
} else if (what === 'figures') {
  const programs = ['socialAssistance', 'socialSolidarity', 'basicIncome'];
  const cases = Array.from({ length: 30_000 }, (_, i) =>
    adult({
      age: 19 + (i % 45),
      program: programs[i % 3],
      activity: { wage: { hoursPerWeek: (i % 400) / 10 } },
    }),
  );
  const sim = createFiguresSimulator();
  for (const c of cases.slice(0, 5000)) sim.simulate(c);
  const t0 = performance.now();
  for (const c of cases) sim.simulate(c);
  const ms = performance.now() - t0;
  console.log(
    JSON.stringify({
      perSecond: Math.round(cases.length / (ms / 1000)),
      microseconds: (ms * 1000) / cases.length,
    }),
  );
}
