/**
 * The batch's fast reading of well-formed rows (input/well-formed.ts) against the schema it stands
 * in for: on any input, it returns exactly what the schema returns (same fields, same order, same
 * defaults) when the schema accepts it, and null when the schema refuses it. Inputs are generated
 * near the schema's edges: every field valid, at its bounds, just past them, of the wrong type,
 * missing, or an unknown field beside them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputFields } from '../src/input/fields.js';
import { knownFields, wellFormedInput } from '../src/input/well-formed.js';
import { allowanceTreatments, programs, simulationInputSchema } from '../src/input/schema.js';
import { defaultParameters } from '../src/parameters/default-set.js';
import { createFiguresSimulator } from '../src/analysis/figures-simulator.js';

/** A field's value: usually valid, sometimes at or past a bound, of another type, or absent. */
function field<T>(valid: fc.Arbitrary<T>, ...wrong: unknown[]): fc.Arbitrary<T | unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: 40 },
    { arbitrary: fc.constantFrom(...wrong, null, 'x', true, [], {}, Number.NaN), weight: 1 },
  );
}

const number = (min: number, max: number) =>
  field(
    fc.oneof(
      fc.double({ min, max, noNaN: true }),
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      fc.constantFrom(min, max),
    ),
    min - 0.01,
    max + 0.01,
    Infinity,
    -Infinity,
    String(min),
  );
const integer = (min: number, max: number) =>
  field(fc.integer({ min, max }), min - 1, max + 1, min + 0.5, String(min));
const flag = field(fc.boolean(), 0, 'true');

/** An object with some of its keys, now and then an unknown one. */
function object(shape: Record<string, fc.Arbitrary<unknown>>, required: string[] = []) {
  return fc
    .tuple(
      // Plain data, as JSON.parse makes it (what the reader is for).
      fc.record(shape, { requiredKeys: required, noNullPrototype: true }),
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 15 },
        { arbitrary: fc.constantFrom('extra', 'hasOwnProperty', 'Age'), weight: 1 },
      ),
    )
    .map(([o, extra]) => (extra === null ? o : { ...o, [extra]: 1 }));
}

const wage = object({ hoursPerWeek: number(0, 80), hourlyWage: number(1, 500) }, ['hoursPerWeek']);
const allowance = object(
  { hoursPerWeek: number(0, 80), amountPerHour: number(0, 200), amountPerMonth: number(0, 10000) },
  ['hoursPerWeek'],
);
const adult = object(
  {
    age: integer(18, 110),
    program: field(fc.constantFrom(...programs), 'aide sociale', 'SocialAssistance'),
    temporaryConstraints: flag,
    activity: field(object({ wage, allowance }), []),
    disabilityTaxCredit: flag,
  },
  ['age', 'program'],
);
const child = object({ age: integer(0, 25), disability: flag, paidChildcare: flag }, ['age']);
const options = object({
  allowanceTreatment: field(fc.constantFrom(...allowanceTreatments), 'counted'),
  allowanceExclusionCap: number(0, 10000),
  allowanceTaxTreatment: field(fc.constantFrom('nonTaxable', 'taxable'), 'exempt'),
  livesAlone: flag,
  housingComponent: flag,
  groupInsurance: flag,
  includeClaimBookletValue: flag,
  creditTiming: field(fc.constantFrom('averaged', 'schedule'), 'monthly'),
  longTermRecipient: flag,
});
const input = object(
  {
    period: field(object({ year: integer(2025, 2026), month: integer(1, 12) }, ['year', 'month'])),
    household: field(
      object(
        {
          adults: field(fc.array(adult, { minLength: 1, maxLength: 2 }), [], [1, 2, 3]),
          children: field(fc.array(child, { maxLength: 3 })),
        },
        ['adults'],
      ),
    ),
    options,
    label: field(fc.string({ maxLength: 20 }), 'x'.repeat(201)),
  },
  ['period', 'household'],
);

/** What the schema gives, as the figures simulator would take it (a supported year). */
function schema(value: unknown) {
  const parsed = simulationInputSchema.safeParse(value);
  return parsed.success && defaultParameters.supportedYears.includes(parsed.data.period.year)
    ? parsed.data
    : null;
}

describe('reading well-formed rows without zod', () => {
  it('accepts exactly what the schema accepts, and returns what it returns', () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (value) => {
        const fast = wellFormedInput(value, defaultParameters);
        const expected = schema(value);
        if (expected === null) expect(fast).toBeNull();
        else {
          accepted += 1;
          // Same fields, same order (the baseline cache keys on the text), same values.
          expect(JSON.stringify(fast)).toBe(JSON.stringify(expected));
          expect(fast).toStrictEqual(expected);
        }
      }),
      { numRuns: 20_000 },
    );
    // Both sides were tried: a generator that only made broken inputs would prove nothing.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('never throws and never accepts what the schema refuses, on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const fast = wellFormedInput(value, defaultParameters);
        if (fast !== null) expect(fast).toStrictEqual(schema(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows every field of the schema, and no other (else teach it and the baseline key)', () => {
    const schema = inputFields();
    for (const [object, names] of Object.entries(knownFields))
      expect([...names].sort(), object).toEqual([...schema[object as keyof typeof schema]].sort());
  });

  it('leaves to the schema what it cannot read plainly: its errors name the field', () => {
    const base = {
      period: { year: 2026, month: 6 },
      household: { adults: [{ age: 30, program: 'socialSolidarity' }] },
    };
    expect(wellFormedInput(base, defaultParameters)).not.toBeNull();
    // An explicit undefined, an object of another class, an unsupported year.
    for (const value of [
      { ...base, label: undefined },
      {
        ...base,
        period: new (class Period {
          year = 2026;
          month = 6;
        })(),
      },
      { ...base, period: { year: 2099, month: 6 } },
    ])
      expect(wellFormedInput(value, defaultParameters)).toBeNull();
    // Found by review: a getter answering differently on a second read, an array whose iterator
    // yields other items than its indices. The schema reads each field once, by index: so does it.
    const flip = (first: unknown, then: unknown) => {
      let reads = 0;
      return () => (reads++ === 0 ? first : then);
    };
    const wage = {};
    Object.defineProperty(wage, 'hoursPerWeek', { enumerable: true, get: flip(1000, 10) });
    const program = { age: 30 };
    Object.defineProperty(program, 'program', { enumerable: true, get: flip('bogus', 'none') });
    const label = { ...base };
    Object.defineProperty(label, 'label', { enumerable: true, get: flip('x'.repeat(301), 'x') });
    const adults = [{ age: 'bad', program: 'none' }];
    Object.defineProperty(adults, Symbol.iterator, {
      value: function* () {
        yield { age: 30, program: 'none' };
      },
    });
    // Found by a second review: a field whose getter throws, under a name the schema refuses (it
    // must not be read), and objects without a prototype (a polluted Object.prototype would show
    // through a copy).
    const throwing = { ...base };
    Object.defineProperty(throwing, 'bogus', {
      enumerable: true,
      get: () => {
        throw new Error('read');
      },
    });
    const bare = Object.assign(Object.create(null) as object, base);
    for (const hostile of [
      throwing,
      bare,
      { ...base, household: { adults: [{ age: 30, program: 'none', activity: { wage } }] } },
      { ...base, household: { adults: [program] } },
      label,
      { ...base, household: { adults } },
    ]) {
      const fast = wellFormedInput(hostile, defaultParameters);
      expect(fast).toBeNull();
    }
    const sim = createFiguresSimulator();
    const r = sim.simulate({ ...base, period: { year: 2026, month: 13 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.fr).toContain('Mois');
  });
});
