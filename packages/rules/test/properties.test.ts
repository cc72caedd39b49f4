/**
 * Invariants over random valid households (fast-check, 1 000 runs per property).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineKey } from '../src/analysis/figures-simulator.js';
import { validateInputUnsafe } from '../src/input/validate.js';
import { defaultParameters } from '../src/parameters/default-set.js';
import {
  allowanceTreatments,
  createFiguresSimulator,
  publicCost,
  simulate,
  type SimulationInput,
  type SimulationResult,
} from '../src/index.js';

const RUNS = 1000;
const cents = (n: number) => Math.round(n * 100);

const wage = fc.record(
  {
    hoursPerWeek: fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
    hourlyWage: fc.integer({ min: 1000, max: 4000 }).map((c) => c / 100),
  },
  { requiredKeys: ['hoursPerWeek'] },
);
const allowance = fc.record({
  hoursPerWeek: fc.integer({ min: 0, max: 300 }).map((t) => t / 10),
  amountPerHour: fc.integer({ min: 0, max: 1000 }).map((c) => c / 100),
});
const activity = fc.record({ wage, allowance }, { requiredKeys: [] });
const lastResortAdult = fc.oneof(
  fc.record({
    age: fc.integer({ min: 18, max: 64 }),
    program: fc.constant('socialAssistance' as const),
    temporaryConstraints: fc.boolean(),
    activity,
  }),
  fc.record({
    age: fc.integer({ min: 18, max: 64 }),
    program: fc.constant('socialSolidarity' as const),
    activity,
  }),
);
const household = fc.oneof(
  fc.tuple(lastResortAdult).map((adults) => ({ adults })),
  fc.tuple(lastResortAdult, lastResortAdult).map((adults) => ({ adults })),
  fc
    .record({
      age: fc.integer({ min: 18, max: 64 }),
      program: fc.constant('basicIncome' as const),
      activity,
    })
    .map((a) => ({ adults: [a] })),
  fc
    .record({
      age: fc.integer({ min: 18, max: 64 }),
      program: fc.constant('none' as const),
      activity,
    })
    .map((a) => ({ adults: [a] })),
);
const input = fc
  .record({
    period: fc.record({
      year: fc.constantFrom(2025, 2026),
      month: fc.integer({ min: 1, max: 12 }),
    }),
    household,
    options: fc.record({
      allowanceTreatment: fc.constantFrom(
        ...allowanceTreatments.filter((t) => t !== 'excludedUpToCap'),
      ),
    }),
  })
  .filter((i) => {
    type Hours = {
      activity: { wage?: { hoursPerWeek: number }; allowance?: { hoursPerWeek: number } };
    };
    const adults: readonly Hours[] = i.household.adults;
    return adults.every(
      (a) => (a.activity.wage?.hoursPerWeek ?? 0) + (a.activity.allowance?.hoursPerWeek ?? 0) <= 80,
    );
  }) as fc.Arbitrary<SimulationInput>;

function run(i: SimulationInput): SimulationResult {
  const r = simulate(i);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('properties of simulate()', () => {
  it('never returns NaN, an infinite or a negative benefit', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = run(i);
        for (const v of [...Object.values(r.monthly), ...Object.values(r.annual)])
          expect(Number.isFinite(v)).toBe(true);
        expect(r.monthly.benefit).toBeGreaterThanOrEqual(0);
        expect(r.monthly.benefitBeforeSupplement).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('components add up to the disposable income, to the cent', () => {
    fc.assert(
      fc.property(input, (i) => {
        const m = run(i).monthly;
        expect(
          cents(m.grossEarnings) -
            cents(m.payrollDeductions) +
            cents(m.allowances) +
            cents(m.benefit),
        ).toBe(cents(m.disposableIncome));
        expect(cents(m.benefitBeforeSupplement) + cents(m.workIncomeSupplement)).toBe(
          cents(m.benefit),
        );
        expect(cents(run(i).annual.disposableIncome)).toBe(12 * cents(m.disposableIncome));
      }),
      { numRuns: RUNS },
    );
  });

  it('money per month adds up with the spring line and the credits of the month’s payment period', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = run(i);
        const m = r.moneyPerMonth;
        const { startYear, yearDifference } = m.creditPeriod;
        // January to June are paid the period that began the July before; from July, the year's.
        expect(startYear).toBe(i.period.month < 7 ? i.period.year - 1 : i.period.year);
        if (i.period.month >= 7) expect(yearDifference).toBe(0);
        // The month's credit lines are the period's: twelve of them less the tax year's is the gap.
        const annualOf = (id: string) => r.lines.find((l) => l.id === id)?.annual ?? 0;
        const paid = ['credits.gstCredit', 'credits.canadaChildBenefit', 'credits.solidarityCredit']
          .map(annualOf)
          .reduce((a, b) => a + b, 0);
        const year =
          r.taxYear.gstCredit + r.taxYear.canadaChildBenefit + r.taxYear.solidarityCredit;
        expect(Math.abs(paid - year - yearDifference)).toBeLessThan(0.02);
        expect(
          Math.abs(m.amount * 12 + m.springAmount - yearDifference - r.taxYear.disposableIncome),
        ).toBeLessThan(0.13);
      }),
      { numRuns: RUNS },
    );
  });

  it('identical inputs give identical results', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(run(structuredClone(i))).toEqual(run(i));
      }),
      { numRuns: RUNS },
    );
  });

  it('net work income under the exclusion leaves the benefit unchanged (no allowance)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2025, 2026),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('socialAssistance' as const, 'socialSolidarity' as const),
        fc.integer({ min: 0, max: 20 }).map((t) => t / 10),
        (year, month, program, hours) => {
          const adults = [{ age: 30, program, activity: { wage: { hoursPerWeek: hours } } }];
          const r = run({ period: { year, month }, household: { adults } });
          expect(r.monthly.netEarnings).toBeLessThanOrEqual(200);
          expect(r.monthly.benefit).toBe(r.monthly.benefitBeforeIncome);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the benefit never rises when counted income rises (more hours, same wage)', () => {
    fc.assert(
      fc.property(
        input,
        fc.integer({ min: 1, max: 100 }).map((t) => t / 10),
        (i, extra) => {
          const adult = i.household.adults[0]!;
          const hours = adult.activity?.wage?.hoursPerWeek ?? 0;
          const otherHours = adult.activity?.allowance?.hoursPerWeek ?? 0;
          fc.pre(hours + extra + otherHours <= 80);
          const more: SimulationInput = {
            ...i,
            household: {
              ...i.household,
              adults: [
                {
                  ...adult,
                  activity: {
                    ...adult.activity,
                    wage: { ...adult.activity?.wage, hoursPerWeek: hours + extra },
                  },
                },
                ...i.household.adults.slice(1),
              ],
            },
          };
          expect(run(more).monthly.benefit).toBeLessThanOrEqual(run(i).monthly.benefit);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

type Change = (i: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
/** An input whose every field the changes below can change. */
const keyedInput = {
  period: { year: 2026, month: 6 },
  household: {
    adults: [{ age: 40, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 12 } } }],
    children: [{ age: 4 }],
  },
  options: { allowanceTreatment: 'excludedUpToCap', allowanceExclusionCap: 100 },
} as const;

