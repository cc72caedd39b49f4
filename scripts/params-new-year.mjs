// Adds a new year to the parameter files from the official indexation rates a maintainer read:
//
//   pnpm params:new-year 2027 --rate assistance=0.0205 --rate quebecTax=0.0205 --rate federalTax=0.02 \
//     [--url assistance=https://…] [--params <dir>] [--dry-run]
//
// For each parameter that follows an indexation (packages/rules/params/indexation.json), the value
// in force on December 31 of the year before × (1 + rate), rounded as the law rounds, is added on
// January 1 of the new year, marked `derived` (verified: false) with its method and source. Other
// parameters keep their value. The year joins `coverage.json`. Then the script lists what a person
// must still read at its source (payroll maxima, minimum wage, RAMQ…), and, on the project's own
// files, regenerates docs/reference. Exit 2 with a message on any bad argument; nothing is written
// then. The result passes the parameter schema (checked before writing).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readParameterFiles, splitForLibrary, writeParameterFiles } from './parameter-files.mjs';

const projectParams = fileURLToPath(new URL('../packages/rules/params/', import.meta.url));

function fail(message) {
  process.stderr.write(`params:new-year — ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const out = { year: null, rates: {}, urls: {}, dir: projectParams, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const pair = (flag) => {
      const v = argv[++i];
      const m = /^([A-Za-z]+)=(.+)$/.exec(v ?? '');
      if (!m) fail(`${flag} expects name=value (got ${v ?? 'nothing'})`);
      return [m[1], m[2]];
    };
    if (a === '--rate') {
      const [k, v] = pair('--rate');
      if (!/^-?\d+(\.\d+)?$/.test(v) || Math.abs(Number(v)) > 0.2)
        fail(`--rate ${k}: a rate such as 0.0205 (2.05 %), between -0.2 and 0.2 (got ${v})`);
      out.rates[k] = v;
    } else if (a === '--url') {
      const [k, v] = pair('--url');
      if (!/^https:\/\//.test(v)) fail(`--url ${k}: an https address (got ${v})`);
      out.urls[k] = v;
    } else if (a === '--params') out.dir = argv[++i] ?? fail('--params expects a folder');
    else if (a === '--dry-run') out.dryRun = true;
    else if (/^\d{4}$/.test(a)) out.year = Number(a);
    else fail(`unknown argument: ${a}`);
  }
  if (out.year === null) fail('give the year to add, e.g. 2027');
  return out;
}

/** Decimal arithmetic on strings, without floating-point drift: value × (1 + rate), rounded. */
function indexValue(value, rate, rounding) {
  const scale = 10n ** 12n;
  const toUnits = (s) => {
    const [i, f = ''] = s.split('.');
    const sign = i.startsWith('-') ? -1n : 1n;
    return sign * (BigInt(i.replace('-', '')) * scale + BigInt((f + '0'.repeat(12)).slice(0, 12)));
  };
  const product = (toUnits(value) * (scale + toUnits(rate))) / scale; // in 1e-12 units
  const step = { cent: scale / 100n, dollar: scale, fiveDollars: 5n * scale }[rounding];
  if (!step) fail(`unknown rounding ${rounding}`);
  const rounded = ((product + step / 2n) / step) * step;
  const whole = rounded / scale;
  const cents = (rounded % scale) / (scale / 100n);
  return rounding === 'cent' ? `${whole}.${String(cents).padStart(2, '0')}` : String(whole);
}

const args = parseArgs(process.argv.slice(2));
const indexation = JSON.parse(readFileSync(join(args.dir, 'indexation.json'), 'utf8'));
const coveragePath = join(args.dir, 'coverage.json');
const coverage = JSON.parse(readFileSync(coveragePath, 'utf8'));
const previous = args.year - 1;
if (!coverage.supportedYears.includes(previous))
  fail(`the data has no ${previous}: add years in order (${coverage.supportedYears.join(', ')})`);
const needed = Object.keys(indexation.indices);
const missing = needed.filter((k) => args.rates[k] === undefined);
if (missing.length > 0)
  fail(`give the official rate of each indexation: missing --rate ${missing.join(', --rate ')}`);
for (const k of Object.keys(args.rates))
  if (!needed.includes(k)) fail(`unknown indexation « ${k} » (known: ${needed.join(', ')})`);

const files = readParameterFiles(args.dir);
const byId = new Map(files.flatMap((f) => f.data.parameters.map((p) => [p.id, p])));
const date = `${args.year}-01-01`;
const inForce = (p, on) =>
  [...p.values]
    .filter((v) => v.effectiveFrom <= on)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
    .at(-1);

const added = [];
const skipped = [];
for (const [key, index] of Object.entries(indexation.indices)) {
  const rate = args.rates[key];
  const ids = [...index.parameters, ...(index.alsoParameters ?? [])];
  for (const id of ids) {
    const p = byId.get(id);
    if (!p) fail(`indexation.json names an unknown parameter: ${id}`);
    if (p.values.some((v) => v.effectiveFrom === date)) {
      skipped.push(`${id} (a value on ${date} is already there)`);
      continue;
    }
    const base = inForce(p, `${previous}-12-31`);
    if (!base) fail(`${id} has no value in force in ${previous}`);
    const rounding = index.roundingExceptions?.[id] ?? index.rounding;
    // A tax scale: its thresholds are indexed, its rates kept (a rate changes by law, not by index).
    const indexed = base.brackets
      ? {
          brackets: base.brackets.map((b, i) => ({
            threshold: i === 0 ? b.threshold : indexValue(b.threshold, rate, rounding),
            rate: b.rate,
          })),
        }
      : { value: indexValue(base.value, rate, rounding) };
    const shown = (v) => v.value ?? v.brackets.map((b) => b.threshold).join(' / ');
    p.values.push({
      effectiveFrom: date,
      ...indexed,
      status: 'derived',
      verified: false,
      source: { title: index.title, url: args.urls[key] ?? index.url },
      method: `Derived: ${previous} ${base.brackets ? 'thresholds' : 'value'} ${shown(base)} × (1 + ${rate}) (${args.year} ${key} indexation), rounded to the ${rounding === 'fiveDollars' ? 'nearest 5 $' : rounding === 'cent' ? 'cent' : 'dollar'}${base.brackets ? '; rates unchanged' : ''} (scripts/params-new-year.mjs).`,
    });
    added.push(`${id}: ${shown(base)} → ${shown(indexed)}`);
  }
}
for (const [id, rule] of Object.entries(indexation.products ?? {})) {
  const p = byId.get(id);
  const of = byId.get(rule.of);
  if (!p || !of) fail(`indexation.json products: unknown parameter ${id} or ${rule.of}`);
  if (p.values.some((v) => v.effectiveFrom === date)) continue;
  const base = inForce(of, date);
  const value = String(Number(base.value) * rule.times);
  p.values.push({
    effectiveFrom: date,
    value,
    status: 'derived',
    verified: false,
    source: base.source,
    method: `Derived: ${rule.times} × ${rule.of} of ${args.year} (${base.value}). ${rule.note}`,
  });
  added.push(`${id}: ${rule.times} × ${base.value} = ${value}`);
}

// Check against the library's schema before writing anything.
const rulesDist = new URL('../packages/rules/dist/src/index.js', import.meta.url);
const { ParameterSet } = await import(rulesDist.href);
const nextCoverage = {
  ...coverage,
  supportedYears: [...new Set([...coverage.supportedYears, args.year])].sort(),
};
try {
  const { runtime, docs } = splitForLibrary(files);
  new ParameterSet(runtime, nextCoverage, docs);
} catch (e) {
  fail(`the result does not pass the parameter schema: ${e instanceof Error ? e.message : e}`);
}

if (!args.dryRun) {
  writeParameterFiles(args.dir, files);
  writeFileSync(coveragePath, `${JSON.stringify(nextCoverage, null, 2)}\n`);
  if (args.dir === projectParams) {
    execFileSync(
      'npx',
      ['prettier', '--write', join(args.dir, '*.json'), join(args.dir, 'docs', '*.json')],
      {
        stdio: 'ignore',
      },
    );
    // The parameter reference is generated from these files: regenerate it now.
    execFileSync('node', [fileURLToPath(new URL('./reference.mjs', import.meta.url))], {
      stdio: 'ignore',
    });
  }
}
const report = [
  `${args.dryRun ? '(dry run) ' : ''}${args.year}: ${added.length} values derived and marked « derived »:`,
  ...added.map((l) => `  ${l}`),
  ...(skipped.length ? ['Already there, kept:', ...skipped.map((l) => `  ${l}`)] : []),
  'Still to read at their source by a person (then record the value as « verified » with the page and a quote):',
  ...Object.entries(indexation.readAtSource).map(([id, where]) => `  ${id} — ${where}`),
  'Then: replace each derived value by the official one when it is published (status verified, source, quote),',
  '`pnpm docs:reference`, `pnpm test`.',
];
process.stdout.write(`${report.join('\n')}\n`);
