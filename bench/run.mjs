// Benchmark: `pnpm bench`. Prints medians in milliseconds; not a test (timings vary by machine).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulate, sweep } from '../packages/rules/dist/src/index.js';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
function time(fn, runs) {
  for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const period = { year: 2026, month: 6 };
const scenarios = [
  {
    period,
    household: {
      adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } }],
    },
  },
  {
    period,
    household: {
      adults: [
        {
          age: 27,
          program: 'socialAssistance',
          temporaryConstraints: true,
          activity: { wage: { hoursPerWeek: 15 } },
        },
      ],
    },
  },
  {
    period,
    household: {
      adults: [
        {
          age: 19,
          program: 'socialAssistance',
          activity: { allowance: { hoursPerWeek: 5, amountPerHour: 2 } },
        },
      ],
    },
  },
];

const one = time(() => simulate(scenarios[0]), 2000);
const sweep3 = time(() => {
  for (const s of scenarios) sweep(s, { hoursPerWeek: { from: 0, to: 40, step: 0.5 } });
}, 100);

const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
const file = join(dir, 'cases.json');
const cases = Array.from({ length: 10000 }, (_, i) => ({
  ...scenarios[i % 3],
  household: {
    adults: [
      {
        ...scenarios[i % 3].household.adults[0],
        activity: { wage: { hoursPerWeek: (i % 400) / 10 } },
      },
    ],
  },
}));
writeFileSync(file, JSON.stringify(cases));
const cli = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const timeCli = (extra) => {
  const t0 = performance.now();
  execFileSync('node', [cli, file, ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
};
const cliMs = timeCli([]);
const cliSummaryMs = timeCli(['--summary']);
const jsonl = join(dir, 'cases.jsonl');
writeFileSync(jsonl, cases.map((c) => JSON.stringify(c)).join('\n'));
const batchMs = (() => {
  const t0 = performance.now();
  execFileSync('node', [cli, 'batch', jsonl, '--csv'], { stdio: ['ignore', 'ignore', 'ignore'] });
  return performance.now() - t0;
})();

console.log(`simulate(): median ${one.toFixed(3)} ms`);
console.log(
  `sweep() 0–40 h step 0.5 × 3 scenarios (243 points): median ${sweep3.toFixed(2)} ms (target < 10 ms)`,
);
console.log(
  `CLI, 10 000 cases (full explained JSON, streamed): ${cliMs.toFixed(0)} ms, ${Math.round(10000 / (cliMs / 1000))} cases/s`,
);
console.log(
  `CLI batch, 10 000 JSONL rows → CSV (figures only): ${batchMs.toFixed(0)} ms, ${Math.round(10000 / (batchMs / 1000))} cases/s`,
);
console.log(
  `CLI, 10 000 cases (--summary): ${cliSummaryMs.toFixed(0)} ms, ${Math.round(10000 / (cliSummaryMs / 1000))} cases/s`,
);
