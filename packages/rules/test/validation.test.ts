import { describe, expect, it } from 'vitest';
import { compare, simulate, sweep } from '../src/index.js';
import { simulationInputSchema } from '../src/input/schema.js';
import { fieldLabels } from '../src/input/validate.js';

const valid = {
  period: { year: 2025, month: 6 },
  household: {
    adults: [{ age: 30, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 10 } } }],
  },
};

function issues(input: unknown) {
  const r = simulate(input);
  if (r.ok) throw new Error('expected an error');
  expect(r.error.message.fr.length).toBeGreaterThan(5);
  expect(r.error.message.en.length).toBeGreaterThan(5);
  return r.error;
}

describe('invalid input gives a clear, localized error naming the field', () => {
  it('negative hours', () => {
    const e = issues({
      ...valid,
      household: {
        adults: [{ age: 30, program: 'none', activity: { wage: { hoursPerWeek: -1 } } }],
      },
    });
    expect(e.name).toBe('InvalidInput');
    if (e.name !== 'InvalidInput') return;
    expect(e.info.issues[0]?.field).toBe('household.adults.0.activity.wage.hoursPerWeek');
    expect(e.info.issues[0]?.message.fr).toContain('Heures par semaine');
  });
  it('200 hours a week', () => {
    const e = issues({
      ...valid,
      household: {
        adults: [{ age: 30, program: 'none', activity: { wage: { hoursPerWeek: 200 } } }],
      },
    });
    expect(e.message.en).toContain('at most 80');
  });
  it('unknown program', () => {
    const e = issues({ ...valid, household: { adults: [{ age: 30, program: 'welfare' }] } });
    expect(e.message.fr).toContain('Programme d’aide');
  });
  it('a year with no parameters', () => {
    const e = issues({ ...valid, period: { year: 2031, month: 1 } });
    expect(e.name).toBe('UnsupportedPeriod');
    expect(e.message.fr).toContain('2025, 2026');
  });
  it('strings where numbers go', () => {
    const e = issues({ ...valid, household: { adults: [{ age: 'thirty', program: 'none' }] } });
    expect(e.message.en).toContain('Age (adult 1): expected a number');
  });
  it('a missing field says so, and types are named in words (not "object" or "int")', () => {
    const missing = issues({ ...valid, household: { adults: [{ program: 'none' }] } });
    expect(missing.message.fr).toContain('Âge (adulte 1) : champ manquant.');
    expect(missing.message.en).toContain('Age (adult 1): missing field.');
    const noProgram = issues({ ...valid, household: { adults: [{ age: 35 }] } });
    expect(noProgram.message.fr).toContain('Programme d’aide (adulte 1) : champ manquant.');
    const half = issues({ ...valid, period: { year: 2026.5, month: 1 } });
    expect(half.message.fr).toContain('un nombre entier');
    expect(half.message.fr).not.toMatch(/\bint\b/);
    const household = issues({ ...valid, household: 3 });
    expect(household.message.fr).toContain('un objet { … }');
    expect(household.message.fr).not.toMatch(/\bobject\b/);
  });
  it('an hourly wage below 1 $ is refused (fuzz: 5e-324 gave an infinite exit point)', () => {
    const e = issues({
      ...valid,
      household: {
        adults: [
          {
            age: 34,
            program: 'none',
            activity: { wage: { hoursPerWeek: 10, hourlyWage: 5e-324 } },
          },
        ],
      },
    });
    expect(e.message.fr).toContain('Salaire horaire (adulte 1) : doit être au moins 1');
  });
  it('not an object at all', () => {
    expect(issues(null).name).toBe('InvalidInput');
    expect(issues('hello').name).toBe('InvalidInput');
  });
  it('unknown fields are rejected, not ignored', () => {
    const e = issues({ ...valid, extra: 1 });
    expect(e.message.en).toContain('unknown field');
  });
  it('an allowance needs exactly one amount', () => {
    const e = issues({
      ...valid,
      household: {
        adults: [{ age: 30, program: 'none', activity: { allowance: { hoursPerWeek: 5 } } }],
      },
    });
    // None given: asked for, not called « both ».
    expect(e.message.fr).toContain('Indiquez le montant de l’allocation : par heure');
    expect(e.message.fr).not.toContain('pas les deux');
    const both = issues({
      ...valid,
      household: {
        adults: [
          {
            age: 30,
            program: 'none',
            activity: { allowance: { hoursPerWeek: 5, amountPerHour: 3, amountPerMonth: 60 } },
          },
        ],
      },
    });
    expect(both.message.fr).toContain('pas les deux');
  });
  it('spouses must share one assistance file', () => {
    const e = issues({
      ...valid,
      household: {
        adults: [
          { age: 30, program: 'socialAssistance' },
          { age: 30, program: 'none' },
        ],
      },
    });
    expect(e.message.fr).toContain('Des conjoints');
  });
});

