/**
 * Past the exit point, the headline itself says what leaving cost a month against the last half
 * hour before it, that the cheque stops, and the year with spring (issue « One story on every
 * page »: a participant moving from 22 to 25 h reads it in the headline).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cliffSearchHours,
  findCliffs,
  nextHour,
  simulate,
  sweep,
  trapWordsBeside,
  type SimulationInput,
  type SimulationResult,
} from '../src/index.js';

const run = (input: SimulationInput): SimulationResult => {
  const r = simulate(input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};
const marc = (hoursPerWeek: number, longTermRecipient = false) =>
  run({
    period: { year: 2026, month: 6 },
    household: {
      adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek } } }],
    },
    options: { longTermRecipient },
  });
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the headline past the exit point', () => {
  it('Marc from 22 to 25 h: nothing before the exit, the month lost and the year after it', () => {
    expect(norm(marc(22.5).moneyPerMonth.headline.fr)).toBe(
      'Avec 22,5 h par semaine au salaire minimum : 534 $ de plus par mois',
    );
    expect(norm(marc(23).moneyPerMonth.headline.fr)).toBe(
      'Avec 23 h par semaine au salaire minimum : 228 $ de plus par mois, mais 306 $ de moins qu’à 22,5 h : votre chèque d’aide s’arrête. Sur un an, en comptant le printemps : environ 2 650 $ de moins qu’à 22,5 h.',
    );
    expect(norm(marc(23).moneyPerMonth.headline.en)).toBe(
      'With 23 hours a week at the minimum wage: $228 more a month, but $306 less than at 22.5 hours: your assistance cheque stops. Over a year, counting spring: about $2,650 less than at 22.5 hours.',
    );
    // At the exit point itself (22,6 h, rounded up so that assistance is nil there) it is said too.
    expect(marc(22.6).moneyPerMonth.sinceExit?.hoursBefore).toBe(22.5);
    // With the work premium supplement (36 of 42 months), 25 h gains over the year.
    expect(norm(marc(25, true).moneyPerMonth.headline.fr)).toMatch(
      /187 \$ de moins qu’à 22,5 h : votre chèque d’aide s’arrête\. Sur un an, en comptant le printemps : environ 690 \$ de plus qu’à 22,5 h\.$/,
    );
    // Once more hours have won the month back, nothing more is said.
    expect(marc(30).moneyPerMonth.sinceExit).toBeNull();
  });

  it('the answer bar’s form: the hours, the change, the month lost and the cheque, no year', () => {
    expect(norm(marc(23).moneyPerMonth.barHeadline.fr)).toBe(
      'Salaire 23 h : 228 $ de plus par mois, mais 306 $ de moins qu’à 22,5 h : votre chèque d’aide s’arrête.',
    );
    expect(norm(marc(23).moneyPerMonth.barHeadline.en)).toBe(
      'Wage 23 hours: $228 more a month, but $306 less than at 22.5 hours: your assistance cheque stops.',
    );
    expect(norm(marc(10).moneyPerMonth.barHeadline.fr)).toBe(
      'Salaire 10 h : 328 $ de plus par mois',
    );
    // The same change as the headline, always: only the words around it are fewer.
    for (const h of [0, 5, 10, 22.5, 23, 25, 30, 40]) {
      const m = marc(h).moneyPerMonth;
      const tail = (s: string) => norm(s).slice(norm(s).indexOf(' : ') + 3);
      expect(tail(m.headline.fr).startsWith(tail(m.barHeadline.fr).replace(/\.$/, ''))).toBe(true);
    }
  });

  it('compares with the best of the last two hours: a few cents of aid carry no supplement', () => {
    // Aide sociale with temporary constraints, 18,5 h: at 18 h 0,71 $ of aid is left, without
    // the 25 % supplement (it needs 1 $ of aid); the loss began at 17,5 h (review, December).
    const r = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          {
            age: 34,
            program: 'socialAssistance',
            temporaryConstraints: true,
            activity: { wage: { hoursPerWeek: 18.5 } },
          },
        ],
      },
    });
    const s = r.moneyPerMonth.sinceExit!;
    expect(s.hoursBefore).toBe(17.5);
    expect(s.lessPerMonth).toBeGreaterThan(150);
    expect(norm(r.moneyPerMonth.headline.fr)).toContain('de moins qu’à 17,5 h');
  });

  it('says nothing for a household with another activity (its hours would not compare)', () => {
    const r = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 13.3 } } },
          { age: 35, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
    });
    expect(r.moneyPerMonth.sinceExit).toBeNull();
  });

  it('any single adult with a wage: said exactly when at or past the exit with less than before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('socialAssistance', 'socialSolidarity'),
        fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (program, hoursPerWeek, children, longTermRecipient) => {
          const r = run({
            period: { year: 2026, month: 6 },
            household: {
              adults: [{ age: 40, program, activity: { wage: { hoursPerWeek } } }],
              children: Array.from({ length: children }, () => ({ age: 7 })),
            },
            options: { longTermRecipient },
          } as SimulationInput);
          const exit = r.exit.hoursPerWeekAtExit;
          const s = r.moneyPerMonth.sinceExit;
          if (exit === null || hoursPerWeek < exit) {
            expect(s).toBeNull();
            return;
          }
          if (s === null) return;
          expect(s.hoursBefore).toBeLessThan(exit);
          expect(exit - s.hoursBefore).toBeLessThanOrEqual(0.5);
          expect(s.lessPerMonth).toBeCloseTo(s.amountBefore - r.moneyPerMonth.amount, 2);
          expect(s.lessPerMonth).toBeGreaterThanOrEqual(1);
          const before = run({
            period: { year: 2026, month: 6 },
            household: {
              adults: [{ age: 40, program, activity: { wage: { hoursPerWeek: s.hoursBefore } } }],
              children: Array.from({ length: children }, () => ({ age: 7 })),
            },
            options: { longTermRecipient },
          } as SimulationInput);
          expect(s.amountBefore).toBe(before.moneyPerMonth.amount);
          expect(s.yearChange).toBeCloseTo(
            r.taxYear.disposableIncome - before.taxYear.disposableIncome,
            1,
          );
          expect(norm(r.moneyPerMonth.headline.fr)).toContain('votre chèque d’aide s’arrête');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the cliff under the card and the headline at its lowest point: one month lost', () => {
  const household = fc.record({
    program: fc.constantFrom('socialAssistance', 'socialSolidarity'),
    temporaryConstraints: fc.boolean(),
    childAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 2 }),
    month: fc.integer({ min: 1, max: 12 }),
    hourlyWage: fc.integer({ min: 1660, max: 2200 }).map((c) => c / 100),
  });
  it('« jusqu’à N $ de moins qu’à X h » is the headline’s « N $ de moins qu’à X h » there', () => {
    let compared = 0;
    fc.assert(
      fc.property(household, (h) => {
        const input = (hoursPerWeek: number): SimulationInput => ({
          period: { year: 2026, month: h.month },
          household: {
            adults: [
              {
                age: 35,
                program: h.program,
                temporaryConstraints: h.program === 'socialAssistance' && h.temporaryConstraints,
                activity: { wage: { hoursPerWeek, hourlyWage: h.hourlyWage } },
              },
            ],
            children: h.childAges.map((age) => ({ age })),
          },
        });
        const swept = sweep(input(0), { hoursPerWeek: { ...cliffSearchHours }, activity: 'wage' });
        if (!swept.ok) throw new Error(swept.error.message.en);
        const exit = run(input(40)).exit.hoursPerWeekAtExit;
        for (const c of findCliffs(swept.value, { exitHoursPerWeek: exit })) {
          if (c.kind !== 'cliff' || c.exitHours === null) continue;
          const said = /jusqu’à ([\d ]+) \$ de moins par mois qu’à ([\d,]+) h/.exec(
            norm(c.explanation.fr),
          );
          expect(said, c.explanation.fr).not.toBeNull();
          // One story: where the cheque stops inside the range, the reason said is the cheque.
          expect(norm(c.explanation.fr)).toContain(': votre chèque d’aide s’arrête');
          const headline = norm(run(input(c.lowestHours)).moneyPerMonth.headline.fr);
          // Past the exit, the headline at the lowest point names the same dollars and hours.
          if (!headline.includes('de moins qu’à')) continue;
          expect(headline).toContain(`${norm(said![1]!)} $ de moins qu’à ${said![2]} h`);
          compared += 1;
        }
      }),
      { numRuns: 25, seed: 7122026 },
    );
    expect(compared).toBeGreaterThan(10);
  });
});

describe('one year figure a card: the headline’s, at the person’s own hours', () => {
  it('plain words past the exit: the same three facts in short sentences', () => {
    expect(norm(marc(25).moneyPerMonth.simpleHeadline.fr)).toBe(
      'Avec 25 h par semaine au salaire minimum : 347 $ de plus par mois. Mais c’est 187 $ de moins qu’à 22,5 h : votre chèque s’arrête. Sur un an, avec l’argent du printemps : environ 1 710 $ de moins qu’à 22,5 h.',
    );
    expect(norm(marc(25).moneyPerMonth.simpleHeadline.en)).toBe(
      'With 25 hours a week at the minimum wage: $347 more a month. But that is $187 less than at 22.5 hours: your cheque stops. Over a year, with the spring money: about $1,710 less than at 22.5 hours.',
    );
    // Before the exit the headline is already one short sentence: the same in both modes.
    const m = marc(10).moneyPerMonth;
    expect(m.simpleHeadline).toEqual(m.headline);
  });

  /** A single adult on solidarité sociale, June 2026, at the minimum wage. */
  const soloAt = (hoursPerWeek: number): SimulationInput => ({
    period: { year: 2026, month: 6 },
    household: {
      adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek } } }],
    },
  });
  /** Her hours swept, and the cliff where her cheque stops, at the exit `result` computes. */
  const cliffOfSolo = (result: SimulationResult) => {
    const swept = sweep(soloAt(0), { hoursPerWeek: { ...cliffSearchHours }, activity: 'wage' });
    if (!swept.ok) throw new Error(swept.error.message.en);
    const cliff = findCliffs(swept.value, {
      exitHoursPerWeek: result.exit.hoursPerWeekAtExit,
    }).find((c) => c.kind === 'cliff')!;
    return { swept: swept.value, cliff };
  };

  it('a cliff said without its year: the headline compares the year from the same hours', () => {
    const at25 = run(soloAt(25));
    const { cliff } = cliffOfSolo(at25);
    // The year of the cliff is read at 23 h; the headline's at 25 h, both against 22,5 h.
    expect(cliff.fromHours).toBe(at25.moneyPerMonth.sinceExit?.hoursBefore);
    expect(norm(cliff.explanation.fr)).toContain('environ 2 650 $ de moins à 23 h qu’à 22,5 h');
    expect(norm(at25.moneyPerMonth.headline.fr)).toContain('environ 1 710 $ de moins qu’à 22,5 h');
    for (const lang of ['fr', 'en'] as const) {
      const full = cliff.explanation[lang];
      const short = cliff.withoutYear.explanation[lang];
      expect(short).not.toMatch(/Sur un an|Over a year/);
      // The same sentence up to the year: nothing else is reworded.
      expect(full.startsWith(short)).toBe(true);
      expect(cliff.withoutYear.simpleExplanation[lang]).not.toMatch(/Sur un an|Over a year/);
      expect(cliff.simpleExplanation[lang]).toMatch(/Sur un an|Over a year/);
    }
    // Which to say, decided once by the library for every surface.
    expect(trapWordsBeside(cliff, at25.moneyPerMonth.sinceExit)).toBe(cliff.withoutYear);
    expect(trapWordsBeside(cliff, null)).toBe(cliff);
    expect(trapWordsBeside(cliff, { hoursBefore: 20 })).toBe(cliff);
  });

  it('at the last hours before the cliff, the next hour says the year and the cliff does not', () => {
    const at = run(soloAt(22.5));
    const { cliff, swept } = cliffOfSolo(at);
    const next = nextHour(swept, 22.5)!;
    // Review, December 2026: « … environ 2 650 $ de moins à 23 h qu’à 22,5 h » beside « Une heure
    // de plus … environ 2 420 $ de moins »: two year figures for one question on one card.
    expect(cliff.fromHours).toBe(22.5);
    expect(next.saysYear).toBe(true);
    expect(norm(next.explanation.fr)).toMatch(/Sur un an.*environ 2 420 \$ de moins/);
    expect(trapWordsBeside(cliff, at.moneyPerMonth.sinceExit, next)).toBe(cliff.withoutYear);
    // Elsewhere (another hour, or a next hour without its year) the cliff keeps its year.
    // At 22 h one more hour crosses 22,5 h too: the next hour's year is the card's (review).
    expect(trapWordsBeside(cliff, null, nextHour(swept, 22))).toBe(cliff.withoutYear);
    expect(trapWordsBeside(cliff, null, nextHour(swept, 20))).toBe(cliff);
    expect(trapWordsBeside(cliff, null, nextHour(swept, 23))).toBe(cliff);
    expect(trapWordsBeside(cliff, null, { ...next, saysYear: false })).toBe(cliff);
  });
});

describe('the answer bar in plain words', () => {
  it('past the exit: the month lost and the cheque in short sentences, no year', () => {
    const m = marc(25).moneyPerMonth;
    expect(norm(m.simpleBarHeadline.fr)).toBe(
      'Salaire 25 h : 347 $ de plus par mois. Mais c’est 187 $ de moins qu’à 22,5 h : votre chèque s’arrête.',
    );
    expect(norm(m.simpleBarHeadline.en)).toBe(
      'Wage 25 hours: $347 more a month. But that is $187 less than at 22.5 hours: your cheque stops.',
    );
    // Before the exit, the same as the standard bar.
    expect(marc(10).moneyPerMonth.simpleBarHeadline).toEqual(marc(10).moneyPerMonth.barHeadline);
  });
});
