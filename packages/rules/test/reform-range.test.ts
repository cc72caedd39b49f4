import { describe, expect, it } from 'vitest';
import { applyReform, defaultParameters, simulate } from '../src/index.js';

const reform = (parameter: string, value: unknown, from = '2026-01-01') => ({
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
    ['lastResort.workIncomeExclusion.singleAdult', -1],
    ['lastResort.claimBooklet.monthsAfterLeavingForWork.socialSolidarity', 1.5],
  ])('refuses %s = %s, naming overrides.0.value and the range', (parameter, value) => {
    const { issue, message } = refusal(reform(parameter, value));
    expect(issue).toMatchObject({ field: 'overrides.0.value', code: 'outOfRange' });
    expect(message.fr).toContain(parameter);
    expect(message.fr).toMatch(/entre 0 et \d+/);
    expect(message.en).toMatch(/between 0 and \d+/);
  });

  // Québec's 2026 scale with one bracket changed: the tests below reform one rate or threshold.
  const quebec2026 = () =>
    defaultParameters
      .scale('tax.quebec.brackets', '2026-01-01')
      .brackets.map((b) => ({ threshold: b.threshold.toNumber(), rate: b.rate.toNumber() }));
  const withBracket = (index: number, change: { threshold?: number; rate?: number }) =>
    quebec2026().map((b, i) => (i === index ? { ...b, ...change } : b));

  it.each([
    [0, { rate: 5 }, 'overrides.0.value.0.rate', /taux de la tranche 1 doit être entre 0 et 1/],
    [0, { rate: 1e300 }, 'overrides.0.value.0.rate', /entre 0 et 1/],
    [
      2,
      { threshold: -1 },
      'overrides.0.value.2.threshold',
      /seuil de la tranche 3 doit être entre 0/,
    ],
  ])('refuses a scale whose bracket %s is %o, naming %s', (index, change, field, fr) => {
    const { issue, message } = refusal(reform('tax.quebec.brackets', withBracket(index, change)));
    expect(issue).toMatchObject({ field, code: 'outOfRange' });
    expect(message.fr).toContain('tax.quebec.brackets');
    expect(message.fr).toMatch(fr);
    expect(message.en).toMatch(/must be between 0 and \d+/);
  });

  it('refuses bracket thresholds that no longer rise, and a first bracket not at 0', () => {
    const { issue, message } = refusal(
      reform('tax.quebec.brackets', withBracket(2, { threshold: 50_000 })),
    );
    expect(issue).toMatchObject({
      field: 'overrides.0.value.2.threshold',
      code: 'disorderedBrackets',
    });
    expect(message.fr).toContain('doit dépasser celui de la tranche 2 (54345)');
    expect(message.en).toContain('must be above');
    const first = refusal(reform('tax.quebec.brackets', withBracket(0, { threshold: 10 })));
    expect(first.issue).toMatchObject({
      field: 'overrides.0.value.0.threshold',
      code: 'disorderedBrackets',
    });
    expect(first.message.fr).toContain('commence à 0');
  });

  it.each([
    [
      Array.from({ length: 21 }, (_, i) => ({ threshold: i * 1000, rate: 0.1 })),
      'overrides.0.value',
      'bracketCount',
      /de 1 à 20 tranches ; reçu 21/,
    ],
    [
      [{ threshold: 0, rate: 'NaN' }],
      'overrides.0.value.0.rate',
      'invalidBracket',
      /« rate » reçu : "NaN"/,
    ],
    [[{ threshold: 0 }], 'overrides.0.value.0.rate', 'invalidBracket', /« rate » reçu : rien/],
    [
      [{ threshold: 0, rate: 0.1, rates: 0.2 }],
      'overrides.0.value.0.rates',
      'invalidBracket',
      /champ inconnu « rates »/,
    ],
    [[null], 'overrides.0.value.0.threshold', 'invalidBracket', /tranche 1/],
  ])('names the bracket of a malformed scale: %j', (value, field, code, fr) => {
    const { issue, message } = refusal(reform('tax.quebec.brackets', value));
    expect(issue).toMatchObject({ field, code });
    expect(message.fr).toMatch(fr);
    expect(message.en.length).toBeGreaterThan(20);
  });

  it('a scale is replaced whole: a single number is refused with the expected shape', () => {
    const { issue, message } = refusal(reform('tax.quebec.brackets', 0.15));
    expect(issue).toMatchObject({ field: 'overrides.0.value', code: 'scaleExpected' });
    expect(message.fr).toContain('donnez toutes ses tranches');
    const scalar = refusal(
      reform('lastResort.workIncomeSupplement.rate', [{ threshold: 0, rate: 0.2 }]),
    );
    expect(scalar.issue).toMatchObject({ field: 'overrides.0.value', code: 'outOfRange' });
  });

  it('a reform adds a bracket with a data change only, and holds from its date on', () => {
    // A fifth Québec bracket at 30 % above 200 000 $, from 2025: in 2026 the data's own scale
    // used to take over silently (a reform gain of 0 $ for a 2026 case).
    const five = [...quebec2026(), { threshold: 200_000, rate: 0.3 }];
    const out = applyReform(reform('tax.quebec.brackets', five, '2025-01-01'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.scale('tax.quebec.brackets', '2026-06-01').brackets).toHaveLength(5);
    const high = {
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 40, program: 'none', activity: { wage: { hoursPerWeek: 80, hourlyWage: 60 } } },
        ],
      },
    };
    const before = simulate(high);
    const after = simulate(high, { parameters: out.value });
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) {
      // 80 h × 60 $ × 52 ≈ 249 600 $ a year: 30 % instead of 25.75 % on the part above 200 000 $.
      expect(after.value.moneyPerMonth.amount).toBeLessThan(before.value.moneyPerMonth.amount);
      const scaleRef = after.value.lines
        .flatMap((l) => l.explanation.parameters)
        .find((p) => p.id === 'tax.quebec.brackets');
      expect(scaleRef?.brackets).toHaveLength(5);
      expect(scaleRef?.status).toBe('reform');
    }
  });

  it('accepts sensible values at the edges, and their figures stay finite', () => {
    for (const [parameter, value] of [
      ['lastResort.workIncomeSupplement.rate', 0],
      ['lastResort.workIncomeSupplement.rate', 1],
      ['lastResort.workIncomeExclusion.singleAdult', 0],
      ['tax.quebec.brackets', withBracket(2, { threshold: 120_000 })],
    ] as const) {
      const out = applyReform(reform(parameter, value));
      expect(out.ok, `${parameter}=${JSON.stringify(value)}`).toBe(true);
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
