/**
 * What the cards show, computed from the state: for each scenario its result, the sweep of its
 * hours (for the chart and the cliffs), the cliffs and plateaus, and what one more hour brings.
 * With an unknown recognition of the allowance, the allowance scenario is computed both ways.
 * A sweep depends on its scenario's input but the swept hours, so a slider move reuses them all.
 */
import {
  cliffSearchHours,
  findCliffs,
  nextHour,
  simulate,
  sweep,
  type AllowanceTreatment,
  type IncomeTrap,
  type NextHour,
  type Outcome,
  type ParameterSet,
  type SimulationInput,
  type SimulationResult,
  type Sweep,
} from '@passerelle/rules';
import { scenarioInput, type ScenarioKind, type WidgetState } from '../state/widget-state.js';

export interface ScenarioView {
  readonly kind: ScenarioKind;
  readonly hours: number;
  readonly outcome: Outcome<SimulationResult>;
  readonly sweep: Outcome<Sweep> | null;
  readonly traps: readonly IncomeTrap[];
  readonly next: NextHour | null;
  /** With « Je ne sais pas »: the same scenario if the allowance is recognized (support allowance). */
  readonly recognized: {
    readonly outcome: Outcome<SimulationResult>;
    readonly sweep: Outcome<Sweep> | null;
    readonly traps: readonly IncomeTrap[];
  } | null;
  /** With « Je ne sais pas »: recognized as an employment assistance allowance (a larger exclusion). */
  readonly employment: Outcome<SimulationResult> | null;
  /**
   * False while the sweeps (chart, cliffs, next hour) are not computed yet: on a first visit the
   * amounts are shown first and the sweeps follow after that paint.
   */
  readonly swept: boolean;
}

function guarded<T>(run: () => Outcome<T>): Outcome<T> {
  try {
    return run();
  } catch (error) {
    // The library never throws; this guards the host page against the unexpected all the same.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        name: 'UnsupportedHousehold',
        message: { fr: message, en: message },
        info: { reason: { fr: message, en: message } },
      },
    };
  }
}

export class ScenarioViews {
  private sweeps = new Map<string, Outcome<Sweep>>();
  /** Results by input: a slider move recomputes its own scenario only, not its neighbours. */
  private results = new Map<string, Outcome<SimulationResult>>();

  /** The input of each card's result, to compute its explained twin when a detail is opened. */
  private inputs = new WeakMap<SimulationResult, SimulationInput>();
  private explainedResults = new Map<string, Outcome<SimulationResult>>();

  private parameters: ParameterSet | undefined;
  private options(): { parameters?: ParameterSet } {
    return this.parameters ? { parameters: this.parameters } : {};
  }

  /**
   * `parameters`: the set to compute with (the library's by default); `sweeps: false` computes the
   * results only (what a first paint needs), leaving `sweep`, `traps` and `next` empty.
   */
  compute(
    state: WidgetState,
    kinds: readonly ScenarioKind[],
    parameters?: ParameterSet,
    { sweeps = true }: { readonly sweeps?: boolean } = {},
  ): ScenarioView[] {
    if (parameters !== this.parameters) {
      // Figures computed with other parameters are not these figures.
      this.results.clear();
      this.sweeps.clear();
      this.explainedResults.clear();
      this.parameters = parameters;
    }
    return kinds.map((kind) => {
      const main = this.one(state, kind, undefined, sweeps);
      const recognized =
        kind === 'allowance' && state.allowanceTreatment === 'unknown'
          ? this.one(state, kind, 'recognizedSupportAllowance', sweeps)
          : null;
      return {
        kind,
        hours: kind === 'wage' ? state.wageHours : kind === 'allowance' ? state.allowanceHours : 0,
        ...main,
        recognized: recognized
          ? { outcome: recognized.outcome, sweep: recognized.sweep, traps: recognized.traps }
          : null,
        employment: recognized ? this.result(state, kind, 'recognizedEmploymentAssistance') : null,
        swept: sweeps,
      };
    });
  }

