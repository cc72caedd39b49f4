/**
 * The yearly update (`pnpm params:new-year`): on a copy of the parameter files, a new year derived
 * from given rates passes the parameter schema and the rules compute it, month by month too; bad
 * arguments exit 2 and write nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParameterSet, simulate, timeline } from '../src/index.js';

const script = fileURLToPath(new URL('../../../scripts/params-new-year.mjs', import.meta.url));
const params = fileURLToPath(new URL('../params/', import.meta.url));
const rates = [
  '--rate',
  'assistance=0.0205',
  '--rate',
  'quebecTax=0.0205',
  '--rate',
  'federalTax=0.02',
];

function copyOfParams(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-params-'));
  cpSync(params, dir, { recursive: true });
  return dir;
}

function setOf(dir: string): ParameterSet {
  const names = readdirSync(dir).filter(
    (f) => f.endsWith('.json') && !['coverage.json', 'indexation.json'].includes(f),
  );
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return new ParameterSet(
    names.map((f) => read(join(dir, f))),
    read(join(dir, 'coverage.json')),
    names.map((f) => read(join(dir, 'docs', f))),
  );
}

describe('pnpm params:new-year', () => {
  let dir: string;
  let set: ParameterSet;
  let report: string;
  beforeAll(() => {
    dir = copyOfParams();
    report = execFileSync('node', [script, '2027', ...rates, '--params', dir]).toString();
    set = setOf(dir);
  });

  it('derives the indexed values, marked derived with their method, and adds the year', () => {
    expect(set.supportedYears).toContain(2027);
    const pss = set.at('lastResort.socialSolidarity.basicBenefit.singleAdult', '2027-01-01');
    // 1 215 $ × 1,0205 = 1 239,91 → 1 240 $.
    expect(pss.value.toString()).toBe('1240');
    expect(pss.entry.status).toBe('derived');
    expect(pss.entry.verified).toBe(false);
    expect(pss.entry.method).toContain('1215 × (1 + 0.0205)');
    // Fixed in the law: unchanged.
    expect(
      set.at('lastResort.socialSolidarity.adjustment.singleAdult', '2027-01-01').value.toString(),
    ).toBe('103');
    // 12 × the indexed basic benefit.
    expect(set.at('basicIncome.annualWorkIncomeExclusion', '2027-01-01').value.toString()).toBe(
      String(12 * Number(set.at('basicIncome.basicBenefit', '2027-01-01').value)),
    );
    // What a person must read at its source is listed.
    expect(report).toContain('labour.minimumWage.general');
    expect(report).toContain('payroll.qpp.maximumPensionableEarnings');
  });

  it('the rules compute the new year: simulate, sweep-free random households, and a timeline across it', () => {
    const r = simulate(
      {
        period: { year: 2027, month: 6 },
        household: {
          adults: [
            { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
          ],
        },
      },
      { parameters: set },
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.monthly.benefitBeforeIncome).toBe(1343);
    fc.assert(
      fc.property(
        fc.constantFrom('socialAssistance', 'socialSolidarity', 'basicIncome', 'none'),
        fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
        fc.integer({ min: 1, max: 12 }),
        (program, hours, month) => {
          const s = simulate(
            {
              period: { year: 2027, month },
              household: {
                adults: [{ age: 40, program, activity: { wage: { hoursPerWeek: hours } } }],
              },
            },
            { parameters: set },
          );
          expect(s.ok).toBe(true);
          if (s.ok) expect(Number.isFinite(s.value.moneyPerMonth.amount)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    const t = timeline(
      {
        start: { year: 2026, month: 7 },
        months: 12,
        household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
        activity: [{ wage: { hoursPerWeek: 10 } }],
      },
      { parameters: set, explanations: false },
    );
    expect(t.ok).toBe(true);
    if (t.ok) {
      const jan = t.value.months.find((m) => m.period.year === 2027)!;
      expect(jan.parametersYear).toBe(2027);
      expect(jan.events.map((e) => e.code)).not.toContain('parametersNotInData');
    }
  });

  it('refuses a missing rate or a year out of order, exit 2, and writes nothing', () => {
    const copy = copyOfParams();
    const before = readFileSync(join(copy, 'last-resort-assistance.json'), 'utf8');
    const missing = spawnSync('node', [
      script,
      '2027',
      '--rate',
      'assistance=0.02',
      '--params',
      copy,
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.toString()).toContain('--rate quebecTax');
    const gap = spawnSync('node', [script, '2029', ...rates, '--params', copy]);
    expect(gap.status).toBe(2);
    expect(gap.stderr.toString()).toContain('add years in order');
    const bad = spawnSync('node', [script, '2027', '--rate', 'assistance=2%', '--params', copy]);
    expect(bad.status).toBe(2);
    expect(readFileSync(join(copy, 'last-resort-assistance.json'), 'utf8')).toBe(before);
  });

  it('refuses a rate given twice, a missing folder and a mistyped file, naming them, with no stack trace', () => {
    const copy = copyOfParams();
    const twice = spawnSync('node', [
      script,
      '2027',
      ...rates,
      '--rate',
      'assistance=0.03',
      '--params',
      copy,
    ]);
    expect(twice.status).toBe(2);
    expect(twice.stderr.toString()).toContain('--rate assistance given twice');
    const none = spawnSync('node', [script, '2027', ...rates, '--params', '/nonexistent']);
    expect(none.status).toBe(2);
    expect(none.stderr.toString()).toContain('/nonexistent');
    expect(none.stderr.toString()).not.toMatch(/\n\s+at /);
    // A value typed as a number where the format wants text: the file and the parameter are named.
    const labour = join(copy, 'labour.json');
    const data = JSON.parse(readFileSync(labour, 'utf8')) as {
      parameters: { values: { value: unknown }[] }[];
    };
    data.parameters[0]!.values[0]!.value = 16.6;
    writeFileSync(labour, JSON.stringify(data));
    const typed = spawnSync('node', [script, '2027', ...rates, '--params', copy]);
    expect(typed.status).toBe(2);
    expect(typed.stderr.toString()).toContain('labour.json: labour.minimumWage.general');
    expect(typed.stderr.toString()).not.toMatch(/\n\s+at /);
  });

  it('derives in decimal: 12 × 1 363,35 typed by hand is 16 360,2, not 16 360,199999…', () => {
    const copy = copyOfParams();
    // The staff member read 2027's revenu de base amount at its source and typed it in first.
    const runtimePath = join(copy, 'basic-income.json');
    const docsPath = join(copy, 'docs', 'basic-income.json');
    type File = { parameters: { id: string; values: Record<string, unknown>[] }[] };
    const runtime = JSON.parse(readFileSync(runtimePath, 'utf8')) as File;
    const docs = JSON.parse(readFileSync(docsPath, 'utf8')) as File;
    const id = 'basicIncome.basicBenefit';
    runtime.parameters
      .find((p) => p.id === id)!
      .values.push({
        effectiveFrom: '2027-01-01',
        value: '1363.35',
        status: 'verified',
        verified: true,
      });
    docs.parameters
      .find((p) => p.id === id)!
      .values.push({
        effectiveFrom: '2027-01-01',
        source: { title: 'Test: a value typed by hand', url: 'https://www.quebec.ca/' },
      });
    writeFileSync(runtimePath, JSON.stringify(runtime));
    writeFileSync(docsPath, JSON.stringify(docs));
    execFileSync('node', [script, '2027', ...rates, '--params', copy]);
    const derived = setOf(copy).at('basicIncome.annualWorkIncomeExclusion', '2027-01-01');
    expect(derived.entry.value).toBe('16360.2');
    expect(derived.entry.method).toContain('(1363.35)');
    expect(derived.entry.method).not.toMatch(/\d\.\d{6,}/);
  });
});