/** One change to each field a no-activity baseline depends on. */
const changes: Record<string, Change> = {
  year: (i) => (i.period.year = 2025),
  allowanceTreatment: (i) => (i.options.allowanceTreatment = 'fullyExcluded'),
  month: (i) => (i.period.month = 1),
  age: (i) => (i.household.adults[0].age = 62),
  program: (i) => (i.household.adults[0].program = 'socialSolidarity'),
  temporaryConstraints: (i) => (i.household.adults[0].temporaryConstraints = true),
  disabilityTaxCredit: (i) => (i.household.adults[0].disabilityTaxCredit = true),
  spouse: (i) => i.household.adults.push({ age: 41, program: 'socialAssistance' }),
  childAge: (i) => (i.household.children[0].age = 7),
  childDisability: (i) => (i.household.children[0].disability = true),
  paidChildcare: (i) => (i.household.children[0].paidChildcare = true),
  noChild: (i) => (i.household.children = []),
  allowanceExclusionCap: (i) => (i.options.allowanceExclusionCap = 50),
  allowanceTaxTreatment: (i) => (i.options.allowanceTaxTreatment = 'taxable'),
  livesAlone: (i) => (i.options.livesAlone = false),
  housingComponent: (i) => (i.options.housingComponent = false),
  groupInsurance: (i) => (i.options.groupInsurance = true),
  includeClaimBookletValue: (i) => (i.options.includeClaimBookletValue = true),
  creditTiming: (i) => (i.options.creditTiming = 'schedule'),
  longTermRecipient: (i) => (i.options.longTermRecipient = true),
};

