/**
 * The one path from a valid input to its figures: the month as the programs see it (payroll,
 * assistance; `computeScenario`), then the tax year built on that month (taxes, credits, premium;
 * `computeAnnual`). `simulate`, `sweep`, the figures simulator and the marginal rates all run this,
 * and compare it with the same household without activity (`runBaseline`).
 */
import type { ValidSimulationInput } from '../input/schema.js';
import type { RuleContext } from '../rule-context.js';
import { computeAnnual, type AnnualCore } from './annual.js';
import { computeScenario, withoutActivity, type ScenarioCore } from './core.js';

export interface YearRun {
  readonly input: ValidSimulationInput;
  /** The steady-state month. */
  readonly core: ScenarioCore;
  /** The tax year of twelve such months. */
  readonly annual: AnnualCore;
}

export function runYear(input: ValidSimulationInput, ctx: RuleContext): YearRun {
  const core = computeScenario(input, ctx);
  return { input, core, annual: computeAnnual(input, core, ctx) };
}

/** The same household, the same month, with no wage and no allowance: what a gain is measured from. */
export function runBaseline(input: ValidSimulationInput, ctx: RuleContext): YearRun {
  return runYear(withoutActivity(input), ctx);
}
