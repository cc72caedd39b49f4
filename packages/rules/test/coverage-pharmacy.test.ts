/**
 * « Pas de prime » is not « gratuit »: once the claim booklet is gone, the coverage sentence says
 * what the public plan costs at the pharmacy (RAMQ deductible, coinsurance, monthly maximum).
 */
import { describe, expect, it } from 'vitest';
import { defaultParameters, simulate, type SimulationInput } from '../src/index.js';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const run = (input: SimulationInput) => {
  const r = simulate(input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

describe('the coverage sentence at the pharmacy', () => {
  it('with no premium (no assistance, low income), it still says the deductible and coinsurance', () => {
    const r = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [{ age: 34, program: 'none', activity: { wage: { hoursPerWeek: 10 } } }],
      },
    });
    expect(r.coverage.drugPremiumPerMonthWithoutBooklet).toBe(0);
    expect(norm(r.coverage.sentence.fr)).toContain(
      'ne vous coûterait pas de prime à ce revenu, mais en pharmacie, vous payez les premiers 22 $ de vos médicaments chaque mois, puis 30 % du reste, au plus 102,64 $ par mois (tarifs revus chaque 1er juillet), sauf si vous avez une assurance collective au travail.',
    );
    expect(norm(r.coverage.sentence.en)).toContain(
      'at the pharmacy, you pay the first $22 of your drugs each month, then 30% of the rest, at most $102.64 a month (rates revised each July 1), unless you have a group plan at work.',
    );
    expect(norm(r.coverage.simpleSentence.fr)).toContain(
      'À la pharmacie, vous payez une partie de vos médicaments : jusqu’à 103 $ par mois.',
    );
  });

  it('the figures are the parameters in force that month (July 2024 rates before July 2025)', () => {
    const at = (date: string, id: string) => defaultParameters.at(id, date).value.toNumber();
    const r = run({
      period: { year: 2025, month: 3 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 30 } } },
        ],
      },
    });
    const date = '2025-03-01';
    expect(at(date, 'credits.ramq.pharmacy.coinsurance')).toBe(0.32);
    expect(norm(r.coverage.sentence.fr)).toContain(
      `puis 32 % du reste, au plus ${String(at(date, 'credits.ramq.pharmacy.maximumMonthlyContribution')).replace('.', ',')} $ par mois`,
    );
    // Read from a secondary source: counted among the figures to confirm.
    expect(r.unverifiedParameters.some((p) => p.id === 'credits.ramq.pharmacy.coinsurance')).toBe(
      true,
    );
  });

  it('with a group plan at work, neither « no premium » nor the public plan’s pharmacy rates', () => {
    const r = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 40 } } },
        ],
      },
      options: { groupInsurance: true },
    });
    expect(r.coverage.sentence.fr).toContain('relèvent de votre assurance collective au travail');
    expect(r.coverage.sentence.fr).not.toContain('pas de prime');
    expect(r.coverage.sentence.fr).not.toContain('102,64');
    expect(r.coverage.simpleSentence.fr).not.toContain('Vous ne payez pas de prime');
  });

  it('with a premium, one sentence: the premium, the pharmacy, then the group-plan exception', () => {
    const r = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 35 } } },
        ],
      },
    });
    expect(r.coverage.drugPremiumPerMonthWithoutBooklet).toBeGreaterThan(0);
    const said = norm(r.coverage.sentence.fr);
    expect(said).not.toContain(') (');
    expect(said).toMatch(
      /au plus 102,64 \$ par mois \(tarifs revus chaque 1er juillet\), sauf si vous avez une assurance collective au travail\.$/,
    );
  });

  it('while the booklet is held, nothing is said of the pharmacy', () => {
    const r = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
    });
    expect(r.coverage.claimBooklet.status).toBe('held');
    expect(r.coverage.sentence.fr).not.toContain('pharmacie');
    expect(r.unverifiedParameters.some((p) => p.id.startsWith('credits.ramq.pharmacy'))).toBe(
      false,
    );
  });
});
