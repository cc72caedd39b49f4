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
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs as nodeParseArgs } from 'node:util';
import Decimal from 'decimal.js';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readParameterFiles, splitForLibrary, writeParameterFiles } from './parameter-files.mjs';

const projectParams = fileURLToPath(new URL('../packages/rules/params/', import.meta.url));

function fail(message) {
  process.stderr.write(`params:new-year — ${message}\n`);
  process.exit(2);
}

/** name=value pairs of a repeated option; the same name twice is an error (the last would win). */
function pairs(flag, values) {
  const out = {};
  for (const v of values ?? []) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(v);
    if (!m) fail(`${flag} expects name=value (got ${v})`);
    if (m[1] in out) fail(`${flag} ${m[1]} given twice (${out[m[1]]} and ${m[2]}): give it once`);
    out[m[1]] = m[2];
  }
  return out;
}

function readArgs(argv) {
  let parsed;
  try {
    parsed = nodeParseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        rate: { type: 'string', multiple: true },
        url: { type: 'string', multiple: true },
        params: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const years = positionals.filter((p) => /^\d{4}$/.test(p));
  const other = positionals.filter((p) => !/^\d{4}$/.test(p));
  if (other.length > 0) fail(`unknown argument: ${other[0]}`);
  if (years.length !== 1) fail('give the year to add, once, e.g. 2027');
  const rates = pairs('--rate', values.rate);
  for (const [k, v] of Object.entries(rates))
    if (!/^-?\d+(\.\d+)?$/.test(v) || new Decimal(v).abs().greaterThan('0.2'))
      fail(`--rate ${k}: a rate such as 0.0205 (2.05 %), between -0.2 and 0.2 (got ${v})`);
  const urls = pairs('--url', values.url);
  for (const [k, v] of Object.entries(urls))
    if (!/^https:\/\//.test(v)) fail(`--url ${k}: an https address (got ${v})`);
  const dir = values.params ?? projectParams;
  if (!existsSync(join(dir, 'coverage.json')))
    fail(`--params ${dir}: not a folder of parameter files (no coverage.json there)`);
  return { year: Number(years[0]), rates, urls, dir, dryRun: values['dry-run'] === true };
}

/** value × (1 + rate), rounded as the law rounds (decimal.js: no floating point anywhere). */
function indexValue(value, rate, rounding) {
  const product = new Decimal(value).times(new Decimal(1).plus(rate));
  const step = { cent: '0.01', dollar: '1', fiveDollars: '5' }[rounding];
  if (!step) fail(`unknown rounding ${rounding}`);
  const rounded = product.dividedBy(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
  return rounding === 'cent' ? rounded.toFixed(2) : rounded.toFixed(0);
}

/** A JSON file of the folder, or a message naming it. */
function readJsonFile(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const args = readArgs(process.argv.slice(2));
const indexation = readJsonFile(join(args.dir, 'indexation.json'));
const coveragePath = join(args.dir, 'coverage.json');
const coverage = readJsonFile(coveragePath);
// The two control files' shape, checked before anything is derived or written.
if (
  !Array.isArray(coverage.supportedYears) ||
  !coverage.supportedYears.every((y) => Number.isInteger(y))
)
  fail(
    `${coveragePath}: "supportedYears" must be a list of years written as numbers (e.g. [2025, 2026])`,
  );
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
if (!isObject(indexation.indices) || !isObject(indexation.readAtSource))
  fail(
    `${join(args.dir, 'indexation.json')}: "indices" and "readAtSource" must both be there, as objects`,
  );
for (const [key, index] of Object.entries(indexation.indices))
  if (
    !isObject(index) ||
    typeof index.title !== 'string' ||
    typeof index.url !== 'string' ||
    typeof index.rounding !== 'string' ||
    !Array.isArray(index.parameters)
  )
    fail(
      `${join(args.dir, 'indexation.json')}: indices.${key} needs "title" and "url" (text), "rounding" and "parameters" (a list)`,
    );
const previous = args.year - 1;
if (!coverage.supportedYears.includes(previous))
  fail(`the data has no ${previous}: add years in order (${coverage.supportedYears.join(', ')})`);
const needed = Object.keys(indexation.indices);
const missing = needed.filter((k) => args.rates[k] === undefined);
if (missing.length > 0)
  fail(`give the official rate of each indexation: missing --rate ${missing.join(', --rate ')}`);
for (const k of Object.keys(args.rates))
  if (!needed.includes(k)) fail(`unknown indexation « ${k} » (known: ${needed.join(', ')})`);

let files;
try {
  files = readParameterFiles(args.dir);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
// Each file against the library's schema first, so that a mistake names its file and field.
const rules = await import(new URL('../packages/rules/dist/src/index.js', import.meta.url).href);
const { parameterDocFileSchema } = await import(
  new URL('../packages/rules/dist/src/parameters/docs/index.js', import.meta.url).href
);
for (const f of files) {
  const { runtime, docs } = splitForLibrary([f]);
  const documented = parameterDocFileSchema.safeParse(docs[0]);
  if (!documented.success) {
    const issue = documented.error.issues[0];
    const id = docs[0].parameters?.[issue.path[1]]?.id;
    fail(
      `${join(args.dir, 'docs', f.name)}: ${id ? `${id}, ` : ''}${issue.path.join('.')}: ${issue.message}`,
    );
  }
  const checked = rules.parameterFileSchema.safeParse(runtime[0]);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue.path.reduce(
      (where, key) => (where && typeof where === 'object' ? where[key] : undefined),
      runtime[0],
    );
    const id = runtime[0].parameters?.[issue.path[1]]?.id;
    fail(
      `${join(args.dir, f.name)}: ${id ? `${id}, ` : ''}${issue.path.join('.')}: ${issue.message} (found ${JSON.stringify(at)})`,
    );
  }
}
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
  const value = new Decimal(base.value).times(rule.times).toString();
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
const { ParameterSet } = rules;
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

const report = [
  `${args.dryRun ? '(dry run) ' : ''}${args.year}: ${added.length} values derived and marked « derived »:`,
  ...added.map((l) => `  ${l}`),
  ...(skipped.length ? ['Already there, kept:', ...skipped.map((l) => `  ${l}`)] : []),
  'Still to read at their source by a person (then record the value as « verified » with the page and a quote):',
  ...Object.entries(indexation.readAtSource).map(([id, where]) => `  ${id} — ${where}`),
  'Then: replace each derived value by the official one when it is published (status verified, source, quote),',
  '`pnpm docs:reference`, `pnpm test`.',
];
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
process.stdout.write(`${report.join('\n')}\n`);
