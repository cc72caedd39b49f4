/**
 * Months of a timeline as indexes (year × 12 + month − 1), the activity a month holds, and one
 * month's figures at that month's rules.
 */
import type { ValidSimulationInput } from '../input/schema.js';
import type { RuleContext } from '../rule-context.js';
import type { ScenarioCore } from '../scenario/core.js';

export type Activity = ValidSimulationInput['household']['adults'][number]['activity'];

export { monthIndex, periodOf, type Period } from '../i18n/months.js';

/** One month at its own rules: its activity, and last month's (which sets this month's cheque). */
export interface MonthCore {
  readonly index: number;
  readonly ctx: RuleContext;
  /** The year whose parameters apply (the latest in the data when the month is past it). */
  readonly parametersYear: number;
  readonly activity: Activity;
  /** This month's activity at this month's rules: earnings, contributions, allowance. */
  readonly own: ScenarioCore;
  /** Last month's activity at this month's rules (wage of last month): the cheque of this month. */
  readonly lag: ScenarioCore;
}
