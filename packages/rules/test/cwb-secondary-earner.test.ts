/**
 * The CWB's secondary earner exemption (ITA s. 122.7(1), adopted in Québec's configuration): when
 * both spouses work, up to 16 386 $ (2025) of the lower earner's working income is left out of the
 * adjusted net income that phases the benefit out. December's audit: a couple at 12 000 $ + 12 000 $
 * in 2025 was short about 408 $ a year.
 */
import { describe, expect, it } from 'vitest';
import { applyReform, simulate, type SimulationInput } from '../src/index.js';

// 1 000 $ a month each: 10 h × 22,998 $ × 4,34821 weeks.
const wage = { hoursPerWeek: 10, hourlyWage: 22.998 };
const couple = (second: { hoursPerWeek: number; hourlyWage?: number } = wage): SimulationInput => ({
  period: { year: 2025, month: 6 },
  household: {
    adults: [
      { age: 40, program: 'none', activity: { wage } },
      { age: 40, program: 'none', activity: { wage: second } },
    ],
  },
});

function cwb(input: SimulationInput, exemption?: string): number {
  const parameters = exemption
    ? applyReform({
        name: 'sans exemption',
        overrides: [
          {
            parameter: 'credits.cwb.quebec.secondaryEarnerExemption',
            from: '2025-01-01',
            value: exemption,
          },
        ],
      })
    : null;
  if (parameters && !parameters.ok) throw new Error(parameters.error.message.en);
  const r = simulate(input, parameters ? { parameters: parameters.value } : {});
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.taxYear.canadaWorkersBenefit;
}

describe('CWB: secondary earner exemption', () => {
  it('a couple at 12 000 $ + 12 000 $ in 2025 gets the full CWB: about 408 $ more than without the exemption', () => {
    const withIt = cwb(couple());
    const without = cwb(couple(), '0');
    expect(withIt).toBe(5943.38);
    // Without it: 20 % × (24 000 − 2 × 85 enhanced QPP (1 % × (12 000 − 3 500)) − 21 787,19) = 408,56.
    expect(Math.round((withIt - without) * 100) / 100).toBe(408.56);
  });
  it('applies only when both spouses work, and to at most the lower earning', () => {
    // One earner: nothing to exempt, same figure whatever the exemption.
    const one = couple({ hoursPerWeek: 0 });
    expect(cwb(one)).toBe(cwb(one, '0'));
    // A lower earning smaller than the exemption is exempted whole, not more.
    const small = couple({ hoursPerWeek: 2, hourlyWage: 20 });
    expect(cwb(small, '100000')).toBe(cwb(small));
  });
});
