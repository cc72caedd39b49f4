/**
 * The headline figure (money per month) and the cliffs and plateaus said in words
 * (`findCliffs`, `nextHour`): unit cases on the personas' situations and properties over
 * random sweeps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findCliffs,
  nextHour,
  simulate,
  sweep,
  type Sweep,
  type SweepPoint,
  type SimulationInput,
} from '../src/index.js';

const single = (
  program: string,
  activity: object,
  options: object = {},
  period = { year: 2026, month: 6 },
): SimulationInput =>
  ({
    period,
    household: { adults: [{ age: 35, program, activity }] },
    options,
  }) as SimulationInput;

function swept(input: SimulationInput, activity: 'wage' | 'allowance'): Sweep {
  const s = sweep(input, { hoursPerWeek: { from: 0, to: 40, step: 0.5 }, activity });
  if (!s.ok) throw new Error(s.error.message.en);
  return s.value;
}

describe('money per month (the headline)', () => {
  it('is the tax year without the spring settlement, ÷ 12, and adds up with the spring line', () => {
    const r = simulate(single('socialSolidarity', { wage: { hoursPerWeek: 15 } }));
    if (!r.ok) throw new Error();
    const v = r.value;
    const y = v.taxYear;
    const spring =
      y.workPremium + y.workPremiumSupplement + y.canadaWorkersBenefit + y.drugInsurancePremium;
    expect(v.moneyPerMonth.springAmount).toBeCloseTo(spring, 2);
    // 12 × money per month + spring = the tax year's disposable income (to a cent per month of
    // rounding), once the credits of the month's payment period (July 2025 – June 2026 for June
    // 2026) are set against the tax year's (the period from July 2026).
    const { startYear, yearDifference } = v.moneyPerMonth.creditPeriod;
    expect(startYear).toBe(v.period.month < 7 ? v.period.year - 1 : v.period.year);
    expect(
      Math.abs(v.moneyPerMonth.amount * 12 + spring - yearDifference - y.disposableIncome),
    ).toBeLessThan(0.07);
    expect(v.moneyPerMonth.differenceVsNoActivity).toBeCloseTo(
      v.moneyPerMonth.amount - v.moneyPerMonth.noActivity,
      2,
    );
    // With no activity nothing comes in spring for a person on assistance below every threshold.
    const none = simulate(single('socialSolidarity', {}));
    if (!none.ok) throw new Error();
    expect(none.value.moneyPerMonth.amount).toBe(v.moneyPerMonth.noActivity);
  });

  it('equals the sweep point at the same hours', () => {
    const s = swept(single('socialSolidarity', { wage: { hoursPerWeek: 10 } }), 'wage');
    for (const h of [0, 7.5, 15, 22.5, 23, 30]) {
      const r = simulate(single('socialSolidarity', { wage: { hoursPerWeek: h } }));
      if (!r.ok) throw new Error();
      const p = s.points.find((q) => q.hoursPerWeek === h)!;
      expect(p.moneyPerMonth).toBe(r.value.moneyPerMonth.amount);
    }
  });

  it('counts the claim booklet only when asked', () => {
    const input = (include: boolean) =>
      single(
        'socialSolidarity',
        { wage: { hoursPerWeek: 10 } },
        { includeClaimBookletValue: include },
      );
    const without = simulate(input(false));
    const withValue = simulate(input(true));
    if (!without.ok || !withValue.ok) throw new Error();
    const value = withValue.value.taxYear.claimBookletValue;
    expect(value).toBeGreaterThan(0);
    expect(withValue.value.moneyPerMonth.amount - without.value.moneyPerMonth.amount).toBeCloseTo(
      value / 12,
      1,
    );
  });

  it('gives the drug premium a person would pay once the claim booklet ends', () => {
    const r = simulate(single('socialSolidarity', { wage: { hoursPerWeek: 30 } }));
    if (!r.ok) throw new Error();
    expect(r.value.coverage.claimBooklet.status).toBe('keptAfterLeaving');
    expect(r.value.coverage.claimBooklet.monthsAfterLeaving).toBe(48);
    // Kept: no premium this year, but one once the 48 months are over.
    expect(r.value.taxYear.drugInsurancePremium).toBe(0);
    expect(r.value.coverage.drugPremiumPerMonthWithoutBooklet).toBeGreaterThan(0);
  });
});

describe('findCliffs', () => {
  it('solidarité sociale 2026, wage: one cliff where assistance stops (22,6 h), said in words', () => {
    const input = single('socialSolidarity', { wage: { hoursPerWeek: 10 } });
    const r = simulate(input);
    if (!r.ok) throw new Error();
    const exit = r.value.exit.hoursPerWeekAtExit!;
    expect(exit).toBeCloseTo(22.6, 1);
    const traps = findCliffs(swept(input, 'wage'), { exitHoursPerWeek: exit });
    expect(traps).toHaveLength(1);
    const c = traps[0]!;
    expect(c).toMatchObject({
      kind: 'cliff',
      cause: 'leavingAssistance',
      fromHours: 22.5,
      exitHours: 22.6,
    });
    expect(c.recovered).toBe(true);
    expect(c.toHours).toBeGreaterThan(25);
    // At the lowest point the person has more than 150 $ a month less than just before.
    expect(c.lossPerMonth).toBeGreaterThan(150);
    expect(c.explanation.fr).toMatch(
      /^Vers 22,6 h par semaine, l’aide s’arrête ; à 22,5 h, vous avez encore un chèque\. Entre 22,5 h et \d+ h/,
    );
    expect(c.explanation.fr).toContain('de moins par mois');
    expect(c.explanation.en).toMatch(
      /^At about 22\.6 hours a week, assistance stops; at 22\.5 hours you still get a cheque\./,
    );
  });

  it('an allowance counted in full is a plateau over every hour; recognized, from the exclusion on', () => {
    const counted = findCliffs(
      swept(
        single('socialSolidarity', { allowance: { hoursPerWeek: 10, amountPerHour: 3 } }),
        'allowance',
      ),
    );
    expect(counted).toEqual([
      expect.objectContaining({
        kind: 'plateau',
        fromHours: 0,
        toHours: 40,
        cause: 'allowanceCounted',
      }),
    ]);
    const support = findCliffs(
      swept(
        single(
          'socialSolidarity',
          { allowance: { hoursPerWeek: 10, amountPerHour: 3 } },
          { allowanceTreatment: 'recognizedSupportAllowance' },
        ),
        'allowance',
      ),
    );
    // 130 $ excluded ÷ (3 $ × 4,34821 weeks) = 9,97 h: the plateau starts at 10 h.
    expect(support).toEqual([
      expect.objectContaining({ kind: 'plateau', fromHours: 10, toHours: 40 }),
    ]);
    expect(support[0]!.explanation.fr).toContain('Entre 10 h et 40 h par semaine');
  });

  it('nextHour reads one more hour in the sweep', () => {
    const s = swept(single('socialSolidarity', { wage: { hoursPerWeek: 10 } }), 'wage');
    const at10 = nextHour(s, 10)!;
    const p = (h: number) => s.points.find((q) => q.hoursPerWeek === h)!.moneyPerMonth;
    expect(at10.changePerMonth).toBeCloseTo(p(11) - p(10), 2);
    expect(at10.explanation.fr).toMatch(/^Une heure de plus par semaine vous rapporterait/);
    const at22 = nextHour(s, 22)!;
    expect(at22.changePerMonth).toBeLessThan(0);
    expect(at22.explanation.fr).toMatch(/vous ferait perdre/);
    expect(nextHour(s, 39.5)).toBeNull();
  });
});

/** A synthetic sweep from a list of monthly amounts, earnings rising 100 $ a step. */
function synthetic(values: number[]): Sweep {
  const points: SweepPoint[] = values.map((v, i) => ({
    hoursPerWeek: i / 2,
    grossEarnings: i * 100,
    allowances: 0,
    payrollDeductions: 0,
    benefit: 0,
    workIncomeSupplement: 0,
    disposableIncome: v,
    differenceVsNoActivity: 0,
    netGainPerHour: null,
    onAssistance: false,
    disposableIncomeAfterTaxes: v,
    moneyPerMonth: v,
    effectiveMarginalRate: null,
  }));
  return { activity: 'wage', adult: 0, noActivityDisposableIncome: values[0] ?? 0, points };
}

