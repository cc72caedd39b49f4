/**
 * Analyst tools: validated what-if reforms, the net public cost and its accounting identity, and
 * the wage-versus-allowance comparison over a grid (persona 7 of docs/personas.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  applyReform,
  compareModels,
  publicCost,
  publicCostLines,
  runStudy,
  simulate,
  studyCsv,
  type SimulationResult,
} from '../src/index.js';
import { ok } from './helpers.js';
import { marc } from './persona-cases.js';

describe('reforms', () => {
  const issues = (reform: unknown) => {
    const r = applyReform(reform);
    if (r.ok) throw new Error('expected an error');
    return r.error.name === 'InvalidInput' ? r.error.info.issues : [];
  };
  it('an unknown parameter, a wrong unit or a date before the parameter exists: clear errors', () => {
    expect(
      issues({ name: 'x', overrides: [{ parameter: 'no.such', from: '2026-01-01', value: 1 }] })[0]
        ?.code,
    ).toBe('unknownParameter');
    expect(
      issues({
        name: 'x',
        overrides: [
          {
            parameter: 'lastResort.workIncomeExclusion.singleAdult',
            from: '2026-01-01',
            value: 1,
            unit: 'rate',
          },
        ],
      })[0]?.message.fr,
    ).toContain('CAD/month');
    expect(
      issues({
        name: 'x',
        overrides: [
          { parameter: 'lastResort.workIncomeSupplement.rate', from: '2020-01-01', value: '0.5' },
        ],
      })[0]?.code,
    ).toBe('beforeParameterExists');
    expect(
      issues({ name: 'x', overrides: [{ parameter: 'a.b', from: '2026-13-01', value: 1 }] })[0]
        ?.field,
    ).toBe('overrides.0.from');
  });
  it('raising the work-income exclusion to 400 $ raises Marc’s benefit by 75 % of 200 $', () => {
    const reformed = applyReform({
      name: 'Exclusion 400 $',
      overrides: [
        { parameter: 'lastResort.workIncomeExclusion.singleAdult', from: '2026-01-01', value: 400 },
      ],
    });
    if (!reformed.ok) throw new Error(reformed.error.message.en);
    const before = ok(marc({ wage: { hoursPerWeek: 10 } }));
    const after = simulate(marc({ wage: { hoursPerWeek: 10 } }), { parameters: reformed.value });
    if (!after.ok) throw new Error();
    // 200 $ less counted income: +200 $ of benefit, −25 % × 200 $ of supplement = +150 $ a month.
    expect(after.value.monthly.benefit - before.monthly.benefit).toBeCloseTo(150, 2);
    expect(after.value.unverifiedParameters.some((p) => p.status === 'reform')).toBe(true);
  });
});

describe('net public cost', () => {
  it('splits by payer and adds up', () => {
    const c = publicCost(ok(marc({ wage: { hoursPerWeek: 10 } })));
    // Marc, June 2026: assistance 956,34 × 12 = 11 476,08; Québec credits 874,44 + 1 281; federal 1 209,05 + 615,44.
    expect(c.assistance).toBe(11476.08);
    expect(c.quebecCredits).toBe(2155.44);
    expect(c.federalCredits).toBe(1824.49);
    expect(c.federalContributions).toBe(-112.56);
    expect(Math.round((c.quebecTotal + c.federalTotal + c.allowances) * 100)).toBe(
      Math.round(c.total * 100),
    );
  });
  it('identity: disposable income after taxes = gross wages + net public cost (1 000 random households)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('socialAssistance', 'socialSolidarity', 'basicIncome', 'none'),
        fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
        fc.integer({ min: 0, max: 200 }).map((t) => t / 10),
        fc.constantFrom(2025, 2026),
        (program, hours, allowanceHours, year) => {
          const r = simulate({
            period: { year, month: 7 },
            household: {
              adults: [
                {
                  age: 40,
                  program,
                  activity: {
                    wage: { hoursPerWeek: hours },
                    ...(hours + allowanceHours <= 80
                      ? { allowance: { hoursPerWeek: allowanceHours, amountPerHour: 3 } }
                      : {}),
                  },
                },
              ],
            },
          });
          if (!r.ok) throw new Error(r.error.message.en);
          const v: SimulationResult = r.value;
          const c = publicCost(v);
          expect(Math.round(v.taxYear.disposableIncome * 100)).toBe(
            Math.round((v.annual.grossEarnings + c.total) * 100),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('persona 7 — wage model vs allowance model for Marc at 5, 10, 15 and 20 h', () => {
  const comparison = compareModels({
    base: marc(),
    hoursPerWeek: [5, 10, 15, 20],
    allowance: { amountPerHour: 3, treatment: 'recognizedSupportAllowance' },
  });
  it('gives one row per model and point, each consistent with simulate()', () => {
    if (!comparison.ok) throw new Error(comparison.error.message.en);
    const rows = comparison.value.rows;
    expect(rows).toHaveLength(8);
    const wage10 = rows.find((r) => r.model === 'wage' && r.hoursPerWeek === 10)!;
    expect(wage10.disposableIncome).toBe(
      ok(marc({ wage: { hoursPerWeek: 10 } })).taxYear.disposableIncome,
    );
    const allowance10 = rows.find((r) => r.model === 'allowance' && r.hoursPerWeek === 10)!;
    // 130,45 $ a month of allowance, 130 $ excluded (support allowance): +130 $ a month = 1 560 $ a year;
    // the allowance is in net income, so the GST single supplement rises by 2 % × 1 560 = 31,20 $.
    expect(allowance10.differenceVsNoActivity).toBe(1591.2);
    // With a wage the public purse pays less than with no activity: credits rise, assistance falls more.
    expect(wage10.publicCost.total).toBeLessThan(
      comparison.value.noActivity.publicCost.total + 2000,
    );
  });
  it('reports a clear error for a bad grid', () => {
    const bad = compareModels({ base: marc(), hoursPerWeek: [], allowance: { amountPerHour: 3 } });
    expect(bad.ok).toBe(false);
  });
});

describe('studies (several profiles, reforms side by side)', () => {
  const study = {
    name: 'Marc',
    profiles: [{ id: 'marc', base: marc() }],
    hoursPerWeek: [10],
    allowance: { amountPerHour: 3, treatment: 'recognizedSupportAllowance' },
    reforms: [
      {
        name: 'Exclusion 400 $',
        overrides: [
          {
            parameter: 'lastResort.workIncomeExclusion.singleAdult',
            from: '2026-01-01',
            value: 400,
          },
        ],
      },
    ],
  };

  it('computes the rules in force and each reform, with the difference in the CSV', () => {
    const r = runStudy(study);
    if (!r.ok) throw new Error(r.error.message.en);
    const [inForce, reform] = r.value.profiles[0]!.scenarios;
    expect(inForce!.reform).toBeNull();
    expect(reform!.reform).toBe('Exclusion 400 $');
    const wage = (s: typeof inForce) => s!.comparison.rows.find((x) => x.model === 'wage')!;
    // Persona 1 at 10 h: 23 642,65 $ (personas.test.ts); the reform adds 150 $ a month of
    // assistance, less the credits it reduces: 1 296 $ over the year.
    expect(wage(inForce).disposableIncome).toBe(23642.65);
    expect(wage(reform).disposableIncome).toBe(24938.65);
    const csv = studyCsv(r.value).trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[3]).toMatch(/^marc,Exclusion 400 \$,wage,10,24938.65,7311.61,1296,/);
  });

  it('names the profile and the field of an error', () => {
    const bad = runStudy({
      ...study,
      profiles: [{ id: 'x', base: { period: { year: 2026, month: 6 } } }],
    });
    if (bad.ok || bad.error.name !== 'InvalidInput') throw new Error('expected InvalidInput');
    {
      expect(bad.error.info.issues[0]!.field).toMatch(/^profiles\.0\./);
      expect(bad.error.message.fr).toContain('Profil 1');
    }
    const badReform = runStudy({
      ...study,
      reforms: [{ name: 'x', overrides: [{ parameter: 'nope', from: '2026-01-01', value: 1 }] }],
    });
    expect(badReform.ok).toBe(false);
  });
});

describe('public cost, line by line', () => {
  it('explains every line in French and English, and the lines add up to each payer’s total', () => {
    const r = ok(marc({ wage: { hoursPerWeek: 10 } }));
    const cost = publicCost(r);
    const lines = publicCostLines(cost);
    expect(lines).toHaveLength(9);
    // No tax at 10 h: zero, never "-0" on a page.
    expect(Object.is(cost.federalIncomeTax, 0)).toBe(true);
    const cents = (n: number) => Math.round(n * 100);
    const total = (payer?: string) =>
      lines.filter((l) => !payer || l.payer === payer).reduce((s, l) => s + cents(l.amount), 0);
    expect(total('quebec')).toBe(cents(cost.quebecTotal));
    expect(total('federal')).toBe(cents(cost.federalTotal));
    expect(total()).toBe(cents(cost.total));
    const assistance = lines.find((l) => l.id === 'assistance')!;
    // Persona 1 at 10 h: 956,34 $ a month (personas.test.ts), 11 476,08 $ for the year.
    expect(assistance.amount).toBe(11476.08);
    expect(assistance.explanation.fr.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /^11 476,08 \$ : versée par le ministère/,
    );
    expect(assistance.explanation.en).toMatch(/^\$11,476\.08: paid by the ministère/);
  });
});

describe('csvCell: exports never carry a formula', () => {
  it.each([
    ['=HYPERLINK("http://x","clic")', `"'=HYPERLINK(""http://x"",""clic"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['Marc, 10 h', '"Marc, 10 h"'],
    ['marc', 'marc'],
    // Full-width forms, which some spreadsheets read as the ASCII ones.
    ['＝1+1', "'＝1+1"],
  ])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));
  it('numbers stay numbers, negative ones too', () => {
    expect(csvCell(-5.09)).toBe('-5.09');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });
});
