/// <reference lib="webworker" />
/**
 * The analyst grid runs here, off the page's main thread, so the page never freezes.
 */
import { applyReform, compareModels, defaultParameters } from '@passerelle/rules';

export interface GridRequest {
  readonly id: number;
  /** One comparison per profile. */
  readonly comparisons: readonly { readonly profile: string; readonly comparison: unknown }[];
  readonly reform: unknown | null;
}

self.onmessage = (event: MessageEvent<GridRequest>) => {
  const { id, comparisons, reform } = event.data;
  const started = performance.now();
  const parameters = reform ? applyReform(reform) : { ok: true as const, value: defaultParameters };
  if (!parameters.ok) {
    self.postMessage({ id, error: parameters.error.message });
    return;
  }
  const results = [];
  for (const { profile, comparison } of comparisons) {
    const outcome = compareModels(comparison, { parameters: parameters.value });
    if (!outcome.ok) {
      self.postMessage({ id, error: outcome.error.message });
      return;
    }
    results.push({ profile, result: outcome.value });
  }
  self.postMessage({ id, results, milliseconds: performance.now() - started });
};
