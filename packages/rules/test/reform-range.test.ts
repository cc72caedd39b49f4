import { describe, expect, it } from 'vitest';
import { applyReform, defaultParameters, simulate } from '../src/index.js';

const reform = (parameter: string, value: number | string, from = '2026-01-01') => ({
  name: 'Essai',
  overrides: [{ parameter, from, value }],
});

/** The issue (field, code, both languages) of a refused reform. */
function refusal(r: unknown) {
  const out = applyReform(r);
  expect(out.ok).toBe(false);
  if (out.ok) throw new Error('accepted');
  const info = out.error.info;
  if (!info || !('issues' in info)) throw new Error('no issues');
  const issue = info.issues[0]!;
  return { issue, message: out.error.message };
}

describe('what-if reforms keep parameters within their valid range', () => {
  // The hostile values reported in issue 12: each one produced absurd figures with exit 0.
  it.each([
    ['lastResort.workIncomeSupplement.rate', 5],
    ['lastResort.workIncomeSupplement.rate', -1],
    ['tax.quebec.bracketRate1', 5],
    ['tax.quebec.bracketRate1', 1e300],
    ['lastResort.workIncomeExclusion.singleAdult', -1],
    ['lastResort.claimBooklet.monthsAfterLeavingForWork.socialSolidarity', 1.5],
  ])('refuses %s = %s, naming overrides.0.value and the range', (parameter, value) => {
    const { issue, message } = refusal(reform(parameter, value));
    expect(issue).toMatchObject({ field: 'overrides.0.value', code: 'outOfRange' });
    expect(message.fr).toContain(parameter);
    expect(message.fr).toMatch(/entre 0 et \d+/);
    expect(message.en).toMatch(/between 0 and \d+/);
  });

  it('refuses bracket thresholds that no longer rise', () => {
    const { issue, message } = refusal(reform('tax.quebec.bracketThreshold2', 50_000));
    expect(issue).toMatchObject({ field: 'overrides.0.value', code: 'disorderedBrackets' });
    expect(message.fr).toContain('tax.quebec.bracketThreshold1');
    expect(message.en).toContain('must be above');
  });

  it('checks the thresholds on every later date a neighbour changes, not only on the reform’s date', () => {
    // Data where threshold 1 also changes in July 2026 (as a mid-year indexation would), and a
    // reform lowering threshold 2 from January: fine in January, crossed in July.
    const t1 = defaultParameters.definitions.get('tax.quebec.bracketThreshold1')!;
    const base = defaultParameters.withDefinitions([
      {
        ...t1,
        values: [
          ...t1.values,
          { ...t1.values.at(-1)!, effectiveFrom: '2026-07-01', value: '70000' },
        ],
      },
    ]);
    const out = applyReform(
      {
        name: 'Croisement en juillet',
        overrides: [
          { parameter: 'tax.quebec.bracketThreshold2', from: '2026-01-01', value: 60_000 },
        ],
      },
      base,
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message.fr).toContain('au 2026-07-01');
  });

  it('a reform holds from its date on: later values of the data give way to it', () => {
    // Québec's second threshold at 60 000 $ from 2025: in 2026 the data's own 108 680 $ used to
    // take over silently (a reform gain of 0 $ for a 2026 case).
    const out = applyReform(reform('tax.quebec.bracketThreshold2', 60_000, '2025-01-01'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.at('tax.quebec.bracketThreshold2', '2026-06-01').value.toNumber()).toBe(
      60_000,
    );
    const high = {
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 40, program: 'none', activity: { wage: { hoursPerWeek: 40, hourlyWage: 40 } } },
        ],
      },
    };
    const before = simulate(high);
    const after = simulate(high, { parameters: out.value });
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok)
      expect(after.value.moneyPerMonth.amount).toBeLessThan(before.value.moneyPerMonth.amount);
  });

  it('accepts sensible values at the edges, and their figures stay finite', () => {
    for (const [parameter, value] of [
      ['lastResort.workIncomeSupplement.rate', 0],
      ['lastResort.workIncomeSupplement.rate', 1],
      ['lastResort.workIncomeExclusion.singleAdult', 0],
      ['tax.quebec.bracketThreshold2', 120_000],
    ] as const) {
      const out = applyReform(reform(parameter, value));
      expect(out.ok, `${parameter}=${value}`).toBe(true);
      if (!out.ok) continue;
      const r = simulate(
        {
          period: { year: 2026, month: 6 },
          household: {
            adults: [
              { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 20 } } },
            ],
          },
        },
        { parameters: out.value },
      );
      expect(r.ok).toBe(true);
      if (r.ok) expect(Number.isFinite(r.value.moneyPerMonth.amount)).toBe(true);
    }
  });
});
