/**
 * The personas of docs/personas.md as library inputs, shared by the test files so that a
 * persona is described once. Amounts expected from them are written (and hand-calculated) in the tests.
 */
import type { SimulationInput } from '../src/index.js';

const june2026 = { year: 2026, month: 6 };

/** Persona 1 — Marc, 34, solidarité sociale. */
export const marc = (activity: object = {}, period = june2026): SimulationInput => ({
  period,
  household: { adults: [{ age: 34, program: 'socialSolidarity', activity }] },
});

/** Persona 2 — Sophie, 27, aide sociale with temporary constraints, 15 h at the minimum wage. */
export const sophie = (): SimulationInput => ({
  period: june2026,
  household: {
    adults: [
      {
        age: 27,
        program: 'socialAssistance',
        temporaryConstraints: true,
        activity: { wage: { hoursPerWeek: 15 } },
      },
    ],
  },
});

/** Persona 3 — Jonathan, 19, aide sociale, 5 hours a week of RPST at 2 $ an hour, September 2025. */
export const jonathan = (extra: Partial<SimulationInput> = {}): SimulationInput => ({
  period: { year: 2025, month: 9 },
  household: {
    adults: [
      {
        age: 19,
        program: 'socialAssistance',
        activity: { allowance: { hoursPerWeek: 5, amountPerHour: 2 } },
      },
    ],
  },
  ...extra,
});

/** Persona 4 — Line, 52, revenu de base, 25 h at 17 $, March 2026. */
export const line = (): SimulationInput => ({
  period: { year: 2026, month: 3 },
  household: {
    adults: [
      { age: 52, program: 'basicIncome', activity: { wage: { hoursPerWeek: 25, hourlyWage: 17 } } },
    ],
  },
});

/** Persona 5 — Karim (severe constraints, 12 h RPST at 3 $) and Julie (30 h at the minimum wage). */
export const karimAndJulie = (): SimulationInput => ({
  period: june2026,
  household: {
    adults: [
      {
        age: 40,
        program: 'socialSolidarity',
        activity: { allowance: { hoursPerWeek: 12, amountPerHour: 3 } },
      },
      { age: 38, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 30 } } },
    ],
  },
});

/** Persona 6 — Nadia, 41, single parent of one child, aide sociale with temporary constraints, 20 h. */
export const nadia = (): SimulationInput => ({
  period: june2026,
  household: {
    adults: [
      {
        age: 41,
        program: 'socialAssistance',
        temporaryConstraints: true,
        activity: { wage: { hoursPerWeek: 20 } },
      },
    ],
    children: [{ age: 7 }],
  },
});
