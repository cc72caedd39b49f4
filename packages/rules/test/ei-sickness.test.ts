/**
 * If the person falls sick after working: EI sickness benefits from the hours worked (Service
 * Canada: 600 insured hours in the qualifying period; 55 % of weekly insurable earnings up to
 * 55 % of the maximum insurable earnings ÷ 52; up to 26 weeks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput, type SimulationResult } from '../src/index.js';

const wageAt = (
  hoursPerWeek: number,
  hourlyWage?: number,
  year = 2026,
  program: 'socialSolidarity' | 'socialAssistance' | 'none' = 'socialSolidarity',
): SimulationInput => ({
  period: { year, month: 6 },
  household: {
    adults: [
      {
        age: 40,
        program,
        activity: { wage: { hoursPerWeek, ...(hourlyWage ? { hourlyWage } : {}) } },
      },
    ],
  },
});
const run = (input: SimulationInput): SimulationResult => {
  const r = simulate(input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('EI sickness cover, said from the hours worked', () => {
  it('20 h at the minimum wage (16,60 $, June 2026): 30 weeks to 600 hours, 182,60 $ a week', () => {
    const s = run(wageAt(20)).sicknessCover!;
    // Working: 600 h ÷ 20 h = 30 weeks; 20 × 16,60 $ × 55 % = 182,60 $.
    expect(s).toMatchObject({
      qualifyingHours: 600,
      weeksToQualify: 30,
      weeklyBenefit: 182.6,
      atMaximum: false,
      maximumWeeks: 26,
    });
    expect(norm(s.sentence.fr)).toBe(
      'Si vous tombez malade : après 30 semaines de travail à 20 h par semaine (600 heures assurables), l’assurance-emploi peut vous verser environ 183 $ par semaine avant impôt (55 % de votre salaire), pendant 26 semaines au plus, avec un certificat médical.',
    );
    expect(s.simpleSentence.en).toBe(
      'If you fall sick after 30 weeks of work, Employment Insurance can pay you about $183 a week, for up to 26 weeks. You need a note from your doctor.',
    );
  });

  it('10 h a week never reaches 600 hours in 52 weeks (60 would be needed), and says so', () => {
    const s = run(wageAt(10)).sicknessCover!;
    expect(s.weeksToQualify).toBeNull();
    expect(norm(s.sentence.fr)).toContain('vous n’auriez pas en 52 semaines les 600 heures');
    expect(s.sentence.en).toContain('you would not have in 52 weeks the 600 insured hours');
  });

  it('a high wage is paid the weekly maximum: 55 % × 68 900 $ ÷ 52 = 728,75 $ in 2026, 694,90 $ in 2025', () => {
    const y2026 = run(wageAt(40, 45)).sicknessCover!;
    expect(y2026).toMatchObject({ weeksToQualify: 15, weeklyBenefit: 728.75, atMaximum: true });
    expect(y2026.sentence.en).toContain('about $729 a week before tax (the maximum amount)');
    // 2025: 55 % × 65 700 $ ÷ 52 = 694,9038… → 694,90 $.
    expect(run(wageAt(40, 45, 2025)).sicknessCover!.weeklyBenefit).toBe(694.9);
  });

  it('is said off assistance too, and not without a wage', () => {
    expect(run(wageAt(30, undefined, 2026, 'none')).sicknessCover?.weeksToQualify).toBe(20);
    const noWage = run({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          {
            age: 40,
            program: 'socialSolidarity',
            activity: { allowance: { hoursPerWeek: 20, amountPerHour: 3 } },
          },
        ],
      },
    });
    // An allowance is not insurable employment.
    expect(noWage.sicknessCover).toBeNull();
    expect(run(wageAt(0)).sicknessCover).toBeNull();
  });

  it('property: the weeks are the fewest that reach 600 hours, and the amount never passes the maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }).map((h) => h / 2),
        fc.integer({ min: 1660, max: 10000 }).map((c) => c / 100),
        (hours, wage) => {
          const s = run(wageAt(hours, wage)).sicknessCover!;
          const weeks = Math.ceil(600 / hours);
          expect(s.weeksToQualify).toBe(weeks <= 52 ? weeks : null);
          if (s.weeksToQualify !== null) {
            expect(s.weeksToQualify * hours).toBeGreaterThanOrEqual(600);
            expect((s.weeksToQualify - 1) * hours).toBeLessThan(600);
          }
          expect(s.weeklyBenefit).toBeLessThanOrEqual(728.75);
          // Rounded to the cent: within half a cent of the exact amount (a tie rounds either way).
          const exact = Math.min(hours * wage * 0.55, 728.75);
          expect(Math.abs(s.weeklyBenefit - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