describe('findCliffs: properties', () => {
  const values = fc.array(
    fc.integer({ min: 0, max: 300_000 }).map((c) => c / 100),
    {
      minLength: 2,
      maxLength: 81,
    },
  );

  it('every drop of more than a dollar lies in a cliff, and every cliff has a real loss', () => {
    fc.assert(
      fc.property(values, (v) => {
        const traps = findCliffs(synthetic(v));
        const cliffs = traps.filter((t) => t.kind === 'cliff');
        for (let i = 0; i + 1 < v.length; i++) {
          if (v[i + 1]! < v[i]! - 1) {
            const h = (i + 1) / 2;
            expect(cliffs.some((c) => c.fromHours < h && h <= c.toHours)).toBe(true);
          }
        }
        for (const c of cliffs) {
          expect(c.lossPerMonth).toBeGreaterThan(1);
          expect(c.fromHours).toBeLessThan(c.lowestHours);
          expect(c.lowestHours).toBeLessThanOrEqual(c.toHours);
          const from = v[c.fromHours * 2]!;
          expect(c.lossPerMonth).toBeCloseTo(from - v[c.lowestHours * 2]!, 2);
          if (c.recovered) expect(v[c.toHours * 2]!).toBeGreaterThanOrEqual(from);
          expect(c.explanation.fr.length).toBeGreaterThan(20);
          expect(c.explanation.en.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('ranges come in order of hours and never overlap', () => {
    fc.assert(
      fc.property(values, (v) => {
        const traps = findCliffs(synthetic(v));
        for (let i = 0; i + 1 < traps.length; i++)
          expect(traps[i]!.toHours).toBeLessThanOrEqual(traps[i + 1]!.fromHours);
      }),
      { numRuns: 1000 },
    );
  });

  it('a rising line that keeps at least 5 cents a dollar has no trap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 500, max: 10_000 }), { minLength: 2, maxLength: 81 }),
        (steps) => {
          const v = steps.reduce<number[]>(
            (acc, s) => [...acc, (acc.at(-1) ?? 1000) + s / 100],
            [],
          );
          expect(findCliffs(synthetic(v))).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('one exit point on every line', () => {
  it('the cliff’s sentence says the exit hours simulate computes, not a rounded copy', () => {
    const cases: [string, SimulationInput][] = [
      ['solidarité sociale, single', single('socialSolidarity', { wage: { hoursPerWeek: 20 } })],
      ['aide sociale, single', single('socialAssistance', { wage: { hoursPerWeek: 10 } })],
      [
        'aide sociale, single parent of a 4-year-old',
        {
          period: { year: 2026, month: 6 },
          household: {
            adults: [
              { age: 30, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 10 } } },
            ],
            children: [{ age: 4 }],
          },
        } as SimulationInput,
      ],
    ];
    for (const [name, input] of cases) {
      const r = simulate(input);
      if (!r.ok) throw new Error(r.error.message.en);
      const exit = r.value.exit.hoursPerWeekAtExit;
      expect(exit, name).not.toBeNull();
      const traps = findCliffs(swept(input, 'wage'), { exitHoursPerWeek: exit });
      const atExit = traps.find((t) => t.exitHours !== null);
      expect(atExit?.exitHours, name).toBe(exit);
      const said = String(exit).replace('.', ',');
      expect(atExit?.explanation.fr, name).toContain(`${said} h par semaine, l’aide s’arrête`);
      expect(r.value.exit.explanation?.fr, name).toContain(`${said} h par semaine`);
    }
  });

  it('the rule also says it in plain words and in a few words, with the same exit point', () => {
    const input = single('socialSolidarity', { wage: { hoursPerWeek: 20 } });
    const r = simulate(input);
    if (!r.ok) throw new Error(r.error.message.en);
    const [trap] = findCliffs(swept(input, 'wage'), {
      exitHoursPerWeek: r.value.exit.hoursPerWeekAtExit,
    });
    expect(trap!.simpleExplanation.fr).toMatch(
      /^Vers 22,6 h par semaine, votre chèque s’arrête ; à 22,5 h, vous l’avez encore\. Avec plus de 22,5 h, vous pourriez avoir jusqu’à \d+\s\$ de moins par mois qu’à 22,5 h\./,
    );
    expect(trap!.simpleExplanation.en).toMatch(
      /^Near 22\.6 hours a week, your cheque stops; at 22\.5 hours you still get it\./,
    );
    expect(trap!.brief.fr).toBe('l’aide s’arrête vers 22,6 h par semaine.');
    expect(trap!.simpleBrief.en).toBe('your cheque stops near 22.6 hours.');
    const next = nextHour(swept(input, 'wage'), 20)!;
    expect(next.simpleExplanation.fr).toMatch(
      /^Une heure de plus par semaine : \d+\s\$ de (plus|moins) par mois\.$/,
    );
    expect(r.value.uncertainty.simpleSentence?.fr ?? null).toBe(
      r.value.uncertainty.sentence
        ? 'Ces montants sont des estimations. Vérifiez avec votre agente ou agent.'
        : null,
    );
  });
});
