/**
 * A cliff or the next hour is said over the month and over the year, spring included: the spring
 * return can win back part or all of a monthly loss (issue « One story on every page »).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCliffs, nextHour, sweep, type SimulationInput, type Sweep } from '../src/index.js';

const marc = (options: SimulationInput['options'] = {}): Sweep => {
  const s = sweep(
    {
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
      options,
    },
    { hoursPerWeek: { from: 0, to: 40, step: 0.5 }, activity: 'wage' },
  );
  if (!s.ok) throw new Error(s.error.message.en);
  return s.value;
};
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const at = (s: Sweep, h: number) => s.points.find((p) => p.hoursPerWeek === h)!;

describe('the year beside the month', () => {
  it('Marc’s cliff at the exit: 306 $ less a month, about 2 650 $ less over the year', () => {
    const s = marc();
    const [cliff] = findCliffs(s, { exitHoursPerWeek: 22.6 });
    // Working: (2 123,24 − 2 344,06) × 12 = −2 649,84 (tax year's disposable income ÷ 12, at 23 h
    // and 22,5 h); said to the ten dollars.
    expect(cliff!.yearChange).toBe(
      Math.round(
        (at(s, 23).disposableIncomeAfterTaxes - at(s, 22.5).disposableIncomeAfterTaxes) * 1200,
      ) / 100,
    );
    expect(norm(cliff!.explanation.fr)).toContain(
      'Sur un an, en comptant ce qui arrive au printemps, environ 2 650 $ de moins à 23 h qu’à 22,5 h.',
    );
    expect(norm(cliff!.explanation.en)).toContain(
      'Over a year, counting what comes in spring, about $2,650 less at 23 hours than at 22.5 hours.',
    );
    expect(norm(cliff!.simpleExplanation.fr)).toContain(
      'Sur un an, avec l’argent du printemps : environ 2 650 $ de moins à 23 h qu’à 22,5 h.',
    );
  });

  it('with the work premium supplement (36 of 42 months), the year loses far less than the month', () => {
    const s = marc({ longTermRecipient: true });
    const [cliff] = findCliffs(s, { exitHoursPerWeek: 22.6 });
    expect(cliff!.lossPerMonth).toBeGreaterThan(300);
    expect(Math.abs(cliff!.yearChange)).toBeLessThan(300);
    const next = nextHour(s, 22.5)!;
    expect(norm(next.explanation.fr)).toBe(
      'Une heure de plus par semaine vous ferait perdre 276 $ par mois. Sur un an, en comptant ce qui arrive au printemps : environ 15 $ de moins.',
    );
  });

  it('the year is read where the cheque has stopped, not at a month with a few cents of aid', () => {
    // Single parent on aide sociale, 2 children, 36 of 42 months (review, December): at 18 h
    // 0,71 $ of aid remains and no supplement yet; at 18,5 h the cheque has stopped and the year
    // is better than at 17,5 h. Said as a gain, at 18,5 h.
    const s = sweep(
      {
        period: { year: 2026, month: 6 },
        household: {
          adults: [
            { age: 34, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 10 } } },
          ],
          children: [{ age: 4 }, { age: 8 }],
        },
        options: { longTermRecipient: true },
      },
      { hoursPerWeek: { from: 0, to: 40, step: 0.5 }, activity: 'wage' },
    );
    if (!s.ok) throw new Error(s.error.message.en);
    // The exit point as the pages pass it (simulate's), 18,1 h.
    const cliff = findCliffs(s.value, { exitHoursPerWeek: 18.1 }).find(
      (t) => t.kind === 'cliff' && t.exitHours !== null,
    )!;
    const off = s.value.points.find((p) => p.hoursPerWeek > cliff.fromHours && !p.onAssistance)!;
    expect(cliff.yearChange).toBeCloseTo(
      (off.disposableIncomeAfterTaxes - at(s.value, cliff.fromHours).disposableIncomeAfterTaxes) *
        12,
      1,
    );
    expect(cliff.yearChange).toBeGreaterThan(0);
    expect(norm(cliff.explanation.fr)).toMatch(/environ [\d ]+ \$ de plus à [\d,]+ h qu’à/);
  });

  it('the next hour: the year is said when it disagrees with the month or the month moves by 50 $ or more', () => {
    const s = marc();
    for (let h = 0; h <= 39; h += 0.5) {
      const next = nextHour(s, h)!;
      const month = Math.round(next.changePerMonth);
      const year = Math.round(next.changePerYear);
      const said = next.explanation.fr.includes('Sur un an');
      expect(said, `${h} h`).toBe(
        Math.sign(month) !== Math.sign(year) || Math.abs(next.changePerMonth) >= 50,
      );
      expect(next.simpleExplanation.fr.includes('Sur un an'), `${h} h`).toBe(said);
      expect(next.explanation.en.includes('Over a year'), `${h} h`).toBe(said);
    }
  });

  it('any household: the sentence states the year change with its sign', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('socialAssistance', 'socialSolidarity'),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (program, longTerm, children) => {
          const s = sweep(
            {
              period: { year: 2026, month: 6 },
              household: {
                adults: [{ age: 40, program, activity: { wage: { hoursPerWeek: 0 } } }],
                children: Array.from({ length: children }, () => ({ age: 6 })),
              },
              options: { longTermRecipient: longTerm },
            } as SimulationInput,
            { hoursPerWeek: { from: 0, to: 40, step: 0.5 }, activity: 'wage' },
          );
          if (!s.ok) return;
          for (const t of findCliffs(s.value)) {
            if (t.kind !== 'cliff') continue;
            const text = norm(t.explanation.fr);
            if (Math.abs(t.yearChange) < 0.5) expect(text).toContain('pas de différence');
            else
              expect(text).toMatch(
                t.yearChange > 0 ? /environ [\d ]+ \$ de plus à/ : /environ [\d ]+ \$ de moins à/,
              );
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
