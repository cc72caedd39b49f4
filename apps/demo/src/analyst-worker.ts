/// <reference lib="webworker" />
/**
 * The analyst grid runs here, off the page's main thread, so the page never freezes.
 */
import { applyReform, compareModels, defaultParameters } from '@passerelle/rules';

export interface GridRequest {
  readonly id: number;
  readonly comparison: unknown;
  readonly reform: unknown | null;
}

self.onmessage = (event: MessageEvent<GridRequest>) => {
  const { id, comparison, reform } = event.data;
  const started = performance.now();
  const parameters = reform ? applyReform(reform) : { ok: true as const, value: defaultParameters };
  if (!parameters.ok) {
    self.postMessage({ id, error: parameters.error.message });
    return;
  }
  const outcome = compareModels(comparison, { parameters: parameters.value });
  self.postMessage(
    outcome.ok
      ? { id, result: outcome.value, milliseconds: performance.now() - started }
      : { id, error: outcome.error.message },
  );
};
