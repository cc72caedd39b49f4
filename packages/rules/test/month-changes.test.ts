/**
 * A changed month in a sentence (`monthChanges`): a relapse says that month's money against the
 * plan and the next month's cheque, which follows that month's income.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthChanges, timeline, type TimelineInput } from '../src/index.js';

const wage = (h: number) => (h > 0 ? { wage: { hoursPerWeek: h } } : {});
const marc = (hours: number[]): TimelineInput => ({
  start: { year: 2026, month: 1 },
  months: 12,
  household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
  activity: hours.map(wage) as TimelineInput['activity'],
  before: wage(20),
});

function run(input: TimelineInput) {
  const r = timeline(input, { explanations: false });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('monthChanges', () => {
  it('a March relapse at 20 h: March has less than planned, April’s cheque makes up part of it', () => {
    const plan = run(marc([20]));
    const relapse = run(marc([20, 20, 0, 20]));
    const changes = monthChanges(relapse, plan);
    expect(changes).toHaveLength(1);
    const c = changes[0]!;
    expect(c.period).toEqual({ year: 2026, month: 3 });
    expect(c.hoursPerWeek).toBe(0);
    expect(c.plannedHoursPerWeek).toBe(20);
    const march = (t: typeof plan) => t.months[2]!.disposableIncome;
    const april = (t: typeof plan) => t.months[3]!.disposableIncome;
    // The figures are the timelines' own, to the cent.
    expect(c.difference).toBeCloseTo(march(relapse) - march(plan), 2);
    expect(c.difference).toBeLessThan(-500);
    expect(c.nextMonth?.period).toEqual({ year: 2026, month: 4 });
    expect(c.nextMonth!.difference).toBeCloseTo(april(relapse) - april(plan), 2);
    expect(c.nextMonth!.difference).toBeGreaterThan(0);
    const less = Math.round(-c.difference);
    const more = Math.round(c.nextMonth!.difference);
    const fr = (n: number) => new Intl.NumberFormat('fr-CA').format(n).replace(/\s/g, '\u00a0');
    expect(c.sentence.fr.replace(/\s/g, ' ')).toBe(
      `En mars 2026, 0 h par semaine au lieu de 20 h : ${fr(less)} $ de moins que prévu ce mois-là ; en avril 2026, ${fr(more)} $ de plus que prévu, car le chèque suit les revenus du mois d’avant.`.replace(
        /\s/g,
        ' ',
      ),
    );
    expect(c.sentence.en).toContain('In March 2026, 0 hours a week instead of 20 hours: $');
    expect(c.simpleSentence.fr).toContain(
      'En mars 2026, vous travaillez 0\u00a0h au lieu de 20\u00a0h.',
    );
    expect(c.simpleSentence.fr).toContain('En avril 2026, votre chèque change');
  });

  it('no change, no sentence; a month in both timelines only', () => {
    const plan = run(marc([20]));
    expect(monthChanges(plan, plan)).toEqual([]);
  });

  it('two months in a row: each says its own month, the second says the month after', () => {
    const plan = run(marc([20]));
    const changes = monthChanges(run(marc([20, 20, 0, 0, 20])), plan);
    expect(changes.map((c) => c.period.month)).toEqual([3, 4]);
    expect(changes[0]!.nextMonth).toBeNull();
    expect(changes[1]!.nextMonth?.period.month).toBe(5);
  });

  it('property: one sentence per month whose hours differ, each difference the months’ own', () => {
    const plan = run(marc([20]));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 10, 20, 30), { minLength: 12, maxLength: 12 }),
        (hours) => {
          const t = run(marc(hours));
          const changes = monthChanges(t, plan);
          expect(changes.map((c) => c.period.month)).toEqual(
            hours.flatMap((h, i) => (h !== 20 ? [i + 1] : [])),
          );
          for (const c of changes) {
            const i = c.period.month - 1;
            expect(c.difference).toBeCloseTo(
              t.months[i]!.disposableIncome - plan.months[i]!.disposableIncome,
              2,
            );
            expect(c.sentence.fr).toMatch(/^En [a-zéû]+ 2026, /);
            expect(c.sentence.en).toMatch(/^In [A-Z][a-z]+ 2026, /);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('monthChanges after leaving assistance', () => {
  it('a relapse at 25 h says the cheque would take a new application, not a bare dash', () => {
    const mk = (hours: number[]) =>
      run({ ...marc(hours), start: { year: 2026, month: 12 }, before: wage(25) });
    const changes = monthChanges(mk([25, 25, 25, 0, 25]), mk([25]));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.newApplicationFrom).toEqual({ year: 2027, month: 4 });
    expect(changes[0]!.nextMonth).toBeNull();
    expect(changes[0]!.sentence.fr).toContain(
      'En avril 2027, un chèque d’aide demanderait une nouvelle demande : il n’est pas compté ici.',
    );
    expect(changes[0]!.simpleSentence.en).toContain(
      'In April 2027, to get a cheque, you must apply again.',
    );
  });
});
