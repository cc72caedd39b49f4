/**
 * The whole library on FastDecimal against the whole library on decimal.js: for random households,
 * `simulate` (figures and every explanation's text), `sweep`, `timeline` and the figures simulator
 * give the same output to the character. The second copy of the library is loaded with
 * PASSERELLE_DECIMAL_LIGHT set (what the one-file builds set), so that its `Dec` is decimal.js.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as fast from '../src/index.js';
import { FastDecimal } from '../src/fast-decimal.js';

const flag = globalThis as { PASSERELLE_DECIMAL_LIGHT?: boolean };
flag.PASSERELLE_DECIMAL_LIGHT = true;
vi.resetModules();
const plain = await import('../src/index.js');
const plainMoney = await import('../src/money.js');
delete flag.PASSERELLE_DECIMAL_LIGHT;

const wage = fc.record(
  {
    hoursPerWeek: fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
    hourlyWage: fc.integer({ min: 100, max: 50000 }).map((c) => c / 100),
  },
  { requiredKeys: ['hoursPerWeek'] },
);
const allowance = fc.oneof(
  fc.record({
    hoursPerWeek: fc.integer({ min: 0, max: 300 }).map((t) => t / 10),
    amountPerHour: fc.integer({ min: 0, max: 2000 }).map((c) => c / 100),
  }),
  fc.record({
    hoursPerWeek: fc.integer({ min: 0, max: 300 }).map((t) => t / 10),
    amountPerMonth: fc.integer({ min: 0, max: 300000 }).map((c) => c / 100),
  }),
);
const activity = fc.record({ wage, allowance }, { requiredKeys: [] });
const adult = (program: fc.Arbitrary<string>) =>
  fc.record({
    age: fc.integer({ min: 18, max: 110 }),
    program,
    activity,
    disabilityTaxCredit: fc.boolean(),
  });
const lastResort = fc.constantFrom('socialAssistance', 'socialSolidarity');
const input = fc.record({
  period: fc.record({ year: fc.constantFrom(2025, 2026), month: fc.integer({ min: 1, max: 12 }) }),
  household: fc.record({
    adults: fc.oneof(
      fc.tuple(
        adult(fc.constantFrom('socialAssistance', 'socialSolidarity', 'basicIncome', 'none')),
      ),
      fc.tuple(adult(lastResort), adult(lastResort)),
      fc.tuple(adult(fc.constant('none')), adult(fc.constant('none'))),
    ),
    children: fc.array(
      fc.record(
        { age: fc.integer({ min: 0, max: 25 }), disability: fc.boolean() },
        { requiredKeys: ['age'] },
      ),
      { maxLength: 3 },
    ),
  }),
  options: fc.record(
    {
      allowanceTreatment: fc.constantFrom(...fast.allowanceTreatments),
      allowanceExclusionCap: fc.integer({ min: 0, max: 50000 }).map((c) => c / 100),
      allowanceTaxTreatment: fc.constantFrom('nonTaxable', 'taxable'),
      livesAlone: fc.boolean(),
      groupInsurance: fc.boolean(),
      includeClaimBookletValue: fc.boolean(),
      longTermRecipient: fc.boolean(),
    },
    { requiredKeys: ['allowanceExclusionCap'] },
  ),
});

describe('FastDecimal in the whole library', () => {
  it('the second copy computes on decimal.js', () => {
    expect(new plainMoney.Dec(1)).not.toBeInstanceOf(FastDecimal);
    expect(plainMoney.Dec.name).toBe('Decimal');
  });

  it('simulate, sweep and the figures simulator give the same output, explanations included', () => {
    const figuresFast = fast.createFiguresSimulator({ marginalRates: true, plainData: true });
    const figuresPlain = plain.createFiguresSimulator({ marginalRates: true, plainData: true });
    let computed = 0;
    fc.assert(
      fc.property(input, (i) => {
        const a = fast.simulate(i);
        expect(JSON.stringify(a)).toBe(JSON.stringify(plain.simulate(i)));
        expect(JSON.stringify(figuresFast.simulate(i))).toBe(
          JSON.stringify(figuresPlain.simulate(i)),
        );
        if (a.ok) computed += 1;
      }),
      { numRuns: 400 },
    );
    expect(computed).toBeGreaterThan(100);
    const sweepInput = {
      period: { year: 2026, month: 6 },
      household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
    };
    const range = { hoursPerWeek: { from: 0, to: 40, step: 0.5 } };
    expect(JSON.stringify(fast.sweep(sweepInput, range))).toBe(
      JSON.stringify(plain.sweep(sweepInput, range)),
    );
  });

  it('a reform with values of many decimals gives the same output (found by review)', () => {
    const input = {
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 35, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 15 } } },
        ],
      },
    };
    const ids = [...fast.defaultParameters.definitions.values()]
      .filter((d) => d.unit !== 'scale')
      .map((d) => d.id);
    let tried = 0;
    for (const parameter of ids)
      for (const value of [
        '0.0000000000000000000000001',
        '1.0000000000000000000000005',
        '0.1234567890123456789',
      ]) {
        const reform = {
          name: 'r',
          overrides: [{ parameter, from: '2026-01-01', value }],
        };
        const a = fast.applyReform(reform);
        const b = plain.applyReform(reform);
        expect(a.ok, parameter).toBe(b.ok);
        if (!a.ok || !b.ok) continue;
        tried += 1;
        expect(JSON.stringify(fast.simulate(input, { parameters: a.value })), parameter).toBe(
          JSON.stringify(plain.simulate(input, { parameters: b.value })),
        );
      }
    expect(tried).toBeGreaterThan(100);
  });

  it('a 24-month timeline gives the same months and explanations', () => {
    const w = (h: number) => (h ? { wage: { hoursPerWeek: h } } : {});
    const timelineInput = {
      start: { year: 2025, month: 3 },
      months: 24,
      household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
      activity: [0, 0, 10, 10, 10, 20, 20, 20, 20, 20, 0, 15].map(w),
    };
    expect(JSON.stringify(fast.timeline(timelineInput))).toBe(
      JSON.stringify(plain.timeline(timelineInput)),
    );
  });
});
