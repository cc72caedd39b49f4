/**
 * The golden case files of `cases/` (readable YAML: input, expected figures, source, working), run
 * against the rules as `passerelle cases` runs them. A figure that moves fails here with its case.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkCase } from '@passerelle/rules';
import { describe, expect, it } from 'vitest';
import { caseFiles, casesReport, runCases } from '../src/cases-cli.js';

const folder = fileURLToPath(new URL('../../../cases/', import.meta.url));
const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const files = caseFiles([folder]);

describe('golden cases (cases/*.yaml)', () => {
  it('there are cases for the personas and the December rules', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const { file, outcome } of runCases(files)) {
    it(`${outcome.name}`, () => {
      expect(outcome.error, file).toBeNull();
      for (const line of outcome.lines)
        expect({ path: line.path, actual: line.actual }, file).toEqual({
          path: line.path,
          actual: line.expected,
        });
      expect(outcome.lines.length).toBeGreaterThan(0);
    });
  }

  it('a figure that does not hold is reported with its place, the expected and the actual', () => {
    const outcome = checkCase({
      name: 'wrong on purpose',
      source: [{ title: 'test', url: 'https://example.org/' }],
      input: {
        period: { year: 2026, month: 6 },
        household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
      },
      expected: { 'monthly.benefit': 1317, 'lines.nothing.here': 1 },
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.lines).toEqual([
      { path: 'monthly.benefit', expected: 1317, actual: 1318, ok: false },
      { path: 'lines.nothing.here', expected: 1, actual: undefined, ok: false },
    ]);
    expect(casesReport([{ file: 'x.yaml', outcome }], 'en')).toContain(
      'monthly.benefit: expected 1317, got 1318',
    );
    expect(checkCase({ name: 'no source' }).error).toMatch(/^not a case/);
  });

  it('the command line runs them and exits 0 when all hold', () => {
    const run = spawnSync('node', [cli, 'cases', folder, '--lang', 'en'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/(\d+) of \1 cases hold/);
  });
});
