/**
 * Couples: the spouse amount (federal) and the transfer of unused credits (Québec, line 431) can
 * only lower a couple's taxes, never below zero, and do nothing for a single adult.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimulationInput } from '../src/index.js';
import { ok } from './helpers.js';

const programs = ['none', 'socialAssistance', 'socialSolidarity'] as const;
const adult = fc.record({
  age: fc.integer({ min: 25, max: 60 }),
  program: fc.constantFrom(...programs),
  activity: fc.oneof(
    fc.constant({}),
    fc.record({
      wage: fc.record({
        hoursPerWeek: fc.integer({ min: 1, max: 45 }),
        hourlyWage: fc.integer({ min: 1610, max: 4500 }).map((c) => c / 100),
      }),
    }),
  ),
});

describe('spouse amount and transfer of unused credits', () => {
  it("a couple's taxes and transfers are never negative", () => {
    fc.assert(
      fc.property(adult, adult, fc.constantFrom(2025, 2026), (a, b, year) => {
        const couple: SimulationInput = {
          period: { year, month: 6 },
          household: {
            adults: [
              a,
              {
                ...b,
                program:
                  a.program === 'none'
                    ? 'none'
                    : b.program === 'none'
                      ? 'socialAssistance'
                      : b.program,
              },
            ],
          },
        };
        const r = ok(couple).taxYear;
        expect(r.federalIncomeTax).toBeGreaterThanOrEqual(0);
        expect(r.quebecIncomeTax).toBeGreaterThanOrEqual(0);
        for (const l of ok(couple).lines.filter((x) => x.id.startsWith('tax.quebec'))) {
          const transfer = Number(l.explanation.inputs['transferFromSpouse'] ?? 0);
          expect(transfer).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('a one-earner couple pays less tax than the same earner alone; a spouse with income, more than with none', () => {
    const earner = {
      age: 40,
      program: 'none' as const,
      activity: { wage: { hoursPerWeek: 40, hourlyWage: 22 } },
    };
    const alone = ok({ period: { year: 2026, month: 6 }, household: { adults: [earner] } }).taxYear;
    const none = ok({
      period: { year: 2026, month: 6 },
      household: { adults: [earner, { age: 38, program: 'none' }] },
    }).taxYear;
    expect(none.federalIncomeTax).toBeLessThan(alone.federalIncomeTax);
    expect(none.quebecIncomeTax).toBeLessThan(alone.quebecIncomeTax);
    // 14 % × 16 452 = 2 303,28 less, less the 16,5 % abatement: 1 923,24 $.
    expect(Math.round((alone.federalIncomeTax - none.federalIncomeTax) * 100) / 100).toBe(1923.24);
    const earning = ok({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          earner,
          { age: 38, program: 'none', activity: { wage: { hoursPerWeek: 10, hourlyWage: 17 } } },
        ],
      },
    }).taxYear;
    expect(earning.federalIncomeTax).toBeGreaterThan(none.federalIncomeTax);
  });
  it('with a spouse without income, the earner’s Québec tax is 14 % of taxable income less two basic credits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 40 }),
        fc.integer({ min: 1700, max: 2600 }),
        (hours, cents) => {
          const r = ok({
            period: { year: 2026, month: 6 },
            household: {
              adults: [
                {
                  age: 40,
                  program: 'none',
                  activity: { wage: { hoursPerWeek: hours, hourlyWage: cents / 100 } },
                },
                { age: 38, program: 'none' },
              ],
            },
          });
          const earner = r.lines.find((l) => l.id === 'tax.quebec.0' || l.id === 'tax.quebec')!;
          const taxable = Number(earner.explanation.inputs['taxableIncome']);
          expect(taxable).toBeLessThan(54_345); // the first bracket (14 %) in 2026
          // 14 % × 18 952 = 2 653,28 for each spouse (TP-1 line 431 moves the second one over).
          const expected = Math.max(0, Math.round((taxable * 0.14 - 2 * 2653.28) * 100) / 100);
          expect(Math.abs(r.taxYear.quebecIncomeTax - expected)).toBeLessThanOrEqual(0.01);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('both lines say the transfer: the spouse who gives and the spouse who deducts', () => {
    const r = ok({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 40, program: 'none', activity: { wage: { hoursPerWeek: 40, hourlyWage: 22 } } },
          { age: 38, program: 'none' },
        ],
      },
    });
    const [earner, spouse] = r.lines.filter((l) => l.id === 'tax.quebec');
    const spaced = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaced(earner!.explanation.text.fr)).toContain(
      'crédits inutilisés du conjoint transférés 2 653,28 $',
    );
    expect(spaced(spouse!.explanation.text.fr)).toContain(
      'crédits inutilisés transférés à votre conjoint (ligne 431) 2 653,28 $',
    );
    // No assistance, no « l'aide sociale est incluse… » in the federal sentence.
    const federal = r.lines.find((l) => l.id === 'tax.federal')!;
    expect(federal.explanation.text.fr).not.toContain('aide sociale');
    expect(federal.explanation.text.fr).toContain('montant pour époux ou conjoint de fait');
  });
});
