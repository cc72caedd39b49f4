// Benchmark: `pnpm bench` (after `pnpm build`); `pnpm bench -- --million` adds the 1 000 000-row
// batch (about two minutes). Prints medians; not a test: timings vary by machine, and on shared
// machines by up to 2× from one run to the next, so each figure is taken in a fresh process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import os from 'node:os';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Runs bench/measure.mjs in a new process and returns its JSON answer. */
const measure = (what) =>
  JSON.parse(execFileSync('node', [here('./measure.mjs'), what]).toString());

const sweeps = Array.from({ length: 5 }, () => measure('sweep'));
const simulateMs = median(Array.from({ length: 3 }, () => measure('simulate').ms));
const timelines = Array.from({ length: 5 }, () => measure('timeline'));
const figures = Array.from({ length: 3 }, () => measure('figures'));

const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
const cli = here('../packages/cli/dist/main.js');
const progs = ['socialAssistance', 'socialSolidarity', 'basicIncome'];
const row = (i) => ({
  label: `cas ${i}`,
  period: { year: 2026, month: 1 + (i % 12) },
  household: {
    adults: [
      {
        age: 19 + (i % 45),
        program: progs[i % 3],
        activity:
          i % 2
            ? { wage: { hoursPerWeek: (i % 400) / 10 } }
            : { allowance: { hoursPerWeek: (i % 300) / 10, amountPerHour: 3 } },
      },
    ],
  },
});
async function writeJsonl(file, count) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(row(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
function batch(file, extra = []) {
  const run = spawnSync('node', [cli, 'batch', file, '--csv', ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  return JSON.parse(
    run.stderr
      .toString()
      .trim()
      .split(/[\r\n]/)
      .at(-1),
  ).summary;
}
const jsonl = join(dir, 'cases.jsonl');
await writeJsonl(jsonl, 100_000);
const csvFile = join(dir, 'cases.csv');
writeFileSync(
  csvFile,
  [
    'label,period.year,period.month,household.adults.0.age,household.adults.0.program,household.adults.0.activity.wage.hoursPerWeek',
    ...Array.from(
      { length: 100_000 },
      (_, i) => `cas ${i},2026,${1 + (i % 12)},${19 + (i % 45)},${progs[i % 3]},${(i % 400) / 10}`,
    ),
  ].join('\n'),
);
// The same rows, but no two households alike (children's ages vary): every row computes its own
// no-activity baseline, as in a file of real people rather than a grid of profiles.
const distinct = join(dir, 'distinct.jsonl');
{
  const out = createWriteStream(distinct);
  for (let i = 0; i < 100_000; i++) {
    const r = row(i);
    const kids = [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26];
    r.household.children = kids.slice(0, 1 + (i % 3)).map((age) => ({ age }));
    if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
// One thread (--jobs 1) and every core (--jobs auto, the default): speed comes from cores.
const fromJsonl = batch(jsonl, ['--jobs', '1']);
const fromDistinct = batch(distinct, ['--jobs', '1']);
const fromCsv = batch(csvFile, ['--jobs', '1']);
const withEmtr = batch(jsonl, ['--emtr', '--jobs', '1']);
const twoJobs = batch(jsonl, ['--jobs', '2']);
const allCores = batch(jsonl);
// What cores bring, on a file large enough that each worker's start (loading the library and
// warming its compiler, a second or so per thread) does not weigh on the comparison: 300 000
// rows, one thread and two, interleaved twice (this VM drifts), each pair's ratio said.
const large = join(dir, 'large.jsonl');
await writeJsonl(large, 300_000);
const pairs = [0, 1].map(() => {
  const one = batch(large, ['--jobs', '1']);
  const two = batch(large, ['--jobs', '2']);
  return { one, two, ratio: two.casesPerSecond / one.casesPerSecond };
});

const s = sweeps.map((x) => x.median);
console.log(
  `--jobs 2 against one thread, 300 000 rows, two interleaved pairs: ${pairs.map((p) => `${p.two.casesPerSecond} / ${p.one.casesPerSecond} = ${p.ratio.toFixed(2)} ×`).join('; ')} (target ≥ 1.7 on 2 cores); on 100 000 rows ${(twoJobs.casesPerSecond / fromJsonl.casesPerSecond).toFixed(2)} ×`,
);
console.log(
  `sweep() 0–40 h step 0.5 × 3 scenarios (243 points): median ${median(s).toFixed(2)} ms (medians of 5 fresh processes: ${s.map((x) => x.toFixed(1)).join(', ')}; target < 10 ms)`,
);
console.log(`simulate() with explanations and marginal rates: median ${simulateMs.toFixed(3)} ms`);
console.log(
  `timeline() 24 months: median ${median(timelines.map((x) => x.median)).toFixed(2)} ms without explanations (target ≤ 2 ms), ${median(timelines.map((x) => x.explained)).toFixed(2)} ms with (medians of 5 fresh processes)`,
);
console.log(
  `createFiguresSimulator(), one core: ${median(figures.map((f) => f.perSecond))} household-years/s (${median(figures.map((f) => f.microseconds)).toFixed(1)} µs each; target 20 000/s)`,
);
for (const [name, r] of [
  ['JSON Lines → CSV, one thread', fromJsonl],
  ['JSON Lines → CSV, no two households alike, one thread', fromDistinct],
  ['CSV → CSV, one thread', fromCsv],
  ['JSON Lines → CSV with marginal rates (--emtr), one thread', withEmtr],
  ['JSON Lines → CSV on 2 worker threads (--jobs 2)', twoJobs],
  [
    `JSON Lines → CSV on all cores (--jobs auto, the default: ${os.availableParallelism()} cores)`,
    allCores,
  ],
]) {
  console.log(
    `CLI batch, 100 000 rows, ${name}: ${r.seconds.toFixed(1)} s, ${r.casesPerSecond} cases/s, peak memory ${r.peakMemoryMB} MB`,
  );
}
if (process.argv.includes('--million')) {
  const million = join(dir, 'million.jsonl');
  await writeJsonl(million, 1_000_000);
  const r = batch(million);
  console.log(
    `CLI batch, 1 000 000 rows JSON Lines → CSV: ${r.seconds.toFixed(0)} s, ${r.casesPerSecond} cases/s, peak memory ${r.peakMemoryMB} MB`,
  );
}
