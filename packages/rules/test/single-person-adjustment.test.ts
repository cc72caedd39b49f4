/**
 * The single-person adjustment (ajustement pour personne seule), RAPF s. 67.3 and ADEL
 * ?sujet=42428: 50 $ a month added to the basic benefit of an adult without a spouse or child on
 * the Programme d'aide sociale, without the temporary-constraints allowance, on assistance for at
 * least 6 consecutive months, not in subsidized housing.
 */
import { describe, expect, it } from 'vitest';
import type { SimulationInput } from '../src/index.js';
import { ok } from './helpers.js';

const base = (adult: object, household: object = {}, options: object = {}): SimulationInput =>
  ({
    period: { year: 2025, month: 6 },
    household: { adults: [{ age: 40, program: 'socialAssistance', ...adult }], ...household },
    options,
  }) as SimulationInput;

describe('ajustement pour personne seule (RAPF s. 67.3)', () => {
  it('a single adult on aide sociale for 6 months or more: 784 + 45 + 50 = 879 $ before income (2025)', () => {
    for (const options of [{}, { monthsOnAssistance: 6 }, { monthsOnAssistance: 120 }]) {
      const r = ok(base({}, {}, options));
      expect(r.monthly.benefitBeforeIncome, JSON.stringify(options)).toBe(879);
      expect(r.unverifiedParameters.map((p) => p.id)).toContain(
        'lastResort.socialAssistance.singlePersonAdjustment',
      );
    }
  });
  it('none before 6 months, in subsidized housing, with temporary constraints, a child, a spouse, or on solidarité sociale', () => {
    expect(ok(base({}, {}, { monthsOnAssistance: 5 })).monthly.benefitBeforeIncome).toBe(829);
    expect(ok(base({}, {}, { subsidizedHousing: true })).monthly.benefitBeforeIncome).toBe(829);
    // 784 + 45 + 165 (temporary constraints, 2025).
    const constrained = ok(base({ temporaryConstraints: true }));
    expect(
      constrained.lines.some((l) =>
        l.explanation.parameters.some((p) => p.id.endsWith('singlePersonAdjustment')),
      ),
    ).toBe(false);
    const parent = ok(base({}, { children: [{ age: 8 }] }));
    expect(parent.notices.map((n) => n.code)).not.toContain('singlePersonAdjustment');
    const couple = ok({
      period: { year: 2025, month: 6 },
      household: {
        adults: [
          { age: 40, program: 'socialAssistance' },
          { age: 40, program: 'socialAssistance' },
        ],
      },
    } as SimulationInput);
    expect(couple.notices.map((n) => n.code)).not.toContain('singlePersonAdjustment');
    const solidarity = ok({
      period: { year: 2025, month: 6 },
      household: { adults: [{ age: 40, program: 'socialSolidarity' }] },
    } as SimulationInput);
    expect(solidarity.notices.map((n) => n.code)).not.toContain('singlePersonAdjustment');
  });
  it('moves the point where assistance stops by 50 $ of net earnings', () => {
    const w = { activity: { wage: { hoursPerWeek: 10 } } };
    const withIt = ok(base(w)).exit.grossMonthlyWageAtExit!;
    const without = ok(base(w, {}, { monthsOnAssistance: 2 })).exit.grossMonthlyWageAtExit!;
    expect(withIt).toBeGreaterThan(without);
  });
});
