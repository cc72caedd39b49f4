import { simulate, type SimulationInput, type SimulationResult } from '../src/index.js';

/** Simulates a case that must be valid; fails the test with the localized error otherwise. */
export function ok(input: SimulationInput): SimulationResult {
  const outcome = simulate(input);
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

export function line(result: SimulationResult, id: string, nth = 0): number {
  const found = result.lines.filter((l) => l.id === id)[nth];
  if (!found) throw new Error(`no line ${id}`);
  return found.monthly;
}
