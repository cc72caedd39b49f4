/**
 * Fuzzing of every public entry point of the library (issue 12): arbitrary JSON values, valid
 * inputs with one field replaced by anything, and arbitrary reforms. The library must never
 * throw, never fail with an internal error (only a named, localized refusal), and never give a
 * non-finite number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyReform,
  compareModels,
  createFiguresSimulator,
  defaultParameters,
  runStudy,
  simulate,
  sweep,
  timeline,
  validate,
  type Outcome,
} from '../src/index.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);

/** Every number reachable in a value, with its path. */
function nonFinite(value: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`, seen));
}

/** A refusal is fine; an internal error or a non-finite figure is a defect. */
function expectSound(outcome: Outcome<unknown>): void {
  if (outcome.ok) {
    expect(nonFinite(outcome.value)).toEqual([]);
    return;
  }
  expect([
    'InvalidInput',
    'UnsupportedPeriod',
    'UnsupportedHousehold',
    'MissingParameter',
  ]).toContain(outcome.error.name);
  expect(outcome.error.message.fr).not.toMatch(/interne/);
  expect(outcome.error.message.en).not.toMatch(/internal/);
  expect(outcome.error.message.fr.length).toBeGreaterThan(5);
}

const valid = {
  period: { year: 2026, month: 6 },
  household: {
    adults: [
      {
        age: 34,
        program: 'socialSolidarity',
        activity: {
          wage: { hoursPerWeek: 10 },
          allowance: { hoursPerWeek: 5, amountPerHour: 3 },
        },
      },
    ],
  },
  options: { allowanceTreatment: 'countedInFull' },
};

/** The paths of a simulation input, where one field at a time is replaced by anything. */
const paths = [
  ['period'],
  ['period', 'year'],
  ['period', 'month'],
  ['household'],
  ['household', 'adults'],
  ['household', 'adults', 0],
  ['household', 'adults', 0, 'age'],
  ['household', 'adults', 0, 'program'],
  ['household', 'adults', 0, 'activity'],
  ['household', 'adults', 0, 'activity', 'wage'],
  ['household', 'adults', 0, 'activity', 'wage', 'hoursPerWeek'],
  ['household', 'adults', 0, 'activity', 'wage', 'hourlyWage'],
  ['household', 'adults', 0, 'activity', 'allowance', 'hoursPerWeek'],
  ['household', 'adults', 0, 'activity', 'allowance', 'amountPerHour'],
  ['household', 'adults', 1],
  ['household', 'children'],
  ['options'],
  ['options', 'allowanceTreatment'],
  ['options', 'allowanceExclusionCap'],
  ['label'],
  ['__proto__'],
  ['constructor'],
] as const;

/** Anything a caller of the API could pass: JSON, and the JavaScript numbers JSON cannot hold. */
const anything = fc.oneof(
  fc.jsonValue(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, 2 ** 53, undefined),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.string(),
);

function withField(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true });
  return copy;
}

const mutatedInput = fc
  .tuple(fc.constantFrom(...paths), anything)
  .map(([path, value]) => withField(path, value));

describe('fuzz: the library refuses nonsense with a named error, never a crash', () => {
  it(`simulate and validate over arbitrary JSON values (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectSound(simulate(input));
        const v = validate(input);
        expect(typeof v.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it(`simulate over a valid input with one field replaced by anything (${RUNS * 4} runs)`, () => {
    fc.assert(
      fc.property(mutatedInput, (input) => {
        expectSound(simulate(input));
      }),
      { numRuns: RUNS * 4 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`the figures simulator (batches, grids) over the same inputs agrees with simulate (${RUNS * 4} runs)`, () => {
    // Whatever it accepts, simulate accepts with the same figures; whatever simulate refuses, it
    // refuses with the same message.
    const figures = createFiguresSimulator();
    fc.assert(
      fc.property(mutatedInput, (input) => {
        const f = figures.simulate(input);
        const s = simulate(input);
        expectSound(f);
        expect(f.ok).toBe(s.ok);
        if (f.ok && s.ok) expect(f.value.taxYear).toEqual(s.value.taxYear);
        if (!f.ok && !s.ok) expect(f.error.message).toEqual(s.error.message);
      }),
      { numRuns: RUNS * 4 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`sweep (input and options), timeline, model comparison and studies over arbitrary values (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(mutatedInput, fc.jsonValue(), (input, junk) => {
        expectSound(sweep(input, { hoursPerWeek: { from: 0, to: 10, step: 5 } }));
        expectSound(sweep(valid, junk as never));
        expectSound(timeline(junk));
        expectSound(timeline({ start: { year: 2026, month: 1 }, months: 12, household: junk }));
        expectSound(compareModels(junk));
        expectSound(runStudy(junk));
      }),
      { numRuns: RUNS },
    );
  });

  it(`arbitrary reforms are refused or give finite figures (${RUNS * 2} runs)`, () => {
    const ids = [...defaultParameters.definitions.keys()];
    const override = fc.record({
      parameter: fc.oneof(fc.constantFrom(...ids), fc.string()),
      from: fc.oneof(
        fc
          .tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }))
          .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`),
        fc.string(),
      ),
      value: fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -10, max: 200_000 }),
        fc.string(),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            name: fc.string({ minLength: 1 }),
            overrides: fc.array(override, { minLength: 1, maxLength: 4 }),
          }),
          fc.jsonValue(),
        ),
        (reform) => {
          const applied = applyReform(reform);
          expectSound(applied);
          if (!applied.ok) return;
          expectSound(simulate(valid, { parameters: applied.value }));
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});
