/// <reference lib="webworker" />
/**
 * The analyst's study runs here, off the page's main thread, so the page never freezes on a
 * large grid. Same function and same CSV as `passerelle grid`.
 */
import { runStudy, studyCsv } from '@passerelle/rules';

export interface StudyRequest {
  readonly id: number;
  readonly study: unknown;
}

self.onmessage = (event: MessageEvent<StudyRequest>) => {
  const { id, study } = event.data;
  const started = performance.now();
  const outcome = runStudy(study);
  if (!outcome.ok) {
    self.postMessage({ id, error: outcome.error.message });
    return;
  }
  self.postMessage({
    id,
    result: outcome.value,
    csv: studyCsv(outcome.value),
    milliseconds: performance.now() - started,
  });
};
