/** Hours a week in words: « 1 hour », « 0.5 hours », « 22,5 h », the same on every line. */
import { describe, expect, it } from 'vitest';
import { simulate, spokenHours } from '../src/index.js';

describe('hours said in words', () => {
  it('English says « 1 hour » and « hours » otherwise; French « h »', () => {
    expect(spokenHours('en', 1)).toBe('1 hour');
    expect(spokenHours('en', 0.5)).toBe('0.5 hours');
    expect(spokenHours('en', 22.5)).toBe('22.5 hours');
    expect(spokenHours('fr', 1)).toBe('1 h');
    expect(spokenHours('fr', 22.5)).toBe('22,5 h');
  });

  it('the headline, the answer bar and the earnings line at 1 h a week (review, December 2026)', () => {
    const r = simulate({
      period: { year: 2026, month: 6 },
      household: {
        adults: [{ age: 40, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 1 } } }],
      },
    });
    if (!r.ok) throw new Error(r.error.message.en);
    const m = r.value.moneyPerMonth;
    expect(m.headline.en).toMatch(/^With 1 hour a week at the minimum wage: /);
    expect(m.barHeadline.en).toMatch(/^Wage 1 hour: /);
    expect(m.headline.fr).toMatch(/^Avec 1 h par semaine au salaire minimum : /);
    const earnings = r.value.lines.find((l) => l.explanation.text.en.includes('a week ×'))!;
    expect(earnings.explanation.text.en).toMatch(/^1 hour a week × /);
    expect(JSON.stringify(r.value)).not.toMatch(/\b1 hours\b/);
  });
});