  private one(
    state: WidgetState,
    kind: ScenarioKind,
    treatment: AllowanceTreatment | undefined,
    sweeps: boolean,
  ) {
    const outcome = this.result(state, kind, treatment);
    if (kind === 'none' || !sweeps) return { outcome, sweep: null, traps: [], next: null };
    const swept = this.sweepOf(state, kind, treatment);
    const hours = kind === 'wage' ? state.wageHours : state.allowanceHours;
    const exit = outcome.ok ? outcome.value.exit.hoursPerWeekAtExit : null;
    const traps = swept.ok ? findCliffs(swept.value, { exitHoursPerWeek: exit }) : [];
    const next = swept.ok ? nextHour(swept.value, hours) : null;
    return { outcome, sweep: swept, traps, next };
  }

  private result(
    state: WidgetState,
    kind: ScenarioKind,
    treatment: AllowanceTreatment | undefined,
  ): Outcome<SimulationResult> {
    const input = scenarioInput(state, kind, treatment);
    const key = JSON.stringify(input);
    let outcome = this.results.get(key);
    if (!outcome) {
      // The cards never show the marginal rates (the CLI and the analyst tools do): not computing
      // them spares two runs of the year per scenario, before the first amount too. Nor the
      // explanation of every amount, in both languages (about half of a result's time): the
      // detail of a calculation asks for it when a person opens it (`explained`). The figures
      // are the same either way (the same computation; only sentences are left out).
      outcome = guarded(() =>
        simulate(input, { ...this.options(), marginalRates: false, explanations: false }),
      );
      if (outcome.ok) this.inputs.set(outcome.value, input);
      if (this.results.size > 200) this.results.clear();
      this.results.set(key, outcome);
    }
    return outcome;
  }

  /**
   * A card's result with the explanation of every amount (« Voir le détail du calcul »), computed
   * once when a person opens the detail; the card's own result when its input is not known.
   */
  explained(r: SimulationResult, documented: ParameterSet | null = null): SimulationResult {
    const input = this.inputs.get(r);
    if (!input) return r;
    // With the parameters' documentation (their names in the explanations) when it is loaded;
    // the card's own parameters otherwise (a host's set, or the documentation failed to load).
    const parameters = this.parameters ?? documented ?? undefined;
    const key = JSON.stringify([input, parameters === documented]);
    let outcome = this.explainedResults.get(key);
    if (!outcome) {
      outcome = guarded(() =>
        simulate(input, { ...(parameters ? { parameters } : {}), marginalRates: false }),
      );
      if (this.explainedResults.size > 20) this.explainedResults.clear();
      this.explainedResults.set(key, outcome);
    }
    return outcome.ok ? outcome.value : r;
  }

  private sweepOf(
    state: WidgetState,
    kind: 'allowance' | 'wage',
    treatment: AllowanceTreatment | undefined,
  ): Outcome<Sweep> {
    const input = scenarioInput(state, kind, treatment);
    // Keyed by exactly what the sweep reads: its input with the swept hours set aside. A move of
    // one slider then recomputes no sweep (the other scenario's input does not hold those hours).
    const key = JSON.stringify([
      kind,
      scenarioInput(
        { ...state, [kind === 'wage' ? 'wageHours' : 'allowanceHours']: 0 },
        kind,
        treatment,
      ),
    ]);
    let outcome = this.sweeps.get(key);
    if (!outcome) {
      outcome = guarded(() =>
        sweep(input, { hoursPerWeek: { ...cliffSearchHours }, activity: kind }, this.options()),
      );
      if (this.sweeps.size > 50) this.sweeps.clear();
      this.sweeps.set(key, outcome);
    }
    return outcome;
  }
}

/** The cliffs and plateaus worth telling at these hours: near (3 h before) or past a cliff, inside a plateau. */
export function trapsToTell(traps: readonly IncomeTrap[], hours: number): IncomeTrap[] {
  return traps.filter((t) =>
    t.kind === 'cliff'
      ? hours >= t.fromHours - 3
      : hours >= t.fromHours - 3 && hours <= t.toHours && hours > 0,
  );
}
