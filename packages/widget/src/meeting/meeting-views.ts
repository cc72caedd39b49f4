/**
 * What the meeting page computes: for each scenario, its steady month (`simulate`: the same
 * headline as the simulator) and its twelve months (`timeline`); results cached by input so that
 * changing one scenario recomputes that one only.
 */
import {
  changesOverWindow,
  findCliffs,
  monthChanges,
  simulate,
  sweep,
  timeline,
  type ChangesOverWindow,
  type IncomeTrap,
  type MonthChange,
  type Sweep,
  type Outcome,
  type SimulationInput,
  type SimulationResult,
  type Timeline,
  allowanceOutcomeRange,
  type AllowanceOutcomeRange,
} from '@passerelle/rules';
import { trapsToTell } from '../simulator/scenario-views.js';
import { scenarioInput } from '../state/widget-state.js';
import { timelineInput, type MeetingScenario, type MeetingState } from './meeting-state.js';

export interface ScenarioFigures {
  readonly scenario: MeetingScenario;
  readonly steady: Outcome<SimulationResult>;
  readonly months: Outcome<Timeline>;
  /**
   * The months whose hours were changed (a relapse), each in the library's sentence against the
   * scenario's plan (the same scenario without its changes); empty without changes.
   */
  readonly changes: readonly MonthChange[];
  /** What the changes make over the twelve months, once for them all; null without changes. */
  readonly overWindow: ChangesOverWindow | null;
  /** The cliffs and plateaus near the scenario's hours, in words. */
  readonly traps: readonly IncomeTrap[];
  /**
   * An allowance nobody knows to be recognized: the money a month and the gain over no activity
   * from « not recognized » to « recognized » (the participant's page says the same range), or
   * null when the outcomes round to the same dollar.
   */
  readonly range: AllowanceOutcomeRange | null;
}

/** The meeting never shows marginal rates: not computing them spares two runs of the year each. */
const withoutMarginalRates = { marginalRates: false } as const;

export class MeetingViews {
  private steady = new Map<string, Outcome<SimulationResult>>();
  private months = new Map<string, Outcome<Timeline>>();
  private sweeps = new Map<string, Outcome<Sweep>>();

  compute(state: MeetingState): ScenarioFigures[] {
    return state.scenarios.map((s) => {
      const input = steadyInput(state, s);
      const steady = this.cached(this.steady, input, (i) => simulate(i, withoutMarginalRates));
      // The sweep does not depend on the scenario's own hours: one per kind of scenario.
      const swept = this.cached(this.sweeps, steadyInput(state, { ...s, hours: 0 }), (i) =>
        sweep(i, { hoursPerWeek: { from: 0, to: 40, step: 0.5 }, activity: s.kind }),
      );
      const exit = steady.ok ? steady.value.exit.hoursPerWeekAtExit : null;
      const outcomes =
        s.kind === 'allowance' && s.recognition === 'unknown' && s.hours > 0 && steady.ok
          ? [
              steady.value,
              ...(
                ['recognizedSupportAllowance', 'recognizedEmploymentAssistance'] as const
              ).flatMap((recognition) => {
                const r = this.cached(this.steady, steadyInput(state, { ...s, recognition }), (i) =>
                  simulate(i, withoutMarginalRates),
                );
                return r.ok ? [r.value] : [];
              }),
            ].map((r) => r.moneyPerMonth)
          : [];
      const months = this.timeline(state, s);
      const planned =
        Object.keys(s.changes).length > 0 ? this.timeline(state, { ...s, changes: {} }) : null;
      return {
        scenario: s,
        steady,
        months,
        changes: months.ok && planned?.ok ? monthChanges(months.value, planned.value) : [],
        overWindow:
          months.ok && planned?.ok ? changesOverWindow(months.value, planned.value) : null,
        traps: swept.ok
          ? trapsToTell(findCliffs(swept.value, { exitHoursPerWeek: exit }), s.hours)
          : [],
        range: allowanceOutcomeRange(outcomes, { hoursPerWeek: s.hours, amountPerHour: s.rate }),
      };
    });
  }

  private timeline(state: MeetingState, s: MeetingScenario): Outcome<Timeline> {
    return this.cached(this.months, timelineInput(state, s), (i) =>
      timeline(i, { explanations: false }),
    );
  }

  private cached<I, O>(cache: Map<string, O>, input: I, run: (i: I) => O): O {
    const key = JSON.stringify(input);
    let out = cache.get(key);
    if (out === undefined) {
      out = run(input);
      if (cache.size > 100) cache.clear();
      cache.set(key, out);
    }
    return out;
  }
}

/** The scenario's month once the activity runs (its hours, in the meeting's month). */
function steadyInput(state: MeetingState, s: MeetingScenario): SimulationInput {
  const w = {
    ...state.situation,
    allowanceTreatment: s.recognition,
    ...(s.kind === 'wage'
      ? { wageHours: s.hours, hourlyWage: s.rate }
      : { allowanceHours: s.hours, allowancePerHour: s.rate ?? 0 }),
  };
  return scenarioInput(w, s.kind);
}
