/**
 * Months toward the Programme de revenu de base (66 of the last 72, ADEL sujet 168216): a month
 * counts with a solidarity benefit or with the ASM-2 booklet kept after leaving for work, so the
 * count goes on after leaving while the booklet lasts (48 months), on the booklet's condition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, validate, type SimulationInput } from '../src/index.js';
import { monthsAfter } from '../src/i18n/months.js';

const at = (
  program: string,
  hours: number,
  months: number | undefined,
  period = { year: 2026, month: 12 },
): SimulationInput =>
  ({
    period,
    household: { adults: [{ age: 40, program, activity: { wage: { hoursPerWeek: hours } } }] },
    ...(months === undefined ? {} : { options: { monthsTowardBasicIncome: months } }),
  }) as SimulationInput;

const count = (input: SimulationInput) => {
  const r = simulate(input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.towardBasicIncome;
};

describe('months toward the revenu de base', () => {
  it('counts on while the solidarity benefit is paid, and dates the 66th month', () => {
    const c = count(at('socialSolidarity', 10, 40))!;
    expect(c.course).toBe('onSolidarity');
    expect(c.monthsLeft).toBe(26);
    expect(c.reachedIn).toEqual({ year: 2029, month: 1 });
    expect(c.sentence.fr).toContain('vous avez 40 des 66 mois de solidarité sociale');
    expect(c.sentence.fr).toContain(
      'vous auriez vos 66 mois en janvier 2029, si vos mois se suivent (sinon, le compte du ministère décide).',
    );
    expect(c.sentence.en).toContain('you would reach 66 months in January 2029, if your months');
    expect(c.source.url).toBe('https://mani.mess.gouv.qc.ca/?sujet=168216');
  });

  it('counts on after leaving for work only with the booklet, and says its condition', () => {
    const c = count(at('socialSolidarity', 30, 40))!;
    expect(c.course).toBe('whileBookletHeld');
    expect(c.sentence.fr).toContain(
      'si vous déclarez votre emploi au ministère au plus tard le 31 janvier 2027',
    );
    expect(c.sentence.en).toContain('if you declare your job to the ministry by January 31, 2027');
    expect(c.simpleSentence.fr).toContain('tant que vous gardez votre carnet');
    expect(c.simpleSentence.fr).toContain('au plus tard le 31 janvier 2027');
  });

  it('says when the booklet ends before the 66th month, and where the count stops', () => {
    const c = count(at('socialSolidarity', 30, 10))!;
    expect(c.reachedIn).toBeNull();
    // December 2026 is still paid on November's income (a solidarity month), then 48 months of
    // booklet, December 2026 + 49 = January 2031 the first month without it: 10 + 49 = 59.
    expect(c.stopsIn).toEqual({ year: 2031, month: 1 });
    expect(c.monthsAtStop).toBe(59);
    expect(c.sentence.fr).toContain('Le carnet se terminerait en janvier 2031, à 59 mois sur 66');
  });

  it('asks for the months when they are not given, and never invents a date', () => {
    const c = count(at('socialSolidarity', 10, undefined))!;
    expect(c.monthsCounted).toBeNull();
    expect(c.reachedIn).toBeNull();
    expect(c.sentence.fr).toContain('Indiquez vos mois de solidarité sociale');
  });

  it('is not said for a household without an adult on solidarité sociale', () => {
    expect(count(at('socialAssistance', 10, 40))).toBeNull();
    expect(count(at('basicIncome', 10, 40))).toBeNull();
  });

  it('refuses a count outside 0–72, naming the field', () => {
    for (const months of [-1, 73, 2.5]) {
      const r = validate(at('socialSolidarity', 10, months));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(JSON.stringify(r.error)).toContain('monthsTowardBasicIncome');
    }
  });

  it('reaches the 66th month exactly `monthsLeft - 1` months after the simulated one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 65 }),
        fc.integer({ min: 2025, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        (months, year, month) => {
          const c = count(at('socialSolidarity', 5, months, { year, month }))!;
          expect(c.course).toBe('onSolidarity');
          const reached = c.reachedIn!;
          const gap = (reached.year - year) * 12 + (reached.month - month);
          expect(gap).toBe(66 - months - 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reaches the 66th month with the booklet when 49 months are enough (the job’s first month and 48 of booklet)', () => {
    const c = count(at('socialSolidarity', 30, 17))!;
    expect(c.reachedIn).toEqual({ year: 2030, month: 12 });
    expect(c.stopsIn).toBeNull();
    expect(count(at('socialSolidarity', 30, 16))!.monthsAtStop).toBe(65);
  });

  it('at 66 months or more, says they are reached and to ask the ministry, with no date', () => {
    for (const months of [66, 72]) {
      const c = count(at('socialSolidarity', 10, months))!;
      expect(c.monthsLeft).toBe(0);
      expect(c.reachedIn).toBeNull();
      expect(c.sentence.fr).toBe(
        'Revenu de base : vous avez déjà les 66 mois de solidarité sociale qu’il faut (au cours des 72 derniers mois) : vérifiez avec le ministère la date de votre admission ; les montants ici sont ceux de la solidarité sociale.',
      );
      expect(c.briefSentence!.en).toBe(
        'Basic income: you already have your 66 months; check with the ministry when you are admitted.',
      );
    }
  });

  it('says « aucun » rather than « 0 des 66 mois »', () => {
    const c = count(at('socialSolidarity', 10, 0))!;
    expect(c.sentence.fr).toContain('vous n’avez encore aucun des 66 mois de solidarité sociale');
    expect(c.sentence.en).toContain('you have none of the 66 months');
  });

  it('adds months across years', () => {
    expect(monthsAfter({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(monthsAfter({ year: 2026, month: 1 }, 0)).toEqual({ year: 2026, month: 1 });
    expect(monthsAfter({ year: 2026, month: 6 }, 47)).toEqual({ year: 2030, month: 5 });
  });
});

describe('the count in one line, for the handout', () => {
  it('is given only with the months, and says the 66th month', () => {
    expect(count(at('socialSolidarity', 30, undefined))!.briefSentence).toBeNull();
    const c = count(at('socialSolidarity', 30, 40))!;
    expect(c.briefSentence!.fr).toBe(
      'Revenu de base : 40 des 66 mois comptés, le 66e en janvier 2029 (les mois avec le carnet comptent aussi).',
    );
    expect(count(at('socialSolidarity', 30, 10))!.briefSentence!.en).toBe(
      'Basic income: 10 of 66 months counted; the claim booklet would end in January 2031, at 59 months: after that your months would no longer count.',
    );
  });
});
