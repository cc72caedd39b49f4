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
    // Months kept after this one: the month of leaving is the first of the 48.
    expect(m(5).claimBookletMonthsLeft).toBe(47);
    expect(m(12).claimBookletMonthsLeft).toBe(40);
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

  it('a relapse while the booklet is kept: the simplified return, its cheque from the month’s own income (RAPF s. 169)', () => {
    // Solidarité sociale, 30 h from January: no cheque from February, the booklet kept 48 months;
    // April at 0 h: the simplified application gives April's cheque at once, whole (no income
    // that month), instead of waiting for May's cheque on April's income.
    const t = run(marc([wage(30), wage(30), wage(30), wage(0), wage(0)]));
    const m = (month: number) => t.months.find((x) => x.period.month === month)!;
    expect(m(2).benefit).toBe(0);
    expect(m(4).benefit).toBe(1318);
    expect(m(4).onAssistance).toBe(true);
    expect(m(4).claimBooklet).toBe('held');
    const said = m(4).events.find((e) => e.code === 'simplifiedReturn')!.message;
    // Kept 48 months from February 2026: the booklet's last month is January 2030, the form is
    // due by the end of the month after it.
    expect(said.fr.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Retour à l’aide : vos revenus ont baissé pendant que vous gardiez votre carnet de réclamation. La demande simplifiée (formulaire 3004), à faire au plus tard le 28 février 2030, donne un chèque d’avril 2026 d’environ 1 318 $ : seuls les revenus reçus et dus ce mois-là comptent (Règlement, art. 169).',
    );
    // Back on assistance: May's cheque follows April's income as usual, no new application.
    expect(m(5).benefit).toBe(1318);
    expect(t.months.flatMap((x) => x.events.map((e) => e.code))).not.toContain('newApplication');
    // The leaving is still said; back on assistance, the booklet is held: no end to announce.
    expect(t.milestones.assistanceStops).toEqual({ year: 2026, month: 2 });
    expect(t.milestones.claimBookletEnds).toBeNull();
    expect(t.months.slice(3).every((x) => x.claimBooklet === 'held')).toBe(true);
  });

  it('a return in the very month the cheque stops, and the booklet follows the last leaving', () => {
    // Aide sociale, 30 h in January: February has no cheque (January's income), but February's
    // own income is nil: the simplified application gives February's cheque at once (s. 169).
    // 30 h again from April: the cheque stops in May, and the booklet's 6 months run from May.
    const aide = { household: { adults: [{ age: 34, program: 'socialAssistance' as const }] } };
    const t = run(marc([wage(30), wage(0), wage(0), wage(30)], aide));
    const m = (month: number) => t.months.find((x) => x.period.month === month)!;
    expect(m(2).events.map((e) => e.code)).toEqual(['assistanceStops', 'simplifiedReturn']);
    expect(m(2).benefit).toBeGreaterThan(0);
    expect(m(5).benefit).toBe(0);
    expect(t.milestones.claimBookletEnds).toEqual({ year: 2026, month: 11 });
    expect(m(10).claimBooklet).toBe('keptAfterLeaving');
    expect(m(11).claimBooklet).toBe('lost');
    expect(t.months.flatMap((x) => x.events.map((e) => e.code))).not.toContain('newApplication');
  });

  it('a leaving before the computed months has no known date: no simplified return is invented', () => {
    // From a hostile review: 30 h before a June start, on aide sociale. When the person left is
    // not known, nor is the booklet: a fall of income is a new application, not a form 3004.
    const t = run(
      marc([wage(0)], {
        start: { year: 2026, month: 6 },
        before: wage(30),
        household: { adults: [{ age: 34, program: 'socialAssistance' }] },
      }),
    );
    const codes = t.months.flatMap((x) => x.events.map((e) => e.code));
    expect(codes).not.toContain('simplifiedReturn');
    expect(codes).toContain('newApplication');
    expect(t.months.every((x) => x.claimBooklet === 'unknown')).toBe(true);
    expect(t.milestones.claimBookletEnds).toBeNull();
  });

  it('a relapse after the booklet and the month after it: a new application, no cheque invented', () => {
    // Aide sociale: the booklet is kept 6 months (February to July 2026); the simplified form is
    // open through August; income falling in September takes a new application.
    const activity = [...Array(8).fill(wage(30)), wage(0), wage(0)];
    const t = run(
      marc(activity, { household: { adults: [{ age: 34, program: 'socialAssistance' }] } }),
    );
    const m = (month: number) => t.months.find((x) => x.period.month === month)!;
    expect(m(9).benefit).toBe(0);
    expect(m(10).benefit).toBeNull();
    expect(m(10).events.map((e) => e.code)).toContain('newApplication');
    // Falling in August, the month after the booklet: still the simplified return.
    const august = run(
      marc([...Array(7).fill(wage(30)), wage(0)], {
        household: { adults: [{ age: 34, program: 'socialAssistance' }] },
      }),
    );
    expect(august.months[7]!.events.map((e) => e.code)).toContain('simplifiedReturn');
    expect(august.months[7]!.benefit).toBeGreaterThan(0);
    // On aide sociale the liquid assets are checked (ADEL 42763); the form is due by August 31.
    const said = august.months[7]!.events.find((e) => e.code === 'simplifiedReturn')!.message.fr;
    expect(said).toContain('au plus tard le 31 août 2026');
    expect(said).toContain('Vos avoirs liquides sont vérifiés.');
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
const anyProgram = fc.constantFrom('socialAssistance', 'socialSolidarity', 'basicIncome');

describe('timeline: the revenu de base counts a past year (RAPF s. 177.79)', () => {
  // https://www.legisquebec.gouv.qc.ca/en/document/cr/A-13.1.1,%20r.%201 s. 177.79: the net income
  // of the calendar year before the reference period, 55 % of the excess over 12 × the basic
  // benefit, ÷ 12. Reference period July–June (ADEL ?sujet=226270, an assumption for the adult).
  it('20 h at 17 $ from January 2026: nothing changes until July 2027, then 55 % of the 2026 excess', () => {
    const t = run({
      start: { year: 2026, month: 1 },
      months: 24,
      household: { adults: [{ age: 52, program: 'basicIncome' }] },
      activity: [{ wage: { hoursPerWeek: 20, hourlyWage: 17 } }],
    });
    const at = (year: number, month: number) =>
      t.months.find((m) => m.period.year === year && m.period.month === month)!;
    // 1 336 + 371 = 1 707 $ a month through June 2027 (2025's income was nil).
    for (const m of t.months.filter((x) => x.period.year === 2026 || x.period.month <= 6))
      expect(m.benefit, `${m.period.year}-${m.period.month}`).toBe(1707);
    // 2026: gross 1 478,39 × 12 = 17 740,68; deduction for workers 6 % = 1 064,44; enhanced QPP
    // 6,30 % × (17 740,68 − 3 500) = 897,16 × 1/6,3 = 142,41; net 16 533,83;
    // 55 % × (16 533,83 − 16 032) ÷ 12 = 23,00 → 1 684 $ from July 2027.
    expect(at(2027, 7).benefit).toBe(1684);
    expect(at(2027, 12).benefit).toBe(1684);
    expect(t.milestones.firstReducedCheque).toEqual({ year: 2027, month: 7 });
    const event = at(2027, 7).events.find((e) => e.code === 'chequeReduced');
    expect(event?.message.fr).toContain('55 % de vos revenus de 2026');
    expect(t.assumptions.some((a) => a.fr.includes('juillet'))).toBe(true);
  });

  it('a typical month (simulate) equals the timeline once the same income has run for years', () => {
    const activity = { wage: { hoursPerWeek: 30, hourlyWage: 18 } };
    const t = run({
      start: { year: 2026, month: 7 },
      months: 12,
      household: { adults: [{ age: 52, program: 'basicIncome' }] },
      activity: [activity],
      before: activity,
    });
    const s = simulate({
      period: { year: 2025, month: 12 },
      household: { adults: [{ age: 52, program: 'basicIncome', activity }] },
    });
    if (!s.ok) throw new Error(s.error.message.en);
    // July–December 2026 count 2025's income (2025 rules); the 2026 needs and exclusion apply.
    const reduction = s.value.lines.find((l) => l.id === 'basicIncome.workIncomeReduction')!;
    const exclusion2025 = 15_708;
    const exclusion2026 = 16_032;
    const annualNet = (reduction.monthly * 12) / 0.55 + exclusion2025;
    const expected = Math.round((1707 - ((annualNet - exclusion2026) * 0.55) / 12) * 100) / 100;
    const july2026 = t.months.filter((m) => m.period.year === 2026);
    expect(july2026).toHaveLength(6);
    for (const m of july2026) expect(Math.abs(m.benefit! - expected)).toBeLessThan(0.02);
  });
});

describe('timeline: properties', () => {
  it('the months add up to the years: Σ months of Y − spring of Y−1 + spring of Y = year Y (to 10 cents)', () => {
    fc.assert(
      fc.property(months, anyProgram, fc.boolean(), (hs, p, longTerm) => {
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

  it('the income of a month never changes that month’s cheque (but a simplified return’s)', () => {
    fc.assert(
      fc.property(months, fc.integer({ min: 1, max: 11 }), hours, anyProgram, (hs, k, other, p) => {
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
        for (let i = 0; i < k; i++) expect(b.months[i]!.benefit).toBe(a.months[i]!.benefit);
        // The one exception, by law: the first cheque of a simplified return (RAPF s. 169)
        // counts only the income of its own month.
        const returns = (t: typeof a) =>
          t.months[k]!.events.some((e) => e.code === 'simplifiedReturn');
        if (!returns(a) && !returns(b)) expect(b.months[k]!.benefit).toBe(a.months[k]!.benefit);
      }),
      { numRuns: 200 },
    );
  });

  it('a person who already worked last year gets last year’s return in April, or is told it is left out', () => {
    const household = { adults: [{ age: 40, program: 'socialSolidarity' as const }] };
    const w = { wage: { hoursPerWeek: 30 } };
    const t = run({
      start: { year: 2026, month: 1 },
      months: 12,
      household,
      activity: [w],
      before: w,
    });
    const april = t.months.find((m) => m.period.month === 4)!;
    expect(t.previousYearSpringSettlement).toBeGreaterThan(3000);
    expect(april.springSettlement).toBe(t.previousYearSpringSettlement);
    expect(april.events.map((e) => e.code)).toContain('springSettlement');
    // The months still add up to the year once last year's return is taken out.
    const y = t.years[0]!;
    const sum = t.months.reduce((n, m) => n + m.disposableIncome, 0);
    expect(
      Math.abs(sum - t.previousYearSpringSettlement! + y.springSettlement - y.disposableIncome),
    ).toBeLessThan(0.1);
    // 2024 is not in the data: April 2025 says the return is left out, with no figure made up.
    const early = run({
      start: { year: 2025, month: 1 },
      months: 12,
      household,
      activity: [w],
      before: w,
    });
    const april2025 = early.months.find((m) => m.period.month === 4)!;
    expect(early.previousYearSpringSettlement).toBeNull();
    expect(april2025.springSettlement).toBe(0);
    expect(april2025.events.find((e) => e.code === 'springNotComputed')?.message.fr).toContain(
      'Déclaration de revenus de 2024 : pas comptée ici',
    );
  });

  it('refuses an activity given on the adult (it would be silently replaced), and writes English without the French space', () => {
    const bad = timeline({
      start: { year: 2026, month: 1 },
      months: 12,
      household: {
        adults: [
          { age: 40, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
      activity: [{}],
    } as TimelineInput);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message.en).toContain('goes in "activity"');
    const explained = timeline({
      start: { year: 2026, month: 1 },
      months: 12,
      household: { adults: [{ age: 40, program: 'socialSolidarity' }] },
      activity: [{ wage: { hoursPerWeek: 10 } }],
    });
    if (!explained.ok) throw new Error(explained.error.message.en);
    const en = explained.value.months.map((m) => m.explanation.en).join(' ');
    expect(en).not.toMatch(/ [;:]/);
    expect(en).toMatch(/\w; \w/);
  });

  it('refuses more months of activity than the period, and names « before » in its errors', () => {
    const household = { adults: [{ age: 40, program: 'socialSolidarity' as const }] };
    const long = timeline({
      start: { year: 2026, month: 1 },
      months: 12,
      household,
      activity: Array.from({ length: 13 }, () => ({})),
    });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.message.fr).toContain('13 mois d');
    const before = timeline({
      start: { year: 2026, month: 1 },
      months: 12,
      household,
      activity: [{}],
      before: { wage: { hoursPerWeek: -1 } },
    });
    expect(before.ok).toBe(false);
    if (!before.ok)
      expect(before.error.message.fr).toContain('Avant la période — Heures par semaine');
  });
});