describe('properties of createFiguresSimulator()', () => {
  // One simulator for all runs, so that its baseline cache is hit by households seen before.
  const figures = createFiguresSimulator({
    marginalRates: true,
    baselineCacheSize: 50,
  });

  it('gives the same figures as simulate() (batches and grids use it)', () => {
    fc.assert(
      fc.property(input, fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), (i, label) => {
        const withLabel = label === undefined ? i : { ...i, label };
        const full = run(withLabel);
        const f = figures.simulate(withLabel);
        if (!f.ok) throw new Error(JSON.stringify(f.error));
        const comparison: Record<string, unknown> = { ...full.comparison };
        delete comparison['explanation'];
        expect(f.value.label).toBe(full.label);
        expect(f.value.monthly).toEqual(full.monthly);
        expect(f.value.annual).toEqual(full.annual);
        expect(f.value.taxYear).toEqual(full.taxYear);
        expect(f.value.comparison).toEqual(comparison);
        expect(f.value.marginalRates).toEqual(full.marginalRates);
        expect(f.value.publicCost).toEqual(publicCost(full));
        expect(f.value.leavesAssistance).toBe(full.exit.leavesAssistance);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lends a household the baseline of another that differs in anything but its activity', () => {
    const base = keyedInput;
    const shared = createFiguresSimulator();
    expect(shared.simulate(base).ok).toBe(true);
    for (const [name, change] of Object.entries(changes)) {
      const variant = structuredClone(base) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      change(variant);
      const seen = shared.simulate(variant);
      const fresh = createFiguresSimulator().simulate(variant);
      expect(seen, name).toEqual(fresh);
    }
  });

  it('keys baselines on every field but the activities and the label', () => {
    // Each change must give another key, except those of the activity and the label.
    const base = validateInputUnsafe({ ...keyedInput, label: 'a' }, defaultParameters);
    const variants = Object.entries(changes).map(([name, change]) => {
      const v = structuredClone(base) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      change(v);
      return [name, v as typeof base] as const;
    });
    const keys = new Set([baselineKey(base), ...variants.map(([, v]) => baselineKey(v))]);
    expect(keys.size).toBe(variants.length + 1);
    const same = structuredClone(base);
    same.label = 'b';
    same.household.adults[0]!.activity = { allowance: { hoursPerWeek: 5, amountPerHour: 3 } };
    expect(baselineKey(same)).toBe(baselineKey(base));
    // A field added to the schema later is part of the key without anyone listing it.
    const unknown = { ...base, household: { ...base.household, pets: 2 } };
    expect(baselineKey(unknown)).not.toBe(baselineKey(base));
  });

  it('reports invalid input as simulate() does, without throwing', () => {
    const bad = { period: { year: 2026, month: 6 }, household: { adults: [{ age: 12 }] } };
    const f = figures.simulate(bad);
    const full = simulate(bad);
    expect(f.ok).toBe(false);
    expect(full.ok).toBe(false);
    if (!f.ok && !full.ok) expect(f.error).toEqual(full.error);
  });
});

describe('the headline adds up with the amounts shown beside it', () => {
  it('« N $ de plus » is the whole-dollar money less the whole-dollar no-activity amount, and the month lost since the exit the two headlines’ difference', () => {
    const hoursGrid = Array.from({ length: 81 }, (_, i) => i / 2);
    for (const program of ['socialAssistance', 'socialSolidarity'] as const) {
      const shown = new Map<number, { amount: number; more: number }>();
      for (const h of hoursGrid) {
        const r = simulate({
          period: { year: 2026, month: 6 },
          household: {
            adults: [{ age: 40, program, activity: h > 0 ? { wage: { hoursPerWeek: h } } : {} }],
          },
        });
        if (!r.ok) throw new Error(r.error.message.en);
        const m = r.value.moneyPerMonth;
        const whole = Math.round(m.amount) - Math.round(m.noActivity);
        const said = m.headline.fr.replace(/[\u00a0\u202f]/g, ' ');
        if (h > 0 && whole !== 0)
          expect(said, `${program} ${h} h`).toContain(
            `${Math.abs(whole)
              .toLocaleString('fr-CA')
              .replace(/[\u00a0\u202f]/g, ' ')} $ de ${whole > 0 ? 'plus' : 'moins'} par mois`,
          );
        shown.set(h, { amount: Math.round(m.amount), more: whole });
        const lost = /mais ([\d ]+) \$ de moins qu’à ([\d,]+) h/.exec(said);
        if (lost) {
          const before = shown.get(Number(lost[2]!.replace(',', '.')))!;
          expect(Number(lost[1]!.replace(/ /g, '')), `${program} ${h} h`).toBe(
            before.amount - Math.round(m.amount),
          );
        }
      }
    }
  });
});
