/**
 * The month-by-month transition (`timeline`): the official one-month lag, leaving assistance and
 * the claim booklet, parameter changes in their month, a relapse, and its properties (the months
 * add up to the years; constant hours give `simulate`'s month; income of a month never changes
 * that month's cheque).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, timeline, type TimelineInput } from '../src/index.js';

const wage = (h: number) => (h > 0 ? { wage: { hoursPerWeek: h } } : {});
const marc = (activity: object[], extra: Partial<TimelineInput> = {}): TimelineInput => ({
  start: { year: 2026, month: 1 },
  months: 12,
  household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
  activity: activity as TimelineInput['activity'],
  ...extra,
});

function run(input: TimelineInput) {
  const r = timeline(input, { explanations: false });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('timeline', () => {
  it('20 h from February: the cheque first drops in March, assistance stops when 25 h start, the booklet is kept 48 months', () => {
    const t = run(marc([wage(0), wage(20), wage(20), wage(25)]));
    const m = (month: number) => t.months.find((x) => x.period.month === month)!;
    expect(m(1).benefit).toBe(1318);
    // February's pay reduces March's cheque, not February's.
    expect(m(2).grossEarnings).toBeGreaterThan(0);
    expect(m(2).benefit).toBe(1318);
    expect(m(3).benefit).toBeLessThan(1318);
    expect(t.milestones.firstReducedCheque).toEqual({ year: 2026, month: 3 });
    // 25 h from April: May's cheque is nil, assistance stops, the booklet is kept (solidarité sociale).
    expect(m(5).benefit).toBe(0);
    expect(t.milestones.assistanceStops).toEqual({ year: 2026, month: 5 });
    expect(m(5).claimBooklet).toBe('keptAfterLeaving');
    expect(m(5).claimBookletMonthsLeft).toBe(48);
    expect(m(12).claimBookletMonthsLeft).toBe(41);
    // The minimum wage changes on May 1 (16,10 $ → 16,60 $): 25 h × 4,34821 weeks.
    expect(m(4).grossEarnings).toBe(1750.15);
    expect(m(5).grossEarnings).toBe(1804.51);
    // GST credit in January, April, July and October only.
    expect(t.months.filter((x) => x.gstCredit > 0).map((x) => x.period.month)).toEqual([
      1, 4, 7, 10,
    ]);
  });

  it('aide sociale: the booklet is kept 6 months, then lost, and the RAMQ premium accrues', () => {
    const t = run(
      marc([wage(30)], {
        months: 12,
        household: { adults: [{ age: 34, program: 'socialAssistance' }] },
      }),
    );
    expect(t.milestones.assistanceStops).toEqual({ year: 2026, month: 2 });
    expect(t.milestones.claimBookletEnds).toEqual({ year: 2026, month: 8 });
    const aug = t.months.find((x) => x.period.month === 8)!;
    expect(aug.claimBooklet).toBe('lost');
    expect(aug.drugPremium).toBeGreaterThan(0);
    expect(aug.events.map((e) => e.code)).toContain('claimBookletEnds');
  });

  it('a relapse after leaving: a new application is said, no cheque is invented', () => {
    const t = run(marc([wage(30), wage(30), wage(30), wage(0), wage(0)]));
    const may = t.months.find((x) => x.period.month === 5)!;
    expect(may.benefit).toBeNull();
    expect(may.events.map((e) => e.code)).toContain('newApplication');
    expect(may.events.find((e) => e.code === 'newApplication')!.message.fr).toContain(
      'il faut refaire une demande',
    );
  });

  it('a relapse while on assistance: the cheque comes back the month after', () => {
    const t = run(marc([wage(10), wage(10), wage(0), wage(10)]));
    const b = t.months.map((x) => x.benefit);
    expect(b[0]).toBe(1318);
    expect(b[1]).toBeLessThan(1318);
    expect(b[3]).toBe(1318); // March at 0 h: April's cheque is whole again.
  });

  it('says when a month is past the data', () => {
    const t = run(marc([wage(10)], { start: { year: 2026, month: 6 }, months: 12 }));
    const jan = t.months.find((x) => x.period.year === 2027)!;
    expect(jan.parametersYear).toBe(2026);
    expect(jan.events.find((e) => e.code === 'parametersNotInData')!.message.fr).toBe(
      'Montants de 2026 : ceux de 2027 ne sont pas encore intégrés.',
    );
  });

  it('refuses a bad input with a field and a start outside the data', () => {
    const bad = timeline({ ...marc([wage(10)]), months: 30 });
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.error.name === 'InvalidInput')
      expect(bad.error.info.issues[0]!.field).toBe('months');
    const early = timeline(marc([wage(10)], { start: { year: 2019, month: 1 } }));
    expect(early.ok || early.error.name).toBe('UnsupportedPeriod');
  });
});

const hours = fc.integer({ min: 0, max: 80 }).map((h) => h / 2);
const months = fc.array(hours, { minLength: 1, maxLength: 24 });
const program = fc.constantFrom('socialAssistance', 'socialSolidarity');

describe('timeline: properties', () => {
  it('the months add up to the years: Σ months of Y − spring of Y−1 + spring of Y = year Y (to 10 cents)', () => {
    fc.assert(
      fc.property(months, program, fc.boolean(), (hs, p, longTerm) => {
        const t = run({
          start: { year: 2025, month: 1 },
          months: 24,
          household: { adults: [{ age: 40, program: p }] },
          activity: hs.map(wage) as TimelineInput['activity'],
          options: { longTermRecipient: longTerm },
        });
        const [y2025, y2026] = t.years;
        for (const [y, prev] of [
          [y2025!, null],
          [y2026!, y2025!],
        ] as const) {
          const sum = t.months
            .filter((m) => m.period.year === y.year)
            .reduce((n, m) => n + m.disposableIncome, 0);
          const expected = sum - (prev?.springSettlement ?? 0) + y.springSettlement;
          expect(Math.abs(expected - y.disposableIncome)).toBeLessThan(0.1);
        }
        const total = t.months.reduce((n, m) => n + m.disposableIncome, 0);
        expect(Math.abs(total - t.total)).toBeLessThan(0.005);
      }),
      { numRuns: 200 },
    );
  });

  it('constant hours with no parameter change give simulate’s month, month after month', () => {
    fc.assert(
      fc.property(hours, program, (h, p) => {
        const t = run({
          start: { year: 2026, month: 6 },
          months: 12,
          household: { adults: [{ age: 40, program: p }] },
          activity: [wage(h)],
          before: wage(h),
        });
        // June to December 2026: the same minimum wage and benefit amounts.
        for (const m of t.months.filter((x) => x.period.year === 2026)) {
          const s = simulate({
            period: m.period,
            household: { adults: [{ age: 40, program: p, activity: wage(h) }] },
          });
          if (!s.ok) throw new Error();
          expect(m.grossEarnings).toBe(s.value.monthly.grossEarnings);
          expect(m.payrollDeductions).toBe(s.value.monthly.payrollDeductions);
          expect(m.benefit).toBe(s.value.monthly.benefit);
          expect(m.workIncomeSupplement).toBe(s.value.monthly.workIncomeSupplement);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the income of a month never changes that month’s cheque', () => {
    fc.assert(
      fc.property(months, fc.integer({ min: 1, max: 11 }), hours, program, (hs, k, other, p) => {
        const base = Array.from({ length: 12 }, (_, i) => hs[i % hs.length]!);
        const changed = base.map((h, i) => (i === k ? other : h));
        const input = (a: number[]): TimelineInput => ({
          start: { year: 2026, month: 1 },
          months: 12,
          household: { adults: [{ age: 40, program: p }] },
          activity: a.map(wage) as TimelineInput['activity'],
        });
        const a = run(input(base));
        const b = run(input(changed));
        for (let i = 0; i <= k; i++) expect(b.months[i]!.benefit).toBe(a.months[i]!.benefit);
      }),
      { numRuns: 200 },
    );
  });
});
