/**
 * « Dont … de prestations pour enfants » is part of the money per month it sits under: the Canada
 * child benefit at the month's payment period (as the money per month counts it), not the tax
 * year's (independent review, December 2026: 1 036 $ said under a total holding 1 022,42 $).
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput } from '../src/index.js';

const parent = (month: number): SimulationInput => ({
  period: { year: 2026, month },
  household: {
    adults: [{ age: 30, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 15 } } }],
    children: [{ age: 4 }],
  },
});

function result(i: SimulationInput) {
  const r = simulate(i);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('the child benefits inside the money per month', () => {
  it('June 2026: the CCB of July 2025 to June 2026 and the Allocation famille, a month', () => {
    const r = result(parent(6));
    const line = (fr: string) => r.lines.find((l) => l.label.fr.startsWith(fr))!.monthly;
    // The detail's own lines for the month: 666,42 $ of CCB (July 2025 rates), 356,00 $ of AF.
    expect(line('Allocation canadienne pour enfants')).toBe(666.42);
    expect(line('Allocation famille')).toBe(356);
    expect(r.moneyPerMonth.childBenefits).toBe(1022.42);
    // The tax year's CCB would say more (the July 2026 rates for half the year): not this figure.
    expect((r.taxYear.canadaChildBenefit + r.taxYear.familyAllowance) / 12).toBeGreaterThan(
      1022.42,
    );
  });

  it('from July the period is the tax year’s second half: the same rule, and nothing without children', () => {
    const july = result(parent(7));
    expect(july.moneyPerMonth.childBenefits).toBeGreaterThan(0);
    expect(july.moneyPerMonth.childBenefits).toBeLessThan(july.moneyPerMonth.amount);
    const alone = result({ ...parent(6), household: { ...parent(6).household, children: [] } });
    expect(alone.moneyPerMonth.childBenefits).toBe(0);
  });
});
