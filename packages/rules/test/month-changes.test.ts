/**
 * A changed month in a sentence (`monthChanges`): a relapse says that month's money against the
 * plan and the next month's cheque, which follows that month's income, in the whole dollars the
 * months' table shows; `changesOverWindow` says what the changes make over the twelve months.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOverWindow, monthChanges, timeline, type TimelineInput } from '../src/index.js';

const wage = (h: number) => (h > 0 ? { wage: { hoursPerWeek: h } } : {});
const marc = (hours: number[], extra: Partial<TimelineInput> = {}): TimelineInput => ({
  start: { year: 2026, month: 1 },
  months: 12,
  household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
  activity: hours.map(wage) as TimelineInput['activity'],
  before: wage(20),
  ...extra,
});

function run(input: TimelineInput) {
  const r = timeline(input, { explanations: false });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

const fr = (n: number) => new Intl.NumberFormat('fr-CA').format(n).replace(/\s/g, ' ');
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('monthChanges', () => {
  it('a March relapse at 20 h: March has less than planned, April’s cheque more, as the table shows', () => {
    const plan = run(marc([20]));
    const relapse = run(marc([20, 20, 0, 20]));
    const changes = monthChanges(relapse, plan);
    expect(changes).toHaveLength(1);
    const c = changes[0]!;
    expect(c.period).toEqual({ year: 2026, month: 3 });
    expect(c.hoursPerWeek).toBe(0);
    expect(c.plannedHoursPerWeek).toBe(20);
    const month = (t: typeof plan, i: number) => t.months[i]!;
    // Exact differences, to the cent.
    expect(c.difference).toBeCloseTo(
      month(relapse, 2).disposableIncome - month(plan, 2).disposableIncome,
      2,
    );
    expect(c.difference).toBeLessThan(-500);
    // April: the cheque's own difference (not April's whole money, which also holds credits).
    expect(c.nextMonth?.period).toEqual({ year: 2026, month: 4 });
    expect(c.nextMonth!.chequeDifference).toBeCloseTo(
      month(relapse, 3).benefit! - month(plan, 3).benefit!,
      2,
    );
    // Said in the whole dollars the table shows: its rounded figures subtract to them.
    const less =
      Math.round(month(plan, 2).disposableIncome) - Math.round(month(relapse, 2).disposableIncome);
    const more = Math.round(month(relapse, 3).benefit!) - Math.round(month(plan, 3).benefit!);
    expect(plain(c.sentence.fr)).toBe(
      `En mars 2026, 0 h par semaine au lieu de 20 h : ${fr(less)} $ de moins que prévu ce mois-là ; en avril 2026, un chèque ${fr(more)} $ de plus que prévu, car il suit les revenus du mois d’avant.`,
    );
    expect(c.sentence.en).toContain('In March 2026, 0 hours a week instead of 20 hours: $');
    expect(c.simpleSentence.fr).toContain('En mars 2026, vous faites 0 h au lieu de 20 h.');
    expect(plain(c.simpleSentence.fr)).toContain(
      `En avril 2026, votre chèque a ${fr(more)} $ de plus.`,
    );
  });

  it('no change, no sentence', () => {
    const plan = run(marc([20]));
    expect(monthChanges(plan, plan)).toEqual([]);
    expect(changesOverWindow(plan, plan)).toBeNull();
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
            // The whole dollars said are the table's rounded figures subtracted.
            const said =
              Math.round(t.months[i]!.disposableIncome) -
              Math.round(plan.months[i]!.disposableIncome);
            if (said !== 0)
              expect(plain(c.sentence.fr)).toContain(
                `${fr(Math.abs(said))} $ de ${said < 0 ? 'moins' : 'plus'} que prévu ce mois-là`,
              );
            expect(c.sentence.fr).toMatch(/^En [a-zéû]+ 2026, /);
            expect(c.sentence.en).toMatch(/^In [A-Z][a-z]+ 2026, /);
          }
          // Over the window: the totals' difference.
          const w = changesOverWindow(t, plan);
          expect(w === null).toBe(changes.length === 0);
          if (w) expect(w.difference).toBeCloseTo(t.total - plan.total, 2);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('monthChanges after leaving assistance', () => {
  it('a relapse at 25 h while the booklet is kept: the simplified return, its cheque and form said', () => {
    // Solidarité sociale, 25 h from December 2026: no cheque from January (the booklet kept 48
    // months); March 2027 at 0 h: the simplified application (form 3004) gives March's cheque
    // from March's own income (RAPF s. 169); April's cheque follows March's income as usual.
    const mk = (hours: number[]) => run({ ...marc(hours), start: { year: 2026, month: 12 } });
    const changes = monthChanges(mk([25, 25, 25, 0, 25]), mk([25]));
    expect(changes).toHaveLength(1);
    const [c] = changes;
    expect(c!.newApplicationFrom).toBeNull();
    expect(c!.simplifiedReturn).toEqual({ period: { year: 2027, month: 3 }, cheque: 1318 });
    expect(c!.nextMonth).toEqual({ period: { year: 2027, month: 4 }, chequeDifference: 1318 });
    expect(plain(c!.sentence.fr)).toBe(
      'En mars 2027, 0 h par semaine au lieu de 25 h : 338 $ de moins que prévu ce mois-là, avec un chèque de 1 318 $ (demande simplifiée, formulaire 3004) ; en avril 2027, un chèque 1 318 $ de plus que prévu, car il suit les revenus du mois d’avant.',
    );
    expect(plain(c!.simpleSentence.en)).toContain(
      'That month, file the simplified application (form 3004): you get a cheque of $1,318.',
    );
  });

  it('a relapse after the booklet: the cheque would take a new application, not a bare dash', () => {
    // Aide sociale, working 25 h since before the computed months: when the person left is not
    // known, nor is the booklet; March 2027 at 0 h takes a new application (no form 3004 invented).
    const mk = (hours: number[]) =>
      run({
        ...marc(hours),
        household: { adults: [{ age: 34, program: 'socialAssistance' }] },
        start: { year: 2026, month: 12 },
        before: wage(25),
      });
    const changes = monthChanges(mk([25, 25, 25, 0, 25]), mk([25]));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.simplifiedReturn).toBeNull();
    expect(changes[0]!.newApplicationFrom).toEqual({ year: 2027, month: 4 });
    expect(changes[0]!.nextMonth).toBeNull();
    expect(changes[0]!.sentence.fr).toContain(
      'En avril 2027, un chèque d’aide demanderait une nouvelle demande : il n’est pas compté ici.',
    );
    expect(changes[0]!.simpleSentence.en).toContain(
      'In April 2027, to get a cheque, you must apply again.',
    );
  });

  it('a month of more hours that ends the cheque: the cheque back by the simplified form at once', () => {
    // Solidarité sociale at 20 h from December; June at 35 h: July has no cheque on June's income,
    // but July's own income (20 h) gives one by the simplified application, that same month.
    const mk = (hours: number[]) =>
      run({ ...marc(hours), start: { year: 2026, month: 12 }, before: wage(20) });
    const changed = mk([20, 20, 20, 20, 20, 20, 35, 20]);
    const plan = mk([20]);
    const [c] = monthChanges(changed, plan);
    expect(c!.difference).toBeGreaterThan(0);
    expect(c!.newApplicationFrom).toBeNull();
    expect(c!.simplifiedReturn).toEqual({ period: { year: 2027, month: 7 }, cheque: 458.46 });
    expect(c!.nextMonth).toBeNull();
    expect(plain(c!.sentence.fr)).toBe(
      'En juin 2027, 35 h par semaine au lieu de 20 h : 996 $ de plus que prévu ce mois-là. En juillet 2027, un chèque d’aide de 458 $ (demande simplifiée, formulaire 3004).',
    );
    expect(plain(c!.simpleSentence.fr)).toBe(
      'En juin 2027, vous faites 35 h au lieu de 20 h. Vous avez 996 $ de plus ce mois-là. En juillet 2027, faites la demande simplifiée (formulaire 3004) : vous avez un chèque de 458 $.',
    );
    // July's cheque is the plan's: no « chèque réduit » is said for it.
    const july = changed.months.find((m) => m.period.year === 2027 && m.period.month === 7)!;
    expect(july.events.map((e) => e.code)).toEqual([
      'assistanceStops',
      'simplifiedReturn',
      'parametersNotInData',
    ]);
    const w = changesOverWindow(changed, plan)!;
    expect(w.difference).toBeGreaterThan(0);
    expect(plain(w.sentence.fr)).toMatch(
      /^Avec ce changement, sur les 12 mois : [\d ]+ \$ de plus que prévu\./,
    );
  });

  it('more hours, then none: the cheque stops, and comes back by the simplified form that month', () => {
    // Aide sociale at 10 h; February 2027 at 35 h: March has no cheque on February's income, the
    // booklet is kept; no work from March: March's cheque comes back by the simplified form.
    const mk = (hours: number[]) =>
      run({
        ...marc(hours),
        household: { adults: [{ age: 34, program: 'socialAssistance' }] },
        start: { year: 2026, month: 12 },
        before: wage(10),
      });
    const changes = monthChanges(mk([10, 10, 35, ...Array(9).fill(0)]), mk([10]));
    const at = (month: number) => changes.find((c) => c.period.month === month)!;
    expect(at(2).simplifiedReturn).toBeNull();
    // March: the cheque stops (February's income) and comes back by the form that same month.
    expect(at(3).simplifiedReturn?.period).toEqual({ year: 2027, month: 3 });
    expect(changes.every((c) => c.newApplicationFrom === null)).toBe(true);
  });

  it('a relapse in the last month: past the window the plan goes on, and the small moves are said', () => {
    // Revenu de base at 40 h from June 2026; May 2027 at 0 h. Without `after`, the rest of 2027
    // was taken at 0 h: the year's income fell and January to April 2027 moved by hundreds of
    // dollars. With the plan's 40 h after the window, only 2027's tax withheld and credits move
    // (computed on the year), by a few tens of dollars, and the window's sentence says so.
    const bi = (hours: number[], after: boolean) =>
      run({
        start: { year: 2026, month: 6 },
        months: 12,
        household: { adults: [{ age: 52, program: 'basicIncome' }] },
        activity: hours.map(wage) as TimelineInput['activity'],
        before: wage(40),
        ...(after ? { after: wage(40) } : {}),
      });
    const moved = (after: boolean) => {
      const plan = bi([40], after);
      const changed = bi([...Array(11).fill(40), 0], after);
      return changed.months
        .slice(0, 11)
        .map((m, i) => Math.abs(m.disposableIncome - plan.months[i]!.disposableIncome));
    };
    const without = moved(false);
    const withPlan = moved(true);
    expect(Math.max(...without)).toBeGreaterThan(200);
    expect(Math.max(...withPlan)).toBeLessThan(60);
    // 2026's months do not move at all.
    for (let i = 0; i < 7; i++) expect(withPlan[i]).toBe(0);
    const plan = bi([40], true);
    const changed = bi([...Array(11).fill(40), 0], true);
    expect(monthChanges(changed, plan).map((c) => c.period.month)).toEqual([5]);
    expect(changesOverWindow(changed, plan)!.othersNote!.fr).toContain(
      'Ce total compte aussi de petits écarts dans les autres mois',
    );
  });
});