describe('a wage under the minimum wage is a warning, not an error', () => {
  it('flags it', () => {
    const r = simulate({
      ...valid,
      household: {
        adults: [
          { age: 30, program: 'none', activity: { wage: { hoursPerWeek: 10, hourlyWage: 10 } } },
        ],
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.notices.find((n) => n.code === 'wageBelowMinimum')?.message.fr).toContain(
      '16,10',
    );
  });
});

describe('children: what the figures of a family leave out is said, never silently ignored', () => {
  it('names the amounts not counted', () => {
    const r = simulate({ ...valid, household: { ...valid.household, children: [{ age: 4 }] } });
    expect(r.ok && r.value.notices.some((n) => n.code === 'familyAmounts')).toBe(true);
    expect(r.ok && r.value.notices.some((n) => n.code === 'childcareNotCounted')).toBe(false);
  });
  it('an error names the child and the flag', () => {
    const r = simulate({
      ...valid,
      household: { ...valid.household, children: [{ age: 4 }, { age: -1, disability: 'yes' }] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.fr).toContain('(enfant 2)');
    expect(r.error.message.en).toContain('(child 2)');
  });
  it('a child of 18 or more: no child benefits, and the parent no longer lives alone, said', () => {
    const r = simulate({ ...valid, household: { ...valid.household, children: [{ age: 19 }] } });
    expect(r.ok && r.value.notices.some((n) => n.code === 'adultChildAtHome')).toBe(true);
  });
  it('a child in paid childcare: costs and credit not counted, said as a warning', () => {
    const r = simulate({
      ...valid,
      household: { ...valid.household, children: [{ age: 3, paidChildcare: true }] },
    });
    const n = r.ok ? r.value.notices.find((x) => x.code === 'childcareNotCounted') : undefined;
    expect(n?.severity).toBe('warning');
    expect(n?.message.fr).toContain('Frais de garde');
  });
});

describe('compare and sweep validate too', () => {
  it('compare names the failing scenario', () => {
    const r = compare([valid, { ...valid, period: { year: 2025, month: 13 } }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.fr).toContain('Scénario 1');
  });
  it('sweep rejects an inverted range', () => {
    const r = sweep(valid, { hoursPerWeek: { from: 10, to: 5, step: 1 } });
    expect(r.ok).toBe(false);
  });
  it('sweep of an allowance the adult does not have', () => {
    const r = sweep(valid, { hoursPerWeek: { from: 0, to: 5, step: 1 }, activity: 'allowance' });
    expect(r.ok).toBe(false);
  });
});

describe('compare', () => {
  it('measures each scenario against the baseline', () => {
    const none = {
      ...valid,
      label: 'rien',
      household: { adults: [{ age: 30, program: 'socialAssistance' }] },
    };
    const r = compare([none, valid]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.differences[0]?.disposableIncome.monthly).toBe(0);
    expect(r.value.differences[1]?.disposableIncome.monthly).toBe(
      r.value.results[1]?.comparison.differenceVsNoActivity.monthly,
    );
  });
});

describe('sweep', () => {
  it('gives 81 points from 0 to 40 h and shows the exit cliff', () => {
    const r = sweep(valid, { hoursPerWeek: { from: 0, to: 40, step: 0.5 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.points).toHaveLength(81);
    expect(r.value.points[0]?.disposableIncome).toBe(r.value.noActivityDisposableIncome);
    const last = r.value.points.at(-1)!;
    expect(last.onAssistance).toBe(false);
  });
  it('each point equals simulate() at the same hours', () => {
    const r = sweep(valid, { hoursPerWeek: { from: 0, to: 30, step: 7.5 } });
    if (!r.ok) throw new Error();
    for (const p of r.value.points) {
      const s = simulate({
        ...valid,
        household: {
          adults: [
            {
              age: 30,
              program: 'socialAssistance',
              activity: { wage: { hoursPerWeek: p.hoursPerWeek } },
            },
          ],
        },
      });
      if (!s.ok) throw new Error();
      expect(p.disposableIncome).toBe(s.value.monthly.disposableIncome);
      expect(p.benefit).toBe(s.value.monthly.benefit);
    }
  });
});

describe('every field of the input has a plain-language name for its errors', () => {
  /** The keys of every object in a zod (mini) schema, through defaults, optionals, arrays, pipes. */
  function keysOf(schema: unknown, seen = new Set<unknown>()): string[] {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
    seen.add(schema);
    const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    const shape = def['shape'] as Record<string, unknown> | undefined;
    const own = shape ? Object.keys(shape) : [];
    const inner = [
      ...Object.values(shape ?? {}),
      def['innerType'],
      def['element'],
      def['in'],
      def['out'],
      ...((def['options'] as unknown[] | undefined) ?? []),
    ];
    return [...own, ...inner.flatMap((s) => keysOf(s, seen))];
  }

  it('each key of the schema is in the labels (a new option gets a name, not « Options »)', () => {
    const keys = new Set(keysOf(simulationInputSchema));
    expect(keys.size).toBeGreaterThan(30);
    const unnamed = [...keys].filter((k) => !(k in fieldLabels));
    expect(unnamed).toEqual([]);
  });

  it('a bad option names the option, in both languages', () => {
    const r = simulate({ ...valid, options: { subsidizedHousing: 'peut-être' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.fr).toContain('Logement subventionné : attendu : true ou false');
    expect(r.error.message.en).toContain('Subsidized housing: expected true or false');
  });
});
