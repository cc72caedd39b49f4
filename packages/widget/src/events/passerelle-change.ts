import type { Localized, SimulationInput } from '@passerelle/rules';
import type { ScenarioKind } from '../state/widget-state.js';

/** A plain, serializable summary of one scenario (amounts in dollars and cents). */
export interface ScenarioSummary {
  readonly kind: ScenarioKind;
  readonly input: SimulationInput;
  readonly ok: boolean;
  /** The headline figure: money arriving during the year, averaged per month. */
  readonly moneyPerMonth: number | null;
  readonly differenceVsNoActivity: number | null;
  readonly headline: Localized | null;
  /** The month before taxes and credits. */
  readonly disposableIncome: number | null;
  readonly benefit: number | null;
}

export interface PasserelleChangeDetail {
  /** Always true: the event fires only when a person changes an input, never when a property is set. */
  readonly isTriggeredByUser: true;
  readonly scenarios: readonly ScenarioSummary[];
}

export type PasserelleChangeEvent = CustomEvent<PasserelleChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'passerelle-change': PasserelleChangeEvent;
  }
}

/** Dispatches a namespaced event that crosses the shadow boundary. */
export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
